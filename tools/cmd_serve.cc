// `dyad serve`: the JSON API and the web dashboard over an event store (the
// work is in the library, include/dyad/serve.h).
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "commands.h"
#include "dyad/pipeline.h"
#include "dyad/serve.h"

namespace dyad::cli {
namespace {

struct ServeOptions {
  std::string db = "dyad.sqlite";
  std::string bind = "127.0.0.1";
  int port = 8080;
  std::string token;
  std::string assets;
  std::string data_dir;
  int threads = 64;
  bool no_cache = false;
};

// The dashboard: build/web beside build/dyad in a build tree, else the web/
// folder of the installed data (P/share/dyad/web).
std::string DefaultAssets() {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return "";
  if (std::filesystem::path web = exe.parent_path() / "web"; std::filesystem::is_regular_file(web / "index.html", ec)) {
    return web.string();
  }
  const std::string data = DefaultDataDir();
  if (data.empty()) return "";
  const std::filesystem::path web = std::filesystem::path(data) / "web";
  return std::filesystem::is_regular_file(web / "index.html", ec) ? web.string() : "";
}

}  // namespace

void RegisterServe(CLI::App* app, int* rc) {
  auto* o = NewOptions<ServeOptions>();
  CLI::App* cmd = app->add_subcommand(
      "serve",
      "Serve the event store over HTTP: a JSON API (/api/events, /api/events/ID, /api/series, /api/actors,\n"
      "/api/dyads, /api/stats; POST /api/code to try the coder; POST /api/ingest with the token) and the web\n"
      "dashboard. Listens on 127.0.0.1 only unless --bind says otherwise. Without a token it is read-only.");
  cmd->add_option("--db", o->db, "Store: a SQLite file (default ./dyad.sqlite) or a postgresql:// URI");
  cmd->add_option("--port", o->port, "TCP port (default 8080; 0: any free port)")->check(CLI::Range(0, 65535));
  cmd->add_option("--bind", o->bind, "Address to listen on (default 127.0.0.1)");
  cmd->add_option("--token", o->token,
                  "Token that POST /api/ingest requires (Authorization: Bearer TOKEN); default $DYAD_TOKEN. "
                  "Prefer the variable: a command line is visible to other users");
  cmd->add_option("--assets", o->assets, "Dashboard folder (default: web/ beside the dyad binary)");
  cmd->add_option("--data", o->data_dir, "dyad data directory (default: share/dyad beside the binary, else $DYAD_DATA)");
  cmd->add_option("--threads", o->threads, "Connections served at once (default 64)")->check(CLI::Range(2, 1024));
  cmd->add_flag("--no-cache", o->no_cache, "Do not cache series and rankings between store changes");
  cmd->callback([o, rc] {
    if (!std::filesystem::exists(o->db) && !o->db.starts_with("postgres")) {
      std::fprintf(stderr, "dyad: no store at %s (create one with dyad ingest --db %s)\n", o->db.c_str(),
                   o->db.c_str());
      *rc = 1;
      return;
    }
    serve::ServerOptions so;
    so.db = o->db;
    so.bind = o->bind;
    so.port = o->port;
    so.token = o->token;
    if (so.token.empty()) {
      if (const char* t = std::getenv("DYAD_TOKEN")) so.token = t;
    }
    so.assets_dir = o->assets.empty() ? DefaultAssets() : o->assets;
    so.data_dir = o->data_dir;
    so.threads = o->threads;
    if (o->no_cache) so.cache_entries = 0;
    so.log = [](const std::string& message) {
      // Load warnings keep the coder's wording; failures name the server.
      std::fprintf(stderr, "%s%s\n", message.starts_with("warning: ") ? "dyad: " : "dyad serve: ", message.c_str());
    };
    // Signals are taken by sigwait below, not by whichever server thread
    // happens to run: block them before any thread starts.
    sigset_t stop_signals;
    sigemptyset(&stop_signals);
    sigaddset(&stop_signals, SIGINT);
    sigaddset(&stop_signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
    signal(SIGPIPE, SIG_IGN);
    auto server = serve::Server::Create(so);
    if (!server.ok()) {
      std::fprintf(stderr, "dyad: %s\n", server.status().ToString().c_str());
      *rc = 1;
      return;
    }
    if (Status s = (*server)->Start(); !s.ok()) {
      std::fprintf(stderr, "dyad: %s\n", s.ToString().c_str());
      *rc = 1;
      return;
    }
    const bool loopback = so.bind == "127.0.0.1" || so.bind == "::1" || so.bind == "localhost";
    // A PostgreSQL URI may hold a password: it is not printed.
    const std::string shown = so.db.starts_with("postgres") ? "the PostgreSQL store" : so.db;
    std::fprintf(stderr, "dyad: serving %s at http://%s:%d/ (%s%s)\n", shown.c_str(),
                 so.bind.find(':') != std::string::npos ? ("[" + so.bind + "]").c_str() : so.bind.c_str(),
                 (*server)->port(), so.token.empty() ? "read-only" : "ingest with the token",
                 so.assets_dir.empty() ? "; no dashboard: build web/ with npm" : "");
    if (!loopback) std::fprintf(stderr, "dyad: warning: listening beyond this machine (%s)\n", so.bind.c_str());
    // A short token can be guessed by trying: say so (it still works, for tests).
    constexpr size_t kShortToken = 16;
    if (!so.token.empty() && so.token.size() < kShortToken) {
      std::fprintf(stderr, "dyad: warning: the ingest token has %zu characters; use at least %zu (e.g. openssl rand -hex 16)\n",
                   so.token.size(), kShortToken);
    }
    std::fflush(stderr);
    int sig = 0;
    sigwait(&stop_signals, &sig);
    std::fprintf(stderr, "dyad: stopping\n");
    (*server)->Stop();
    *rc = 0;
  });
}

}  // namespace dyad::cli
