#pragma once
// The filter panel: which incidents the lägesbild shows (period with presets and a time slider, categories,
// organisations, sources, weekdays and hours). The map, the heatmap and the statistics follow it.

#include "projectfile.h"
#include "reporting.h"
#include "selection.h"

#include <QDate>
#include <QMap>
#include <QWidget>

#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QSlider;
class QSpinBox;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

class FilterPanel : public QWidget
{
  Q_OBJECT

public:
  //! The period presets, in the order of the combo box.
  enum class Preset
  {
    LastWeek,
    LastMonth,
    ThisTertial,
    ThisYear,
    AllDates,
    Custom
  };
  //! How the time slider steps.
  enum class Step
  {
    Week,
    Month
  };

  explicit FilterPanel( QWidget *parent = nullptr );

  /**
   * Sets up the lists for a project: its categories (grouped), organisations, and the dates its incidents
   * span (the slider's range). Resets the filter to the preset. today is the reference for the presets.
   */
  void setProject( const std::vector<tryggkarta::Category> &categories,
                   const QMap<QString, QString> &groupLabels, const QStringList &organisations,
                   QDate firstDate, QDate lastDate, QDate today );

  //! The selection the controls describe.
  tryggkarta::Selection selection() const;
  //! Whether the user wants this period compared with the one before it.
  bool compareWithPrevious() const;
  //! Whether the heatmap keeps its colour scale when the period changes.
  bool fixedColourScale() const;
  //! Whether the heatmap counts the safety walks' negative observations too (the selection's layer is then
  //! both; the points on the map and the statistics stay the incidents).
  bool includeObservations() const;
  void setIncludeObservations( bool include );

  //! Updates the counts shown next to each category (incidents in the current period).
  void setCategoryCounts( const std::map<std::string, size_t> &counts );

  /**
   * The dates the project's incidents span changed (e.g. after an import): updates the slider's range and,
   * when the preset is "all dates", the period; other periods stay as they are.
   */
  void setDateRange( QDate firstDate, QDate lastDate );
  //! Adds organisations not yet listed (e.g. typed into an incident's form), ticked, in alphabetical order.
  void addOrganisations( const QStringList &organisations );

  void applyPreset( Preset preset );
  void setPeriod( QDate from, QDate until );
  QDate periodFrom() const;
  QDate periodUntil() const;
  void setSliderStep( Step step );
  //! Moves the time slider to a position (0 … maximum); the period becomes that week or month.
  void setSliderPosition( int position );
  int sliderMaximum() const;
  void setCategoriesChecked( const QStringList &codes );
  void setWeekdays( const std::vector<int> &weekdays );
  void setHours( int from, int to, bool enabled );

  /**
   * The newest event per organisation and source (reporting.h's newestEventDates). When one of the ticked
   * organisations (or, with the sources narrowed, a ticked source) has no event on or after the period's
   * first day, the panel says so plainly under the period: "latest report from Polisen: 2026-11-15".
   */
  void setNewestEvents( const std::vector<tryggkarta::NewestEvent> &newest );
  //! The note shown under the period (one line per organisation or source), empty when there is none.
  QString staleDataNote() const;
  /**
   * Why some of the filter's incidents are not on the map or in the heatmap: their place is not a point (only
   * the municipality, the county or an area). One line per kind; empty hides the note.
   */
  void setImpreciseNote( const QString &text );
  QString impreciseNote() const;

signals:
  //! The filter changed (emitted once per user change; slider drags are coalesced).
  void selectionChanged();
  //! The colour-scale option changed.
  void fixedColourScaleChanged( bool fixed );

private:
  void emitChanged();
  void updateSliderRange();
  void syncSliderToPeriod();
  QDate stepStart( int position ) const;
  void updatePeriodLabel();
  void updateStaleNote();

  QComboBox *mPresetCombo = nullptr;
  QDateEdit *mFromEdit = nullptr;
  QDateEdit *mUntilEdit = nullptr;
  QCheckBox *mCompareCheck = nullptr;
  QComboBox *mStepCombo = nullptr;
  QSlider *mSlider = nullptr;
  QToolButton *mPlayButton = nullptr;
  QLabel *mSliderLabel = nullptr;
  QLabel *mStaleNote = nullptr;
  QLabel *mImpreciseNote = nullptr;
  std::vector<tryggkarta::NewestEvent> mNewest;
  QCheckBox *mFixedScaleCheck = nullptr;
  QCheckBox *mObservationsCheck = nullptr;
  QTreeWidget *mCategoryTree = nullptr;
  QListWidget *mOrganisationList = nullptr;
  QList<QCheckBox *> mSourceChecks;
  QList<QToolButton *> mWeekdayButtons;
  QCheckBox *mHoursCheck = nullptr;
  QSpinBox *mHourFrom = nullptr;
  QSpinBox *mHourTo = nullptr;
  QTimer *mPlayTimer = nullptr;
  QTimer *mEmitTimer = nullptr;

  QDate mFirstDate;
  QDate mLastDate;
  QDate mToday;
  bool mUpdating = false;
  std::map<std::string, QTreeWidgetItem *> mCategoryItems;
  std::map<std::string, QString> mCategoryLabels;
};
