#pragma once
// The selected walk's plan as a form in the walks panel: name, date and start time, light, area, organiser,
// the organisations invited (and, after the walk, how many of each took part), expected participants, status,
// meeting point and purpose. The form holds the walk; the walks room stores it.

#include "walkstore.h"

#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;
class ScreenedTextEdit;

class WalkForm : public QWidget
{
  Q_OBJECT

public:
  explicit WalkForm( QWidget *parent = nullptr );

  //! The project's areas (fid, name) for the area list, and its organisations for the lists of names.
  void setChoices( const QList<QPair<qint64, QString>> &areas, const QStringList &organisations );
  //! Labels of statuses and light in English instead of Swedish.
  void setEnglish( bool english ) { mEnglish = english; }

  //! Shows a walk (nothing: an empty, disabled form).
  void setWalk( const std::optional<tryggkarta::Walk> &walk );
  //! The walk as the form holds it now (the walk shown with the form's changes).
  tryggkarta::Walk walk() const;
  //! True when the form holds changes not yet stored.
  bool isModified() const { return mModified; }
  void setModified( bool modified );
  //! Allows or stops changes (a read-only project, an import running).
  void setEditable( bool editable );
  void showError( const QString &message );

  QLineEdit *nameEdit() const { return mName; }
  QComboBox *statusCombo() const { return mStatus; }
  QComboBox *lightCombo() const { return mLight; }
  QComboBox *areaCombo() const { return mArea; }
  QTableWidget *organisationsTable() const { return mOrganisations; }
  QPushButton *saveButton() const { return mSave; }

  //! The Swedish (or English) label of a status and of a light condition.
  static QString statusLabel( const QString &status, bool english );
  static QString lightLabel( const QString &light, bool alsoAfterDark, bool english );

signals:
  //! The user pressed Save.
  void saveRequested();
  //! The user threw the changes away: show the walk as stored.
  void revertRequested();

private:
  void markModified();
  void addOrganisationRow( const tryggkarta::WalkOrganisation &organisation );
  void updateButtons();

  std::optional<tryggkarta::Walk> mWalk;
  bool mEnglish = false;
  bool mModified = false;
  bool mEditable = true;
  bool mFilling = false;
  QLineEdit *mName = nullptr;
  QCheckBox *mDateSet = nullptr;
  QDateEdit *mDate = nullptr;
  QCheckBox *mTimeSet = nullptr;
  QTimeEdit *mTime = nullptr;
  QComboBox *mLight = nullptr;
  QComboBox *mArea = nullptr;
  QComboBox *mOrganiser = nullptr;
  QSpinBox *mExpected = nullptr;
  QSpinBox *mParticipants = nullptr;
  QComboBox *mStatus = nullptr;
  QLineEdit *mMeetingPoint = nullptr;
  ScreenedTextEdit *mPurpose = nullptr;
  QTableWidget *mOrganisations = nullptr;
  QComboBox *mNewOrganisation = nullptr;
  QPushButton *mAddOrganisation = nullptr;
  QPushButton *mRemoveOrganisation = nullptr;
  QLabel *mError = nullptr;
  QPushButton *mSave = nullptr;
  QPushButton *mRevert = nullptr;
  QStringList mOrganisationNames;
};
