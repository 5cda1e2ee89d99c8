#include "evaluationstats.h"

#include <cmath>
#include <cstdio>
#include <limits>

namespace tryggkarta
{

namespace
{
constexpr double kZ95 = 1.959963984540054;

//! The names of the counts that are 0, joined: "a (target before), d (comparison after)".
std::string zeroNames( const std::vector<std::pair<double, const char *>> &counts )
{
  std::string names;
  for ( const auto &[value, name] : counts )
  {
    if ( value > 0 )
      continue;
    if ( !names.empty() )
      names += ", ";
    names += name;
  }
  return names;
}

std::string percentSv( double relative )
{
  const double percent = relative * 100;
  std::string text = swedishNumber( percent, 0 );
  if ( std::round( percent ) > 0 )
    text = "+" + text;
  return text + " %";
}
} // namespace

double ratePer30Days( double count, double days )
{
  return days > 0 ? count * 30.0 / days : 0;
}

DifferenceInDifferences differenceInDifferences( const EvaluationCounts &counts )
{
  const double k = counts.afterScale();
  DifferenceInDifferences result;
  result.targetChange = k * counts.b - counts.a;
  result.comparisonChange = k * counts.d - counts.c;
  result.did = result.targetChange - result.comparisonChange;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  result.targetRelative = counts.a > 0 ? k * counts.b / counts.a - 1 : nan;
  result.comparisonRelative = counts.c > 0 ? k * counts.d / counts.c - 1 : nan;
  return result;
}

RelativeEffectSize relativeEffectSize( const EvaluationCounts &counts )
{
  RelativeEffectSize result;
  const std::string zeros = zeroNames( { { counts.a, "a (target before)" },
                                         { counts.b, "b (target after)" },
                                         { counts.c, "c (comparison before)" },
                                         { counts.d, "d (comparison after)" } } );
  if ( !zeros.empty() )
  {
    result.refusal = Message::make( MessageCode::EvaluationResZeroCount, zeros );
    return result;
  }
  result.res = ( counts.a * counts.d ) / ( counts.b * counts.c );
  result.seLog = std::sqrt( 1 / counts.a + 1 / counts.b + 1 / counts.c + 1 / counts.d );
  const double logRes = std::log( result.res );
  result.lower = std::exp( logRes - kZ95 * result.seLog );
  result.upper = std::exp( logRes + kZ95 * result.seLog );
  result.z = logRes / result.seLog;
  return result;
}

WeightedDisplacementDifference weightedDisplacementDifference( const EvaluationCounts &counts )
{
  const double k = counts.afterScale();
  const double deltaT = k * counts.b - counts.a;
  const double deltaC = k * counts.d - counts.c;
  const double e = counts.hasBuffer() ? *counts.e : 0;
  const double f = counts.hasBuffer() ? *counts.f : 0;
  const double deltaD = k * f - e;
  const double deltaCD = counts.hasBuffer() ? deltaC : 0;
  WeightedDisplacementDifference result;
  result.wdd = deltaT - deltaC + deltaD - deltaCD;
  const double targetVariance = counts.a + k * k * counts.b;
  const double controlVariance = counts.c + k * k * counts.d;
  const double bufferVariance = e + k * k * f;
  const double bufferControlVariance = counts.hasBuffer() ? controlVariance : 0;
  result.variance = targetVariance + controlVariance + bufferVariance + bufferControlVariance;
  result.sharedControlVariance =
    targetVariance + bufferVariance + ( counts.hasBuffer() ? 4 : 1 ) * controlVariance;
  result.se = std::sqrt( result.variance );
  result.lower = result.wdd - kZ95 * result.se;
  result.upper = result.wdd + kZ95 * result.se;
  result.z = result.se > 0 ? result.wdd / result.se : 0;
  return result;
}

WeightedDisplacementQuotient weightedDisplacementQuotient( const EvaluationCounts &counts )
{
  WeightedDisplacementQuotient result;
  if ( !counts.hasBuffer() )
  {
    result.refusal = Message::make( MessageCode::EvaluationWdqNoBuffer );
    return result;
  }
  const std::string zeros = zeroNames( { { counts.a, "T_b (target before)" },
                                         { counts.b, "T_a (target after)" },
                                         { counts.c, "C_b (comparison before)" },
                                         { counts.d, "C_a (comparison after)" },
                                         { *counts.e, "D_b (buffer before)" },
                                         { *counts.f, "D_a (buffer after)" } } );
  if ( !zeros.empty() )
  {
    result.refusal = Message::make( MessageCode::EvaluationWdqZeroCount, zeros );
    return result;
  }
  result.bufferMeasure = *counts.f / counts.d - *counts.e / counts.c;
  result.successMeasure = counts.b / counts.d - counts.a / counts.c;
  if ( std::fabs( result.successMeasure ) < 1e-12 )
  {
    result.refusal = Message::make( MessageCode::EvaluationWdqZeroDenominator );
    return result;
  }
  result.wdq = result.bufferMeasure / result.successMeasure;
  if ( result.successMeasure > 0 )
    result.reading = WdqReading::NotInterpretable;
  else if ( std::fabs( result.bufferMeasure ) < 1e-12 )
    result.reading = WdqReading::NoDisplacement;
  else
    result.reading = result.wdq > 0 ? WdqReading::Diffusion : WdqReading::Displacement;
  return result;
}

std::string wdqReadingSv( WdqReading reading )
{
  switch ( reading )
  {
  case WdqReading::Diffusion:
    return "spridning av positiva effekter";
  case WdqReading::Displacement:
    return "undanträngning";
  case WdqReading::NoDisplacement:
    return "ingen undanträngning";
  case WdqReading::NotInterpretable:
    break;
  }
  return "kan inte tolkas";
}

std::string wdqReadingEn( WdqReading reading )
{
  switch ( reading )
  {
  case WdqReading::Diffusion:
    return "diffusion of benefits";
  case WdqReading::Displacement:
    return "displacement";
  case WdqReading::NoDisplacement:
    return "no displacement";
  case WdqReading::NotInterpretable:
    break;
  }
  return "not interpretable";
}

std::optional<double> minimumDetectableReduction( const EvaluationCounts &counts )
{
  if ( counts.a <= 0 )
    return std::nullopt;
  const double k = counts.afterScale();
  double variance = 1 / counts.a + k / counts.a; // b0 = a / k
  if ( counts.c > 0 )
    variance += 1 / counts.c + k / counts.c;
  return 1 - std::exp( -kZ95 * std::sqrt( variance ) );
}

EvaluationStatistics evaluationStatistics( const EvaluationCounts &counts )
{
  EvaluationStatistics stats;
  stats.counts = counts;
  stats.did = differenceInDifferences( counts );
  stats.res = relativeEffectSize( counts );
  stats.wdd = weightedDisplacementDifference( counts );
  stats.wdq = weightedDisplacementQuotient( counts );
  stats.minimumDetectable = minimumDetectableReduction( counts );
  return stats;
}

std::string swedishNumber( double value, int decimals )
{
  if ( !std::isfinite( value ) )
    return "–";
  char buffer[64];
  std::snprintf( buffer, sizeof buffer, "%.*f", decimals, std::fabs( value ) );
  std::string digits( buffer );
  std::string fraction;
  if ( const auto point = digits.find( '.' ); point != std::string::npos )
  {
    fraction = "," + digits.substr( point + 1 );
    digits = digits.substr( 0, point );
  }
  std::string grouped;
  for ( size_t i = 0; i < digits.size(); ++i )
  {
    if ( i > 0 && ( digits.size() - i ) % 3 == 0 )
      grouped += "\u00a0";
    grouped += digits[i];
  }
  bool zero = true;
  for ( char ch : digits + fraction )
    if ( ch >= '1' && ch <= '9' )
      zero = false;
  return ( value < 0 && !zero ? "−" : "" ) + grouped + fraction;
}

std::vector<std::string> evaluationSentencesSv( const EvaluationStatistics &stats, const std::string &what )
{
  std::vector<std::string> sentences;
  const EvaluationCounts &n = stats.counts;
  const bool sameLength = std::fabs( n.beforeDays - n.afterDays ) < 0.5;
  const auto change = [&]( double before, double after, const char *where )
  {
    std::string text = std::string( where ) + " " + swedishNumber( before, 0 ) + " före och " +
                       swedishNumber( after, 0 ) + " efter";
    if ( before > 0 )
      text += " (" + percentSv( n.afterScale() * after / before - 1 ) +
              ( sameLength ? ")" : " räknat per lika lång period)" );
    return text;
  };
  sentences.push_back( "Antal " + what + ": " + change( n.a, n.b, "i målområdet" ) + ", " +
                       change( n.c, n.d, "i jämförelseområdet" ) +
                       ( n.hasBuffer() ? ", " + change( *n.e, *n.f, "i bufferten" ) : std::string() ) + "." );

  if ( stats.res.computed() )
  {
    std::string text = "RES = " + swedishNumber( stats.res.res, 2 ) + " (95 % KI " +
                       swedishNumber( stats.res.lower, 2 ) + "–" + swedishNumber( stats.res.upper, 2 ) +
                       "): ";
    if ( stats.res.lower > 1 )
      text += "målområdet utvecklades bättre än jämförelseområdet, mer än slumpen förklarar.";
    else if ( stats.res.upper < 1 )
      text += "målområdet utvecklades sämre än jämförelseområdet, mer än slumpen förklarar.";
    else
      text += "ingen skillnad mot jämförelseområdet som går att skilja från slumpen.";
    sentences.push_back( text );
  }
  else
    sentences.push_back( "RES kan inte beräknas: minst ett av de fyra antalen är 0." );

  {
    const auto &w = stats.wdd;
    std::string text = "WDD = " + swedishNumber( w.wdd, 1 ) + " (SE " + swedishNumber( w.se, 1 ) +
                       ", 95 % KI " + swedishNumber( w.lower, 1 ) + " till " + swedishNumber( w.upper, 1 ) +
                       ", z = " + swedishNumber( w.z, 2 ) + "): ";
    if ( w.upper < 0 )
      text += "färre " + what + " än jämförelseområdet förutsäger, mer än slumpen förklarar.";
    else if ( w.lower > 0 )
      text += "fler " + what + " än jämförelseområdet förutsäger, mer än slumpen förklarar.";
    else
      text += "skillnaden mot jämförelseområdet går inte att skilja från slumpen.";
    sentences.push_back( text );
  }

  if ( n.hasBuffer() )
  {
    if ( stats.wdq.computed() )
    {
      std::string text = "WDQ = " + swedishNumber( stats.wdq.wdq, 2 ) + ": ";
      switch ( stats.wdq.reading )
      {
      case WdqReading::NotInterpretable:
        text += "kan inte tolkas, eftersom målområdet inte minskade i förhållande till jämförelseområdet "
                "(det finns ingen effekt att tränga undan).";
        break;
      case WdqReading::Diffusion:
        text += stats.wdq.wdq > 1 ? "spridning av positiva effekter till bufferten, större än effekten i "
                                    "själva målområdet."
                                  : "spridning av positiva effekter till bufferten.";
        break;
      case WdqReading::Displacement:
        text += stats.wdq.wdq < -1
                  ? "undanträngning till bufferten, större än minskningen i målområdet."
                  : "viss undanträngning till bufferten, mindre än minskningen i målområdet.";
        break;
      case WdqReading::NoDisplacement:
        text += "ingen undanträngning till bufferten.";
        break;
      }
      sentences.push_back( text );
    }
    else
      sentences.push_back( "WDQ kan inte beräknas: något av antalen är 0 eller målområdet förändrades exakt "
                           "som jämförelseområdet." );
  }

  if ( n.a < kEvaluationFewEvents )
  {
    std::string text = "För få " + what + " för att säga något säkert: med " + swedishNumber( n.a, 0 ) + " " +
                       what + " före i målområdet ";
    if ( stats.minimumDetectable )
      text += "hade bara en minskning på minst " + swedishNumber( *stats.minimumDetectable * 100, 0 ) +
              " % mot jämförelseområdet kunnat visas (95 %).";
    else
      text += "kan ingen minskning visas alls.";
    sentences.push_back( text );
  }
  return sentences;
}

} // namespace tryggkarta
