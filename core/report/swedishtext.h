#pragma once
// Numbers, lists, dates and times as Swedish running text: what the printed maps and the lägesbild report
// share.

#include <cstdint>
#include <string>
#include <vector>

namespace tryggkarta
{

//! "a", "a och b", "a, b och c".
std::string joinSwedish( const std::vector<std::string> &parts );
//! The text with its first letter in lower case (ASCII and the Latin-1 capitals Swedish uses: Å Ä Ö É …).
std::string lowerFirst( std::string text );
//! A whole number: digits grouped by threes with a no-break space from five digits on, "−" for minus.
std::string swedishInteger( int64_t value );
//! A number with a fixed count of decimals and a decimal comma.
std::string fixedComma( double value, int decimals );
//! A length as printed: "300 m", "1,5 km", "2 km".
std::string metresText( double metres );
//! A day counted from 1970-01-01 as YYYY-MM-DD.
std::string isoDateOfDay( int64_t day );
//! The Stockholm local day (days since 1970-01-01) of a UTC instant.
int64_t stockholmDay( int64_t utcSeconds );
//! A UTC instant as Stockholm local "YYYY-MM-DD HH:MM".
std::string stockholmDateTimeText( int64_t utcSeconds );
//! Now, to the second, as the report records when data was read: YYYY-MM-DDTHH:MM:SSZ.
std::string utcNowSeconds();

} // namespace tryggkarta
