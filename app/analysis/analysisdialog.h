#pragma once
// The dialog of one analysis (heatmap, hot spots, clusters, comparison) on what the map's filter shows:
// parameters with defaults from the data and a line on what each does to the map, a name to store the result
// under, checks before running, and the run itself on a QgsTask with progress and cancel. The result is
// stored in the project and shown as styled layers in the group "Analyses".

#include "analysistask.h"
#include "analysistext.h"
#include "selection.h"

#include <QDialog>
#include <QMap>
#include <QPointer>
#include <QStringList>

#include <vector>

class ProjectController;
class QgsMapCanvas;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QWidget;

//! What an analysis dialog needs of the window: the open project, the map, and what the filter selects.
struct AnalysisContext
{
  //! The open project (it may be saved as another file, or closed, while the dialog is open).
  QPointer<ProjectController> projects;
  QPointer<QgsMapCanvas> canvas;
  //! The filter's selection when the dialog opens, and the incidents it holds whose place is a point (what
  //! the map shows and the analyses take).
  tryggkarta::Selection selection;
  std::vector<tryggkarta::SelectedIncident> incidents;
  //! The filter's incidents left out because their place is not a point.
  tryggkarta::ImpreciseCounts imprecise;
  //! The safety-walk observations the filter's period, time and area hold (those that take part in
  //! analyses, weighted), whatever its layer: the dialog's layer choice may take them.
  std::vector<tryggkarta::SelectedIncident> observations;
  //! Category code -> label, to describe the selection.
  QMap<QString, QString> categoryLabels;
  //! The project's checklist items: code -> label, in the project's order.
  QList<QPair<QString, QString>> checklistItems;
};

class AnalysisDialog : public QDialog
{
  Q_OBJECT

public:
  /**
   * A dialog for the analysis of the window's open project on the selection its filter makes now. The
   * parameters' defaults come from the incidents the filter selects.
   */
  AnalysisDialog( AnalysisKind kind, const AnalysisContext &context, QWidget *parent );
  ~AnalysisDialog() override;

  AnalysisKind kind() const { return mKind; }
  //! The selection the analysis covers (the filter's when the dialog opened, with the layer and checklist
  //! items chosen here).
  const tryggkarta::Selection &selection() const { return mSelection; }
  //! The number of points the selection holds: incidents (what the map shows) and/or observations.
  int incidentCount() const { return static_cast<int>( mIncidents.size() ); }

  //! What is wrong with the parameters, for the user, or an empty string when the analysis can run.
  QString validate() const;
  //! The run the parameters describe.
  AnalysisRequest request() const;

  /**
   * Checks the parameters and starts the analysis on a QgsTask; returns false (with the reason shown in the
   * dialog) when it cannot start.
   */
  bool start();
  //! Asks a running analysis to stop; it stops at its next step and stores nothing.
  void cancel();
  //! Cancels a run and waits until its task has ended (it then stores nothing), e.g. before its project
  //! closes.
  void cancelAndWait();
  bool isRunning() const;
  //! The message shown under the parameters (a problem, or that a run was cancelled).
  QString message() const;
  //! How the last run ended.
  const AnalysisOutcome &lastOutcome() const { return mOutcome; }

signals:
  //! A run started (running true) or ended.
  void runningChanged( bool running );
  //! A result was stored in the project (and put on the map).
  void resultStored( const tryggkarta::StoredResult &result, const QString &summary );
  //! A run ended: stored, failed or cancelled.
  void runFinished( const AnalysisOutcome &outcome );

protected:
  void reject() override;

private:
  void buildKernelDensity( QFormLayout *form );
  void buildHotSpots( QFormLayout *form );
  void buildClusters( QFormLayout *form );
  void buildComparison( QFormLayout *form );
  //! The layer choice (incidents, observations, both) and the checklist items, for the spatial analyses.
  void buildLayerChoice( QFormLayout *form, const QList<QPair<QString, QString>> &checklistItems );
  //! Takes the layer and checklist items chosen into the selection and the points it holds.
  void updatePoints();
  void updateSelectionText();
  //! Sets the heatmap's radius and cell size from the points (the spatial Silverman rule, a cell that keeps
  //! the grid small) and says where the radius came from.
  void applyKernelDefaults();
  //! Adds a parameter: its label and widget, and below it a line on what it does to the map.
  QLabel *addParameter( QFormLayout *form, const QString &label, QWidget *widget,
                        const QString &explanation );
  void setExplanation( QLabel *label, const QString &text );
  QDoubleSpinBox *metresBox( const QString &objectName, double value, int decimals = 0 );
  void updateEnabled();
  void updateNameHint();
  void showMessage( const QString &text, bool problem );
  void setRunning( bool running );
  void onFinished( const AnalysisOutcome &outcome );

  AnalysisKind mKind;
  //! The project open now: its file, or an empty string when none is open.
  QString openProjectPath() const;

  QPointer<ProjectController> mProjects;
  QPointer<QgsMapCanvas> mCanvas;
  QString mProjectPath;
  tryggkarta::Selection mSelection;
  //! The points the analysis takes (incidents and/or observations, by the layer chosen).
  std::vector<tryggkarta::SelectedIncident> mIncidents;
  std::vector<tryggkarta::SelectedIncident> mFilterIncidents;
  tryggkarta::ImpreciseCounts mImprecise;
  std::vector<tryggkarta::SelectedIncident> mFilterObservations;
  QMap<QString, QString> mCategoryLabels;
  QStringList mExistingNames;
  //! A result taken off the map to be replaced; put back if the run does not store.
  QString mHiddenForReplace;

  QLabel *mSelectionLabel = nullptr;
  QComboBox *mLayer = nullptr;
  QListWidget *mChecklist = nullptr;
  QDoubleSpinBox *mRadius = nullptr;
  QLabel *mRadiusExplanation = nullptr;
  //! The radius and cell size last proposed from the data.
  QPair<double, double> mKernelDefaults;
  QDoubleSpinBox *mCellSize = nullptr;
  QComboBox *mKernel = nullptr;
  QComboBox *mOutput = nullptr;
  QCheckBox *mMaskLand = nullptr;
  QCheckBox *mEdgeCorrection = nullptr;
  QComboBox *mHotSpotOn = nullptr;
  QComboBox *mNeighbourhood = nullptr;
  QDoubleSpinBox *mBand = nullptr;
  QSpinBox *mNeighbourCount = nullptr;
  QComboBox *mAreaKind = nullptr;
  QDoubleSpinBox *mEps = nullptr;
  QSpinBox *mMinPoints = nullptr;
  QCheckBox *mUseTime = nullptr;
  QDoubleSpinBox *mTimeEps = nullptr;
  QComboBox *mHull = nullptr;
  QComboBox *mAgainst = nullptr;
  QLabel *mAgainstExplanation = nullptr;
  QDoubleSpinBox *mAlpha = nullptr;

  QWidget *mParameters = nullptr;
  QLineEdit *mName = nullptr;
  QCheckBox *mReplace = nullptr;
  QLabel *mNameHint = nullptr;
  QLabel *mMessage = nullptr;
  QProgressBar *mProgress = nullptr;
  QLabel *mStage = nullptr;
  QDialogButtonBox *mButtons = nullptr;
  QPushButton *mRunButton = nullptr;
  QPushButton *mCloseButton = nullptr;

  QPointer<AnalysisTask> mTask;
  AnalysisOutcome mOutcome;
};
