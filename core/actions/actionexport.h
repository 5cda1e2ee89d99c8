#pragma once
// The action list as a file for the follow-up meeting or the municipal web: CSV (UTF-8 with a byte-order
// mark,
// ';'-separated, as Swedish Excel opens it) or XLSX (GDAL's XLSX driver), with Swedish column headers. The
// public variant leaves out the internal note, the cost, the contact role and everything but what is done, by
// whom, its status, deadline and done date, and the reason for each action not taken.

#include "actionstore.h"

#include <string>
#include <vector>

namespace tryggkarta
{

struct ActionExportOptions
{
  bool publicVariant = false;
  std::string today; //!< YYYY-MM-DD for the overdue column; empty: today in Stockholm
};

//! The column headers (Swedish) of the list, internal or public.
std::vector<std::string> actionExportHeader( bool publicVariant );
//! The list's rows, one per action, as text in the header's order (dates YYYY-MM-DD, the cost in whole SEK).
std::vector<std::vector<std::string>> actionExportRows( const std::vector<Action> &actions,
                                                        const ActionExportOptions &options = {} );

//! Writes the list as CSV or XLSX by the file's extension (.csv, .xlsx); an existing file is replaced whole,
//! and nothing is left behind when writing fails.
Status exportActions( const std::string &path, const std::vector<Action> &actions,
                      const ActionExportOptions &options = {} );

} // namespace tryggkarta
