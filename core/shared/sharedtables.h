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
};

struct SharedTable
{
  std::string name;
  bool vocabulary = false;  //!< a vocabulary: matched on naturalKey, changed only by the coordinator
  std::string naturalKey;   //!< vocabularies: the column that names a row
  std::string geometryType; //!< POINT, LINESTRING, MULTIPOLYGON or empty
  bool geometryNotNull = false;
  bool restrictable = false;         //!< rows can be police-restricted
  bool reportersWrite = true;        //!< data tables: reporters insert and edit their own organisation's rows
  std::vector<SharedColumn> columns; //!< without fid and geom
  bool hasColumn( const std::string &column ) const;
};

//! Every shared table, each after the tables it refers to.
const std::vector<SharedTable> &sharedTables();
const SharedTable *sharedTable( const std::string &name );

//! The select expression giving a column as the project file's text (vocabularies and data alike).
std::string sharedSelectExpression( const SharedColumn &column, const std::string &alias = std::string() );
//! The PostgreSQL type of a column.
std::string sharedPgType( const SharedColumn &column );

} // namespace tryggkarta
