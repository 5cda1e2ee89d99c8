#pragma once
// Small painted charts for the statistics panel: the hour × weekday heat table and the weekly trend. Both
// take values computed elsewhere and only paint (cheap on every repaint; QPainter in logical pixels, so
// HiDPI screens get sharp output).

#include <QColor>
#include <QString>
#include <QWidget>

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

//! The calm sequential ramp of the heat table: white → orange → dark red, for t in [0, 1].
QColor heatRampColor( double t );

/**
 * A 7 × 24 table of events per weekday (Monday first) and local hour, each cell coloured by its value on a
 * sequential ramp from 0 to the largest value, with the value as a tooltip and as text where it fits. A
 * column of weekday totals on the right and a row of small bars for the hour totals underneath show where
 * the week and the day are busiest.
 */
class HourWeekdayHeatTable : public QWidget
{
  Q_OBJECT

public:
  explicit HourWeekdayHeatTable( QWidget *parent = nullptr );

  //! Sets the values: [( weekday − 1 ) × 24 + hour], weekday 1 = Monday; events (fractions for spread ones).
  void setValues( const std::array<double, 168> &values );
  //! The value of a cell (weekday 1 = Monday … 7 = Sunday, hour 0 … 23).
  double value( int weekday, int hour ) const
  {
    return mValues[static_cast<std::size_t>( ( weekday - 1 ) * 24 + hour )];
  }
  //! The sum of all cells.
  double total() const { return mTotal; }
  //! The largest cell, the top of the colour scale.
  double maximum() const { return mMaximum; }
  //! The cell (weekday, hour) under a point in widget coordinates, if any.
  std::optional<std::pair<int, int>> cellAt( const QPoint &point ) const;
  //! The tooltip of a cell.
  QString cellToolTip( int weekday, int hour ) const;

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

protected:
  void paintEvent( QPaintEvent *event ) override;
  bool event( QEvent *event ) override;
  void changeEvent( QEvent *event ) override;

private:
  //! Where things go at the current size, in logical pixels.
  struct Geometry
  {
    QRectF cells; //!< the 7 × 24 cells
    double cellWidth = 0;
    double cellHeight = 0;
    double headerHeight = 0;
    QRectF totals;   //!< the weekday totals column
    QRectF hourBars; //!< the hour totals bars
    QRectF legend;   //!< the colour scale
  };
  Geometry layoutGeometry() const;
  QString formatValue( double value ) const;
  int decimals() const;

  std::array<double, 168> mValues{};
  std::array<double, 7> mDayTotals{};
  std::array<double, 24> mHourTotals{};
  double mTotal = 0;
  double mMaximum = 0;
};

//! One bar of the trend chart: a week or a month, split into the parts of the earlier and the current period.
struct TrendBin
{
  QString axisLabel;      //!< under the bar: "v. 47" (Swedish) or "nov"
  QString yearLabel;      //!< the bin's year, shown under the first label and where it changes
  QString toolTipTitle;   //!< e.g. "Vecka 47, 2026 (16–22 nov)"
  double before = 0;      //!< events of the earlier period in this bin
  double now = 0;         //!< events of the current period in this bin
  bool inBefore = false;  //!< the bin overlaps the earlier period
  bool inCurrent = false; //!< the bin overlaps the current period
  bool partial = false;   //!< the periods cover only part of the bin (so fewer events are expected)
  double coveredDays = 0; //!< days of the bin the periods cover
  double binDays = 0;     //!< days of the whole bin
  bool gapBefore = false; //!< time is left out between the previous bin and this one
};

/**
 * Bars per week (or month) over the earlier and the current period, the current period's bars in the accent
 * colour on a highlighted band, with a y axis of round numbers and week labels that thin out as bars narrow.
 */
class TrendChart : public QWidget
{
  Q_OBJECT

public:
  explicit TrendChart( QWidget *parent = nullptr );

  void setBins( std::vector<TrendBin> bins );
  const std::vector<TrendBin> &bins() const { return mBins; }
  //! The bin under a point in widget coordinates, or -1.
  int binAt( const QPoint &point ) const;
  QString binToolTip( int index ) const;

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

  //! The accent colour of the current period (the panel marks the top areas with it too).
  static QColor currentColor();
  //! The colour of the earlier period.
  static QColor beforeColor();

protected:
  void paintEvent( QPaintEvent *event ) override;
  bool event( QEvent *event ) override;

private:
  struct Geometry
  {
    QRectF plot;
    double slot = 0; //!< width per bin including the gap
    double top = 1;  //!< the value at the top of the plot
    double step = 1; //!< between gridlines
  };
  Geometry layoutGeometry() const;
  double binX( const Geometry &g, int index ) const;

  std::vector<TrendBin> mBins;
  std::vector<double> mGapOffsets; //!< per bin: the extra space of gaps to its left, in slots
  double mMaximum = 0;
};
