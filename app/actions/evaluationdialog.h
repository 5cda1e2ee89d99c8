#pragma once
// Evaluating an intervention in the app: pick the target and comparison areas (from the project's areas, or
// suggested: areas outside the target ranked by level and trend before), a buffer ring, the before and after
// periods and the category groups; the evaluation runs as a QGIS task with progress and cancel; the dialog
// shows the table per group and in total, the sentences in plain Swedish and the weekly chart; the result can
// be stored with the intervention and printed as one A4 page (EvaluationPdf).
//
// Entry point for the actions dock: openEvaluationDialog( parent, projectPath, interventionId ).

#include "evaluation.h"

#include <qgstaskmanager.h>

#include <QDialog>
#include <QMutex>
#include <QPointer>
#include <QString>
#include <QWidget>

#include <cstdint>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

/**
 * Opens the evaluation dialog (non-modal, deleted when closed) on the project file at projectPath; with an
 * intervention (an actions row id) its area and period are filled in. The dialog reads and writes through
 * connections of its own. Returns the dialog.
 */
class EvaluationDialog;
EvaluationDialog *openEvaluationDialog( QWidget *parent, const QString &projectPath,
                                        std::optional<int64_t> interventionId );

//! The evaluation as a QgsTask (its own read-only connection); the result is read once finished.
class EvaluationTask : public QgsTask
{
  Q_OBJECT

public:
  EvaluationTask( const QString &projectPath, const tryggkarta::EvaluationSettings &settings );
  const std::optional<tryggkarta::EvaluationResult> &result() const { return mResult; }
  //! Why it failed (empty when it worked or was cancelled).
  const QString &error() const { return mError; }

signals:
  void evaluationFinished( bool ok );

protected:
  bool run() override;
  void finished( bool result ) override;

private:
  QString mProjectPath;
  tryggkarta::EvaluationSettings mSettings;
  std::optional<tryggkarta::EvaluationResult> mResult;
  QString mError;
};

//! The weekly counts as a chart (EvaluationPdf::paintChart).
class EvaluationChart : public QWidget
{
  Q_OBJECT

public:
  explicit EvaluationChart( QWidget *parent = nullptr );
  void setResult( const std::optional<tryggkarta::EvaluationResult> &result );
  QSize sizeHint() const override { return QSize( 640, 220 ); }

protected:
  void paintEvent( QPaintEvent *event ) override;

private:
  std::optional<tryggkarta::EvaluationResult> mResult;
};

class EvaluationDialog : public QDialog
{
  Q_OBJECT

public:
  EvaluationDialog( const QString &projectPath, std::optional<int64_t> interventionId,
                    QWidget *parent = nullptr );
  ~EvaluationDialog() override;

  //! The settings as the fields give them now.
  tryggkarta::EvaluationSettings settings() const;
  //! Sets the fields (areas by fid; a buffer of 0 is none).
  void setSettings( const tryggkarta::EvaluationSettings &settings );

  //! Starts the evaluation (as the Evaluate button does); false when the settings are refused (shown).
  bool evaluate();
  //! Fills the comparison list with suggestions (as the Suggest button does).
  void suggestComparison();
  //! Stores the shown result in the project (as the Save button does); the stored fid, or nothing.
  std::optional<int64_t> saveResult();
  //! Writes the page to a PDF; an error message or empty.
  QString printTo( const QString &pdfPath );

  bool isRunning() const { return mTask != nullptr; }
  void cancel();
  const std::optional<tryggkarta::EvaluationResult> &result() const { return mResult; }
  //! What is shown: the message line (errors, refusals, "stored as …").
  QString messageText() const;
  QTableWidget *table() const { return mTable; }
  QLabel *sentencesLabel() const { return mSentences; }
  EvaluationChart *chart() const { return mChart; }
  QComboBox *comparisonCombo() const { return mComparison; }
  QPushButton *saveButton() const { return mSave; }

private:
  void loadProject();
  void showResult();
  void setRunning( bool running );
  void showMessage( const QString &text, bool error );

  QString mProjectPath;
  std::optional<int64_t> mInterventionId;
  std::optional<tryggkarta::EvaluationResult> mResult;
  QPointer<EvaluationTask> mTask;
  bool mSynthetic = false;

  QLabel *mIntervention = nullptr;
  QComboBox *mTarget = nullptr;
  QComboBox *mComparison = nullptr;
  QPushButton *mSuggest = nullptr;
  QSpinBox *mBuffer = nullptr;
  QDateEdit *mBeforeFrom = nullptr;
  QDateEdit *mBeforeUntil = nullptr;
  QDateEdit *mAfterFrom = nullptr;
  QDateEdit *mAfterUntil = nullptr;
  QListWidget *mGroups = nullptr;
  QPushButton *mRun = nullptr;
  QPushButton *mCancel = nullptr;
  QPushButton *mSave = nullptr;
  QPushButton *mPrint = nullptr;
  QProgressBar *mProgress = nullptr;
  QLabel *mMessage = nullptr;
  QTableWidget *mTable = nullptr;
  QLabel *mSentences = nullptr;
  EvaluationChart *mChart = nullptr;
};
