#pragma once
// What one imported file may hold: limits far beyond any real file, so that a file built to make the import
// work out of proportion to its size (or to exhaust memory) is refused with a clear message instead. Excel's
// own sheet is 1,048,576 rows by 16,384 columns, and one of its cells holds at most 32,767 characters.

#include <cstddef>
#include <cstdint>

namespace tryggkarta
{

//! Columns (fields, property names) of one file: Excel's widest sheet.
constexpr size_t kMaxImportColumns = 16384;
//! Bytes of one value (or column name): 1 MiB, eight times Excel's longest cell in UTF-8.
constexpr size_t kMaxValueBytes = 1024 * 1024;
//! Nesting of a JSON file: a GeoJSON multipolygon in a feature collection is about 8 levels deep.
constexpr int kMaxJsonDepth = 100;
//! Rows of a spreadsheet: Excel's tallest sheet (GDAL fills gaps between row numbers with empty rows).
constexpr int64_t kMaxSheetRows = 1048576;
//! What a rejected row keeps of a row that holds a value over kMaxValueBytes, in bytes.
constexpr size_t kShortenedRawBytes = 1000;

} // namespace tryggkarta
