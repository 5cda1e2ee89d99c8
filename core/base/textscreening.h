#pragma once
// Screens free text for personal data (domain.md, privacy): reports must describe places, never persons.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tryggkarta
{

enum class PersonalDataKind
{
  Personnummer,    //!< YYMMDD-NNNN / YYYYMMDDNNNN (also samordningsnummer) with a valid Luhn check digit
  PhoneNumber,     //!< Swedish phone numbers: 070-123 45 67, +46 70 123 45 67, 08-123 456 78, 0550-123 45
  EmailAddress,    //!< name@example.se
  CarRegistration, //!< ABC 123, ABC 12D (Swedish plates)
};

struct ScreeningFinding
{
  PersonalDataKind kind;
  size_t offset; //!< byte offset in the UTF-8 input
  size_t length; //!< byte length
};

struct ScreeningResult
{
  std::vector<ScreeningFinding> findings; //!< in text order, not overlapping
  //! Kinds that show only once the findings are redacted (a plate glued to a personnummer); counted and
  //! flagged like the findings, and redacted by redact().
  std::vector<PersonalDataKind> uncovered;
  bool clean() const { return findings.empty(); }
  //! Distinct kind codes in a fixed order, comma-separated, e.g. "personnummer,phone"; empty when clean.
  std::string flags() const;
};

//! Finds personal data in UTF-8 text. Fast (no regex): it runs on every imported row.
ScreeningResult screenText( std::string_view text );
//! The text with each finding replaced by a placeholder such as "[personnummer]".
std::string redact( std::string_view text, const ScreeningResult &result );
//! Stable code of a kind: "personnummer", "phone", "email", "car_registration".
const char *personalDataKindCode( PersonalDataKind kind );
//! Swedish label for messages: "personnummer", "telefonnummer", "e-postadress", "registreringsnummer".
const char *personalDataKindLabelSv( PersonalDataKind kind );

} // namespace tryggkarta
