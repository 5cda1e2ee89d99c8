#pragma once
// The year's citizen promise (medborgarlöfte) in the app: the promise itself (title, signed by which roles,
// the lägesbild it builds on), its activities (what, who, how many times, when, where, status) with the walks
// and actions that carry them out, and the yearly follow-up as text, internal or public, printed to an A4
// PDF. Every change goes through the core's PromiseStore (one transaction with the audit log; refusals shown
// in the dialog, nothing stored).

#include <QDialog>

#include <cstdint>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace tryggkarta
{
class Database;
struct PromiseActivity;
} // namespace tryggkarta

class PromisesDialog : public QDialog
{
  Q_OBJECT

public:
  /**
   * db: the project's writable connection; projectPath: its file (the follow-up reads the lägesbild through
   * a read-only connection of its own, and printing opens it as a map sheet). year: the year shown first.
   */
  PromisesDialog( tryggkarta::Database &db, const QString &projectPath, int year, QWidget *parent = nullptr );

  //! Shows the promise of a year (the first by title when there are several), or an empty form for a new one.
  void setYear( int year );
  int year() const;
  //! The promise shown (0: a new one, not yet saved).
  int64_t promiseId() const { return mPromiseId; }

  //! Stores the form as the year's promise (new or changed); an error message for the user, or empty.
  QString savePromise();
  //! Adds an activity to the promise shown; an error message, or empty.
  QString addActivity( const tryggkarta::PromiseActivity &activity );
  //! The activity ids in the table's order.
  QList<int64_t> activityIds() const;
  //! Links a walk or an action (isWalk false) to an activity; an error message, or empty.
  QString link( int64_t activityId, int64_t targetId, bool isWalk );
  //! Sets an activity's status (and done date for done); an error message, or empty.
  QString setStatus( int64_t activityId, const QString &status, const QString &doneDate );

  //! Builds the follow-up again and shows it; returns its text (or the error).
  QString refreshFollowUp();
  //! Prints the follow-up (public when the box is ticked) to a PDF; an error message, or empty.
  QString printTo( const QString &pdfPath );
  //! The last error shown in the dialog.
  QString errorText() const;

  QTableWidget *activityTable() const { return mActivities; }
  QCheckBox *publicCheck() const { return mPublic; }

private:
  void loadActivities();
  void showError( const QString &text );
  void editActivity( bool isNew );
  void pickLink( bool isWalk );
  void pickStatus();
  void removeActivity();
  void print();
  int64_t selectedActivity() const;

  tryggkarta::Database &mDb;
  QString mPath;
  int64_t mPromiseId = 0;
  QTabWidget *mTabs = nullptr;
  QSpinBox *mYear = nullptr;
  QLineEdit *mTitle = nullptr;
  QLineEdit *mSigned = nullptr;
  QLineEdit *mPoliceRole = nullptr;
  QLineEdit *mMunicipalityRole = nullptr;
  QPlainTextEdit *mSummary = nullptr;
  QPlainTextEdit *mBasis = nullptr;
  QTableWidget *mActivities = nullptr;
  QPlainTextEdit *mFollowUp = nullptr;
  QCheckBox *mPublic = nullptr;
  QLabel *mError = nullptr;
  QList<QPushButton *> mActivityButtons;
};
