#pragma once
// An analysis run as a QgsTask: selects the incidents, computes, and stores the result in the project file in
// one transaction, reporting its progress by stage. Cancelling stops it at the next report and leaves the
// project file as it was.

#include "analysisrun.h"
#include "analysistext.h"
#include "results.h"

#include <qgstaskmanager.h>

#include <QMetaType>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <variant>

//! What to run: the analysis, its selection and settings, and the name to store it under.
struct AnalysisRequest
{
  AnalysisKind kind = AnalysisKind::KernelDensity;
  QString projectPath;
  tryggkarta::Selection selection;
  std::variant<tryggkarta::KernelDensitySettings, tryggkarta::HotSpotSettings, tryggkarta::ClusterSettings,
               tryggkarta::ComparisonSettings>
    settings;
  QString name;
  bool replace = false;
};

//! How a run ended.
struct AnalysisOutcome
{
  bool ok = false;
  bool cancelled = false;
  QString error;                   //!< why it failed (empty when it worked or was cancelled)
  tryggkarta::StoredResult result; //!< what was stored
  QString summary;                 //!< one line on what it found, for the status bar
  QStringList notes;               //!< warnings to read the result with (few incidents, incidents left out)
};
Q_DECLARE_METATYPE( AnalysisOutcome )

class AnalysisTask : public QgsTask
{
  Q_OBJECT

public:
  explicit AnalysisTask( AnalysisRequest request );

  //! How it ended; complete once analysisFinished() was emitted.
  const AnalysisOutcome &outcome() const { return mOutcome; }
  //! What it does now ("Computing…"), for the progress display.
  QString stage() const;

signals:
  //! The stage changed (emitted from the task's thread).
  void stageChanged( const QString &stage );
  //! The run ended, stored, failed or cancelled (emitted on the main thread).
  void analysisFinished( const AnalysisOutcome &outcome );

protected:
  bool run() override;
  void finished( bool result ) override;

private:
  //! Reports a stage and its share of the whole (from … to); false when cancelled.
  bool enterStage( const QString &stage, double from );
  tryggkarta::ProgressCallback progressBetween( double from, double to );
  bool runAnalysis( tryggkarta::ProjectFile &project );

  AnalysisRequest mRequest;
  AnalysisOutcome mOutcome;
  mutable QMutex mStageMutex;
  QString mStage;
};
