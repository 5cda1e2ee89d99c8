#pragma once
// The statistics panel (a dock beside the map): for the incidents the current filter selects, the counts per
// category against the earlier period with an exact test of the change, the hour × weekday heat table, the
// weekly trend and the EST areas ranked: the tables of a weekly lägesbild.

#include "areas.h"
#include "projectfile.h"
#include "selection.h"
#include "temporal.h"

#include <QColor>
#include <QString>
#include <QWidget>

#include <map>
#include <string>
#include <vector>

class HourWeekdayHeatTable;
class QCheckBox;
class QLabel;
class QStackedWidget;
class QStandardItem;
class QStandardItemModel;
class QTreeView;
class TrendChart;

//! What the panel shows: the filter's incidents in two periods and the project's categories and areas.
struct StatisticsInput
{
  std::vector<tryggkarta::SelectedIncident> current; //!< the filter's incidents in the current period
  std::vector<tryggkarta::SelectedIncident> before;  //!< the same filter in the earlier period
  tryggkarta::Period currentPeriod;
  //! The period compared against, e.g. previousPeriod() of the current one; an empty period (length 0)
  //! leaves the comparison out.
  tryggkarta::Period beforePeriod;
  std::vector<tryggkarta::Category> categories; //!< labels and colours (codes not listed show their code)
  std::vector<tryggkarta::ProjectArea> areas;   //!< the areas to rank: the project's EST areas
  //! Labels of the category groups by group code (the project's category_groups); without them the
  //! categories cannot be grouped.
  std::map<std::string, std::string> groupLabels;
  double alpha = 0.05; //!< significance level of the tests, also the false-discovery rate
};

//! One row of the panel's tables: a category, a category group or an area, with its change.
struct StatisticsRow
{
  QString key;   //!< category code, group code or area fid
  QString label; //!< as shown
  QColor color;  //!< the category's colour; invalid for groups and areas
  tryggkarta::CountChange change;
  int rank = 0;     //!< areas: 1 = most events now
  bool top = false; //!< areas: one of the top three (with events now)
};

/**
 * Counts per category (against the earlier period), the hour × weekday heat table, the weekly (or monthly)
 * trend and the areas ranked by events now. Everything is computed in setData (fast enough for 10^5
 * incidents on every filter change); painting only draws. With no incidents in either period it shows a
 * friendly empty state instead of empty tables.
 */
class StatisticsPanel : public QWidget
{
  Q_OBJECT

public:
  //! Columns of the category and area tables.
  enum Column
  {
    ColumnLabel,
    ColumnNow,
    ColumnBefore,
    ColumnChange,  //!< +N / −N
    ColumnPercent, //!< the change in rate; hidden while the view is too narrow for it
    ColumnSignificance,
    ColumnCount
  };
  //! The model role holding a cell's number (count or change) for sorting and tests.
  static constexpr int ValueRole = Qt::UserRole + 1;

  explicit StatisticsPanel( QWidget *parent = nullptr );

  //! Computes and shows the statistics of input.
  void setData( const StatisticsInput &input );

  //! Whether the empty (or error) state is shown instead of the statistics.
  bool isShowingEmptyState() const;
  //! The text of the empty or error state.
  QString emptyStateText() const;

  //! The categories with events in either period, in the order shown (most events now first).
  const std::vector<StatisticsRow> &categoryRows() const { return mCategoryRows; }
  //! The category groups, most events now first (shown when grouping is on).
  const std::vector<StatisticsRow> &groupRows() const { return mGroupRows; }
  //! All incidents of both periods.
  const tryggkarta::CountChange &totalChange() const { return mTotal; }
  //! The areas in ranked order.
  const std::vector<StatisticsRow> &areaRows() const { return mAreaRows; }
  //! The hour × weekday matrix of the current period (aoristic).
  const tryggkarta::HourWeekdayMatrix &hourWeekdayMatrix() const { return mMatrix; }

  /**
   * The name on a row of the category or area table as it is drawn at the table's width now: broken into
   * lines (joined by QChar::LineSeparator), cut with "…" only when longer than the rows allow.
   */
  QString shownLabel( const QModelIndex &index ) const;

  QStandardItemModel *categoryModel() const { return mCategoryModel; }
  QStandardItemModel *areaModel() const { return mAreaModel; }
  const HourWeekdayHeatTable *heatTable() const { return mHeatTable; }
  const TrendChart *trendChart() const { return mTrendChart; }

  //! Groups the categories under their groups (when group labels were given).
  void setGroupedByCategoryGroup( bool grouped );
  bool isGroupedByCategoryGroup() const;

signals:
  //! An area's row was double-clicked (e.g. to zoom the map to it).
  void areaActivated( qint64 fid );

private:
  void showEmptyState( const QString &title, const QString &detail );
  void computeCategories( const StatisticsInput &input );
  void fillCategoryModel();
  void computeTrend( const StatisticsInput &input );
  void computeAreas( const StatisticsInput &input );
  void fillSummary( const StatisticsInput &input );
  QList<QStandardItem *> changeItems( const StatisticsRow &row, bool emphasised ) const;

  QStackedWidget *mStack = nullptr;
  QLabel *mEmptyTitle = nullptr;
  QLabel *mEmptyDetail = nullptr;
  QLabel *mHeadline = nullptr;
  QLabel *mHeadlineChange = nullptr;
  QLabel *mPeriodLabel = nullptr;
  QCheckBox *mGroupCheck = nullptr;
  QTreeView *mCategoryView = nullptr;
  QLabel *mCategoryNote = nullptr;
  HourWeekdayHeatTable *mHeatTable = nullptr;
  QLabel *mHeatNote = nullptr;
  QLabel *mTrendHeading = nullptr;
  TrendChart *mTrendChart = nullptr;
  QLabel *mTrendNote = nullptr;
  QTreeView *mAreaView = nullptr;
  QLabel *mAreaNote = nullptr;
  QStandardItemModel *mCategoryModel = nullptr;
  QStandardItemModel *mAreaModel = nullptr;

  bool mHasComparison = false;
  bool mCanGroup = false;      //!< group labels were given
  bool mPeriodsDiffer = false; //!< the periods differ in length (percentages compare rates)
  double mAlpha = 0.05;
  std::vector<StatisticsRow> mCategoryRows;
  std::vector<StatisticsRow> mGroupRows;
  std::vector<std::vector<std::size_t>> mGroupMembers; //!< per group row: indices into mCategoryRows
  tryggkarta::CountChange mTotal;
  std::vector<StatisticsRow> mAreaRows;
  tryggkarta::HourWeekdayMatrix mMatrix;
};
