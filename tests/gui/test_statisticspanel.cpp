#include "charts.h"
#include "datetimeparser.h"
#include "guitestutil.h"
#include "statisticspanel.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QLocale>
#include <QScrollArea>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTreeView>

#include <map>
#include <random>

using tryggkarta::Period;
using tryggkarta::SelectedIncident;

namespace
{

Period localMonth( int year, int month )
{
  const int nextYear = month == 12 ? year + 1 : year;
  const int nextMonth = month == 12 ? 1 : month + 1;
  return Period{ tryggkarta::stockholmToUtc( year, month, 1, 0, 0, 0 ),
                 tryggkarta::stockholmToUtc( nextYear, nextMonth, 1, 0, 0, 0 ) };
}

//! The panel's input as the app builds it: the demo's incidents in two periods, its categories and EST areas.
StatisticsInput demoInput( const QString &projectPath, const Period &current, const Period &before )
{
  auto project = tryggkarta::ProjectFile::open( projectPath.toStdString(), true );
  REQUIRE( project );
  StatisticsInput input;
  input.currentPeriod = current;
  input.beforePeriod = before;
  tryggkarta::Selection selection;
  selection.fromUtc = current.fromUtc;
  selection.untilUtc = current.untilUtc;
  auto now = tryggkarta::selectIncidents( **project, selection );
  REQUIRE( now );
  input.current = now.value();
  selection.fromUtc = before.fromUtc;
  selection.untilUtc = before.untilUtc;
  auto earlier = tryggkarta::selectIncidents( **project, selection );
  REQUIRE( earlier );
  input.before = earlier.value();
  input.categories = ( *project )->categories();
  auto areas = tryggkarta::loadAreas( **project, "est_area" );
  REQUIRE( areas );
  input.areas = areas.value();
  tryggkarta::Statement groups = ( *project )->db().prepare( "SELECT code, label_sv FROM category_groups" );
  while ( groups.step() )
    input.groupLabels[groups.text( 0 )] = groups.text( 1 );
  return input;
}

std::map<QString, int64_t> countByCategory( const std::vector<SelectedIncident> &incidents )
{
  std::map<QString, int64_t> counts;
  for ( const SelectedIncident &incident : incidents )
    ++counts[QString::fromStdString( incident.category )];
  return counts;
}

int64_t countMidpointsIn( const std::vector<SelectedIncident> &incidents, const Period &period )
{
  int64_t count = 0;
  for ( const SelectedIncident &incident : incidents )
    count += incident.midpointUtc() >= period.fromUtc && incident.midpointUtc() < period.untilUtc;
  return count;
}

qlonglong value( const QStandardItemModel *model, int row, int column,
                 const QModelIndex &parent = QModelIndex() )
{
  return model->index( row, column, parent ).data( StatisticsPanel::ValueRole ).toLongLong();
}

//! Shows the panel at a dock's width and as tall as its content, so one grab holds every section.
QImage renderWhole( StatisticsPanel &panel, int width, qreal devicePixelRatio = 1 )
{
  panel.resize( width, 400 );
  panel.show();
  auto *scroll = panel.findChild<QScrollArea *>();
  REQUIRE( scroll );
  // Wrapped notes make the height depend on the width: settle the layout, then fit the height to it.
  for ( int pass = 0; pass < 3; ++pass )
  {
    guitest::waitFor( [] { return false; }, 100 );
    QWidget *content = scroll->widget();
    const int height = content->hasHeightForWidth() ? content->heightForWidth( scroll->viewport()->width() )
                                                    : content->sizeHint().height();
    panel.resize( width, height + 2 * scroll->frameWidth() );
  }
  guitest::waitFor( [] { return false; }, 100 );
  QImage image( panel.size() * devicePixelRatio, QImage::Format_ARGB32_Premultiplied );
  image.setDevicePixelRatio( devicePixelRatio );
  image.fill( Qt::transparent );
  panel.render( &image );
  return image;
}

} // namespace

