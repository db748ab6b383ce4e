// The HTTP server behind `dyad serve`: routes, handlers, the store connection
// pool and the answer cache. httplib is included here only, so that its
// compile cost stays in one file.
#include <httplib.h>
#include <arpa/inet.h>
#include <dirent.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iterator>
#include <optional>
#include <condition_variable>
#include <cstdio>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/json.h"
#include "dyad/coder.h"
#include "dyad/run.h"
#include "dyad/serve.h"
#include "dyad/store.h"
#include "serve/documents.h"
#include "serve/params.h"
#include "serve/static_files.h"

namespace dyad::serve {
namespace {

// How API documents are filtered: as `dyad code` and `dyad ingest` filter
// by default (duplicates within the request and other languages are left
// out); ParseDocuments has already read them.
ReadOptions ApiReadOptions() { return ReadOptions(); }

// Store connections shared by the worker threads: an EventStore is one
// connection and not thread-safe, so each request borrows one.
class StorePool {
 public:
  Status Open(const std::string& db, int n) {
    for (int i = 0; i < n; ++i) {
      Result<std::unique_ptr<EventStore>> s = EventStore::Open(db);
      if (!s.ok()) return s.status();
      free_.push_back(std::move(s).value());
    }
    return Status::Ok();
  }

  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<EventStore> s) : pool_(pool), store_(std::move(s)) {}
    Lease(Lease&&) = default;
    ~Lease() {
      if (store_) pool_->Return(std::move(store_));
    }
    EventStore* operator->() { return store_.get(); }

   private:
    StorePool* pool_;
    std::unique_ptr<EventStore> store_;
  };

  Lease Acquire() {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [this] { return !free_.empty(); });
    std::unique_ptr<EventStore> s = std::move(free_.back());
    free_.pop_back();
    return Lease(this, std::move(s));
  }

 private:
  void Return(std::unique_ptr<EventStore> s) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      free_.push_back(std::move(s));
    }
    cv_.notify_one();
  }

  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::unique_ptr<EventStore>> free_;
};

// Answers computed from the store, valid while its version is unchanged.
class AnswerCache {
 public:
  explicit AnswerCache(size_t capacity) : capacity_(capacity) {}

  bool Get(const std::string& key, int64_t version, std::string* body) {
    if (!capacity_) return false;
    std::lock_guard<std::mutex> lock(mu_);
    auto it = map_.find(key);
    if (it == map_.end() || it->second.first != version) return false;
    *body = it->second.second;
    return true;
  }

  void Put(const std::string& key, int64_t version, const std::string& body) {
    if (!capacity_) return;
    std::lock_guard<std::mutex> lock(mu_);
    // Forgetting everything when full keeps this simple; the entries are
    // cheap to recompute compared with a cache miss storm never happening.
    if (map_.size() >= capacity_) map_.clear();
    map_[key] = {version, body};
  }

 private:
  size_t capacity_;
  std::mutex mu_;
  std::unordered_map<std::string, std::pair<int64_t, std::string>> map_;
};

// Lets one thread at a time compute the answer for a key: the others wait
// and then find it in the cache, instead of all scanning the store at once
// (the dashboard's first requests arrive together, with the cache warm-up).
class SingleFlight {
 public:
  class Ticket {
   public:
    Ticket(SingleFlight* f, std::string key) : f_(f), key_(std::move(key)) {}
    ~Ticket() {
      {
        std::lock_guard<std::mutex> lock(f_->mu_);
        f_->keys_.erase(key_);
      }
      f_->cv_.notify_all();
    }

   private:
    SingleFlight* f_;
    std::string key_;
  };

  // Waits while another thread holds `key`, then holds it until the ticket
  // is destroyed.
  Ticket Enter(const std::string& key) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return !keys_.count(key); });
    keys_.insert(key);
    return Ticket(this, key);
  }

 private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::set<std::string> keys_;
};

void SendJson(httplib::Response& res, int status, std::string body) {
  res.status = status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(std::move(body), "application/json");
}

void SendError(httplib::Response& res, int status, std::string_view message) {
  std::string body = "{\"error\":";
  json::AppendString(&body, message);
  body += "}";
  SendJson(res, status, std::move(body));
}

// A failed library call as an HTTP error. Messages of server-side failures
// go to the log (ServerOptions::log), not to the client.
void SendStatusTo(httplib::Response& res, const Status& s, const std::function<void(const std::string&)>& log) {
  switch (s.code()) {
    case StatusCode::kInvalidArgument:
      SendError(res, 400, s.message());
      return;
    case StatusCode::kNotFound:
      SendError(res, 404, s.message());
      return;
    default:
      if (log) log(s.ToString());
      SendError(res, 500, "internal error (see the server log)");
  }
}

Params ToParams(const httplib::Request& req) { return Params(req.params.begin(), req.params.end()); }

// The request's query string in a fixed order: the cache key.
std::string CanonicalQuery(const httplib::Request& req) {
  std::string key = req.path;
  for (const auto& [k, v] : req.params) key.append("\x1f").append(k).append("=").append(v);
  return key;
}

// The name an actor code is counted under: its country (first three
// letters) or the whole code.
std::string_view Level(std::string_view code, bool country) {
  return country && code.size() > 3 ? code.substr(0, 3) : code;
}

