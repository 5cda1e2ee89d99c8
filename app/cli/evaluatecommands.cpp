// tryggkarta-cli evaluate: see evaluatecommands.h.

#include "evaluatecommands.h"

#include "areas.h"
#include "cliutil.h"
#include "evaluation.h"
#include "paths.h"
#include "projectfile.h"

#include <cmath>
#include <cstdio>
#include <fstream>
#include <iomanip>
#include <sstream>

namespace tryggkarta::cli
{

namespace
{

const std::vector<std::string> kValueOptions = { "--intervention", "--target", "--comparison",
                                                 "--buffer",       "--before", "--after",
                                                 "--categories",   "--out",    "--name" };
const std::vector<std::string> kFlags = { "--suggest-comparison", "--save" };

std::string fixed( double value, int decimals )
{
  if ( !std::isfinite( value ) )
    return "-";
  std::ostringstream out;
  out << std::fixed << std::setprecision( decimals ) << value;
  return out.str();
}

std::string countText( double before, double after )
{
  return fixed( before, 0 ) + " -> " + fixed( after, 0 );
}

std::string resText( const RelativeEffectSize &res )
{
  if ( !res.computed() )
    return "not computed";
  return fixed( res.res, 2 ) + " (" + fixed( res.lower, 2 ) + "-" + fixed( res.upper, 2 ) + ")";
}

std::string wddText( const WeightedDisplacementDifference &wdd )
{
  return fixed( wdd.wdd, 1 ) + " (SE " + fixed( wdd.se, 1 ) + "; " + fixed( wdd.lower, 1 ) + " to " +
         fixed( wdd.upper, 1 ) + "; z " + fixed( wdd.z, 2 ) + ")";
}

std::string wdqText( const EvaluationCounts &n, const WeightedDisplacementQuotient &wdq )
{
  if ( !n.hasBuffer() )
    return "-";
  if ( !wdq.computed() )
    return "not computed";
  return fixed( wdq.wdq, 2 ) + " (" + wdqReadingEn( wdq.reading ) + ")";
}

void printResult( std::ostream &out, const EvaluationResult &r )
{
  const EvaluationSettings &s = r.settings;
  const EvaluationCounts &total = r.total.stats.counts;
  out << "Evaluation / Utvärdering: " << r.displayName() << "\n";
  if ( !r.interventionTitle.empty() )
    out << "  Intervention: " << r.interventionTitle << " (" << r.interventionKind << ", action "
        << *s.interventionId << ")\n";
  out << "  Target area / målområde:        " << r.targetName << "\n";
  out << "  Comparison area / jämförelse:   " << r.comparisonName << "\n";
  out << "  Buffer / buffert:               "
      << ( s.bufferMeters ? formatNumber( *s.bufferMeters ) + " m ring around the target"
                          : std::string( "none" ) )
      << "\n";
  out << "  Before / före:                  " << s.before.text() << " (" << s.before.days() << " days)\n";
  out << "  After / efter:                  " << s.after.text() << " (" << s.after.days() << " days)\n";
  std::string categories;
  for ( const std::string &c : s.categories )
    categories += ( categories.empty() ? "" : ", " ) + c;
  out << "  Categories / kategorier:        " << ( categories.empty() ? "all" : categories ) << "\n";
  if ( total.beforeDays != total.afterDays )
    out << "  The periods differ in length: after counts are scaled by " << fixed( total.afterScale(), 4 )
        << " (before days / after days) in DiD and WDD.\n";
  out << "\n";
  const auto row = [&]( const EvaluationGroup &g )
  {
    const EvaluationStatistics &st = g.stats;
    const EvaluationCounts &n = st.counts;
    out << g.label << " (" << ( g.code.empty() ? "total" : g.code ) << ")\n";
    out << "  target " << countText( n.a, n.b ) << ", comparison " << countText( n.c, n.d );
    if ( n.hasBuffer() )
      out << ", buffer " << countText( *n.e, *n.f );
    out << "\n  per 30 days: target " << fixed( ratePer30Days( n.a, n.beforeDays ), 1 ) << " -> "
        << fixed( ratePer30Days( n.b, n.afterDays ), 1 ) << ", comparison "
        << fixed( ratePer30Days( n.c, n.beforeDays ), 1 ) << " -> "
        << fixed( ratePer30Days( n.d, n.afterDays ), 1 ) << "\n";
    out << "  DiD " << fixed( st.did.did, 1 ) << "   RES " << resText( st.res ) << "   WDD "
        << wddText( st.wdd ) << "   WDQ " << wdqText( n, st.wdq ) << "\n";
    if ( st.res.refusal )
      out << "  RES: " << st.res.refusal->text() << "\n";
    if ( n.hasBuffer() && st.wdq.refusal )
      out << "  WDQ: " << st.wdq.refusal->text() << "\n";
  };
  row( r.total );
  for ( const EvaluationGroup &g : r.groups )
    row( g );
  out << "\nSammanfattning:\n";
  for ( const std::string &sentence : r.sentences )
    out << "  " << sentence << "\n";
}

std::string csvField( const std::string &text )
{
  if ( text.find_first_of( ",\"\n" ) == std::string::npos )
    return text;
  std::string quoted = "\"";
  for ( char c : text )
    quoted += c == '"' ? std::string( "\"\"" ) : std::string( 1, c );
  return quoted + "\"";
}

std::string csvNumber( double value )
{
  if ( !std::isfinite( value ) )
    return "";
  char buffer[64];
  std::snprintf( buffer, sizeof buffer, "%.6g", value );
  return buffer;
}

bool writeCsv( const std::string &path, const EvaluationResult &r )
{
  std::ofstream file( path, std::ios::binary | std::ios::trunc );
  if ( !file )
    return false;
  file
    << "group,label,target_before,target_after,comparison_before,comparison_after,buffer_before,buffer_after,"
       "before_days,after_days,did,res,res_lower,res_upper,res_refusal,wdd,wdd_se,wdd_lower,wdd_upper,wdd_z,"
       "wdq,wdq_reading,wdq_refusal\n";
  const auto row = [&]( const EvaluationGroup &g )
  {
    const EvaluationStatistics &st = g.stats;
    const EvaluationCounts &n = st.counts;
    file << csvField( g.code.empty() ? "total" : g.code ) << ',' << csvField( g.label ) << ','
         << csvNumber( n.a ) << ',' << csvNumber( n.b ) << ',' << csvNumber( n.c ) << ',' << csvNumber( n.d )
         << ',' << ( n.hasBuffer() ? csvNumber( *n.e ) : "" ) << ','
         << ( n.hasBuffer() ? csvNumber( *n.f ) : "" ) << ',' << csvNumber( n.beforeDays ) << ','
         << csvNumber( n.afterDays ) << ',' << csvNumber( st.did.did ) << ',';
    if ( st.res.computed() )
      file << csvNumber( st.res.res ) << ',' << csvNumber( st.res.lower ) << ',' << csvNumber( st.res.upper )
           << ",,";
    else
      file << ",,," << st.res.refusal->id() << ',';
    file << csvNumber( st.wdd.wdd ) << ',' << csvNumber( st.wdd.se ) << ',' << csvNumber( st.wdd.lower )
         << ',' << csvNumber( st.wdd.upper ) << ',' << csvNumber( st.wdd.z ) << ',';
    if ( st.wdq.computed() )
      file << csvNumber( st.wdq.wdq ) << ',' << wdqReadingEn( st.wdq.reading ) << ",\n";
    else
      file << ",," << st.wdq.refusal->id() << "\n";
  };
  row( r.total );
  for ( const EvaluationGroup &g : r.groups )
    row( g );
  file.flush();
  return static_cast<bool>( file );
}

std::optional<std::string> readPeriodOption( const Arguments &a, const char *option, const char *which,
                                             DatePeriod &period, std::ostream &err, bool &failed )
{
  if ( auto text = a.value( option ) )
  {
    auto parsed = parseDatePeriod( *text, which );
    if ( !parsed )
    {
      fail( err, parsed.error() );
      failed = true;
      return std::nullopt;
    }
    period = *parsed;
  }
  return std::nullopt;
}

} // namespace

bool evaluateWritesPdf( const std::vector<std::string> &args )
{
  for ( size_t i = 0; i < args.size(); ++i )
  {
    std::string value;
    if ( args[i] == "--out" && i + 1 < args.size() )
      value = args[i + 1];
    else if ( args[i].rfind( "--out=", 0 ) == 0 )
      value = args[i].substr( 6 );
    if ( !value.empty() && lowerExtension( value ) == ".pdf" )
      return true;
  }
  return false;
}

int commandEvaluate( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  return runEvaluate( args, out, err, {} );
}

int runEvaluate( const std::vector<std::string> &args, std::ostream &out, std::ostream &err,
                 const EvaluationPdfWriter &pdf )
{
  Arguments a;
  if ( auto problem = parseArguments( args, kValueOptions, kFlags, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "evaluate needs exactly one project file" );
  const bool suggest = a.has( "--suggest-comparison" );
  const bool save = a.has( "--save" );
  const auto outPath = a.value( "--out" );
  if ( !a.value( "--intervention" ) && !a.value( "--target" ) )
    return usage( err, "evaluate needs --intervention ID or --target AREA" );
  if ( !suggest && !a.value( "--comparison" ) )
    return usage( err, "evaluate needs --comparison AREA (or --suggest-comparison to list candidates)" );
  if ( !a.value( "--intervention" ) && !suggest && ( !a.value( "--before" ) || !a.value( "--after" ) ) )
    return usage( err, "evaluate --target needs --before FROM..UNTIL and --after FROM..UNTIL" );
  if ( !a.value( "--intervention" ) && suggest && !a.value( "--before" ) )
    return usage( err, "evaluate --suggest-comparison needs --before FROM..UNTIL (or --intervention ID)" );
  if ( suggest && ( save || outPath ) )
    return usage( err, "--suggest-comparison lists candidates; it does not take --save or --out" );
  if ( outPath )
  {
    const std::string extension = lowerExtension( *outPath );
    if ( extension != ".csv" && extension != ".pdf" )
      return fail(
        err, Message::make( MessageCode::ReportOutputFormat, *outPath, std::string( ".pdf or .csv" ) ) );
    if ( extension == ".pdf" && !pdf )
      return fail( err, std::string( "a PDF is written by tryggkarta-render" ) );
  }

  EvaluationSettings given;
  double buffer = 0;
  if ( auto problem = readNumber( a, "--buffer", buffer, "metres" ) )
    return usage( err, *problem );
  if ( a.value( "--buffer" ) )
    given.bufferMeters = buffer;
  bool failed = false;
  readPeriodOption( a, "--before", "before", given.before, err, failed );
  if ( failed )
    return 1;
  readPeriodOption( a, "--after", "after", given.after, err, failed );
  if ( failed )
    return 1;
  if ( auto categories = a.value( "--categories" ) )
    given.categories = splitList( *categories );
  if ( auto name = a.value( "--name" ) )
    given.name = *name;

  auto opened = openProject( a.positional[0], !save, err );
  if ( !opened )
    return fail( err, opened.error() );
  ProjectFile &project = **opened;
  if ( auto target = a.value( "--target" ) )
  {
    auto area = findArea( project, *target );
    if ( !area )
      return fail( err, area.error() );
    given.targetAreaId = area->fid;
  }
  if ( auto comparison = a.value( "--comparison" ) )
  {
    auto area = findArea( project, *comparison );
    if ( !area )
      return fail( err, area.error() );
    given.comparisonAreaId = area->fid;
  }
  EvaluationSettings settings = given;
  if ( auto intervention = a.value( "--intervention" ) )
  {
    int64_t id = 0;
    try
    {
      size_t used = 0;
      id = std::stoll( *intervention, &used );
      if ( used != intervention->size() || id <= 0 )
        throw std::invalid_argument( *intervention );
    }
    catch ( const std::exception & )
    {
      return usage( err,
                    "--intervention must be an action's id (a whole number), not '" + *intervention + "'" );
    }
    auto fromIntervention = settingsFromIntervention( project, id, given );
    if ( !fromIntervention )
      return fail( err, fromIntervention.error() );
    settings = *fromIntervention;
  }

  if ( suggest )
  {
    auto suggestions = suggestComparisonAreas( project, settings );
    if ( !suggestions )
      return fail( err, suggestions.error() );
    out << "Comparison areas for the target, most alike first (events and trend in the before period "
        << settings.before.text() << "):\n";
    if ( !suggestions->empty() )
      out << "  target: " << fixed( suggestions->front().targetBefore, 0 ) << " events, trend "
          << fixed( ( std::exp( suggestions->front().targetTrend ) - 1 ) * 100, 0 ) << " %\n";
    for ( const ComparisonSuggestion &s : *suggestions )
      out << "  " << s.areaId << "  " << s.name << ": " << fixed( s.count, 0 ) << " events, trend "
          << fixed( ( std::exp( s.trend ) - 1 ) * 100, 0 ) << " % (score " << fixed( s.score, 2 ) << ")\n";
    return 0;
  }

  auto result = evaluateIntervention( project, settings );
  if ( !result )
    return fail( err, result.error() );
  // The file first: when it cannot be written, nothing is stored either.
  if ( outPath && lowerExtension( *outPath ) == ".csv" )
  {
    if ( !writeCsv( *outPath, *result ) )
      return fail( err, "cannot write " + *outPath );
    out << "Wrote the evaluation " << result->displayName() << " to " << *outPath << "\n";
  }
  else if ( outPath )
  {
    const std::string problem = pdf( *result, *outPath, project.holdsSyntheticData() );
    if ( !problem.empty() )
      return fail( err, problem );
    out << "Wrote the evaluation " << result->displayName() << " to " << *outPath << "\n";
  }
  else
    printResult( out, *result );
  if ( save )
  {
    auto fid = storeEvaluation( project, *result, "tryggkarta-cli" );
    if ( !fid )
      return fail( err, fid.error() );
    result->fid = *fid;
    out << "Stored as evaluation " << result->fid << " in " << a.positional[0] << "\n";
  }
  return 0;
}

} // namespace tryggkarta::cli
