#pragma once
// The statistics of an intervention's evaluation, as pure functions of counts: difference in differences,
// the relative effect size (Welsh & Farrington), the weighted displacement difference (Wheeler & Ratcliffe
// 2018) and the weighted displacement quotient (Bowers & Johnson 2003), with the honest sentences about small
// counts. No database: core/analysis/evaluation.h counts the events in the project and calls these.
//
// The counts, as the literature names them:
//   a = target before,      b = target after          (T_b, T_a in the WDQ; T0, T1 in the WDD)
//   c = comparison before,  d = comparison after      (C_b, C_a; C0, C1)
//   e = buffer before,      f = buffer after          (D_b, D_a; D0, D1), only with a buffer ring
//
// Periods of different lengths: every after count is scaled to the length of the before period, by
//   k = beforeDays / afterDays
// so b' = k·b, d' = k·d, f' = k·f are "the after count had the after period been as long as the before
// period". Differences (Δ, DiD, WDD) are in events per before period. Ratios within one period (the WDQ's D/C
// and T/C) and the RES (k cancels) are unchanged by it. A scaled count's Poisson variance is k²·count, so the
// WDD's variance is a + k²·b + c + k²·d (+ e + k²·f + the buffer's control counts); with periods of the same
// length (k = 1) it is the plain sum of the counts. Rates for display are events per 30 days: count · 30 /
// days.

#include "message.h"

#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

//! The counts of an evaluation (events, whole numbers) and the periods' lengths in days.
struct EvaluationCounts
{
  double a = 0;            //!< target before
  double b = 0;            //!< target after
  double c = 0;            //!< comparison before
  double d = 0;            //!< comparison after
  std::optional<double> e; //!< buffer before (only with a buffer)
  std::optional<double> f; //!< buffer after
  double beforeDays = 1;
  double afterDays = 1;

  bool hasBuffer() const { return e.has_value() && f.has_value(); }
  //! k = beforeDays / afterDays: what an after count is multiplied by to compare with a before count.
  double afterScale() const { return beforeDays / afterDays; }
};

//! Events per 30 days in a period of that many days.
double ratePer30Days( double count, double days );

//! Difference in differences, in events per before period: (b' − a) − (d' − c), b' and d' scaled by k.
struct DifferenceInDifferences
{
  double targetChange = 0;     //!< b' − a
  double comparisonChange = 0; //!< d' − c
  double did = 0; //!< targetChange − comparisonChange; negative: the target fell more (or rose less)
  double targetRelative = 0;     //!< b' / a − 1 (NaN when a = 0)
  double comparisonRelative = 0; //!< d' / c − 1 (NaN when c = 0)
};
DifferenceInDifferences differenceInDifferences( const EvaluationCounts &counts );

/**
 * The relative effect size RES = (a·d) / (b·c) (Welsh & Farrington 2009): above 1 the target fared better
 * than the comparison area (1.25: the comparison area's after-to-before ratio is 25 % higher than the
 * target's). ln RES is approximately normal with Var(ln RES) = 1/a + 1/b + 1/c + 1/d, so the 95 % interval is
 * exp( ln RES ± 1.96·√Var ). Refused (refusal set, no numbers) when any of a, b, c, d is 0.
 */
struct RelativeEffectSize
{
  std::optional<Message> refusal; //!< why not, when it is not computed
  double res = 0;
  double lower = 0; //!< 95 % interval
  double upper = 0;
  double seLog = 0; //!< √Var(ln RES)
  double z = 0;     //!< ln RES / seLog
  bool computed() const { return !refusal; }
  //! Whether the interval lies wholly above 1 (a reduction beyond chance) or below 1.
  bool significant() const { return computed() && ( lower > 1 || upper < 1 ); }
};
RelativeEffectSize relativeEffectSize( const EvaluationCounts &counts );

/**
 * The weighted displacement difference (Wheeler & Ratcliffe 2018) with Δ = after' − before:
 *   WDD = ΔT − ΔC_T + ΔD − ΔC_D
 * where C_T is the target's control and C_D the buffer's. Here one comparison area is the control for both,
 * so ΔC_T = ΔC_D = ΔC. Negative: fewer events than the comparison area predicts (a reduction). Its variance
 * is the sum of the eight counts' variances, Var = T0 + T1 + C_T0 + C_T1 + D0 + D1 + C_D0 + C_D1 (zeros where
 * there is no buffer: then WDD = ΔT − ΔC, the difference in differences). With one comparison area serving as
 * both controls its two terms are the same counts, so this sum counts C0 + C1 twice where the exact variance
 * of ΔT + ΔD − 2ΔC would count them four times; the paper's formula is kept for comparability with its
 * tables, and `sharedControlVariance` gives the exact one too. After counts are scaled by k (variance
 * k²·count). Check from the paper: target 100 → 90, comparison 100 → 80, no buffer: WDD = 10, SE = √370
 * ≈ 19.2.
 */
