#include "climessages.h"

namespace tryggkarta::cli
{

std::string optionHint( MessageCode code )
{
  switch ( code )
  {
  case MessageCode::ImportAlreadyImported:
  case MessageCode::ImportAlreadyImportedAs:
    return "Use --force to import it again.";
  case MessageCode::ImportNoCoordinateColumns:
    return "Map them with --map x=COLUMN --map y=COLUMN (or lon=COLUMN and lat=COLUMN).";
  case MessageCode::ImportNoDateColumn:
    return "Map it with --map date=COLUMN.";
  case MessageCode::ImportNoCategoryColumn:
    return "Map it with --map category=COLUMN.";
  case MessageCode::ImportUnknownCategories:
  case MessageCode::ImportUnknownChecklistItems:
    return "Map a value with --map-category VALUE=CODE.";
  case MessageCode::ImportCrsLocalZone:
  case MessageCode::ImportCrsNotRecognised:
    return "Choose it with --crs EPSG:CODE.";
  case MessageCode::CsvInvalidUtf8:
    return "Use --encoding CP1252.";
  case MessageCode::ImportNoSuchLayer:
  case MessageCode::ImportNoSuchLayerAmong:
  case MessageCode::ImportLayerNotPoints:
    return "Choose the layer with --layer NAME.";
  case MessageCode::ResultsNameTaken:
    return "Use --replace to replace it.";
  case MessageCode::PhotoOutsideTrackTime:
    return "Correct the camera's clock with --clock-offset SECONDS.";
  case MessageCode::MaskUnknownArea:
    return "--mask takes an area or 'land'.";
  case MessageCode::SelectionUnknownChecklistItem:
    return "--checklist-item takes those codes, comma-separated.";
  case MessageCode::SelectionUnknownWalk:
    return "--walk takes the ids (fid) of the project's safety walks, comma-separated.";
  default:
    return std::string();
  }
}

std::string messageText( const Message &message )
{
  std::string text = message.text();
  std::string hint = optionHint( message.code );
  // The way out of a damaged project names the project itself.
  if ( message.code == MessageCode::ProjectDamaged && !message.args.empty() )
    hint = "Copy what can be read into a new project with: tryggkarta-cli recover '" + message.args[0].text +
           "' --out NEW.gpkg";
  if ( hint.empty() )
    return text;
  if ( !text.empty() && text.back() != '.' )
    text += '.';
  return text + " " + hint;
}

} // namespace tryggkarta::cli