const char* ReasonFor(int status) {
  switch (status) {
    case 400: return "bad request";
    case 401: return "unauthorized";
    case 403: return "forbidden";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 411: return "length required";
    case 413: return "request body too large";
    case 414: return "request URI too long";
    case 416: return "range not satisfiable";
    case 431: return "request headers too large";
    case 503: return "service unavailable";
    default: return status >= 500 ? "internal error" : "request refused";
  }
}

}  // namespace

bool TokenMatches(const std::string& given, const std::string& expected) {
  // Every byte of `given` is compared (against the expected byte or a zero
  // past its end) so that neither the first difference nor the expected
  // length shows in the time taken.
  volatile unsigned char diff = given.size() == expected.size() ? 0 : 1;
  for (size_t i = 0; i < given.size(); ++i) {
    const unsigned char e = i < expected.size() ? static_cast<unsigned char>(expected[i]) : 0;
    diff = diff | (static_cast<unsigned char>(given[i]) ^ e);
  }
  return diff == 0 && !expected.empty();
}

// What the API shows of a stored event: an input file by its name only. The
// folders of the machine that ingested it are not the clients' business.
StoredEvent Public(const StoredEvent& e) {
  StoredEvent p = e;
  for (StoredMention& m : p.mentions) m.source_file = std::filesystem::path(m.source_file).filename().string();
  return p;
}

// The bytes of request bodies being read at once, across all connections:
// each request reserves its Content-Length before its body is read and
// gives it back when its answer is written (or, should the body never
// arrive, when its worker thread takes its next request). A worker thread
// holds at most one reservation.
class BodyBudget {
 public:
  explicit BodyBudget(size_t total) : total_(total) {}
  bool Reserve(size_t n) {
    if (n == 0) return true;
    size_t used = used_.load();
    do {
      if (used + n > total_) return false;
    } while (!used_.compare_exchange_weak(used, used + n));
    held_ = n;
    return true;
  }
  void ReleaseThisThread() {
    if (held_ == 0) return;
    used_ -= held_;
    held_ = 0;
  }

 private:
  const size_t total_;
  std::atomic<size_t> used_{0};
  static inline thread_local size_t held_ = 0;
};

// Keeps slow clients (slowloris: headers sent a byte at a time, each byte
// resetting httplib's read timeout) from holding the worker threads. httplib
// gives no hook between accept() and the parsed headers, so a watchdog
// thread looks at the server's connected sockets (/proc/self/fd) every
// kScanInterval and shuts down (so that the worker's read ends):
//  - a connection still waiting for its request line and headers after
//    kHeaderDeadline (a total, however the bytes trickle in);
//  - beyond kMaxSlowPerClient connections of one client address that have
//    waited more than kSlowAfter: a browser opens about six, an attack
//    dozens. (Closing them soon matters: until then they hold workers that
//    other clients' requests wait for.)
// The server's handlers tell it when a request's headers are in
// (RequestStarted) and when its answer is out (RequestDone); connections are
// known by the client's address and port.
class ConnectionGuard {
 public:
  static constexpr auto kScanInterval = std::chrono::milliseconds(50);
  static constexpr auto kHeaderDeadline = std::chrono::seconds(10);
  static constexpr auto kSlowAfter = std::chrono::milliseconds(300);
  static constexpr size_t kMaxSlowPerClient = 8;

  ~ConnectionGuard() { Stop(); }