TEST_CASE( "the statistics panel shows a tertial of the demo against the tertial before", "[statistics]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.error().toStdString() == "" );
  // The second tertial of 2026 against the first: periods of different length, the spring clock change in
  // the first (a month of the demo holds too few events for a change beyond chance after the correction).
  const Period tertial2 = Period{ localMonth( 2026, 5 ).fromUtc, localMonth( 2026, 8 ).untilUtc };
  const Period tertial1 = Period{ localMonth( 2026, 1 ).fromUtc, localMonth( 2026, 4 ).untilUtc };
  const StatisticsInput input = demoInput( demo.path(), tertial2, tertial1 );
  REQUIRE( input.current.size() > 30 );
  REQUIRE( input.before.size() > 30 );

  StatisticsPanel panel;
  panel.setData( input );
  REQUIRE_FALSE( panel.isShowingEmptyState() );
  const QStandardItemModel *model = panel.categoryModel();

  SECTION( "the counts per category are the incidents of each category in each period, most now first" )
  {
    const std::map<QString, int64_t> now = countByCategory( input.current );
    const std::map<QString, int64_t> before = countByCategory( input.before );
    std::map<QString, int> shown;
    std::vector<std::pair<double, qlonglong>> markers; // p-value, marker shown (0 none, 1 alone, 2 corrected)
    const int rows = model->rowCount();
    REQUIRE( rows >= 2 );
    for ( int r = 0; r + 1 < rows; ++r )
    {
      const QString code = model->index( r, StatisticsPanel::ColumnLabel ).data( Qt::UserRole ).toString();
      INFO( code.toStdString() );
      ++shown[code];
      const int64_t expectedNow = now.count( code ) ? now.at( code ) : 0;
      const int64_t expectedBefore = before.count( code ) ? before.at( code ) : 0;
      CHECK( value( model, r, StatisticsPanel::ColumnNow ) == expectedNow );
      CHECK( value( model, r, StatisticsPanel::ColumnBefore ) == expectedBefore );
      CHECK( value( model, r, StatisticsPanel::ColumnChange ) == expectedNow - expectedBefore );
      CHECK( model->index( r, StatisticsPanel::ColumnNow ).data().toString() ==
             QLocale().toString( static_cast<qlonglong>( expectedNow ) ) );
      if ( r > 0 )
        CHECK( value( model, r - 1, StatisticsPanel::ColumnNow ) >= expectedNow );
      // The exact Poisson test of the two counts over the two month lengths.
      const auto p =
        tryggkarta::poissonRateTestPValue( expectedNow, static_cast<double>( tertial2.lengthSeconds() ),
                                           expectedBefore, static_cast<double>( tertial1.lengthSeconds() ) );
      REQUIRE( p );
      markers.emplace_back( p.value(), value( model, r, StatisticsPanel::ColumnSignificance ) );
      CHECK( model->index( r, StatisticsPanel::ColumnSignificance ).data().toString().isEmpty() ==
             ( p.value() > input.alpha ) );
    }
    // The filled marker: beyond chance after the Benjamini–Hochberg correction over the categories.
    std::vector<double> sorted;
    for ( const auto &[p, marker] : markers )
      sorted.push_back( p );
    std::sort( sorted.begin(), sorted.end() );
    double cutoff = -1;
    for ( std::size_t k = 0; k < sorted.size(); ++k )
      if ( sorted[k] <= input.alpha * static_cast<double>( k + 1 ) / static_cast<double>( sorted.size() ) )
        cutoff = sorted[k];
    int corrected = 0;
    for ( const auto &[p, marker] : markers )
    {
      CHECK( ( marker == 2 ) == ( p <= cutoff ) );
      corrected += marker == 2;
    }
    CHECK( corrected > 0 ); // the demo's second tertial has changes beyond chance: the marker is exercised
    // Every category with an incident in either period has exactly one row.
    std::map<QString, int> expected;
    for ( const auto &[code, count] : now )
      expected[code] = 1;
    for ( const auto &[code, count] : before )
      expected[code] = 1;
    CHECK( shown == expected );
    // The total row.
    CHECK( model->index( rows - 1, StatisticsPanel::ColumnLabel ).data( Qt::UserRole ).toString().isEmpty() );
    CHECK( value( model, rows - 1, StatisticsPanel::ColumnNow ) ==
           static_cast<qlonglong>( input.current.size() ) );
    CHECK( value( model, rows - 1, StatisticsPanel::ColumnBefore ) ==
           static_cast<qlonglong>( input.before.size() ) );
  }

  SECTION( "grouped, each group row is the sum of the categories under it" )
  {
    panel.setGroupedByCategoryGroup( true );
    REQUIRE( panel.isGroupedByCategoryGroup() );
    REQUIRE( model->rowCount() == static_cast<int>( panel.groupRows().size() ) + 1 );
    int categories = 0;
    for ( int g = 0; g + 1 < model->rowCount(); ++g )
    {
      const QModelIndex group = model->index( g, 0 );
      qlonglong sumNow = 0, sumBefore = 0;
      for ( int c = 0; c < model->rowCount( group ); ++c )
      {
        sumNow += value( model, c, StatisticsPanel::ColumnNow, group );
        sumBefore += value( model, c, StatisticsPanel::ColumnBefore, group );
      }
      categories += model->rowCount( group );
      CHECK( value( model, g, StatisticsPanel::ColumnNow ) == sumNow );
      CHECK( value( model, g, StatisticsPanel::ColumnBefore ) == sumBefore );
    }
    CHECK( categories == static_cast<int>( panel.categoryRows().size() ) );
  }

  SECTION( "the hour × weekday table holds every incident of the current period once" )
  {
    const HourWeekdayHeatTable *heat = panel.heatTable();
    double sum = 0;
    for ( int weekday = 1; weekday <= 7; ++weekday )
      for ( int hour = 0; hour < 24; ++hour )
        sum += heat->value( weekday, hour );
    CHECK( sum == Approx( static_cast<double>( input.current.size() ) ) );
    CHECK( heat->total() == Approx( static_cast<double>( input.current.size() ) ) );
  }

  SECTION( "the weekly bars hold the incidents whose midpoint lies in each period" )
  {
    const std::vector<TrendBin> &bins = panel.trendChart()->bins();
    REQUIRE( bins.size() >= 9 ); // two months of weeks, the week across the boundary shared
    double now = 0, before = 0;
    for ( const TrendBin &bin : bins )
    {
      now += bin.now;
      before += bin.before;
    }
    CHECK( now == Approx( static_cast<double>( countMidpointsIn( input.current, tertial2 ) ) ) );
    CHECK( before == Approx( static_cast<double>( countMidpointsIn( input.before, tertial1 ) ) ) );
    // Bar by bar, the current period's parts are core's weekly series.
    const auto series = tryggkarta::categorySeries( input.current, tertial2.fromUtc, tertial2.untilUtc );
    REQUIRE( series );
    std::vector<double> shownNow;
    for ( const TrendBin &bin : bins )
      if ( bin.inCurrent )
        shownNow.push_back( bin.now );
    CHECK( shownNow == series->totals );
    // 1 April 2026 is a Wednesday: its week holds the end of March and the start of April as one bar.
    const auto shared = std::count_if( bins.begin(), bins.end(),
                                       []( const TrendBin &bin ) { return bin.inBefore && bin.inCurrent; } );
    CHECK( shared == 1 );
    CHECK( bins.front().partial );
    CHECK( bins.back().partial );
  }

  SECTION( "the areas are ranked by incidents now, counted independently, and the top three marked" )
  {
    const std::vector<StatisticsRow> &rows = panel.areaRows();
    REQUIRE( rows.size() == input.areas.size() );
    REQUIRE( panel.areaModel()->rowCount() == static_cast<int>( rows.size() ) );
    for ( std::size_t r = 0; r < rows.size(); ++r )
    {
      INFO( rows[r].label.toStdString() );
      const auto area = std::find_if( input.areas.begin(), input.areas.end(),
                                      [&]( const tryggkarta::ProjectArea &a )
                                      { return QString::number( a.fid ) == rows[r].key; } );
      REQUIRE( area != input.areas.end() );
      int64_t inside = 0;
      for ( const SelectedIncident &incident : input.current )
        inside += area->contains( incident.x, incident.y );
      CHECK( rows[r].change.countNow == inside );
      CHECK( value( panel.areaModel(), static_cast<int>( r ), StatisticsPanel::ColumnNow ) == inside );
      CHECK( rows[r].rank == static_cast<int>( r ) + 1 );
      CHECK( rows[r].top == ( r < 3 && inside > 0 ) );
      if ( r > 0 )
        CHECK( rows[r - 1].change.countNow >= rows[r].change.countNow );
    }
  }

  SECTION( "rendered, the panel draws every section in colour, sharp at twice the pixel density" )
  {
    panel.setGroupedByCategoryGroup( false );
    const QImage image = renderWhole( panel, 520 );
    QTemporaryDir dir;
    REQUIRE( image.save( dir.filePath( QStringLiteral( "statistics_panel.png" ) ) ) );
    CHECK( guitest::distinctColours( image, 40 ) >= 40 );
    const QImage retina = renderWhole( panel, 520, 2 );
    CHECK( retina.width() == 2 * image.width() );
    panel.setGroupedByCategoryGroup( true );
    CHECK_FALSE( renderWhole( panel, 380 ).isNull() );
  }
}

