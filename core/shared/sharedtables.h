#pragma once
// The tables the shared database and its offline copies have in common, column by column: one list that makes
// the PostgreSQL tables (shareddatabase.cpp) and drives the synchronisation (sync.cpp) both ways.

#include <string>
#include <vector>

namespace tryggkarta
{

enum class SharedColumnType
{
  Text,
  Integer,
  Real,
  Boolean,
  Date,
  DateTime,  //!< timestamptz in PostgreSQL, ISO 8601 UTC with milliseconds in the project file
  Reference, //!< another shared table's row: its fid in the copy, its uuid in the shared database
  Blob,      //!< bytea in PostgreSQL, a BLOB in the project file (a walk's photos)
};

struct SharedColumn
{
  std::string name;
  SharedColumnType type = SharedColumnType::Text;
  bool notNull = false;
  std::string references;   //!< Reference: the table; Text: "table(column)" of a vocabulary, or empty
  bool freeText = false;    //!< hidden from other organisations in the shared lägesbild
  std::string check;        //!< a CHECK on the column in PostgreSQL, or empty
  std::string defaultValue; //!< a DEFAULT in PostgreSQL, or empty
  std::string localName;    //!< the project file's name for it when it differs (a name the shared tables use)
  int since = 1;        //!< the shared schema's version that added it (a later one: ALTER TABLE ADD COLUMN)
  bool cascade = false; //!< Reference: deleted with the row it refers to even when it may be empty
  const std::string &local() const { return localName.empty() ? name : localName; }
};

struct SharedTable
{
  std::string name;
  bool vocabulary = false;  //!< a vocabulary: matched on naturalKey, changed only by the coordinator
  std::string naturalKey;   //!< vocabularies: the columns that name a row ("crosswalk_id, source_value")
  std::string geometryType; //!< POINT, LINESTRING, MULTIPOLYGON or empty
  bool geometryNotNull = false;
  bool restrictable = false;         //!< rows can be police-restricted
  bool reportersWrite = true;        //!< data tables: reporters insert and edit their own organisation's rows
  std::vector<SharedColumn> columns; //!< without fid and geom
  int since = 1;                     //!< the shared schema's version that added the table
  std::vector<std::string> checks;   //!< CHECKs on several columns, as the project file has them
  std::string unique;                //!< a UNIQUE over several columns ("walk_id, organisation"), or empty
  //! Unique indexes beyond those, as the project file has them: "(activity_id, walk_id) WHERE walk_id IS NOT
  //! NULL", "(lower(name))" for a name unique whatever its case.
  std::vector<std::string> uniqueIndexes;
  bool keyNoCase = false; //!< vocabularies: the natural key's text matched whatever its case (NOCASE here)
  bool hasFreeText() const;
  //! Its references to rows of tables that can be police-restricted (a photo's observation).
  std::vector<const SharedColumn *> restrictableReferences() const;
  bool hasColumn( const std::string &column ) const;
  const SharedColumn *column( const std::string &name ) const;
  //! The natural key's columns, one by one.
  std::vector<std::string> naturalKeyColumns() const;
};

//! Every shared table, each after the tables it refers to (a table a later schema version added may stand
//! before older ones).
const std::vector<SharedTable> &sharedTables();
const SharedTable *sharedTable( const std::string &name );

//! The select expression giving a column as the project file's text (vocabularies and data alike).
std::string sharedSelectExpression( const SharedColumn &column, const std::string &alias = std::string() );
/**
 * Whether the shared lägesbild gives a column of another organisation's row changed (schema version 3): an
 * incident's place and times, an action's point. Like free text, a copy may hold it only as the view gives
 * it, so a synchronisation never writes it back over the row's own.
 */
bool sharedGeneralisedColumn( const std::string &table, const std::string &column );
//! The PostgreSQL type of a column.
std::string sharedPgType( const SharedColumn &column );

} // namespace tryggkarta