  void Start(int port) {
    port_ = port;
    thread_ = std::thread([this] {
      std::unique_lock<std::mutex> lock(mu_);
      while (!stop_) {
        cv_.wait_for(lock, kScanInterval);
        if (stop_) break;
        lock.unlock();
        std::vector<std::pair<std::string, int>> sockets = ServerSockets();
        lock.lock();
        Scan(sockets);
      }
    });
  }
  void Stop() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    if (thread_.joinable()) thread_.join();
  }
  void RequestStarted(const std::string& addr, int port) {
    std::lock_guard<std::mutex> lock(mu_);
    Conn& c = conns_[Key(addr, port)];
    c.busy = true;
  }
  // Sends `answer` (a whole HTTP response) on the connection and ends it,
  // so that its unread body is never read. httplib cannot do this: it keeps
  // a connection open after any answer unless the request asked otherwise,
  // and would parse the body as the next request line, of any length. False
  // when the connection is not found (then nothing was sent).
  bool AnswerAndClose(const std::string& addr, int port, const std::string& answer) {
    const std::string key = Key(addr, port);
    for (const auto& [k, fd] : ServerSockets()) {
      if (k != key) continue;
      for (size_t sent = 0; sent < answer.size();) {
        const ssize_t n = send(fd, answer.data() + sent, answer.size() - sent, MSG_NOSIGNAL);
        if (n <= 0) break;
        sent += static_cast<size_t>(n);
      }
      // httplib then finds the socket closed and writes nothing more.
      shutdown(fd, SHUT_RDWR);
      return true;
    }
    return false;
  }

  void RequestDone(const std::string& addr, int port) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = conns_.find(Key(addr, port));
    if (it == conns_.end()) return;
    it->second.busy = false;
    it->second.since = Clock::now();  // now waiting for the next request
  }

 private:
  using Clock = std::chrono::steady_clock;
  struct Conn {
    int fd = -1;
    Clock::time_point since = Clock::now();
    bool busy = false;
    bool seen = false;
  };

  static std::string Key(const std::string& addr, int port) { return addr + "|" + std::to_string(port); }

  // The client address of a connected socket (numeric, as httplib gives
  // it), or "" when `fd` is not a connection to this server's port.
  std::string Peer(int fd, int* peer_port) const {
    sockaddr_storage local{}, peer{};
    socklen_t n = sizeof local;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&local), &n) != 0) return "";
    int local_port = -1;
    if (local.ss_family == AF_INET) local_port = ntohs(reinterpret_cast<sockaddr_in*>(&local)->sin_port);
    if (local.ss_family == AF_INET6) local_port = ntohs(reinterpret_cast<sockaddr_in6*>(&local)->sin6_port);
    if (local_port != port_) return "";
    n = sizeof peer;
    if (getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &n) != 0) return "";  // the listening socket
    char host[INET6_ADDRSTRLEN] = "";
    if (peer.ss_family == AF_INET) {
      const auto* a = reinterpret_cast<sockaddr_in*>(&peer);
      inet_ntop(AF_INET, &a->sin_addr, host, sizeof host);
      *peer_port = ntohs(a->sin_port);
    } else if (peer.ss_family == AF_INET6) {
      const auto* a = reinterpret_cast<sockaddr_in6*>(&peer);
      inet_ntop(AF_INET6, &a->sin6_addr, host, sizeof host);
      *peer_port = ntohs(a->sin6_port);
    } else {
      return "";
    }
    return host;
  }

  // (key, fd) of every connection to the server's port.
  std::vector<std::pair<std::string, int>> ServerSockets() const {
    std::vector<std::pair<std::string, int>> out;
    DIR* d = opendir("/proc/self/fd");
    if (!d) return out;
    while (dirent* e = readdir(d)) {
      const int fd = std::atoi(e->d_name);
      if (fd <= 2) continue;
      struct stat st;
      if (fstat(fd, &st) != 0 || !S_ISSOCK(st.st_mode)) continue;
      int peer_port = -1;
      const std::string host = Peer(fd, &peer_port);
      if (!host.empty()) out.emplace_back(Key(host, peer_port), fd);
    }
    closedir(d);
    return out;
  }

  void Close(const std::string& key, int fd) {
    // The fd may have been closed and reused since the scan: only the same
    // connection is shut down.
    int peer_port = -1;
    const std::string host = Peer(fd, &peer_port);
    if (!host.empty() && Key(host, peer_port) == key) shutdown(fd, SHUT_RDWR);
  }

  void Scan(const std::vector<std::pair<std::string, int>>& sockets) {
    for (auto& [key, c] : conns_) c.seen = false;
    for (const auto& [key, fd] : sockets) {
      Conn& c = conns_[key];
      c.fd = fd;
      c.seen = true;
    }
    const Clock::time_point now = Clock::now();
    std::map<std::string, std::vector<std::pair<Clock::time_point, std::string>>> slow;  // by client
    for (auto it = conns_.begin(); it != conns_.end();) {
      Conn& c = it->second;
      if (!c.seen && !c.busy) {
        it = conns_.erase(it);
        continue;
      }
      if (c.seen && !c.busy) {
        if (now - c.since > kHeaderDeadline) {
          Close(it->first, c.fd);
        } else if (now - c.since > kSlowAfter) {
          slow[it->first.substr(0, it->first.rfind('|'))].emplace_back(c.since, it->first);
        }
      }
      ++it;
    }
    for (auto& [client, list] : slow) {
      if (list.size() <= kMaxSlowPerClient) continue;
      std::sort(list.begin(), list.end());
      for (size_t i = 0; i + kMaxSlowPerClient < list.size(); ++i) Close(list[i].second, conns_[list[i].second].fd);
    }
  }

  int port_ = -1;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;
  std::map<std::string, Conn> conns_;
  std::thread thread_;
};

class Server::Impl {
 public:
  explicit Impl(const ServerOptions& o) : options_(o), cache_(o.cache_entries) {}

  void SendStatus(httplib::Response& res, const Status& s) const { SendStatusTo(res, s, options_.log); }

  Status Init() {
    DYAD_RETURN_IF_ERROR(stores_.Open(options_.db, std::max(1, options_.store_connections)));
    CoderOptions co;
    co.pipeline.data_dir = options_.data_dir;
    Result<std::unique_ptr<Coder>> c = Coder::Create(co);
    if (!c.ok()) return c.status();
    if (options_.log) {
      for (const std::string& note : (*c)->load_notes()) options_.log(note);
    }
    coder_ = std::move(c).value();
    if (!options_.assets_dir.empty()) {
      Result<AssetDir> a = AssetDir::Open(options_.assets_dir);
      if (!a.ok()) return a.status();
      assets_ = std::move(a).value();
    }
    Routes();
    return Status::Ok();
  }

