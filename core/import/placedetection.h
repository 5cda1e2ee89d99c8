#pragma once
// Imprecise places found in an imported batch. Many sources put an event they can place only roughly on a
// stand-in point: the police's event feed on the municipality or county it names, a form on the town centre,
// an export on a district's middle. Imported as points these make a false hot spot in every heatmap, cluster
// and Gi* result. After the rows of a batch are written, the points many of its rows share exactly are looked
// at; rows on a stand-in point get a place precision that keeps them out of everything that places points
// (placeprecision.h).
//
// The rules (the counts are of the batch's rows; "the others" are the points not taken for stand-ins):
// - A municipality's or county's centroid: a point within 2 km of a municipality's centroid or 5 km of a
//   county's (swedishplaces.h), shared by at least 3 rows and by at least 5 times as many as any other point,
//   is that place: 'municipality' or 'county'. The tolerance allows for centroids computed by others from
//   other generalisations of the same boundaries, in another projection, with or without lakes and sea: for
//   the counties such centroids differ by 1–3 km, a municipality is some ten times smaller. An exact point
//   that many rows share is already rare; one on a centroid that also outnumbers every other place five times
//   over is not a real place.
// - Any other point: shared by at least 20 rows, by at least 5 % of the batch and by at least 10 times as
// many
//   as any other point is taken as an area ('area'). A real place is busy, but not ten times busier than the
//   next: at a geocoded address point a station may have 40 of 2,000 events, and the next busiest addresses
//   some 10–30 each; a stand-in point gathers every event the source could not place.
// - A point whose rows name one municipality or county (at least 80 % of them, by their place's name or the
//   last part of their text's first line, "…, Misshandel, Kristinehamn"), within 80 km of a municipality's
//   centroid (the north's are large: Kiruna's town lies some 40 km from its centroid) or 150 km of a
//   county's, shared by at least 10 rows and by at least 5 times as many as any other point, is that place;
//   unless most of the batch's rows (80 %) name that place, when the name tells nothing about the point (an
//   export's "Ort" column that names the town on every row). Sources place such events on a point of their
//   own for the town (the police's feed puts Kristinehamn at the town, some 6 km from its polygon's
//   centroid), so the name says what the centroid cannot.
// "Any other point" is the busiest point that is not taken: the points are taken together, so two stand-ins
// (a county's centroid and a municipality's) do not hide each other, and each taken point outnumbers every
// point left by its factor.
// Only rows still 'exact' and whose precision neither a file nor a coordinator gave (place_precision_given)
// are changed.

#include "expected.h"
#include "message.h"
#include "placeprecision.h"

#include <cstdint>
#include <unordered_map>
#include <map>
#include <string>
#include <unordered_set>
#include <vector>

namespace tryggkarta
{

class Database;

//! What detectImprecisePlaces found and changed.
struct PlacePrecisionDetection
{
  //! Rows changed, by precision code ("municipality", "county", "area").
  std::map<std::string, int64_t> marked;
  //! ImportPrecisionCentroid or ImportPrecisionRepeated per stand-in point (the busiest first; past the tenth
  //! the centroids are summed up as ImportPrecisionMunicipality / ImportPrecisionCounty).
  std::vector<Message> warnings;
};

struct SwedishPlace;

//! The municipality or county rows name, by their source_row: two bytes a row (an import of 10^7 rows keeps
//! 20 MB), the place as its index in swedishPlaces().
class NamedPlaceRows
{
public:
  void set( int64_t row, const SwedishPlace *place );
  //! The place the row names, or nullptr.
  const SwedishPlace *at( int64_t row ) const;
  bool empty() const { return mCount == 0; }
  //! How many rows name a place at all, and how many name each place.
  int64_t count() const { return mCount; }
  int64_t rowsNaming( const SwedishPlace *place ) const;

private:
  std::vector<uint16_t> mPlaces; //!< by row: 0 none, else the place's index + 1
  std::vector<int64_t> mPerPlace;
  int64_t mCount = 0;
};

//! Tolerances and thresholds of the rules above.
constexpr double kMunicipalityCentroidToleranceMeters = 2000;
constexpr double kCountyCentroidToleranceMeters = 5000;
constexpr int64_t kMinCentroidRows = 3;
constexpr int64_t kCentroidFactor = 5;
constexpr int64_t kMinRepeatedRows = 20;
constexpr double kMinRepeatedShare = 0.05;
constexpr int64_t kRepeatedFactor = 10;
constexpr double kNamedMunicipalityToleranceMeters = 80000;
constexpr double kNamedCountyToleranceMeters = 150000;
constexpr int64_t kMinNamedRows = 10;
constexpr double kMinNamedShare = 0.8;
constexpr double kMaxNamedBatchShare = 0.8;

/**
 * Finds the stand-in points among the incidents of a batch and sets their rows' place_precision (see above).
 * Called by the importer inside its transaction, after the batch's rows are inserted; srsId is the project's
 * CRS (the rows' geometry), givenRows the source_row numbers whose precision the file gave, namedRows the
 * places rows name. Throws SqlError.
 */
PlacePrecisionDetection detectImprecisePlaces( Database &db, int64_t batchId, int srsId,
                                               const std::unordered_set<int64_t> &givenRows = {},
                                               const NamedPlaceRows &namedRows = {} );

//! Who changes places' precision, for the audit log.
struct PrecisionWriteOptions
{
  std::string actor;
  std::string origin; //!< "tryggkarta-cli precision", ...
};

//! What redetectImprecisePlaces did.
struct PrecisionRedetection
{
  int64_t batches = 0;              //!< incident import batches looked at
  PlacePrecisionDetection detected; //!< over all of them
};

/**
 * Runs the detection above over every incident import batch already in the project (a project from before
 * place precision, or imports made before a rule changed), the rows naming places read from their
 * description, in one transaction with an audit line. Rows no longer 'exact', and those whose precision a
 * file or a coordinator gave, are left as they are.
 */
Expected<PrecisionRedetection> redetectImprecisePlaces( Database &db, int srsId,
                                                        const PrecisionWriteOptions &options );

/**
 * Sets the place precision of incidents (a coordinator who knows where an event was, or that it was not
 * there), in one transaction with an audit line; returns how many changed. The rows are marked as given
 * (place_precision_given), so that detection never changes them back. An unknown fid refuses the whole.
 */
Expected<int64_t> setPlacePrecision( Database &db, const std::vector<int64_t> &fids, PlacePrecision precision,
                                     const PrecisionWriteOptions &options );

} // namespace tryggkarta