struct WeightedDisplacementDifference
{
  double wdd = 0;
  double variance = 0; //!< the paper's: the sum of the eight (scaled) counts' variances
  double se = 0;
  double lower = 0; //!< 95 %: wdd ± 1.96·se
  double upper = 0;
  double z = 0;                     //!< wdd / se (0 when se is 0)
  double sharedControlVariance = 0; //!< exact when one comparison area is both controls
  bool significant() const { return se > 0 && ( lower > 0 || upper < 0 ); }
};
WeightedDisplacementDifference weightedDisplacementDifference( const EvaluationCounts &counts );

//! What a WDQ says (Bowers & Johnson 2003).
enum class WdqReading
{
  NotInterpretable, //!< the target did not fall relative to the comparison area: nothing to displace
  Diffusion,        //!< WDQ > 0: the buffer fell too (diffusion of benefits)
  NoDisplacement,   //!< WDQ = 0: the buffer changed as the comparison area did
  Displacement      //!< WDQ < 0: the buffer rose relative to the comparison area
};

/**
 * The weighted displacement quotient (Bowers & Johnson 2003), subscripts b before and a after:
 *   WDQ = ( D_a/C_a − D_b/C_b ) / ( T_a/C_a − T_b/C_b )
 * The denominator (the "success measure") is the target's change relative to the comparison area; the
 * numerator (the "buffer displacement measure") the buffer's. The quotient is read only when the success
 * measure is negative (the target fell relative to the comparison area): then WDQ > 0 is a diffusion of
 * benefits into the buffer, WDQ < 0 displacement into it, 0 neither; WDQ > 1 a diffusion larger than the
 * direct effect and WDQ < −1 displacement larger than the direct effect (the intervention did harm overall).
 * A positive success measure (the target rose relative to the comparison area) leaves nothing to displace:
 * NotInterpretable, whatever the sign. Refused without a buffer, when any of the six counts is 0 (a zero
 * comparison count divides by zero, and a zero in the target or buffer makes the quotient rest on nothing)
 * and when the denominator is 0. Ratios within one period need no scaling for the periods' lengths.
 */
struct WeightedDisplacementQuotient
{
  std::optional<Message> refusal;
  double wdq = 0;
  double bufferMeasure = 0;  //!< D_a/C_a − D_b/C_b
  double successMeasure = 0; //!< T_a/C_a − T_b/C_b
  WdqReading reading = WdqReading::NotInterpretable;
  bool computed() const { return !refusal; }
};
WeightedDisplacementQuotient weightedDisplacementQuotient( const EvaluationCounts &counts );

//! "spridning av positiva effekter", "undanträngning", "ingen undanträngning", "kan inte tolkas".
std::string wdqReadingSv( WdqReading reading );
//! "diffusion of benefits", "displacement", "no displacement", "not interpretable".
std::string wdqReadingEn( WdqReading reading );

//! Below this many target events before, the evaluation says it rests on too few events.
constexpr double kEvaluationFewEvents = 20;

/**
 * The smallest relative reduction in the target (relative to the comparison area) these counts could have
 * shown as significant at 95 %: with no change, the after counts would be b0 = a/k and d0 = c/k, so
 * SE0 = √( 1/a + 1/b0 + 1/c + 1/d0 ) and the smallest significant RES is exp( 1.96·SE0 ); as a reduction of
 * the target's rate 1 − exp( −1.96·SE0 ). Without comparison events (c = 0) only the target's terms. Nothing
 * when a = 0 (no reduction can be shown).
 */
std::optional<double> minimumDetectableReduction( const EvaluationCounts &counts );

//! Everything computed from one set of counts.
struct EvaluationStatistics
{
  EvaluationCounts counts;
  DifferenceInDifferences did;
  RelativeEffectSize res;
  WeightedDisplacementDifference wdd;
  WeightedDisplacementQuotient wdq;
  std::optional<double> minimumDetectable; //!< see minimumDetectableReduction
};
EvaluationStatistics evaluationStatistics( const EvaluationCounts &counts );

/**
 * The result in plain Swedish, a sentence each: the change in the target and the comparison area, what the
 * RES and the WDD say (or why not), the buffer's reading, and, with fewer than kEvaluationFewEvents target
 * events before, that there are too few events to say anything ("för få händelser för att säga något") with
 * the change the data could have shown. what names the events ("händelser", "klotter").
 */
std::vector<std::string> evaluationSentencesSv( const EvaluationStatistics &stats,
                                                const std::string &what = "händelser" );

//! A number the Swedish way with that many decimals: "19,2", "−10", "1 234".
std::string swedishNumber( double value, int decimals );

} // namespace tryggkarta
