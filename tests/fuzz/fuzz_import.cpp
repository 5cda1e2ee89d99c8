// Fuzz target: a whole import from bytes, as a coordinator's file reaches the importer. The first byte picks
// the format and the kind ('c' CSV, 'j' GeoJSON, 'g' GPX, 'x' XLSX; upper case for safety-walk observations,
// any other byte by its value), the rest is the file, written to a folder beside a project made once. Each
// input is previewed, then imported as a dry run, so the project stays as it was made. The import must either
// fail with a message or account for every row it read.

#include "fuzztarget.h"

#include "importer.h"
#include "projectfile.h"

#include <memory>

using namespace tryggkarta;

namespace
{

ProjectFile &project()
{
  static std::unique_ptr<ProjectFile> sProject = []()
  {
    auto created = ProjectFile::create( fuzzing::scratch().file( "project.gpkg" ) );
    if ( !created )
    {
      std::fprintf( stderr, "cannot create the project: %s\n", created.error().text().c_str() );
      std::abort();
    }
    return std::move( created.value() );
  }();
  return *sProject;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  if ( size == 0 )
    return 0;
  static const char *const extensions[] = { ".csv", ".geojson", ".gpx", ".xlsx" };
  const char selector = static_cast<char>( data[0] );
  int format;
  switch ( selector | 0x20 )
  {
  case 'c':
    format = 0;
    break;
  case 'j':
    format = 1;
    break;
  case 'g':
    format = 2;
    break;
  case 'x':
    format = 3;
    break;
  default:
    format = data[0] % 4;
  }
  ImportOptions options;
  options.kind = selector >= 'A' && selector <= 'Z' ? ImportKind::Observations : ImportKind::Incidents;
  options.dryRun = true;
  const std::string path = fuzzing::scratch().file( std::string( "input" ) + extensions[format] );
  fuzzing::writeBytes( path, std::string_view( reinterpret_cast<const char *>( data ) + 1, size - 1 ) );

  const auto preview = previewFile( path, options );
  if ( preview )
    FUZZ_ASSERT( preview->sampleRows.size() <= 20 );
  else
    FUZZ_ASSERT( !preview.error().text().empty() );

  ProjectFile &p = project();
  const auto report = importFile( p, path, options );
  if ( !report )
  {
    FUZZ_ASSERT( !report.error().text().empty() );
    return 0;
  }
  // Every row read is imported, rejected, left out on purpose or a police event already imported.
  FUZZ_ASSERT( report->rowsRead ==
               report->rowsImported + report->rowsRejected + report->rowsLeftOut + report->rowsDuplicate );
  FUZZ_ASSERT( report->batchId == 0 );
  FUZZ_ASSERT( p.db().queryInt( "SELECT count(*) FROM import_batches" ) == 0 );
  return 0;
}