TEST_CASE( "with no incidents in either period the statistics panel says so instead of showing empty tables",
           "[statistics]" )
{
  StatisticsPanel panel;
  StatisticsInput input;
  input.currentPeriod = localMonth( 2026, 10 );
  input.beforePeriod = localMonth( 2026, 9 );
  panel.setData( input );
  CHECK( panel.isShowingEmptyState() );
  CHECK( panel.categoryRows().empty() );
  CHECK( panel.categoryModel()->rowCount() == 0 );
  CHECK_FALSE( renderWhole( panel, 400 ).isNull() );

  SECTION( "and shows the statistics again when incidents come" )
  {
    SelectedIncident incident;
    incident.fromUtc = incident.untilUtc = input.currentPeriod.fromUtc + 3600;
    incident.category = "klotter";
    input.current.push_back( incident );
    panel.setData( input );
    CHECK_FALSE( panel.isShowingEmptyState() );
    REQUIRE( panel.categoryRows().size() == 1 );
    // A code missing from the project's categories is shown by its code.
    CHECK( panel.categoryRows()[0].label == QStringLiteral( "klotter" ) );
  }
}

TEST_CASE(
  "the statistics panel counts 10^5 incidents in both periods and replaces its tables on a new filter",
  "[statistics]" )
{
  const Period current = localMonth( 2026, 10 );
  const Period before = localMonth( 2026, 9 );
  StatisticsInput input;
  input.currentPeriod = current;
  input.beforePeriod = before;
  const char *codes[] = { "klotter",  "glaskross", "brand",   "nedskrapning",
                          "brak_hot", "vald",      "samling", "stold" };
  for ( const char *code : codes )
    input.categories.push_back( tryggkarta::Category{ code, code, code, "g", "#8e44ad", false } );
  for ( int i = 0; i < 5; ++i )
  {
    tryggkarta::ProjectArea area;
    area.fid = i + 1;
    area.name = "Område " + std::to_string( i + 1 );
    const double x0 = i * 1000.0;
    area.rings = { { { x0, 0 }, { x0 + 800, 0 }, { x0 + 800, 800 }, { x0, 800 }, { x0, 0 } } };
    area.envelope = tryggkarta::Envelope{ x0, 0, x0 + 800, 800 };
    area.areaSquareMeters = 800 * 800;
    input.areas.push_back( area );
  }
  std::mt19937_64 random( 7 );
  const auto fill = [&]( std::vector<SelectedIncident> &incidents, const Period &period, std::size_t n )
  {
    std::uniform_int_distribution<int64_t> time( period.fromUtc, period.untilUtc - 1 );
    std::uniform_real_distribution<double> coordinate( 0, 5000 );
    std::uniform_int_distribution<int> category( 0, 7 ), interval( 0, 3 );
    for ( std::size_t k = 0; k < n; ++k )
    {
      SelectedIncident incident;
      incident.fid = static_cast<int64_t>( k );
      incident.x = coordinate( random );
      incident.y = coordinate( random ) / 5;
      incident.fromUtc = time( random );
      // A quarter known only as an interval of up to three days (spread over their hours).
      incident.untilUtc = incident.fromUtc + ( interval( random ) == 0 ? time( random ) % ( 3 * 86400 ) : 0 );
      incident.category = codes[category( random )];
      incidents.push_back( incident );
    }
  };
  fill( input.current, current, 100000 );
  fill( input.before, before, 90000 );

  StatisticsPanel panel;
  panel.setData( input );
  panel.setData( input ); // a second filter change replaces the first's tables, it does not add to them
  CHECK( panel.totalChange().countNow == 100000 );
  CHECK( panel.totalChange().countBefore == 90000 );
  CHECK( panel.heatTable()->total() == Approx( 100000 ) );
}

