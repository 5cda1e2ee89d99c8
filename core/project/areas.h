#pragma once
// The project's areas (EST areas, districts, custom areas) as polygons for point-in-area tests.

#include "expected.h"
#include "geometryblob.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tryggkarta
{

class Database;
class ProjectFile;

//! One area: its identity and its polygon rings (outer rings and holes alike, even-odd rule).
struct ProjectArea
{
  int64_t fid = 0;
  std::string name;
  std::string kind; //!< est_area, district, custom
  std::string code; //!< may be empty
  std::vector<std::vector<std::pair<double, double>>> rings;
  Envelope envelope;
  double areaSquareMeters = 0;

  //! Whether (x, y) lies inside (a point on the boundary may go either way).
  bool contains( double x, double y ) const;
  //! The name, with the code in parentheses when there is one: "Centrum (EST1)".
  std::string label() const;
};

//! Every area of the project in fid order; kind limits them to one kind when not empty.
Expected<std::vector<ProjectArea>> loadAreas( ProjectFile &project, const std::string &kind = {} );
//! The same through a connection to a project file.
Expected<std::vector<ProjectArea>> loadAreas( Database &db, const std::string &kind = {} );

//! The area whose fid, code or name (case-insensitively) is the text, or a message listing the areas.
Expected<ProjectArea> findArea( ProjectFile &project, const std::string &nameCodeOrFid );

//! How far outside the municipality an incident may lie and still count (it may sit on the far side of a road
//! that forms the boundary, or the boundary may be generalised).
constexpr double kProjectExtentMarginMeters = 2000;

//! The study area's bounds: what an analysis covers.
struct ProjectExtent
{
  Envelope
    envelope; //!< with the margin
              //! What it was made from, for messages: extent.municipality-boundary or extent.project-areas.
  Message basis = Message::make( MessageCode::ExtentMunicipalityBoundary );
  double marginMeters = 0;
  bool contains( double x, double y ) const
  {
    return x >= envelope.minX && x <= envelope.maxX && y >= envelope.minY && y <= envelope.maxY;
  }
};

/**
 * The municipality boundary's envelope (map_boundary), else the envelope of the project's areas, widened by
 * the margin; nothing when the project has neither (then no incident is outside).
 */
Expected<std::optional<ProjectExtent>> projectExtent( ProjectFile &project,
                                                      double marginMeters = kProjectExtentMarginMeters );
//! The same through a connection to a project file.
Expected<std::optional<ProjectExtent>> projectExtent( Database &db,
                                                      double marginMeters = kProjectExtentMarginMeters );

//! Which of several areas contains a point: a uniform bucket grid over the areas' envelopes.
class AreaLocator
{
public:
  explicit AreaLocator( const std::vector<ProjectArea> &areas );
  //! The index of the first area (in the list's order) that contains the point, or -1.
  int locate( double x, double y ) const;
  //! The indexes of every area that contains the point (areas may overlap), in the list's order.
  std::vector<int> locateAll( double x, double y ) const;

private:
  const std::vector<ProjectArea> &mAreas;
  Envelope mExtent;
  int mColumns = 1, mRows = 1;
  double mCellWidth = 1, mCellHeight = 1;
  std::vector<std::vector<int>> mBuckets;
};

} // namespace tryggkarta
