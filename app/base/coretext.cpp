#include "coretext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <vector>

namespace
{
struct Form
{
  const char *pattern; //!< the core's English message, values captured
  const char *text;    //!< the same in the source language of the translations, values as %1, %2, …
};

// The texts are in the "CoreText" translation context; the captures fill %1, %2, … in order.
const Form kForms[] = {
  // Import: why a row was rejected.
  { R"(missing coordinates \(the feature has no geometry\))",
    QT_TRANSLATE_NOOP( "CoreText", "missing coordinates (the feature has no geometry)" ) },
  { R"(missing coordinates)", QT_TRANSLATE_NOOP( "CoreText", "missing coordinates" ) },
  { R"(the coordinates (.+), (.+) are not numbers)",
    QT_TRANSLATE_NOOP( "CoreText", "the coordinates %1, %2 are not numbers" ) },
  { R"(the coordinates \((.+), (.+)\) are outside Sweden)",
    QT_TRANSLATE_NOOP( "CoreText", "the coordinates (%1, %2) are outside Sweden" ) },
  { R"(the geometry is a (.+), not a point)",
    QT_TRANSLATE_NOOP( "CoreText", "the geometry is a %1, not a point" ) },
  { R"(cannot read the date (.+))", QT_TRANSLATE_NOOP( "CoreText", "cannot read the date %1" ) },
  { R"(cannot read the time (.+))", QT_TRANSLATE_NOOP( "CoreText", "cannot read the time %1" ) },
  { R"(missing date)", QT_TRANSLATE_NOOP( "CoreText", "missing date" ) },
  { R"(cannot read the start time (.+))", QT_TRANSLATE_NOOP( "CoreText", "cannot read the start time %1" ) },
  { R"(the start time (.+) has no date)", QT_TRANSLATE_NOOP( "CoreText", "the start time %1 has no date" ) },
  { R"(cannot read the end time (.+))", QT_TRANSLATE_NOOP( "CoreText", "cannot read the end time %1" ) },
  { R"(the end (.+) is before the start (.+))",
    QT_TRANSLATE_NOOP( "CoreText", "the end %1 is before the start %2" ) },
  { R"(the date (.+) is in the future)", QT_TRANSLATE_NOOP( "CoreText", "the date %1 is in the future" ) },
  { R"(the date (.+) is before 1970)", QT_TRANSLATE_NOOP( "CoreText", "the date %1 is before 1970" ) },
  { R"(a value opens a quote \("\) that is never closed \(a stray quote, or the file is truncated\))",
    QT_TRANSLATE_NOOP(
      "CoreText",
      "a value opens a quote (\") that is never closed (a stray quote, or the file is truncated)" ) },
  { R"(the row has (\d+) values but the header has (\d+) columns \(an unquoted delimiter inside a value\?\))",
    QT_TRANSLATE_NOOP(
      "CoreText",
      "the row has %1 values but the header has %2 columns (an unquoted delimiter inside a value?)" ) },
  { R"(missing category)", QT_TRANSLATE_NOOP( "CoreText", "missing category" ) },
  { R"(unknown category (.+))", QT_TRANSLATE_NOOP( "CoreText", "unknown category %1" ) },
  { R"(the count/severity (.+) is not a number of zero or more)",
    QT_TRANSLATE_NOOP( "CoreText", "the count/severity %1 is not a number of zero or more" ) },
  { R"(unknown safety walk (.+))", QT_TRANSLATE_NOOP( "CoreText", "unknown safety walk %1" ) },
  { R"(unknown checklist item (.+))", QT_TRANSLATE_NOOP( "CoreText", "unknown checklist item %1" ) },
  { R"(the rating (.+) is not 0, 1, 2 or 3)",
    QT_TRANSLATE_NOOP( "CoreText", "the rating %1 is not 0, 1, 2 or 3" ) },
  { R"(cannot tell whether (.+) means positive \(ja/nej\))",
    QT_TRANSLATE_NOOP( "CoreText", "cannot tell whether %1 means positive (ja/nej)" ) },

  { R"(unknown source (.+) \(use EST, polis, trygghetsvandring or manuell\))",
    QT_TRANSLATE_NOOP( "CoreText", "unknown source %1 (use EST, polis, trygghetsvandring or manuell)" ) },

  // Import: warnings about the whole file.
  { R"(The file has both geometries and coordinate columns; the coordinate columns were used\.)",
    QT_TRANSLATE_NOOP(
      "CoreText",
      "The file has both geometries and coordinate columns; the coordinate columns were used." ) },
  { R"(A column name appears more than once; the repeat is read as '(.+)'\.)",
    QT_TRANSLATE_NOOP( "CoreText", "A column name appears more than once; the repeat is read as '%1'." ) },
  { R"(The coordinate columns are in north–east \(latitude–longitude\) order; they were read as such\.)",
    QT_TRANSLATE_NOOP(
      "CoreText",
      "The coordinate columns are in north–east (latitude–longitude) order; they were read as such." ) },
  { R"(The import was cancelled; the project was not changed\.)",
    QT_TRANSLATE_NOOP( "CoreText", "The import was cancelled; the project was not changed." ) },
  { R"(Unknown categories, rows rejected: (.+)\. Map them to project categories or add the categories first\.)",
    QT_TRANSLATE_NOOP( "CoreText", "Unknown categories, rows rejected: %1. Map them to project categories or "
                                   "add the categories first." ) },
  { R"(Unknown checklist items, rows rejected: (.+)\. Map them to project categories or add the categories first\.)",
    QT_TRANSLATE_NOOP( "CoreText",
                       "Unknown checklist items, rows rejected: %1. Map them to the project's checklist "
                       "items first." ) },
  { R"((\d+) rows have a place type the project does not know; it is kept in the row's extra attributes\.)",
    QT_TRANSLATE_NOOP(
      "CoreText",
      "%1 rows have a place type the project does not know; it is kept in the row's extra attributes." ) },
  { R"((\d+) rows had personal data in free text \((.+)\); it was replaced with placeholders\.)",
    QT_TRANSLATE_NOOP( "CoreText",
                       "%1 rows had personal data in free text (%2); it was replaced with placeholders." ) },
  { R"((\d+) rows had personal data in free text \((.+)\); it was kept as asked and flagged\.)",
    QT_TRANSLATE_NOOP( "CoreText",
                       "%1 rows had personal data in free text (%2); it was kept as asked and flagged." ) },

  // Editing: what the core refuses to store.
  { R"(The position \((.+), (.+)\) is outside Sweden in the project's coordinate system \(EPSG:(\d+)\)\. Place the incident on the municipality's map\.)",
    QT_TRANSLATE_NOOP( "CoreText",
                       "The position (%1, %2) is outside Sweden in the project's coordinate system "
                       "(EPSG:%3). Place the incident on the municipality's map." ) },
  { R"(The position \((.+), (.+)\) is outside Sweden in the project's coordinate system \(EPSG:(\d+)\)\. Place the observation on the municipality's map\.)",
    QT_TRANSLATE_NOOP( "CoreText",
                       "The position (%1, %2) is outside Sweden in the project's coordinate system "
                       "(EPSG:%3). Place the observation on the municipality's map." ) },
  { R"(The time (.+) is before 1970\.)", QT_TRANSLATE_NOOP( "CoreText", "The time %1 is before 1970." ) },
  { R"(The start (.+) is before 1970\.)", QT_TRANSLATE_NOOP( "CoreText", "The start %1 is before 1970." ) },
  { R"(The observation time (.+) is before 1970\.)",
    QT_TRANSLATE_NOOP( "CoreText", "The observation time %1 is before 1970." ) },
  { R"(The time (.+) is in the future\.)", QT_TRANSLATE_NOOP( "CoreText", "The time %1 is in the future." ) },
  { R"(The start (.+) is in the future\.)",
    QT_TRANSLATE_NOOP( "CoreText", "The start %1 is in the future." ) },
  { R"(The observation time (.+) is in the future\.)",
    QT_TRANSLATE_NOOP( "CoreText", "The observation time %1 is in the future." ) },
  { R"(The incident has no category: choose one of the project's categories\.)",
    QT_TRANSLATE_NOOP( "CoreText",
                       "The incident has no category: choose one of the project's categories." ) },
  { R"(The category (.+) is not one of the project's categories\.)",
    QT_TRANSLATE_NOOP( "CoreText", "The category %1 is not one of the project's categories." ) },
  { R"(The end (.+) is before the start (.+)\.)",
    QT_TRANSLATE_NOOP( "CoreText", "The end %1 is before the start %2." ) },
  { R"(The count or severity (.+) is not a number of zero or more\.)",
    QT_TRANSLATE_NOOP( "CoreText", "The count or severity %1 is not a number of zero or more." ) },
  { R"(The place type (.+) is not one of the project's place types\.)",
    QT_TRANSLATE_NOOP( "CoreText", "The place type %1 is not one of the project's place types." ) },
  { R"(The rating (.+) is not 0, 1, 2 or 3\.)",
    QT_TRANSLATE_NOOP( "CoreText", "The rating %1 is not 0, 1, 2 or 3." ) },

  { R"(The project has no safety walk with fid (\d+)\.)",
    QT_TRANSLATE_NOOP( "CoreText", "The project has no safety walk with fid %1." ) },
  { R"(The checklist item (.+) is not one of the project's checklist items\.)",
    QT_TRANSLATE_NOOP( "CoreText", "The checklist item %1 is not one of the project's checklist items." ) },

  // Analyses.
  { R"(no incidents match the selection \((.+)\); nothing was written\.)",
    QT_TRANSLATE_NOOP( "CoreText", "No incidents match the selection (%1); nothing was written." ) },
  { R"(A grid of (.+) × (.+) cells of (.+) m would need (.+) GiB, more than the limit of (.+) GiB\. Use a cell size of at least (.+) m\.)",
    QT_TRANSLATE_NOOP( "CoreText",
                       "A grid of %1 × %2 cells of %3 m would need %4 GiB, more than the limit of %5 "
                       "GiB. Use a cell size of at least %6 m." ) },
  { R"(A grid of (.+) × (.+) cells of (.+) m would need (.+) MiB, more than the limit of (.+) MiB\. Use a cell size of at least (.+) m\.)",
    QT_TRANSLATE_NOOP( "CoreText",
                       "A grid of %1 × %2 cells of %3 m would need %4 MiB, more than the limit of %5 "
                       "MiB. Use a cell size of at least %6 m." ) },
  { R"(A grid of (.+) × (.+) hexagons of (.+) m would need (.+) MiB, more than the limit of (.+) MiB\. Use a cell size of at least (.+) m\.)",
    QT_TRANSLATE_NOOP( "CoreText",
                       "A grid of %1 × %2 hexagons of %3 m would need %4 MiB, more than the limit of "
                       "%5 MiB. Use a cell size of at least %6 m." ) },
  { R"(no incidents match the selection in either period \((.+?) and (.+)\); nothing was written\.)",
    QT_TRANSLATE_NOOP(
      "CoreText", "No incidents match the selection in either period (%1 and %2); nothing was written." ) },
  { R"(few incidents; differences between periods are mostly chance at these counts\.)",
    QT_TRANSLATE_NOOP( "CoreText",
                       "Few incidents; differences between the periods are mostly chance at these "
                       "counts." ) },
  { R"(There are only (\d+) events; hot spots from fewer than 30 mean little\.)",
    QT_TRANSLATE_NOOP( "CoreText", "There are only %1 events; hot spots from fewer than 30 mean little." ) },
  { R"(There are only (\d+) areas; Gi\* needs at least 30 to be meaningful\.)",
    QT_TRANSLATE_NOOP( "CoreText", "There are only %1 areas; Gi* needs at least 30 to be meaningful." ) },
  { R"((\d+) events outside the study area were left out\.)",
    QT_TRANSLATE_NOOP( "CoreText", "%1 events outside the study area were left out." ) },
  { R"(The distance band \((.+) m\) is smaller than the cell size \((.+) m\), so each cell is its own only neighbour\.)",
    QT_TRANSLATE_NOOP( "CoreText",
                       "The distance band (%1 m) is smaller than the cell size (%2 m), so each cell is "
                       "its own only neighbour." ) },
  // Analyses: incidents left out for lying far outside the project (a wrong CRS on import). The list of
  // fids and coordinates passes as it is; the "and N more" forms come first so the shorter ones do not take
  // them.
  { R"((1) incident lies outside the project's extent \(the bounds of the municipality boundary, widened by (.+) km\) and is left out:(.+)\. Check its coordinates \(a wrong coordinate system on import\?\)\.)",
    QT_TRANSLATE_NOOP(
      "CoreText",
      "%1 incident lies outside the project's extent (the bounds of the municipality boundary, widened by %2 "
      "km) and is left out:%3. Check its coordinates (a wrong coordinate system on import?)." ) },
  { R"((\d+) incidents lie outside the project's extent \(the bounds of the municipality boundary, widened by (.+) km\) and are left out:(.+) and (\d+) more\. Check their coordinates \(a wrong coordinate system on import\?\)\.)",
    QT_TRANSLATE_NOOP( "CoreText",
                       "%1 incidents lie outside the project's extent (the bounds of the municipality "
                       "boundary, widened by %2 km) and are left out:%3 and %4 more. Check their coordinates "
                       "(a wrong coordinate system on import?)." ) },
  { R"((\d+) incidents lie outside the project's extent \(the bounds of the municipality boundary, widened by (.+) km\) and are left out:(.+)\. Check their coordinates \(a wrong coordinate system on import\?\)\.)",
    QT_TRANSLATE_NOOP(
      "CoreText",
      "%1 incidents lie outside the project's extent (the bounds of the municipality boundary, widened by %2 "
      "km) and are left out:%3. Check their coordinates (a wrong coordinate system on import?)." ) },
  { R"((1) incident lies outside the project's extent \(the bounds of the project's areas, widened by (.+) km\) and is left out:(.+)\. Check its coordinates \(a wrong coordinate system on import\?\)\.)",
    QT_TRANSLATE_NOOP(
      "CoreText",
      "%1 incident lies outside the project's extent (the bounds of the project's areas, widened by %2 km) "
      "and is left out:%3. Check its coordinates (a wrong coordinate system on import?)." ) },
  { R"((\d+) incidents lie outside the project's extent \(the bounds of the project's areas, widened by (.+) km\) and are left out:(.+) and (\d+) more\. Check their coordinates \(a wrong coordinate system on import\?\)\.)",
    QT_TRANSLATE_NOOP(
      "CoreText",
      "%1 incidents lie outside the project's extent (the bounds of the project's areas, widened by %2 km) "
      "and are left out:%3 and %4 more. Check their coordinates (a wrong coordinate system on import?)." ) },
  { R"((\d+) incidents lie outside the project's extent \(the bounds of the project's areas, widened by (.+) km\) and are left out:(.+)\. Check their coordinates \(a wrong coordinate system on import\?\)\.)",
    QT_TRANSLATE_NOOP(
      "CoreText",
      "%1 incidents lie outside the project's extent (the bounds of the project's areas, widened by %2 km) "
      "and are left out:%3. Check their coordinates (a wrong coordinate system on import?)." ) },
  { R"(All values are equal, so there are no hot or cold spots to find\.)",
    QT_TRANSLATE_NOOP( "CoreText", "All values are equal, so there are no hot or cold spots to find." ) },
};

