#pragma once
// The coordinator's vocabulary: add, rename (Swedish and English), recolour, move to another group, hide and
// show, and merge two categories (the incidents, crosswalk lines and stored choices of the one follow the
// other). Every change is one transaction with an audit-log line; a refused change changes nothing.

#include "database.h"
#include "expected.h"

#include <cstdint>
#include <optional>
#include <string>

namespace tryggkarta
{

struct CategoryWriteOptions
{
  std::string actor;
  std::string origin; //!< "kategorier (appen)", "tryggkarta-cli category", ...
};

//! A new category. An empty color takes the first default colour clearly apart from the project's others.
struct NewCategory
{
  std::string code; //!< a–z, 0–9, _; at most 40
  std::string labelSv;
  std::string labelEn; //!< may be empty: the Swedish label then
  std::string group;   //!< a group code
  std::string color;   //!< #rrggbb or empty
};

//! What to change of a category; unset members stay as they are.
struct CategoryChange
{
  std::optional<std::string> labelSv;
  std::optional<std::string> labelEn;
  std::optional<std::string> color;
  std::optional<std::string> group;
  std::optional<bool> hidden;
};

class CategoryEditor
{
public:
  explicit CategoryEditor( Database &db ) : mDb( db ) {}

  Status add( const NewCategory &category, const CategoryWriteOptions &options );
  Status change( const std::string &code, const CategoryChange &change, const CategoryWriteOptions &options );
  /**
   * Merges from into into: from's incidents, crosswalk lines, priorities' and evaluations' category lists
   * follow into, and from is removed; one transaction. Returns the number of incidents moved.
   */
  Expected<int64_t> merge( const std::string &from, const std::string &into,
                           const CategoryWriteOptions &options );

private:
  Database &mDb;
};

//! A suggestion for a new category's colour: the palette's first colour clearly apart (ΔE >= 25) from every
//! colour in use, or when none is, the one farthest from them.
std::string suggestCategoryColour( Database &db );

//! The perceptual distance (CIE76 ΔE in Lab, D65) between two #rrggbb colours; 0 for the same colour,
//! infinity when either is not #rrggbb.
double colourDistance( const std::string &a, const std::string &b );

} // namespace tryggkarta
