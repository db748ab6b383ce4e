// PostgreSQL (libpq) implementation of store::Connection. Statements are
// server-side prepared; parameters and results travel as text. Rows are
// streamed in single-row mode so that an export never holds a whole table in
// memory.
#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>
#include <vector>

#include "store/sql.h"

namespace dyad::store {
namespace {

std::string PgError(PGconn* conn) {
  std::string msg = PQerrorMessage(conn);
  while (!msg.empty() && (msg.back() == '\n' || msg.back() == ' ')) msg.pop_back();
  return "postgresql: " + msg;
}

class PgStatement : public Statement {
 public:
  PgStatement(PGconn* conn, std::string name, int params)
      : conn_(conn), name_(std::move(name)), values_(params), is_null_(params, 1) {}
  ~PgStatement() override { Reset(); }

  void BindText(int i, std::string_view v) override { Set(i, std::string(v)); }
  void BindInt(int i, int64_t v) override { Set(i, std::to_string(v)); }
  void BindDouble(int i, double v) override {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    Set(i, buf);
  }
  void BindNull(int i) override { is_null_[i - 1] = 1; }
  // bytea travels as text too, in its hex form ("\\x" and two digits a
  // byte), so that every parameter and result stays in one format.
  void BindBlob(int i, std::string_view v) override {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string h = "\\x";
    h.reserve(2 + 2 * v.size());
    for (unsigned char c : v) {
      h.push_back(kHex[c >> 4]);
      h.push_back(kHex[c & 15]);
    }
    Set(i, std::move(h));
  }

  Result<bool> Step() override {
    if (!running_) {
      std::vector<const char*> ptrs(values_.size());
      for (size_t i = 0; i < values_.size(); ++i) ptrs[i] = is_null_[i] ? nullptr : values_[i].c_str();
      if (!PQsendQueryPrepared(conn_, name_.c_str(), static_cast<int>(ptrs.size()), ptrs.data(),
                               nullptr, nullptr, 0)) {
        return Status::IoError(PgError(conn_));
      }
      PQsetSingleRowMode(conn_);
      running_ = true;
    }
    Clear();
    PGresult* r = PQgetResult(conn_);
    if (!r) {
      running_ = false;
      return false;
    }
    ExecStatusType st = PQresultStatus(r);
    if (st == PGRES_SINGLE_TUPLE) {
      row_ = r;
      return true;
    }
    std::string err;
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
      err = PQresultErrorMessage(r);
      while (!err.empty() && err.back() == '\n') err.pop_back();
    }
    PQclear(r);
    Drain();
    if (!err.empty()) return Status::IoError("postgresql: " + err);
    return false;
  }
  std::string_view Text(int col) override {
    if (!row_ || PQgetisnull(row_, 0, col)) return {};
    return std::string_view(PQgetvalue(row_, 0, col), static_cast<size_t>(PQgetlength(row_, 0, col)));
  }
  int64_t Int(int col) override {
    std::string_view t = Text(col);
    if (t.empty()) return 0;
    return std::strtoll(std::string(t).c_str(), nullptr, 10);
  }
  double Double(int col) override {
    std::string_view t = Text(col);
    if (t.empty()) return 0;
    return std::strtod(std::string(t).c_str(), nullptr);
  }
  bool IsNull(int col) override { return !row_ || PQgetisnull(row_, 0, col); }
  std::string Blob(int col) override {
    std::string_view t = Text(col);
    if (t.size() < 2 || t[0] != '\\' || t[1] != 'x') return {};
    auto digit = [](char c) { return c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10; };
    std::string out;
    out.reserve((t.size() - 2) / 2);
    for (size_t i = 2; i + 1 < t.size(); i += 2) out.push_back(static_cast<char>(digit(t[i]) << 4 | digit(t[i + 1])));
    return out;
  }
  void Reset() override {
    Clear();
    if (running_) Drain();
  }

 private:
  void Set(int i, std::string v) {
    values_[i - 1] = std::move(v);
    is_null_[i - 1] = 0;
  }
  void Clear() {
    if (row_) PQclear(row_);
    row_ = nullptr;
  }
  // Consumes what is left of the current command so the connection is free.
  void Drain() {
    while (PGresult* r = PQgetResult(conn_)) PQclear(r);
    running_ = false;
  }

  PGconn* conn_;
  std::string name_;
  std::vector<std::string> values_;
  std::vector<char> is_null_;
  PGresult* row_ = nullptr;
  bool running_ = false;
};

void IgnoreNotice(void*, const char*) {}

class PgConnection : public Connection {
 public:
  explicit PgConnection(PGconn* conn) : conn_(conn) {
    PQsetNoticeProcessor(conn_, IgnoreNotice, nullptr);
  }
  ~PgConnection() override {
    statements_.clear();
    PQfinish(conn_);
  }
  Dialect dialect() const override { return Dialect::kPostgres; }

  Status Exec(const std::string& sql) override {
    PGresult* r = PQexec(conn_, sql.c_str());
    ExecStatusType st = PQresultStatus(r);
    Status s;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) s = Status::IoError(PgError(conn_));
    PQclear(r);
    return s;
  }

  Result<Statement*> Prepare(const std::string& sql) override {
    // '?' -> $n; dyad's SQL has no '?' inside string literals.
    std::string pg;
    int n = 0;
    for (char c : sql) {
      if (c == '?') {
        pg += '$';
        pg += std::to_string(++n);
      } else {
        pg += c;
      }
    }
    std::string name = "dyad_s" + std::to_string(statements_.size());
    PGresult* r = PQprepare(conn_, name.c_str(), pg.c_str(), n, nullptr);
    bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
    PQclear(r);
    if (!ok) return Status::Internal(PgError(conn_) + " in: " + pg);
    statements_.push_back(std::make_unique<PgStatement>(conn_, name, n));
    return statements_.back().get();
  }

 private:
  PGconn* conn_;
  std::vector<std::unique_ptr<PgStatement>> statements_;
};

}  // namespace

Result<std::unique_ptr<Connection>> OpenPostgres(const std::string& uri) {
  PGconn* conn = PQconnectdb(uri.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string msg = PgError(conn);
    PQfinish(conn);
    return Status::IoError("cannot connect to PostgreSQL: " + msg);
  }
  return std::unique_ptr<Connection>(std::make_unique<PgConnection>(conn));
}

}  // namespace dyad::store
