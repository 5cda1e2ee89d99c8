#pragma once
// The import dialog: what the file holds, how its columns map to the project's fields, how its category
// values are read (the category mapping), and how to import it. A check (dry run) and the reading of the
// category values run through the import controller's worker while the dialog stays open.

#include "importer.h"
#include "importworker.h"

#include <QDialog>
#include <QMap>
#include <QPointer>
#include <QString>

class CategoryMapping;
class ImportResultDialog;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tryggkarta
{
class Database;
}

/**
 * Shows the core's preview of a file (columns, sample rows, the automatic mapping, detected CRS and warnings)
 * and lets the user change the mapping, the kind of data, the source CRS and the crosswalk, decide what
 * unknown category values are, and check the file before importing it.
 */
class ImportDialog : public QDialog
{
  Q_OBJECT

public:
  //! What a run asked for through runRequested() is for.
  enum class Run
  {
    Scan,  //!< reading the file's category values for the mapping (a dry run without choices)
    Check, //!< the user's dry run: its result opens over the dialog
  };

  explicit ImportDialog( const QString &sourcePath, QWidget *parent = nullptr );

  /**
   * The open project: its crosswalks and categories for the category mapping (db: the GUI's connection, also
   * used to add a category). From now on the dialog asks for runs through runRequested(), and reads the
   * file's category values at once.
   */
  void setProject( tryggkarta::Database *db, bool english );

  //! The options for importFile: kind, CRS override, mapping overrides, crosswalk and category choices.
  tryggkarta::ImportOptions options() const;

  //! The core's message when the file could not be previewed, else empty.
  QString previewError() const { return mPreviewError; }

  //! The EPSG codes offered as source CRS (0 means automatic).
  static QList<int> crsChoices();

  //! The name users see for an import target field ("x", "date", "category", ...).
  static QString targetFieldLabel( const QString &target );

  //! Selects the column for a target field ("" for none); for tests and scripted use.
  bool setMapping( const QString &target, const QString &column );
  //! Selects the crosswalk to read categories through ("" for automatic); false when the project has none
  //! such.
  bool setCrosswalk( const QString &name );

  //! The category mapping (incidents), shown once a project is set.
  CategoryMapping *categoryMapping() const { return mCategoryMapping; }
  //! Reads the file's category values again (a scan through runRequested()).
  void scanCategories();
  //! Checks the file (a dry run through runRequested()); its result opens over the dialog.
  void check();
  //! True while a scan or check runs.
  bool isRunning() const { return mRunning; }
  //! The last check's result dialog while it is open.
  ImportResultDialog *resultDialog() const;
  //! Whether the last scan found the file's content imported before (then "Importera ändå" is offered).
  bool importedBefore() const { return !mImportedBeforeText.isEmpty(); }

  //! The end of a run asked for through runRequested().
  void runFinished( const ImportOutcome &outcome, ImportDialog::Run run );

signals:
  //! Asks the import controller to run the import with these options (a dry run) and to hand the outcome to
  //! runFinished().
  void runRequested( const tryggkarta::ImportOptions &options, ImportDialog::Run run );
  //! A category was added to the project from the dialog.
  void vocabularyChanged();

private:
  void refreshPreview();
  void updateButtons();
  void fillCrosswalks();
  //! Reads the category values once the changes of this event have been made.
  void scheduleScan();
  void showImportedBefore( const tryggkarta::ImportReport &report );
  void importAnyway();
  bool scanWanted() const;

  QString mSourcePath;
  QString mPreviewError;
  tryggkarta::Database *mDb = nullptr;
  bool mEnglish = false;
  bool mRunning = false;
  bool mScanScheduled = false;
  bool mRescanWanted = false;
  bool mAllowReimport = false;
  QString mImportedBeforeText;
  //! The preview's automatic mapping: only differences from it are passed to the import.
  std::map<std::string, std::string> mAutoMapping;
  QMap<QString, QComboBox *> mMappingCombos;
  QPointer<ImportResultDialog> mResultDialog;

  QLabel *mSummaryLabel = nullptr;
  QLabel *mWarningsLabel = nullptr;
  QComboBox *mKindCombo = nullptr;
  QComboBox *mCrsCombo = nullptr;
  QComboBox *mCrosswalkCombo = nullptr;
  QLabel *mCrosswalkLabel = nullptr;
  QTableWidget *mSampleTable = nullptr;
  QWidget *mMappingWidget = nullptr;
  QFormLayout *mMappingLayout = nullptr;
  QGroupBox *mCategoryBox = nullptr;
  CategoryMapping *mCategoryMapping = nullptr;
  QWidget *mImportedBefore = nullptr;
  QLabel *mImportedBeforeLabel = nullptr;
  QPushButton *mCheckButton = nullptr;
  QDialogButtonBox *mButtons = nullptr;
};

Q_DECLARE_METATYPE( ImportDialog::Run )