TEST_CASE( "the statistics panel shows periods longer than a year per month", "[statistics]" )
{
  StatisticsInput input;
  input.currentPeriod = Period{ localMonth( 2025, 1 ).fromUtc, localMonth( 2026, 6 ).untilUtc }; // 18 months
  input.beforePeriod = Period{ localMonth( 2023, 7 ).fromUtc, localMonth( 2024, 12 ).untilUtc };
  for ( int month = 1; month <= 12; ++month )
  {
    SelectedIncident incident;
    incident.fromUtc = incident.untilUtc = localMonth( 2025, month ).fromUtc + 86400;
    incident.category = "klotter";
    input.current.push_back( incident );
  }
  StatisticsPanel panel;
  panel.setData( input );
  const std::vector<TrendBin> &bins = panel.trendChart()->bins();
  REQUIRE( bins.size() == 36 );
  CHECK( bins.front().axisLabel == QLocale().standaloneMonthName( 7, QLocale::ShortFormat ) );
  CHECK( std::none_of( bins.begin(), bins.end(), []( const TrendBin &bin ) { return bin.partial; } ) );
  double now = 0;
  for ( const TrendBin &bin : bins )
    now += bin.now;
  CHECK( now == 12 );

  SECTION( "without an earlier period only the current one is shown and nothing is compared" )
  {
    input.beforePeriod = Period();
    panel.setData( input );
    CHECK( panel.trendChart()->bins().size() == 18 );
    CHECK( panel.categoryModel()->rowCount() == 2 ); // klotter and the total
  }
}

