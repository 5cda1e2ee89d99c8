#pragma once
// The form for one safety-walk observation: the walk and checklist item it belongs to, whether the place felt
// safe, a 0–3 rating, when, a note and a proposed action (both screened for personal data as they are typed).

#include "editvocabulary.h"
#include "recordedits.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class ScreenedTextEdit;

class ObservationForm : public QDialog
{
  Q_OBJECT

public:
  //! Saves what the form holds; returns an error message for the user, or an empty string when saved.
  using SaveHandler = std::function<QString()>;

  explicit ObservationForm( const EditVocabulary &vocabulary, QWidget *parent = nullptr );

  //! Fills the form; a new observation must name its walk and checklist item.
  void setRecord( const tryggkarta::ObservationRecord &record, bool isNew );
  tryggkarta::ObservationRecord record() const;
  bool keepPersonalData() const;
  void setSaveHandler( SaveHandler handler ) { mSaveHandler = std::move( handler ); }
  void showError( const QString &message );

public slots:
  void accept() override;

private:
  QString validate() const;
  void updateKeepBox();

  EditVocabulary mVocabulary;
  tryggkarta::ObservationRecord mRecord;
  bool mIsNew = true;
  SaveHandler mSaveHandler;
  QLabel *mPosition = nullptr;
  QComboBox *mWalk = nullptr;
  QComboBox *mChecklistItem = nullptr;
  QComboBox *mPositive = nullptr;
  QComboBox *mRating = nullptr;
  QCheckBox *mTimeKnown = nullptr;
  QDateTimeEdit *mObservedAt = nullptr;
  ScreenedTextEdit *mNote = nullptr;
  ScreenedTextEdit *mProposedAction = nullptr;
  QCheckBox *mKeep = nullptr;
  QLabel *mKeepExplanation = nullptr;
  QLabel *mError = nullptr;
};
