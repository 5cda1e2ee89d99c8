#pragma once
// Reading the rows of a project table column by column, for lists such as the app's attribute table: one
// query through a connection of its own (safe on a worker thread), each row handed over as it is read.

#include "expected.h"

#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace tryggkarta
{

//! How a column is read.
enum class ColumnType
{
  Text,
  Real,
  Integer,
  UtcTime //!< stored as UTC text (ISO 8601), read as Unix seconds; unreadable times read as null
};

//! A value as read: null, a whole number (also times), a real number or text.
using CellValue = std::variant<std::monostate, int64_t, double, std::string>;

//! A column to read: the field's name in the table and how to read it.
struct RowColumn
{
  std::string field;
  ColumnType type = ColumnType::Text;
};

/**
 * Reads the rows of a table of the project file at path: those with the given fids, or all when fids is
 * empty, in fid order. onRow gets each row's fid and its values in the order of the columns.
 */
Status readRows( const std::string &path, const std::string &table, const std::vector<RowColumn> &columns,
                 const std::vector<int64_t> &fids,
                 const std::function<void( int64_t fid, std::vector<CellValue> &values )> &onRow );

//! The same for the rows with firstFid <= fid <= lastFid (a part of a big table, read beside the others).
Status readRowRange( const std::string &path, const std::string &table, const std::vector<RowColumn> &columns,
                     int64_t firstFid, int64_t lastFid,
                     const std::function<void( int64_t fid, std::vector<CellValue> &values )> &onRow );

//! The smallest and largest fid of a table ({ 0, -1 } when it is empty).
Expected<std::pair<int64_t, int64_t>> fidRange( const std::string &path, const std::string &table );

} // namespace tryggkarta
