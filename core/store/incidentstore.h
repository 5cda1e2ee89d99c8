#pragma once
// The incidents of an open project in memory, as compact columns: read once with one query of the columns the
// map, the filter, the statistics and the analyses need, so that nothing reads the same rows twice. The
// GeoPackage stays the truth; the store is rebuilt from it (and, later, kept current by imports and edits).
//
// 53 bytes an incident (fid, x, y, from, until, weight: 8 each; category and organisation 2 each; source,
// precision and flags 1 each), plus the dictionaries.

#include "expected.h"
#include "placeprecision.h"
#include "progress.h"

#include <cstddef>
#include <vector>
#include <cstdint>
#include <string>
#include <vector>

namespace tryggkarta
{

class Database;
struct SelectedIncident;

class IncidentStore
{
public:
  //! A row's flags.
  enum Flag : uint8_t
  {
    HasPoint = 1,    //!< the geometry is a point (x, y are valid)
    HasTime = 2,     //!< occurred_from was read (fromUtc, untilUtc are valid)
    HasUntil = 4,    //!< occurred_until was given
    Observation = 8, //!< made by of() from an observation: no incident filter takes the row
  };

  /**
   * Reads every incident of the project (in fid order) with one query: the GeoPackage point blobs parsed
   * without GDAL, the times as integers. progress gets the fraction read and may cancel (Cancelled).
   */
  static Expected<IncidentStore> load( Database &db, const ProgressCallback &progress = {} );
  /**
   * The same columns of incidents already in memory (rows in their order), e.g. those the app holds; an
   * observation among them gets a row no incident filter takes. Refused (StoreTooManyValues) past 65535
   * categories or organisations or 255 sources.
   */
  static Expected<IncidentStore> of( const std::vector<SelectedIncident> &incidents );

  //! The store of these rows only (in order), with the same dictionaries.
  IncidentStore subset( const std::vector<uint32_t> &rows ) const;
  /**
   * Kept current after an edit: the rows of these fids (sorted) removed and the added store's rows merged in
   * by fid (an fid in both is replaced), its dictionaries' values added to this one's. Refused, leaving the
   * store as it was, when a dictionary would overflow (StoreTooManyValues).
   */
  Status replace( const std::vector<int64_t> &removedFids, const IncidentStore &added );

  size_t size() const { return fid.size(); }
  //! The bytes the columns and dictionaries take.
  size_t memoryBytes() const;
  //! The row of a fid, or size() when there is none (binary search: the rows are in fid order).
  size_t rowOf( int64_t fid ) const;

  const std::string &categoryCode( size_t row ) const { return categories[category[row]]; }
  //! "" when the row has none.
  const std::string &organisationName( size_t row ) const { return organisations[organisation[row]]; }
  const std::string &sourceCode( size_t row ) const { return sources[source[row]]; }
  PlacePrecision placePrecision( size_t row ) const { return static_cast<PlacePrecision>( precision[row] ); }
  //! Whether the row's place is a point (exact, an address or a street).
  bool placesPoint( size_t row ) const { return tryggkarta::placesPoint( placePrecision( row ) ); }
  //! Whether the row is an incident with a point and a time: what selectIncidents() reads.
  bool selectable( size_t row ) const
  {
    return ( flags[row] & ( HasPoint | HasTime | Observation ) ) == ( HasPoint | HasTime );
  }
  //! Selectable rows whose place is not a point.
  size_t impreciseCount() const;

  //! Room for this many rows in every column.
  void reserveRows( size_t rows );

  // The columns, one entry a row.
  std::vector<int64_t> fid;
  std::vector<double> x, y;               //!< project CRS
  std::vector<int64_t> fromUtc, untilUtc; //!< Unix seconds; untilUtc = fromUtc for an instant
  std::vector<double> weight;
  std::vector<uint16_t> category;     //!< index into categories
  std::vector<uint16_t> organisation; //!< index into organisations (0: none)
  std::vector<uint8_t> source;        //!< index into sources
  std::vector<uint8_t> precision;     //!< PlacePrecision
  std::vector<uint8_t> flags;         //!< Flag bits

  // The dictionaries.
  std::vector<std::string> categories;
  std::vector<std::string> organisations; //!< [0] is ""
  std::vector<std::string> sources;
};

} // namespace tryggkarta
