// SQLite implementation of store::Connection.
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <vector>

#include "store/sql.h"

namespace dyad::store {
namespace {

class SqliteStatement : public Statement {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* st) : db_(db), st_(st) {}
  ~SqliteStatement() override { sqlite3_finalize(st_); }

  void BindText(int i, std::string_view v) override {
    sqlite3_bind_text(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }
  void BindInt(int i, int64_t v) override { sqlite3_bind_int64(st_, i, v); }
  void BindDouble(int i, double v) override { sqlite3_bind_double(st_, i, v); }
  void BindNull(int i) override { sqlite3_bind_null(st_, i); }
  void BindBlob(int i, std::string_view v) override {
    sqlite3_bind_blob(st_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  }

  Result<bool> Step() override {
    int rc = sqlite3_step(st_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    std::string msg = std::string("sqlite: ") + sqlite3_errmsg(db_);
    sqlite3_reset(st_);
    return Status::IoError(msg);
  }
  std::string_view Text(int col) override {
    const unsigned char* p = sqlite3_column_text(st_, col);
    if (!p) return {};
    return std::string_view(reinterpret_cast<const char*>(p),
                            static_cast<size_t>(sqlite3_column_bytes(st_, col)));
  }
  int64_t Int(int col) override { return sqlite3_column_int64(st_, col); }
  double Double(int col) override { return sqlite3_column_double(st_, col); }
  bool IsNull(int col) override { return sqlite3_column_type(st_, col) == SQLITE_NULL; }
  std::string Blob(int col) override {
    const void* p = sqlite3_column_blob(st_, col);
    if (!p) return {};
    return std::string(static_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(st_, col)));
  }
  void Reset() override { sqlite3_reset(st_); }

 private:
  sqlite3* db_;
  sqlite3_stmt* st_;
};

class SqliteConnection : public Connection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    statements_.clear();
    sqlite3_close(db_);
  }
  Dialect dialect() const override { return Dialect::kSqlite; }

  Status Exec(const std::string& sql) override {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = std::string("sqlite: ") + (err ? err : sqlite3_errmsg(db_));
      sqlite3_free(err);
      return Status::IoError(msg);
    }
    return Status::Ok();
  }

  Result<Statement*> Prepare(const std::string& sql) override {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &st, nullptr) != SQLITE_OK) {
      return Status::Internal(std::string("sqlite: ") + sqlite3_errmsg(db_) + " in: " + sql);
    }
    statements_.push_back(std::make_unique<SqliteStatement>(db_, st));
    return statements_.back().get();
  }

 private:
  sqlite3* db_;
  std::vector<std::unique_ptr<SqliteStatement>> statements_;
};

}  // namespace

namespace {

// A connection that can read the store: opened read-only, it is checked with
// one read. A WAL store in a folder we cannot write cannot make its shared
// memory file; no one can write such a store, so it is read as immutable.
Result<std::unique_ptr<Connection>> OpenSqliteReadOnly(const std::string& path) {
  const std::filesystem::path parent = std::filesystem::path(path).parent_path();
  const bool writable = access(path.c_str(), W_OK) == 0 && access(parent.empty() ? "." : parent.c_str(), W_OK) == 0;
  std::string first_error;
  for (bool immutable : {false, true}) {
    // "immutable" skips SQLite's locks: only for a store no one can write.
    if (immutable && writable) break;
    std::string uri = "file:";
    for (char c : path) {
      if (c == '?' || c == '#' || c == '%') {
        char buf[4];
        std::snprintf(buf, sizeof buf, "%%%02X", static_cast<unsigned char>(c));
        uri += buf;
      } else {
        uri.push_back(c);
      }
    }
    uri += immutable ? "?mode=ro&immutable=1" : "?mode=ro";
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(uri.c_str(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    if (rc == SQLITE_OK) {
      sqlite3_busy_timeout(db, 30000);
      rc = sqlite3_exec(db, "SELECT COUNT(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    }
    if (rc == SQLITE_OK) {
      auto conn = std::make_unique<SqliteConnection>(db);
      DYAD_RETURN_IF_ERROR(conn->Exec("PRAGMA cache_size=-65536;"));
      return std::unique_ptr<Connection>(std::move(conn));
    }
    if (first_error.empty()) first_error = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
  }
  return Status::IoError("cannot open " + path + " to read: " + first_error);
}

}  // namespace

Result<std::unique_ptr<Connection>> OpenSqlite(const std::string& path, bool read_only) {
  if (read_only) return OpenSqliteReadOnly(path);
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = "cannot open " + path + ": " + (db ? sqlite3_errmsg(db) : "out of memory");
    sqlite3_close(db);
    return Status::IoError(msg);
  }
  // Other processes (a second ingest, a query during an ingest) wait for the
  // writer instead of failing at once.
  sqlite3_busy_timeout(db, 30000);
  auto conn = std::make_unique<SqliteConnection>(db);
  // A 64 MB page cache keeps the indexes of a large store in memory while
  // ingesting. synchronous=NORMAL keeps every committed transaction across a
  // process crash (kill -9) in WAL mode; only a power loss may drop the last
  // ones, and the file stays consistent either way. (The store switches to
  // WAL itself, once it knows the file is a dyad store: see store.cc.)
  DYAD_RETURN_IF_ERROR(conn->Exec("PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536;"));
  return std::unique_ptr<Connection>(std::move(conn));
}

}  // namespace dyad::store