  Status Start() {
    const int threads = std::max(2, options_.threads);
    http_.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
    // Each keep-alive connection holds a worker; these let a busy client
    // (the dashboard, a load test) reuse its connections.
    http_.set_keep_alive_max_count(1000);
    http_.set_keep_alive_timeout(5);
    http_.set_read_timeout(10, 0);
    // Headers and body go out in separate writes: without this, Nagle's
    // algorithm and delayed ACKs add ~40 ms to every keep-alive answer.
    http_.set_tcp_nodelay(true);
    // httplib's default sets SO_REUSEPORT, with which a second server on the
    // same port starts without error and silently shares the connections.
    http_.set_socket_options([](socket_t sock) {
      int yes = 1;
      setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    http_.set_payload_max_length(std::max(options_.max_code_body, options_.max_ingest_body));
    int port = 0;
    if (options_.port == 0) {
      port = http_.bind_to_any_port(options_.bind);
    } else {
      port = http_.bind_to_port(options_.bind, options_.port) ? options_.port : -1;
    }
    if (port <= 0) {
      return Status::IoError("cannot listen on " + options_.bind + ":" + std::to_string(options_.port));
    }
    port_ = port;
    guard_.Start(port_);
    listener_ = std::thread([this] { http_.listen_after_bind(); });
    if (options_.warm_cache && options_.cache_entries) {
      warmer_ = std::thread([this] { WarmCache(); });
    }
    return Status::Ok();
  }

  int port() const { return port_; }

  void Wait() {
    if (listener_.joinable()) listener_.join();
  }

  void Stop() {
    stopping_ = true;
    http_.stop();
    if (listener_.joinable()) listener_.join();
    if (warmer_.joinable()) warmer_.join();
    guard_.Stop();
  }

 private:
  using Handler = void (Impl::*)(const httplib::Request&, httplib::Response&);

  // Checks a request's headers before its body is read: an ingest without
  // the token is refused at once (a client without it cannot make the
  // server read 32 MiB), a body must have one valid Content-Length within
  // the route's limit (no chunked bodies, whose sizes are only known while
  // reading), and all bodies being read at once share a budget. False when
  // the request was answered.
  bool AdmitBody(const httplib::Request& req, httplib::Response& res) {
    body_budget_.ReleaseThisThread();
    if (req.method == "POST" && req.path == "/api/ingest" && !MayIngest(req, res)) return false;
    if (req.has_header("Transfer-Encoding")) {
      SendError(res, 411, "a request body needs a Content-Length (chunked bodies are not accepted)");
      return false;
    }
    const auto range = req.headers.equal_range("Content-Length");
    if (range.first == range.second) return true;
    std::optional<uint64_t> length;
    for (auto it = range.first; it != range.second; ++it) {
      const std::string& v = it->second;
      uint64_t n = 0;
      const bool digits = !v.empty() && v.size() <= 19 &&
                          std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (digits) n = std::stoull(v);
      if (!digits || (length && *length != n)) {
        SendError(res, 400, "Content-Length must be one number of bytes");
        return false;
      }
      length = n;
    }
    // (Other routes take no body; they answer 404 or 405 for what they get,
    // within the largest limit.)
    const size_t limit = req.path == "/api/ingest" ? options_.max_ingest_body
                         : req.path == "/api/code"
                             ? options_.max_code_body
                             : std::max(options_.max_code_body, options_.max_ingest_body);
    if (*length > limit) {
      SendError(res, 413, "the body is larger than " + std::to_string(limit) + " bytes");
      return false;
    }
    if (!body_budget_.Reserve(*length)) {
      res.set_header("Retry-After", "1");
      SendError(res, 503, "too many request bodies in flight; try again");
      return false;
    }
    return true;
  }

  // Answers a request refused on its headers and closes its connection (see
  // ConnectionGuard::AnswerAndClose); when the connection cannot be found,
  // httplib answers and closes as the request asks.
  void AnswerAndClose(const httplib::Request& req, httplib::Response& res) {
    std::string answer = "HTTP/1.1 " + std::to_string(res.status) + " " + ReasonFor(res.status) + "\r\n";
    for (const auto& [name, value] : res.headers) {
      if (name != "Content-Length" && name != "Connection") answer += name + ": " + value + "\r\n";
    }
    answer += "Content-Length: " + std::to_string(res.body.size()) + "\r\nConnection: close\r\n\r\n" + res.body;
    res.set_header("Connection", "close");
    guard_.AnswerAndClose(req.remote_addr, req.remote_port, answer);
  }

  void Routes() {
    // A client that asks before sending its body (Expect: 100-continue, as
    // curl does for large ones) gets the refusal instead of the go-ahead.
    http_.set_expect_100_continue_handler([this](const httplib::Request& req, httplib::Response& res) {
      if (!AdmitBody(req, res)) {
        AnswerAndClose(req, res);
        return res.status;
      }
      return 100;
    });
    http_.set_post_routing_handler([this](const httplib::Request& req, httplib::Response&) {
      body_budget_.ReleaseThisThread();
      guard_.RequestDone(req.remote_addr, req.remote_port);
    });
    http_.set_error_handler([](const httplib::Request&, httplib::Response& res) {
      // httplib's own refusals (413, 400 on a bad request line...) come here
      // with an empty body: give them the API's error shape.
      if (res.body.empty()) {
        SendError(res, res.status, ReasonFor(res.status));
      }
    });
    http_.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
      SendError(res, 500, "internal error");
    });
    http_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      guard_.RequestStarted(req.remote_addr, req.remote_port);
      if (!AdmitBody(req, res)) {
        // The body is not read: the connection cannot carry another request.
        AnswerAndClose(req, res);
        return httplib::Server::HandlerResponse::Handled;
      }
      // httplib compresses answers itself, with brotli at its slowest level
      // when the client offers it (2.5 s for the 600 kB bundle); gzip costs
      // milliseconds. The request object is httplib's own, not const: only
      // the reference handed to us is.
      auto& headers = const_cast<httplib::Request&>(req).headers;
      auto it = headers.find("Accept-Encoding");
      if (it != headers.end() && it->second.find("br") != std::string::npos) {
        const bool gzip = it->second.find("gzip") != std::string::npos;
        headers.erase(it);
        if (gzip) headers.emplace("Accept-Encoding", "gzip");
      }
      return httplib::Server::HandlerResponse::Unhandled;
    });
    auto on = [this](Handler h) {
      return [this, h](const httplib::Request& req, httplib::Response& res) { (this->*h)(req, res); };
    };
    http_.Get("/api/stats", on(&Impl::GetStats));
    http_.Get("/api/events", on(&Impl::GetEvents));
    http_.Get(R"(/api/events/([^/]+))", on(&Impl::GetEvent));
    http_.Get("/api/series", on(&Impl::GetSeries));
    http_.Get("/api/actors", on(&Impl::GetActors));
    http_.Get("/api/dyads", on(&Impl::GetDyads));
    http_.Post("/api/code", on(&Impl::PostCode));
    http_.Post("/api/ingest", on(&Impl::PostIngest));
    // Whatever matched no route above: a known path with the wrong method
    // is 405 (with Allow), anything else under /api 404, and other GETs are
    // static files.
    auto fallback = [this](const httplib::Request& req, httplib::Response& res) { Fallback(req, res); };
    http_.Get(".*", fallback);
    http_.Post(".*", fallback);
    http_.Put(".*", fallback);
    http_.Delete(".*", fallback);
    http_.Patch(".*", fallback);
    http_.Options(".*", fallback);
  }

  void Fallback(const httplib::Request& req, httplib::Response& res) {
    static const std::map<std::string, const char*> kGet = {
        {"/api/stats", "GET"}, {"/api/events", "GET"}, {"/api/series", "GET"}, {"/api/actors", "GET"},
        {"/api/dyads", "GET"}, {"/api/code", "POST"},  {"/api/ingest", "POST"}};
    const bool api = req.path == "/api" || req.path.starts_with("/api/");
    const char* allow = nullptr;
    if (auto it = kGet.find(req.path); it != kGet.end()) allow = it->second;
    else if (req.path.starts_with("/api/events/")) allow = "GET";
    else if (!api) allow = "GET, HEAD";
    const bool get = req.method == "GET" || req.method == "HEAD";
    if (allow && !(get && std::string_view(allow).starts_with("GET"))) {
      res.set_header("Allow", allow);
      SendError(res, 405, std::string("method ") + req.method.substr(0, 16) + " not allowed here (allowed: " + allow + ")");
      return;
    }
    if (api) {
      SendError(res, 404, "no such API route: " + req.path.substr(0, 200));
      return;
    }
    ServeFile(req, res);
  }

  void ServeFile(const httplib::Request& req, httplib::Response& res) {
    std::string file;
    Status s = assets_.Resolve(req.path, &file);
    if (s.code() == StatusCode::kInvalidArgument) {
      SendError(res, 403, s.message());
      return;
    }
    if (!s.ok()) {
      SendError(res, 404, assets_.empty() ? "the dashboard is not installed (build web/ with npm); the API is at /api"
                                          : "no such file");
      return;
    }
    std::ifstream in(file, std::ios::binary);
    std::ostringstream body;
    body << in.rdbuf();
    if (!in.good() && !in.eof()) {
      SendError(res, 500, "cannot read the file");
      return;
    }
    // The bundle's file names do not change with its content: revalidate.
    res.set_header("Cache-Control", "no-cache");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_content(body.str(), ContentTypeFor(file));
  }

  // The cached answer for this request, or the one `compute` makes (then
  // cached when it succeeds).
  template <typename Compute>
  void Cached(const httplib::Request& req, httplib::Response& res, StorePool::Lease& store, Compute compute) {
    Result<int64_t> version = store->Version();
    if (!version.ok()) return SendStatus(res, version.status());
    const std::string key = CanonicalQuery(req);
    std::string body;
    if (cache_.Get(key, *version, &body)) return SendJson(res, 200, std::move(body));
    SingleFlight::Ticket ticket = flights_.Enter(key);
    if (cache_.Get(key, *version, &body)) return SendJson(res, 200, std::move(body));
    Status s = compute(&body);
    if (!s.ok()) return SendStatus(res, s);
    cache_.Put(key, *version, body);
    SendJson(res, 200, std::move(body));
  }

  void GetStats(const httplib::Request& req, httplib::Response& res) {
    if (!req.params.empty()) return SendError(res, 400, "/api/stats takes no parameters");
    auto store = stores_.Acquire();
    Cached(req, res, store, [&](std::string* body) -> Status {
      Result<StoreStats> st = store->Stats();
      if (!st.ok()) return st.status();
      *body = "{\"documents\":" + std::to_string(st->documents) + ",\"events\":" + std::to_string(st->events) +
              ",\"mentions\":" + std::to_string(st->mentions) + ",\"backend\":\"" + store->backend() +
              "\",\"read_only\":" + (options_.token.empty() ? "true" : "false") + "}";
      return Status::Ok();
    });
  }

  void GetEvents(const httplib::Request& req, httplib::Response& res) {
    EventsRequest er;
    Status s = ParseEventsRequest(ToParams(req), &er);
    if (!s.ok()) return SendStatus(res, s);
    std::string body = "{\"events\":[";
    int64_t n = 0;
    std::string last_date;
    int64_t last_id = 0;
    {
      auto store = stores_.Acquire();
      s = store->Query(er.filter, er.with_mentions, [&](const StoredEvent& e) {
        if (n++) body.push_back(',');
        AppendStoredEventJson(Public(e), &body);
        if (!er.with_mentions) {
          // The store's JSON always lists mentions; without them asked
          // for, say so rather than show an empty list.
          const size_t p = body.rfind(",\"mentions\":[]");
          if (p != std::string::npos) body.replace(p, std::string::npos, "}");
        }
        while (!body.empty() && body.back() == '\n') body.pop_back();
        last_date = e.date.empty() ? kUndatedCursor : e.date;
        last_id = e.id;
        return true;
      });
    }
    if (!s.ok()) return SendStatus(res, s);
    // The page's size, and how many events the filters match in all.
    Result<int64_t> total = stores_.Acquire()->Count(er.filter);
    if (!total.ok()) return SendStatus(res, total.status());
    body += "],\"count\":" + std::to_string(n) + ",\"total\":" + std::to_string(*total) + ",\"next\":";
    if (n == er.filter.limit) {
      json::AppendString(&body, last_date + "," + std::to_string(last_id));
    } else {
      body += "null";
    }
    body += "}";
    SendJson(res, 200, std::move(body));
  }

  void GetEvent(const httplib::Request& req, httplib::Response& res) {
    int64_t id = 0;
    if (!req.params.empty()) return SendError(res, 400, "/api/events/{id} takes no parameters");
    if (!ParseEventId(req.matches[1].str(), &id)) return SendError(res, 400, "an event id is a positive number");
    StoredEvent e;
    Status s;
    {
      auto store = stores_.Acquire();
      s = store->GetEvent(id, &e);
    }
    if (!s.ok()) return SendStatus(res, s);
    std::string body;
    AppendStoredEventJson(Public(e), &body);
    while (!body.empty() && body.back() == '\n') body.pop_back();
    SendJson(res, 200, std::move(body));
  }

  void GetSeries(const httplib::Request& req, httplib::Response& res) {
    SeriesRequest sr;
    Status s = ParseSeriesRequest(ToParams(req), &sr);
    if (!s.ok()) return SendStatus(res, s);
    auto store = stores_.Acquire();
    Cached(req, res, store, [&](std::string* body) -> Status {
      Result<std::vector<SeriesRow>> rows = store->Series(sr.filter, sr.by);
      if (!rows.ok()) return rows.status();
      if (static_cast<int64_t>(rows->size()) > kMaxSeriesPeriods) {
        return Status::InvalidArgument("the series has more than " + std::to_string(kMaxSeriesPeriods) +
                                       " periods: give from and to, or count by a longer period");
      }
      body->reserve(64 + rows->size() * 160);
      *body = "{\"dyad\":[";
      json::AppendString(body, sr.filter.dyad_a);
      body->push_back(',');
      json::AppendString(body, sr.filter.dyad_b);
      *body += "],\"directed\":";
      *body += sr.filter.directed ? "true" : "false";
      *body += ",\"by\":\"" + sr.by_name + "\",\"rows\":[";
      for (size_t i = 0; i < rows->size(); ++i) {
        if (i) body->push_back(',');
        AppendSeriesRow((*rows)[i], /*json=*/true, body);
      }
      *body += "]}";
      return Status::Ok();
    });
  }

  // Events per (source, target) pair for the range of `tr`; the same scan
  // serves the actor and the dyad rankings, so it is cached on its own.
  Status PairCounts(StorePool::Lease& store, const TopRequest& tr, std::vector<DyadCount>* out) {
    Result<int64_t> version = store->Version();
    if (!version.ok()) return version.status();
    const std::string key = tr.filter.from + "|" + tr.filter.to;
    auto cached = [&] {
      std::lock_guard<std::mutex> lock(pairs_mu_);
      auto it = pairs_.find(key);
      if (it == pairs_.end() || it->second.first != *version) return false;
      *out = it->second.second;
      return true;
    };
    if (cached()) return Status::Ok();
    SingleFlight::Ticket ticket = flights_.Enter("pairs|" + key);
    if (cached()) return Status::Ok();
    Result<std::vector<DyadCount>> counts = store->DyadCounts(tr.filter);
    if (!counts.ok()) return counts.status();
    std::lock_guard<std::mutex> lock(pairs_mu_);
    if (pairs_.size() >= 16) pairs_.clear();
    pairs_[key] = {*version, *counts};
    *out = std::move(counts).value();
    return Status::Ok();
  }

  // /api/actors and /api/dyads: both rank the store's per-pair counts; only
  // how they sum and write them differs.
  using PairsRenderer = std::function<void(const TopRequest&, const std::vector<DyadCount>&, std::string*)>;
  void RankPairs(const httplib::Request& req, httplib::Response& res, const PairsRenderer& render) {
    TopRequest tr;
    Status s = ParseTopRequest(ToParams(req), &tr);
    if (!s.ok()) return SendStatus(res, s);
    auto store = stores_.Acquire();
    Cached(req, res, store, [&](std::string* body) -> Status {
      std::vector<DyadCount> pairs;
      DYAD_RETURN_IF_ERROR(PairCounts(store, tr, &pairs));
      render(tr, pairs, body);
      return Status::Ok();
    });
  }

  void GetActors(const httplib::Request& req, httplib::Response& res) {
    RankPairs(req, res, [](const TopRequest& tr, const std::vector<DyadCount>& pairs, std::string* body) {
      // An event counts once for each actor it involves (once when both
      // sides fall under the same name).
      std::unordered_map<std::string, int64_t> counts;
      for (const DyadCount& p : pairs) {
        std::string_view a = Level(p.source, tr.country), b = Level(p.target, tr.country);
        counts[std::string(a)] += p.events;
        if (a != b) counts[std::string(b)] += p.events;
      }
      std::vector<std::pair<std::string, int64_t>> top(counts.begin(), counts.end());
      std::sort(top.begin(), top.end(), [](const auto& x, const auto& y) {
        return x.second != y.second ? x.second > y.second : x.first < y.first;
      });
      if (static_cast<int64_t>(top.size()) > tr.limit) top.resize(static_cast<size_t>(tr.limit));
      *body = "{\"actors\":[";
      for (size_t i = 0; i < top.size(); ++i) {
        if (i) body->push_back(',');
        *body += "{\"code\":";
        json::AppendString(body, top[i].first);
        *body += ",\"events\":" + std::to_string(top[i].second) + "}";
      }
      *body += "]}";
    });
  }

  void GetDyads(const httplib::Request& req, httplib::Response& res) {
    RankPairs(req, res, [](const TopRequest& tr, const std::vector<DyadCount>& pairs, std::string* body) {
      // Undirected pairs (a < b), each direction counted; events within one
      // actor (CHNGOV -> CHNMIL at country level) are not a dyad.
      struct Both {
        int64_t ab = 0, ba = 0;
      };
      std::map<std::pair<std::string, std::string>, Both> counts;
      for (const DyadCount& p : pairs) {
        std::string a(Level(p.source, tr.country)), b(Level(p.target, tr.country));
        if (a == b) continue;
        if (a < b) counts[{a, b}].ab += p.events;
        else counts[{b, a}].ba += p.events;
      }
      std::vector<std::pair<const std::pair<std::string, std::string>*, Both>> top;
      top.reserve(counts.size());
      for (const auto& [k, v] : counts) top.push_back({&k, v});
      std::sort(top.begin(), top.end(), [](const auto& x, const auto& y) {
        const int64_t tx = x.second.ab + x.second.ba, ty = y.second.ab + y.second.ba;
        return tx != ty ? tx > ty : *x.first < *y.first;
      });
      if (static_cast<int64_t>(top.size()) > tr.limit) top.resize(static_cast<size_t>(tr.limit));
      *body = "{\"dyads\":[";
      for (size_t i = 0; i < top.size(); ++i) {
        if (i) body->push_back(',');
        *body += "{\"a\":";
        json::AppendString(body, top[i].first->first);
        *body += ",\"b\":";
        json::AppendString(body, top[i].first->second);
        *body += ",\"events\":" + std::to_string(top[i].second.ab + top[i].second.ba) +
                 ",\"a_to_b\":" + std::to_string(top[i].second.ab) + ",\"b_to_a\":" + std::to_string(top[i].second.ba) +
                 "}";
      }
      *body += "]}";
    });
  }

  void PostCode(const httplib::Request& req, httplib::Response& res) {
    if (req.body.size() > options_.max_code_body) {
      return SendError(res, 413, "the body is larger than " + std::to_string(options_.max_code_body) + " bytes");
    }
    std::vector<Document> docs;
    Status s = ParseDocuments(req.body, req.get_header_value("Content-Type"), 1, &docs);
    if (!s.ok()) return SendStatus(res, s);
    // The run layer's path, as `dyad code` takes: the language filter
    // applies (a document in another language gets no events, and says why).
    Corpus corpus(ApiReadOptions());
    size_t sentences = 0;
    std::string events;
    CodeDocuments(*coder_, RunInput{{}, std::move(docs)}, RunOptions(), &corpus,
                  [&](size_t, const Document& d, const CodedDocument& coded) {
                    sentences = coded.analysis.sentences.size();
                    for (const Event& e : coded.events) {
                      if (!events.empty()) events.push_back(',');
                      AppendEventJson(d, coded, e, &events);
                      while (!events.empty() && events.back() == '\n') events.pop_back();
                    }
                  },
                  nullptr);
    std::string body = "{\"sentences\":" + std::to_string(sentences) + ",\"events\":[" + events + "]";
    if (corpus.coded() + corpus.empty() == 0 && !corpus.report().problems.empty()) {
      body += ",\"skipped\":";
      json::AppendString(&body, corpus.report().problems.back().reason);
    }
    body += "}";
    SendJson(res, 200, std::move(body));
  }

  // Refuses (and answers) an ingest request that may not write: false when
  // it was refused. Runs on the headers alone, before any body is read.
  bool MayIngest(const httplib::Request& req, httplib::Response& res) const {
    if (options_.token.empty()) {
      SendError(res, 403, "this server is read-only (start it with --token or DYAD_TOKEN to allow ingest)");
      return false;
    }
    // The header is read from the map, not with get_header_value, which
    // goes through a C string and would cut "TOKEN\0junk" down to "TOKEN".
    // One Authorization header, of printable characters only.
    const auto range = req.headers.equal_range("Authorization");
    const bool one = range.first != range.second && std::next(range.first) == range.second;
    const std::string_view auth = one ? std::string_view(range.first->second) : std::string_view();
    const bool printable = std::all_of(auth.begin(), auth.end(), [](char c) {
      return static_cast<unsigned char>(c) >= 0x20 && c != 0x7f;
    });
    const std::string_view kBearer = "Bearer ";
    if (!one || !printable || !auth.starts_with(kBearer) ||
        !TokenMatches(std::string(auth.substr(kBearer.size())), options_.token)) {
      res.set_header("WWW-Authenticate", "Bearer");
      SendError(res, 401, "a valid token is required: Authorization: Bearer <token>");
      return false;
    }
    return true;
  }

  void PostIngest(const httplib::Request& req, httplib::Response& res) {
    if (!MayIngest(req, res)) return;
    if (req.body.size() > options_.max_ingest_body) {
      return SendError(res, 413, "the body is larger than " + std::to_string(options_.max_ingest_body) + " bytes");
    }
    std::vector<Document> docs;
    Status s = ParseDocuments(req.body, req.get_header_value("Content-Type"), options_.max_ingest_documents, &docs);
    if (!s.ok()) return SendStatus(res, s);
    // The run layer's ingest, as `dyad ingest` does it (duplicates and
    // other languages filtered, documents already stored skipped), with the
    // whole request in one transaction. Coding needs no store connection:
    // one is borrowed, and one writer admitted, only for the write.
    const size_t received = docs.size();
    Corpus corpus(ApiReadOptions());
    IngestOptions io;
    io.run.batch_size = received;
    AddCounts counts;
    s = IngestDocuments(
        *coder_,
        [this](const std::vector<StoreDocument>& batch, AddCounts* c) {
          // One writer at a time: SQLite would serialise them anyway, and a
          // reader waiting for a connection is better than one busy-waiting.
          std::lock_guard<std::mutex> lock(ingest_mu_);
          auto store = stores_.Acquire();
          return store->Add(batch, c);
        },
        [this](const std::vector<std::string>& keys, std::vector<SkippedDocument>* found) {
          // Documents stored already are found before they are coded.
          auto store = stores_.Acquire();
          return store->FindDocuments(keys, found);
        },
        RunInput{{}, std::move(docs)}, io, &corpus, &counts);
    const uint64_t events = corpus.events();
    if (!s.ok()) return SendStatus(res, s);
    SendJson(res, 200,
             "{\"documents\":" + std::to_string(received) + ",\"events_coded\":" + std::to_string(events) +
                 ",\"documents_added\":" + std::to_string(counts.documents_added) +
                 ",\"documents_skipped\":" + std::to_string(counts.documents_skipped) +
                 ",\"events_added\":" + std::to_string(counts.events_added) +
                 ",\"mentions_added\":" + std::to_string(counts.mentions_added) +
                 ",\"duplicates\":" + std::to_string(corpus.report().duplicates) +
                 ",\"skipped_language\":" + std::to_string(corpus.report().skipped_language) + "}");
  }

  void WarmCache() {
    // The dashboard's first requests: the counts in its header, the actor
    // list and the network (the last two share one scan of the store).
    for (const std::string path : {"/api/stats", "/api/actors", "/api/dyads"}) {
      if (stopping_) return;
      httplib::Request req;
      req.path = path;
      httplib::Response res;
      if (path == "/api/stats") {
        GetStats(req, res);
      } else if (path == "/api/actors") {
        req.params.emplace("limit", "200");
        GetActors(req, res);
      } else {
        req.params.emplace("limit", "60");
        GetDyads(req, res);
      }
    }
  }

  ServerOptions options_;
  StorePool stores_;
  AnswerCache cache_;
  SingleFlight flights_;
  std::unique_ptr<Coder> coder_;
  AssetDir assets_;
  httplib::Server http_;
  std::thread listener_, warmer_;
  BodyBudget body_budget_{options_.max_bodies_in_flight};
  ConnectionGuard guard_;
  std::atomic<bool> stopping_{false};
  int port_ = 0;
  std::mutex pairs_mu_;
  std::map<std::string, std::pair<int64_t, std::vector<DyadCount>>> pairs_;
  std::mutex ingest_mu_;
};

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() {
  if (impl_) impl_->Stop();
}

Result<std::unique_ptr<Server>> Server::Create(const ServerOptions& options) {
  auto impl = std::make_unique<Impl>(options);
  DYAD_RETURN_IF_ERROR(impl->Init());
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Status Server::Start() { return impl_->Start(); }
int Server::port() const { return impl_->port(); }
void Server::Wait() { impl_->Wait(); }
void Server::Stop() { impl_->Stop(); }

}  // namespace dyad::serve
