// A minimal SQL connection interface with a SQLite and a PostgreSQL
// implementation (internal to the store). SQL text is written once with '?'
// placeholders; the PostgreSQL side renumbers them to $1, $2, ... Values are
// always bound, never spliced into SQL.
//
// A Connection owns its Statements (they live until the connection closes).
// One statement may be stepping at a time per connection (PostgreSQL streams
// rows in single-row mode); Reset() a statement before running another.
// Not thread-safe.
#ifndef DYAD_SRC_STORE_SQL_H_
#define DYAD_SRC_STORE_SQL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::store {

class Statement {
 public:
  virtual ~Statement() = default;
  // Parameters are 1-based, as in SQL.
  virtual void BindText(int i, std::string_view v) = 0;
  virtual void BindInt(int i, int64_t v) = 0;
  virtual void BindDouble(int i, double v) = 0;
  virtual void BindNull(int i) = 0;
  // Bytes that need not be text (compressed document text): a BLOB in
  // SQLite, a bytea in PostgreSQL.
  virtual void BindBlob(int i, std::string_view bytes) = 0;
  // Runs the statement (first call) or advances: true when a row is ready,
  // false when done.
  virtual Result<bool> Step() = 0;
  // Runs a statement that returns no rows (or whose rows are ignored).
  Status Run() {
    Result<bool> r = Step();
    Reset();
    return r.status();
  }
  // Columns are 0-based. Text of NULL is "".
  virtual std::string_view Text(int col) = 0;
  virtual int64_t Int(int col) = 0;
  virtual double Double(int col) = 0;
  virtual bool IsNull(int col) = 0;
  // A column bound with BindBlob; empty for NULL.
  virtual std::string Blob(int col) = 0;
  // Ready to run again; bindings are kept until rebound.
  virtual void Reset() = 0;
};

enum class Dialect { kSqlite, kPostgres };

class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;
  // Runs one or more statements without parameters (schema, BEGIN, COMMIT).
  virtual Status Exec(const std::string& sql) = 0;
  // The Connection owns the statement.
  virtual Result<Statement*> Prepare(const std::string& sql) = 0;
};

// `read_only`: opened without write access and without changing the journal
// mode, so that a store in a read-only file or folder can be read (and a
// DELETE-journal store stays one).
Result<std::unique_ptr<Connection>> OpenSqlite(const std::string& path, bool read_only = false);
Result<std::unique_ptr<Connection>> OpenPostgres(const std::string& uri);

}  // namespace dyad::store

#endif  // DYAD_SRC_STORE_SQL_H_
