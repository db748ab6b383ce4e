// `dyad serve`: an HTTP server over an event store with a JSON API and the
// web dashboard (the static assets built from web/).
//
// The API (all answers are JSON; errors are {"error": "..."} with a 4xx/5xx
// status):
//   GET  /api/stats              documents, events, mentions; read-only or not
//   GET  /api/events             the filters of `dyad query`, paged by cursor
//   GET  /api/events/{id}        one event with all its mentions and evidence
//   GET  /api/series             as `dyad series`
//   GET  /api/actors             the most active actors, with event counts
//   GET  /api/dyads              the most active actor pairs, with counts
//   POST /api/code               a text or a document in, its coded events out
//   POST /api/ingest             documents into the store (needs the token)
// Every other path is a file of the asset folder (index.html for "/").
// POST /api/code and /api/ingest go through the run layer (dyad/run.h), as
// `dyad code` and `dyad ingest` do: the same documents give the same events
// and store rows. The server never prints: what its operator should see
// goes to ServerOptions::log.
//
// Ownership: a Server owns its store connections, its coder and its threads.
// Thread-safety: Start() and Stop() are called from one controlling thread;
// requests are answered on the server's own worker threads.
#ifndef DYAD_SERVE_H_
#define DYAD_SERVE_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "dyad/status.h"

namespace dyad::serve {

struct ServerOptions {
  std::string db = "dyad.sqlite";  // SQLite file or postgresql:// URI
  std::string bind = "127.0.0.1";
  int port = 8080;                 // 0: any free port (see Server::port())
  // POST /api/ingest needs "Authorization: Bearer <token>"; empty: the
  // server is read-only and ingest answers 403.
  std::string token;
  std::string assets_dir;  // the built dashboard; empty: API only
  std::string data_dir;    // dyad data directory (empty: the default)
  int threads = 64;        // connections served at once (one thread each)
  int store_connections = 4;
  size_t max_code_body = size_t{1} << 20;     // POST /api/code
  size_t max_ingest_body = size_t{32} << 20;  // POST /api/ingest
  size_t max_ingest_documents = 10000;
  // Bytes of request bodies read at once, over all connections; a request
  // beyond it is answered 503 before its body is read.
  size_t max_bodies_in_flight = size_t{128} << 20;
  // Answers of /api/series, /api/actors, /api/dyads and /api/stats kept
  // until the store changes; 0 turns the cache off.
  size_t cache_entries = 1024;
  // Computes the actor and dyad counts once at start, so that the
  // dashboard's first load does not wait for a scan of the store.
  bool warm_cache = true;
  // Receives what the operator should see (the library never prints): the
  // coder's load warnings, and failures on the server's side, which the
  // client only hears of as "internal error". Null: they are dropped. Called
  // from the server's threads, possibly at once.
  std::function<void(const std::string&)> log;
};

class Server {
 public:
  // Opens the store and loads the coder; does not listen yet.
  static Result<std::unique_ptr<Server>> Create(const ServerOptions& options);
  ~Server();

  // Binds the address and starts answering on background threads.
  Status Start();
  // The port bound by Start() (useful with port 0).
  int port() const;
  // Blocks until Stop() is called (from another thread or a signal handler
  // thread) or the listener fails.
  void Wait();
  void Stop();

  class Impl;

 private:
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// True when `given` equals `expected`; the time taken depends only on the
// length of `given`, not on where the two differ.
bool TokenMatches(const std::string& given, const std::string& expected);

}  // namespace dyad::serve

#endif  // DYAD_SERVE_H_
