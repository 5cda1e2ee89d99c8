#pragma once
// The form of one action: every attribute of tryggkarta::Action. The contact is a role (never a person's
// name) and the note is marked internal (left out of public exports). Saving goes through a callback that
// returns the core's refusal, shown in the form, which then stays open: nothing is stored until it passes.

#include "actionstore.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QStringList>

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

class ActionForm : public QDialog
{
  Q_OBJECT

public:
  struct Choices
  {
    QList<QPair<qint64, QString>> areas;      //!< fid, name
    QList<QPair<qint64, QString>> priorities; //!< fid, "T3 2026 #1: problem"
    QStringList organisations;
  };
  //! Stores the action with the details of a status change; returns an error message or an empty string.
  using Save = std::function<QString( const tryggkarta::Action &, const tryggkarta::StatusChangeDetails & )>;

  ActionForm( const tryggkarta::Action &action, const Choices &choices, Save save,
              QWidget *parent = nullptr );

  //! The action as the form has it now.
  tryggkarta::Action action() const;
  //! The error shown in the form (empty when none), for tests.
  QString errorText() const;

  QLineEdit *titleEdit() const { return mTitle; }
  QComboBox *statusCombo() const { return mStatus; }
  QLineEdit *rejectionReasonEdit() const { return mReason; }
  QLineEdit *deadlineEdit() const { return mDeadline; }
  QComboBox *responsibleCombo() const { return mResponsible; }
  QLineEdit *contactRoleEdit() const { return mContactRole; }

  //! Saves; stays open with the message when it is refused (also what OK does).
  void trySave();

private:
  void updateVisibility();
  void showError( const QString &message );

  tryggkarta::Action mAction;
  Save mSave;
  QLabel *mError = nullptr;
  QLineEdit *mTitle = nullptr;
  QPlainTextEdit *mDescription = nullptr;
  QComboBox *mKind = nullptr;
  QComboBox *mPriorityLink = nullptr;
  QComboBox *mArea = nullptr;
  QLabel *mLinks = nullptr;
  QComboBox *mResponsible = nullptr;
  QLineEdit *mContactRole = nullptr;
  QComboBox *mPriority = nullptr;
  QLineEdit *mDeadline = nullptr;
  QDoubleSpinBox *mCost = nullptr;
  QComboBox *mStatus = nullptr;
  QLineEdit *mDecided = nullptr;
  QLineEdit *mDone = nullptr;
  QLineEdit *mReason = nullptr;
  QLineEdit *mStatusNote = nullptr;
  QPlainTextEdit *mNote = nullptr;
  QLineEdit *mStart = nullptr;
  QLineEdit *mEnd = nullptr;
  QWidget *mInterventionRows = nullptr;
  QLabel *mReasonLabel = nullptr;
};
