// The catalog's schema: versioned SQL migrations, applied forward only, each in its own
// transaction, with the version kept in PRAGMA user_version (docs/catalog.md describes it).
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "catalog/sqlite.h"

namespace gongwen::catalog {

struct Migration {
  int version;           // user_version once applied: 1, 2, 3 …
  std::string_view sql;  // statements run in one transaction
};

// Every migration, oldest first. The last version is k_schema_version (catalog.h).
std::span<const Migration> migrations();

// Marks a gongwen catalog in the SQLite header (PRAGMA application_id), "GwCa".
inline constexpr int k_application_id = 0x47774361;

// Opens the catalog for writing: creates it, or refuses it (Error with a message for the user)
// when it belongs to a newer gongwen or is not a gongwen catalog, and otherwise brings it up to
// the current schema. Nothing is written before those checks pass.
void open_for_write(Db& db);
// Checks a catalog opened read-only: the same refusals, and an older schema asks for gw-ingest.
void check_for_read(Db& db);

// Applies the migrations newer than the database's user_version, each in one transaction.
// Exposed with the list as a parameter so that tests can run a migration path of their own.
void migrate(Db& db, std::span<const Migration> list);

}  // namespace gongwen::catalog