TEST_CASE( "category and area names fit the statistics tables at the dock's width, a name really too long is "
           "cut with the whole name in its tooltip",
           "[statistics]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.error().toStdString() == "" );
  const Period tertial2 = Period{ localMonth( 2026, 5 ).fromUtc, localMonth( 2026, 8 ).untilUtc };
  const Period tertial1 = Period{ localMonth( 2026, 1 ).fromUtc, localMonth( 2026, 4 ).untilUtc };
  StatisticsInput input = demoInput( demo.path(), tertial2, tertial1 );
  // One category of the period gets a name no table can show whole.
  const QString tooLong = QStringLiteral( "Skadegörelse på lekplatser, skolgårdar och idrottsanläggningar i "
                                          "kommunens södra delar" );
  const std::string longCode = input.current.front().category;
  for ( tryggkarta::Category &category : input.categories )
    if ( category.code == longCode )
      category.labelSv = category.labelEn = tooLong.toStdString();

  StatisticsPanel panel;
  panel.setData( input );
  REQUIRE_FALSE( panel.isShowingEmptyState() );
  // The width the statistics dock gives the panel (its minimum, 380, less the dock's frame).
  const int dockWidth = 376;
  const QImage image = renderWhole( panel, dockWidth );
  if ( !qEnvironmentVariableIsEmpty( "TRYGGKARTA_SCREENSHOT_DIR" ) )
    image.save( guitest::screenshotDir() + QStringLiteral( "/tryggkarta-statistics-names.png" ) );

  QTreeView *categories = nullptr;
  QTreeView *areas = nullptr;
  for ( QTreeView *view : panel.findChildren<QTreeView *>() )
  {
    if ( view->model() == panel.categoryModel() )
      categories = view;
    if ( view->model() == panel.areaModel() )
      areas = view;
  }
  REQUIRE( categories );
  REQUIRE( areas );
  // A name is shown whole when the text the row draws holds all of it (broken into lines, no "…"), every
  // line fits beside the icon, and the row is tall enough for its lines.
  auto fits = [&panel]( QTreeView *view, const QModelIndex &index )
  {
    const QString label = index.data().toString();
    const QString text = panel.shownLabel( index );
    const QStringList lines = text.split( QChar::LineSeparator );
    const QRect cell = view->visualRect( index );
    const QVariant fontData = index.data( Qt::FontRole );
    const QFontMetrics metrics( fontData.isValid() ? fontData.value<QFont>() : view->font() );
    int widest = 0;
    for ( const QString &line : lines )
      widest = std::max( widest, metrics.horizontalAdvance( line ) );
    auto letters = []( QString t ) { return t.remove( QLatin1Char( ' ' ) ).remove( QLatin1Char( '-' ) ); };
    const bool all =
      !text.contains( QChar( 0x2026 ) ) && letters( lines.join( QString() ) ) == letters( label );
    const int icon = index.data( Qt::DecorationRole ).isValid() ? view->iconSize().width() : 0;
    const bool inside =
      widest <= cell.width() - icon && lines.size() * metrics.lineSpacing() <= cell.height();
    return std::make_pair( all && inside, text.toStdString() + ": " + std::to_string( lines.size() ) +
                                            " lines, the widest " + std::to_string( widest ) +
                                            " px in a cell of " + std::to_string( cell.width() ) + " x " +
                                            std::to_string( cell.height() ) + " px" );
  };
  int checked = 0;
  for ( const bool grouped : { false, true } )
  {
    panel.setGroupedByCategoryGroup( grouped );
    categories->expandAll();
    const QImage shown = renderWhole( panel, dockWidth );
    if ( grouped && !qEnvironmentVariableIsEmpty( "TRYGGKARTA_SCREENSHOT_DIR" ) )
      shown.save( guitest::screenshotDir() + QStringLiteral( "/tryggkarta-statistics-names-grouped.png" ) );
    for ( QModelIndex index = panel.categoryModel()->index( 0, 0 ); index.isValid();
          index = categories->indexBelow( index ) )
    {
      const QString label = index.data().toString();
      if ( label == tooLong )
      {
        const auto [whole, why] = fits( categories, index );
        INFO( why );
        CHECK_FALSE( whole );
        CHECK( panel.shownLabel( index ).endsWith( QChar( 0x2026 ) ) );
        CHECK( index.data( Qt::ToolTipRole ).toString() == tooLong );
        continue;
      }
      const auto [whole, why] = fits( categories, index );
      INFO( why );
      CHECK( whole );
      ++checked;
    }
  }
  CHECK( checked > 10 );
  REQUIRE( panel.areaModel()->rowCount() >= 4 );
  for ( int row = 0; row < panel.areaModel()->rowCount(); ++row )
  {
    const auto [whole, why] = fits( areas, panel.areaModel()->index( row, 0 ) );
    INFO( why );
    CHECK( whole );
  }
  // The numbers stay whole too.
  for ( int column = StatisticsPanel::ColumnNow; column < StatisticsPanel::ColumnCount; ++column )
    if ( !categories->isColumnHidden( column ) )
      CHECK( categories->columnWidth( column ) >=
             static_cast<QAbstractItemView *>( categories )->sizeHintForColumn( column ) );
}
