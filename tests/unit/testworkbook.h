#pragma once
// Spreadsheets for tests: a one-sheet XLSX workbook written from its rows' XML through GDAL's ZIP writer, so
// a test controls every row number and cell reference (GDAL's XLSX writer numbers them itself).

#include <catch2/catch.hpp>
#include <cpl_vsi.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace testutil
{

//! A workbook of one sheet whose sheetData is rowsXml, written through GDAL's ZIP writer.
inline void writeWorkbook( const std::string &path, const std::string &rowsXml )
{
  const std::pair<const char *, std::string> parts[] = {
    { "[Content_Types].xml",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
      "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
      "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override "
      "PartName=\"/xl/worksheets/sheet1.xml\" "
      "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>" },
    { "_rels/.rels",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
      "Target=\"xl/workbook.xml\"/></Relationships>" },
    { "xl/workbook.xml",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet "
      "name=\"Händelser\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" },
    { "xl/_rels/workbook.xml.rels",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
      "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
      "Target=\"worksheets/sheet1.xml\"/></Relationships>" },
    { "xl/worksheets/sheet1.xml",
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
      "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
        rowsXml + "</sheetData></worksheet>" } };
  for ( const auto &[name, content] : parts )
  {
    VSILFILE *file = VSIFOpenL( ( "/vsizip/" + path + "/" + name ).c_str(), "wb" );
    REQUIRE( file );
    REQUIRE( VSIFWriteL( content.data(), 1, content.size(), file ) == content.size() );
    VSIFCloseL( file );
  }
}

//! One sheet row numbered number, with text cells in columns A, B, … (numbers are written as numbers).
inline std::string sheetRow( int64_t number, const std::vector<std::string> &cells )
{
  std::string xml = "<row r=\"" + std::to_string( number ) + "\">";
  for ( size_t i = 0; i < cells.size(); ++i )
  {
    const std::string ref = std::string( 1, static_cast<char>( 'A' + i ) ) + std::to_string( number );
    const bool numeric =
      !cells[i].empty() && cells[i].find_first_not_of( "0123456789." ) == std::string::npos;
    xml += numeric ? "<c r=\"" + ref + "\"><v>" + cells[i] + "</v></c>"
                   : "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + cells[i] + "</t></is></c>";
  }
  return xml + "</row>";
}

} // namespace testutil
