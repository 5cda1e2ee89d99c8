#pragma once
// The police's open event feed speaks its own vocabulary of event types ("Misshandel", "Stöld/inbrott",
// "Trafikolycka", ...). Every project ships with a crosswalk from those types to its categories, seeded from
// this list: an EST category where one fits, a police-only category where none does, and "leave out on
// purpose" for what does not concern EST (traffic accidents, missing persons, the police's own summaries).
// The coordinator can change every line afterwards (crosswalks.h).

#include <string>
#include <vector>

namespace tryggkarta
{

//! One of the police feed's event types and what the default crosswalk makes of it.
struct PoliceEventType
{
  const char *type;           //!< as the feed writes it: "Misshandel"
  const char *category;       //!< the project category code, or nullptr: left out on purpose
  const char *note = nullptr; //!< why, on the crosswalk's line, when it needs saying
};

//! The police feed's event types (about 90, as the open API has listed them), in the feed's spelling.
const std::vector<PoliceEventType> &policeEventTypes();

//! The name of the crosswalk seeded from policeEventTypes(): "polisen".
constexpr const char *kPoliceCrosswalkName = "polisen";

//! A police-only category the default crosswalk needs (in the group "polis").
struct PoliceOnlyCategory
{
  const char *code, *labelSv, *labelEn, *color;
};

//! The police-only categories, for event types no EST category fits.
const std::vector<PoliceOnlyCategory> &policeOnlyCategories();

} // namespace tryggkarta
