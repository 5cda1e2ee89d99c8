#pragma once
// The small dialog of a status change: the new status, when it took effect, a note, and for a rejection the
// reason (required: Swedish practice publishes a reason for every action not taken). The core's rules are
// checked before anything is stored (tryggkarta::checkStatusChange), and the store's answer is shown in the
// dialog, which stays open until the change passes.

#include "actionstore.h"

#include <QDialog>

#include <functional>
#include <vector>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

class StatusChangeDialog : public QDialog
{
  Q_OBJECT

public:
  //! Applies the change; returns an error message or an empty string.
  using Apply = std::function<QString( const tryggkarta::StatusChangeDetails & )>;

  StatusChangeDialog( const std::vector<tryggkarta::Action> &actions, const std::string &toStatus,
                      const QDate &today, Apply apply, QWidget *parent = nullptr );

  tryggkarta::StatusChangeDetails details() const;
  QString errorText() const;
  QDateEdit *dateEdit() const { return mDate; }
  QPlainTextEdit *noteEdit() const { return mNote; }
  QLineEdit *reasonEdit() const { return mReason; }

  //! Checks and applies; stays open with the message when refused (also what OK does).
  void tryApply();

private:
  void showError( const QString &message );

  std::vector<tryggkarta::Action> mActions;
  std::string mTo;
  Apply mApply;
  QLabel *mError = nullptr;
  QDateEdit *mDate = nullptr;
  QPlainTextEdit *mNote = nullptr;
  QLineEdit *mReason = nullptr;
};
