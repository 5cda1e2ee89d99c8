#pragma once
// The form for one incident: category (grouped, in the project's colours), an instant or an interval for an
// event found afterwards, reporting organisation, place type, count or severity, and a description screened
// for personal data as it is typed. Enter saves, Esc cancels.

#include "editvocabulary.h"
#include "recordedits.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QRadioButton;
class ScreenedTextEdit;

class IncidentForm : public QDialog
{
  Q_OBJECT

public:
  //! Saves what the form holds; returns an error message for the user, or an empty string when saved.
  using SaveHandler = std::function<QString()>;

  explicit IncidentForm( const EditVocabulary &vocabulary, QWidget *parent = nullptr );

  //! Fills the form; isNew chooses the title ("New incident" or "Edit incident").
  void setRecord( const tryggkarta::IncidentRecord &record, bool isNew );
  //! What the form holds (the position is the one it was given).
  tryggkarta::IncidentRecord record() const;
  //! The user ticked "keep personal data as written".
  bool keepPersonalData() const;
  //! Called on Save; the form closes only when it succeeds.
  void setSaveHandler( SaveHandler handler ) { mSaveHandler = std::move( handler ); }
  //! Shows a problem under the fields; the form stays open.
  void showError( const QString &message );

  /**
   * Fills a combo box with the project's categories under their groups (headers that cannot be chosen),
   * each with a swatch of its colour; the code is the item's Qt::UserRole data. A hidden category is listed
   * only when it is current.
   */
  static void fillCategories( QComboBox *combo, const EditVocabulary &vocabulary, const QString &current );
  //! Makes a dialog taller when a line appeared in it (a warning under a field), so nothing is cut off.
  static void growToFit( QDialog *dialog );
  //! The decimals a count or severity spin box shows: none for whole numbers, two for fractions.
  static int weightDecimals( double weight );
  //! A text like "N 6 574 920  E 449 270 (SWEREF 99 TM)" for a position in the project CRS.
  static QString positionText( double x, double y );
  /**
   * Adds the "keep the personal data as written" tick box and its explanation to a form as one row (the form
   * shows them while its screened text has findings). Returns the tick box.
   */
  static QCheckBox *addKeepPersonalDataRow( QWidget *owner, QFormLayout *form, QLabel *&explanation );
  //! The red line under a form that says what is wrong with it (hidden until there is something).
  static QLabel *createErrorLabel( QWidget *owner );

public slots:
  void accept() override;

private:
  QString validate() const;
  void updateInterval();
  void updateKeepBox();

  EditVocabulary mVocabulary;
  tryggkarta::IncidentRecord mRecord;
  SaveHandler mSaveHandler;
  QLabel *mPosition = nullptr;
  QComboBox *mCategory = nullptr;
  QRadioButton *mInstant = nullptr;
  QRadioButton *mInterval = nullptr;
  QDateTimeEdit *mFrom = nullptr;
  QLabel *mUntilLabel = nullptr;
  QDateTimeEdit *mUntil = nullptr;
  QComboBox *mOrganisation = nullptr;
  QComboBox *mPlaceType = nullptr;
  QDoubleSpinBox *mWeight = nullptr;
  ScreenedTextEdit *mDescription = nullptr;
  QCheckBox *mKeep = nullptr;
  QLabel *mKeepExplanation = nullptr;
  QLabel *mError = nullptr;
};