struct CompiledForm
{
  QRegularExpression expression;
  const char *text;
};

const std::vector<CompiledForm> &compiledForms()
{
  static const std::vector<CompiledForm> forms = []
  {
    std::vector<CompiledForm> compiled;
    for ( const Form &form : kForms )
      compiled.push_back(
        { QRegularExpression( QRegularExpression::anchoredPattern( QString::fromUtf8( form.pattern ) ) ),
          form.text } );
    return compiled;
  }();
  return forms;
}
} // namespace

namespace CoreText
{
QString translate( const QString &message )
{
  for ( const CompiledForm &form : compiledForms() )
  {
    const QRegularExpressionMatch match = form.expression.match( message );
    if ( !match.hasMatch() )
      continue;
    // One pass over the text, so a value that itself holds "%2" is never substituted again.
    const QString text = QCoreApplication::translate( "CoreText", form.text );
    QString out;
    out.reserve( text.size() + message.size() );
    for ( int i = 0; i < text.size(); ++i )
    {
      if ( text[i] == QLatin1Char( '%' ) && i + 1 < text.size() && text[i + 1].isDigit() )
      {
        const int index = text[i + 1].digitValue();
        if ( index >= 1 && index <= form.expression.captureCount() )
        {
          out += match.captured( index );
          ++i;
          continue;
        }
      }
      out += text[i];
    }
    return out;
  }
  return message;
}

QString translate( const std::string &message )
{
  return translate( QString::fromStdString( message ) );
}
} // namespace CoreText
