#pragma once
// The EST group's shared database on PostgreSQL 15 + PostGIS 3: the schema tryggkarta with the project file's
// shared tables (sharedtables.h) in the project's coordinate system, numbered migrations, and the roles the
// database itself enforces with grants and row-level security:
//   PREFIX_coordinator  reads and writes everything, manages vocabularies, organisations and users;
//   PREFIX_reporter     one organisation's login: inserts and edits its own organisation's incidents,
//                       observations, walks and action updates, reads its own rows whole and everyone else's
//                       only through the shared lägesbild (TABLE_lagesbild: no other organisation's free
//                       text, no police-restricted record);
//   PREFIX_steering     the steering group: reads the shared lägesbild only.
// Police-restricted rows (restricted = true) are read only by the police (a reporter of an organisation whose
// kind is police) and the coordinator. Each login's role and organisation is a row of tryggkarta.members.

#include "expected.h"

#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

class PgConnection;

//! The newest schema version this program makes and reads.
constexpr int kSharedSchemaVersion = 3;
//! The lägesbild's grid for other organisations' incidents (schema version 3), unless the project sets it.
constexpr int kDefaultLagesbildCellMetres = 100;

struct SharedInitOptions
{
  std::string
    fromProject; //!< vocabularies, coordinate system and base map from this project; else a new one's
  std::string rolePrefix;  //!< the group roles' prefix; default tk_ and the database's name
  bool copyBasemap = true; //!< copy the project's base-map layers (map_*) into the schema
  int schemaVersion = 0;   //!< 0: the newest; else the schema as that version made it (tests of migrate)
};

//! What a connection finds in the shared database.
struct SharedInfo
{
  int schemaVersion = 0;
  int srid = 0;
  std::string rolePrefix;
  std::string municipality;
  std::string syntheticData; //!< non-empty: the project holds made-up data (the demo)
  std::vector<std::string> basemapLayers;
  std::string login;
  std::string kind; //!< coordinator, reporter, steering, or empty for a login that is no member
  std::string organisation;
  bool police = false;
  bool readOnly() const { return kind != "coordinator" && kind != "reporter"; }
};

//! 0 when the database holds no Tryggkarta schema. Throws PgError.
int sharedSchemaVersion( PgConnection &conn );

/**
 * Makes the schema, the group roles, the policies and the vocabularies in an empty database (one transaction:
 * refused or failed, nothing is left behind). The connecting login needs CREATEROLE (or is a superuser) and
 * becomes the project's first coordinator.
 */
Expected<SharedInfo> initSharedDatabase( PgConnection &conn, const std::string &conninfo,
                                         const SharedInitOptions &options );

//! Brings an older schema up to kSharedSchemaVersion, one migration per transaction; refuses a newer one.
Expected<int> migrateSharedDatabase( PgConnection &conn );

Expected<SharedInfo> sharedInfo( PgConnection &conn );

Status addSharedOrganisation( PgConnection &conn, const std::string &name, const std::string &kind,
                              bool reportsWeekly );

struct SharedUser
{
  std::string login;
  std::string kind;
  std::string organisation;
  bool canLogin = false;
  std::string addedAt;
};

/**
 * Adds a login with its role (coordinator, reporter, steering) and, for a reporter, its organisation. The
 * password, if given, is hashed here (SCRAM-SHA-256) before it is sent; it is stored nowhere else.
 */
Status addSharedUser( PgConnection &conn, const std::string &login, const std::string &kind,
                      const std::string &organisation, const std::string &password );
Expected<std::vector<SharedUser>> listSharedUsers( PgConnection &conn );

//! Sets or clears the police restriction of a row (incidents, observations, actions) by its uuid.
Status setSharedRestricted( PgConnection &conn, const std::string &table, const std::string &uuid,
                            bool restricted );

/**
 * The lägesbild's grid (schema version 3): the cell, in metres, whose centre places another organisation's
 * incident for those who may not read its text. With metres, the coordinator sets it first (50 m times a
 * power of two, up to 6400, so the cells of two settings nest); every unrestricted incident is then sent
 * again so copies hold no finer places.
 */
Expected<double> sharedLagesbildCell( PgConnection &conn, std::optional<int> metres = std::nullopt );

} // namespace tryggkarta
