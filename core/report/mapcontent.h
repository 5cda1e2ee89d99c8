#pragma once
// What a printed map says about itself: a title made from what it shows, the filter in words, the method and
// its parameters, the sources with the date the data was extracted, the organisation and the classification
// line. Shared by the app's print dialog and the command-line tool's print command, in Swedish (the printed
// language).

#include "reportperiod.h"
#include "selection.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

class ProjectFile;

//! What the map shows as its main layer.
enum class MapShows
{
  Heatmap,  //!< kernel density of the selected events
  HotSpots, //!< Getis-Ord Gi* cells
  Clusters, //!< DBSCAN clusters
  Incidents //!< the events as points (never in the public mode)
};

//! "heatmap", "hotspots", "clusters", "incidents"; parse the same words.
std::string mapShowsName( MapShows shows );
std::optional<MapShows> mapShowsNamed( const std::string &name );

//! The method of the main layer, for the legend and the parameter line.
struct MapMethod
{
  std::string kernel;             //!< heatmap: "quartic", …
  double radiusMeters = 0;        //!< heatmap: the bandwidth
  double cellMeters = 0;          //!< heatmap or hot spots: the cell size
  double neighbourhoodMeters = 0; //!< hot spots: the distance band
  bool fdr = false;               //!< hot spots: corrected for multiple testing
  double epsMeters = 0;           //!< clusters
  int minPoints = 0;              //!< clusters
  int64_t events = 0;             //!< events the layer was made from
  //! Events of the selection left out because their place is not a point (only the municipality, …).
  int64_t impreciseLeftOut = 0;
  std::string units; //!< heatmap: what a value means, "händelser per km²"
};

//! Everything around the map on the sheet.
struct MapContent
{
  MapShows shows = MapShows::Heatmap;
  Selection selection;
  std::optional<ReportPeriod> period; //!< the period the layer was made for, when it is a whole period
  std::string areaName;               //!< the area shown, empty for the whole municipality
  MapMethod method;
  bool publicMode = false;
  int minCount = 5; //!< k of the public mode
  std::string organisation;
  std::string extractedAtUtc; //!< when the data was read from the project, YYYY-MM-DDTHH:MM:SSZ
  bool syntheticData = false;
};

//! The Swedish names of a project's categories and their groups, for the texts.
struct CategoryLabels
{
  std::map<std::string, std::string> labels;      //!< category code → label
  std::map<std::string, std::string> groupOf;     //!< category code → group code
  std::map<std::string, std::string> groupLabels; //!< group code → label
  std::vector<std::string> order;                 //!< category codes in the project's order
  //! The label of a code, else the code.
  std::string label( const std::string &code ) const;
};
//! The Swedish labels of the project's categories and groups.
CategoryLabels categoryLabelsSv( ProjectFile &project );
/**
 * The categories in words: "klotter och glaskross", "skadegörelse" (a whole group), "klotter, glaskross och 3
 * kategorier till"; "alla kategorier" for none.
 */
std::string categoriesText( const std::vector<std::string> &codes, const CategoryLabels &labels );

/**
 * "Värmekarta: klotter och glaskross, v. 47 2026", "Hot spots (Gi*): alla kategorier, november 2026",
 * "Händelser: skadegörelse, Centrum, 1–15 november 2026". Categories beyond three are "klotter, glaskross och
 * 3 kategorier till"; all of a group by the group's name when labels has it.
 */
std::string mapTitle( const MapContent &content, const CategoryLabels &labels );

//! The period in words: the period's label, else the selection's dates, else "hela tiden".
std::string periodText( const MapContent &content );
//! The subtitle: the period in words and, for a named period, its dates: "v. 47 2025 (17–23 november 2025)".
std::string periodLine( const MapContent &content );
//! The period a selection's dates make (Stockholm days, until inclusive), when it has both.
std::optional<ReportPeriod> selectionPeriod( const Selection &selection );

/**
 * The filter in words: "Kategorier: klotter, glaskross. Källor: EST-rapporter, polisen. Organisationer: alla.
 * Veckodagar: fre–lör. Timmar: 20–03. Område: Centrum."
 */
std::string filterText( const Selection &selection, const CategoryLabels &labels );

/**
 * What a selection with safety-walk observations counts and how they weigh, in Swedish for the method line:
 * "Observationer från trygghetsvandringar (bara brister: positiva platser och utkast ingår inte), viktade
 * 3 − betyg …"; empty for incidents only. weighted false: DBSCAN, which counts each observation once.
 */
std::string layerStatementSv( const Selection &selection, bool weighted = true );

/**
 * The method in words for the legend: "Kärntäthet, kvartisk kärna, radie 300 m, cell 25 m; 42 händelser".
 * With observations in the selection it says so and how they are weighted (layerStatementSv).
 * In the public mode the radius is left out (a known small bandwidth lets points be recovered) and the line
 * says the map is aggregated.
 */
std::string methodText( const MapContent &content );

//! "Underlag för EST – ej för publicering" or, public, "Publicerad sammanställning: aggregerad, antal under 5
//! visas inte".
std::string classificationText( bool publicMode, int minCount );

//! "Källor: EST-rapporter och polisen (uttag 2026-11-24 08:00). Bakgrundskarta: …": the sources present in
//! the selection and the extraction time in Stockholm time.
std::string sourcesText( const std::vector<std::string> &sourcesPresent, const std::string &extractedAtUtc );

//! The Swedish name of a source code: "est" → "EST-rapporter", "police" → "polisen", …
std::string sourceNameSv( const std::string &source );

//! "Syntetiska data: exempelkommunen Tryggby, inte verkliga händelser." when synthetic, else empty.
std::string syntheticNote( bool synthetic );

//! The organisation printed on maps and reports (tryggkarta_meta key "organisation"), empty when unset.
std::string projectOrganisation( ProjectFile &project );
//! Stores (or, empty, removes) the organisation printed on maps and reports, in one transaction.
Status setProjectOrganisation( ProjectFile &project, const std::string &organisation );

} // namespace tryggkarta
