#pragma once
// The project's vocabularies as the forms, the filter and the map show them: category groups and
// categories, organisations, place types, checklist items, and the safety walks observations belong to.

#include "database.h"
#include "expected.h"
#include "projectfile.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tryggkarta
{

//! A coded value of a lookup table with its Swedish and English labels.
struct VocabularyEntry
{
  std::string code;
  std::string labelSv;
  std::string labelEn; //!< may be empty

  //! The label in a language: English when asked for and there is one, else Swedish.
  const std::string &label( bool english ) const { return english && !labelEn.empty() ? labelEn : labelSv; }
};

//! A safety walk as a list shows it.
struct SafetyWalkName
{
  int64_t fid = 0;
  std::string name;
  std::string date; //!< YYYY-MM-DD, or empty
};

struct Vocabulary
{
  std::vector<VocabularyEntry> groups; //!< category groups, in display order
  std::vector<Category> categories;    //!< in display order
  std::vector<std::string> organisations;
  std::vector<VocabularyEntry> placeTypes;
  std::vector<VocabularyEntry> checklistItems; //!< in display order
  std::vector<SafetyWalkName> walks;           //!< newest first
};

//! Reads every list of an open project.
Expected<Vocabulary> readVocabulary( Database &db );

// Inside the core (they throw SqlError): the organisations, open-ended like in an import, where a new name
// joins the project's list.
//! The organisations' names, sorted.
std::vector<std::string> organisationNames( Database &db );
//! Adds an organisation to the list unless it is there (empty names are not added).
void addOrganisation( Database &db, const std::string &name );

} // namespace tryggkarta
