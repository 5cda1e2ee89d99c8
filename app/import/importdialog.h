#pragma once
// The import dialog: what the file holds, how its columns map to the project's fields, and how to import it.

#include "importer.h"

#include <QDialog>
#include <QMap>
#include <QString>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QTableWidget;

/**
 * Shows the core's preview of a file (columns, sample rows, the automatic mapping, detected CRS and warnings)
 * and lets the user change the mapping, the kind of data, the source CRS, and ask for a dry run.
 */
class ImportDialog : public QDialog
{
  Q_OBJECT

public:
  explicit ImportDialog( const QString &sourcePath, QWidget *parent = nullptr );

  //! The options for importFile: kind, CRS override, mapping overrides and dry run.
  tryggkarta::ImportOptions options() const;

  //! The core's message when the file could not be previewed, else empty.
  QString previewError() const { return mPreviewError; }

  //! The EPSG codes offered as source CRS (0 means automatic).
  static QList<int> crsChoices();

  //! The name users see for an import target field ("x", "date", "category", ...).
  static QString targetFieldLabel( const QString &target );

  //! Selects the column for a target field ("" for none); for tests and scripted use.
  bool setMapping( const QString &target, const QString &column );

private:
  void refreshPreview();
  void updateButtons();

  QString mSourcePath;
  QString mPreviewError;
  //! The preview's automatic mapping: only differences from it are passed to the import.
  std::map<std::string, std::string> mAutoMapping;
  QMap<QString, QComboBox *> mMappingCombos;

  QLabel *mSummaryLabel = nullptr;
  QLabel *mWarningsLabel = nullptr;
  QComboBox *mKindCombo = nullptr;
  QComboBox *mCrsCombo = nullptr;
  QCheckBox *mDryRunCheck = nullptr;
  QTableWidget *mSampleTable = nullptr;
  QWidget *mMappingWidget = nullptr;
  QFormLayout *mMappingLayout = nullptr;
  QDialogButtonBox *mButtons = nullptr;
};
