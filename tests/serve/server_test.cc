// dyad serve against a real server on a loopback port: every API route on a
// store of hand-made events (expectations come from the store itself or from
// the events put in), bad input of every kind, the token, static files and
// path traversal, and the answer cache across store changes.
#include "dyad/serve.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <simdjson.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <string>
#include <thread>
#include <type_traits>
#include <vector>

#include "core/json.h"
#include "serve/documents.h"
#include "store/test_util.h"
#include "test_util.h"

namespace dyad::serve {
namespace {

using testing_store::Codes;
using testing_store::MakeDoc;
using testing_store::MakeEvent;
using testing_store::TempDir;

// A response body read with simdjson's DOM API. The DOM lives in its
// parser, so every value shares its document's parser. A missing member or
// a wrong type reads as null, so that an assertion on it fails instead of
// throwing.
class Json {
 public:
  Json() = default;
  static Json Parse(const std::string& text) {
    Json j;
    j.parser_ = std::make_shared<simdjson::dom::parser>();
    j.ok_ = !j.parser_->parse(text).get(j.element_);
    return j;
  }

  Json operator[](const char* key) const {
    simdjson::dom::element e;
    if (!ok_ || element_[key].get(e)) return {};
    return Json(parser_, e);
  }
  Json operator[](const std::string& key) const { return (*this)[key.c_str()]; }
  Json operator[](size_t i) const {
    simdjson::dom::element e;
    if (!ok_ || element_.at(i).get(e)) return {};
    return Json(parser_, e);
  }
  Json operator[](int i) const { return (*this)[static_cast<size_t>(i)]; }

  bool is_null() const { return !ok_ || element_.is_null(); }
  bool is_array() const { return ok_ && element_.is_array(); }
  bool is_object() const { return ok_ && element_.is_object(); }
  bool is_string() const { return ok_ && element_.is_string(); }
  bool contains(const char* key) const {
    simdjson::dom::element e;
    return is_object() && !element_[key].get(e);
  }
  // Elements of an array or members of an object.
  size_t size() const {
    if (is_array()) return simdjson::dom::array(element_).size();
    if (is_object()) return simdjson::dom::object(element_).size();
    return 0;
  }
  bool empty() const { return size() == 0; }
  std::vector<Json> Elements() const {
    std::vector<Json> out;
    if (is_array()) {
      for (simdjson::dom::element e : simdjson::dom::array(element_)) out.push_back(Json(parser_, e));
    }
    return out;
  }

  template <typename T>
  T get() const {
    if constexpr (std::is_same_v<T, std::string>) {
      std::string_view v;
      return ok_ && !element_.get_string().get(v) ? std::string(v) : std::string();
    } else if constexpr (std::is_same_v<T, bool>) {
      bool v = false;
      return ok_ && !element_.get_bool().get(v) && v;
    } else if constexpr (std::is_floating_point_v<T>) {
      double v = 0;
      return ok_ && !element_.get_double().get(v) ? static_cast<T>(v) : T(-1e300);
    } else {
      int64_t v = 0;
      return ok_ && !element_.get_int64().get(v) ? static_cast<T>(v) : std::numeric_limits<T>::min();
    }
  }

  std::string dump() const { return ok_ ? simdjson::minify(element_) : std::string("<none>"); }

  friend bool operator==(const Json& a, const Json& b) { return a.ok_ && b.ok_ && a.dump() == b.dump(); }
  friend bool operator==(const Json& j, const std::string& v) { return j.is_string() && j.get<std::string>() == v; }
  friend bool operator==(const Json& j, const char* v) { return j == std::string(v); }
  template <typename T>
    requires std::is_arithmetic_v<T>
  friend bool operator==(const Json& j, T v) {
    if (!j.ok_) return false;
    if constexpr (std::is_same_v<T, bool>) {
      return j.element_.is_bool() && j.get<bool>() == v;
    } else if constexpr (std::is_floating_point_v<T>) {
      return j.element_.is_number() && j.get<double>() == v;
    } else {
      int64_t got = 0;
      return !j.element_.get_int64().get(got) && got == static_cast<int64_t>(v);
    }
  }
  friend std::ostream& operator<<(std::ostream& os, const Json& j) { return os << j.dump(); }

 private:
  Json(std::shared_ptr<simdjson::dom::parser> parser, simdjson::dom::element e)
      : parser_(std::move(parser)), element_(e), ok_(true) {}

  std::shared_ptr<simdjson::dom::parser> parser_;
  simdjson::dom::element element_;
  bool ok_ = false;
};

// {"text": TEXT} as a request body.
std::string TextBody(const std::string& text) {
  std::string body = "{\"text\": ";
  json::AppendString(&body, text);
  return body + "}";
}

constexpr const char* kToken = "s3cret-Token_for-tests";
constexpr const char* kSecret = "this file is outside the asset folder";

// Sends `request` as it is (no client normalises it) and returns the raw
// response; the server closes the connection after it.
std::string RawRequest(int port, const std::string& request) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return "";
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::string out;
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
    for (size_t sent = 0; sent < request.size();) {
      ssize_t n = write(fd, request.data() + sent, request.size() - sent);
      if (n <= 0) break;
      sent += static_cast<size_t>(n);
    }
    char buf[4096];
    for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;) out.append(buf, static_cast<size_t>(n));
  }
  close(fd);
  return out;
}

int RawStatus(const std::string& response) {
  if (response.size() < 12 || !response.starts_with("HTTP/1.")) return -1;
  return std::stoi(response.substr(9, 3));
}

class ServeTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    db_ = dir_->File("t.sqlite");
    // The events: CHN<->RUS in two months, CHN->USA once, a CHNGOV->CHNMIL
    // event (one country at country level), and a repeated report.
    static Codes codes;
    std::vector<StoreDocument> docs = {
        MakeDoc("a", "https://news.example/a", {MakeEvent("2020-01-05", "CHN", "RUS", &codes.praise),
                                                MakeEvent("2020-01-07", "RUSGOV", "CHN", &codes.accuse, 2)}),
        MakeDoc("b", "https://wire.example/b", {MakeEvent("2020-01-05", "CHN", "RUS", &codes.praise)}),
        MakeDoc("c", "https://news.example/c", {MakeEvent("2020-03-02", "CHNMIL", "RUS", &codes.attack),
                                                MakeEvent("2020-03-03", "CHN", "USA", &codes.aid, 3),
                                                MakeEvent("2020-03-04", "CHNGOV", "CHNMIL", &codes.intent, 4)}),
        MakeDoc("d", "https://news.example/d", {MakeEvent("2020-03-09", "RUS", "CHN", &codes.aid)}),
    };
    // Stored with the absolute path an ingest keeps (see
    // MentionsShowFileNamesNotServerPaths).
    for (StoreDocument& d : docs) d.doc.source = "/srv/private/feeds/" + d.doc.source;
    {
      auto store = EventStore::Open(db_);
      ASSERT_TRUE(store.ok()) << store.status().ToString();
      AddCounts counts;
      ASSERT_TRUE((*store)->Add(docs, &counts).ok());
    }
    // Assets: two files, a folder, and a link that points out of it.
    const std::string assets = dir_->File("assets");
    std::filesystem::create_directories(assets + "/sub");
    std::ofstream(assets + "/index.html") << "<!doctype html><title>dashboard</title>";
    std::ofstream(assets + "/app.js") << "console.log('dashboard');";
    std::ofstream(dir_->File("secret.txt")) << kSecret;
    std::filesystem::create_symlink(dir_->File("secret.txt"), assets + "/link-out.txt");
    std::filesystem::create_directory_symlink(dir_->path(), assets + "/sub/up");

    ServerOptions o;
    o.db = db_;
    o.port = 0;
    o.token = kToken;
    o.assets_dir = assets;
    o.data_dir = testing_util::DataDir();
    o.threads = 16;
    o.max_ingest_body = 2 << 20;
    auto s = Server::Create(o);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    server_ = std::move(s).value().release();
    ASSERT_TRUE(server_->Start().ok());
  }

  static void TearDownTestSuite() {
    if (server_) server_->Stop();
    delete server_;
    server_ = nullptr;
    delete dir_;
  }

  void SetUp() override {
    if (!server_) GTEST_SKIP() << "the server did not start";
  }

  static httplib::Client Client() {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_read_timeout(30, 0);
    return c;
  }

  // GET `path`; the body parsed as JSON (null when it is not JSON).
  static Json Get(const std::string& path, int* status) {
    auto res = Client().Get(path.c_str());
    if (!res) {
      *status = -1;
      return Json();
    }
    *status = res->status;
    EXPECT_EQ(res->get_header_value("Content-Type"), "application/json") << path;
    return Json::Parse(res->body);
  }

  static Json GetOk(const std::string& path) {
    int status = 0;
    Json j = Get(path, &status);
    EXPECT_EQ(status, 200) << path << ": " << j.dump();
    return j;
  }

  static std::vector<StoredEvent> StoreEvents(const EventFilter& f) {
    auto store = EventStore::Open(db_);
    std::vector<StoredEvent> out;
    EXPECT_TRUE((*store)->Query(f, false, [&](const StoredEvent& e) {
      out.push_back(e);
      return true;
    }).ok());
    return out;
  }

  static TempDir* dir_;
  static std::string db_;
  static Server* server_;
};

TempDir* ServeTest::dir_ = nullptr;
std::string ServeTest::db_;
Server* ServeTest::server_ = nullptr;

TEST_F(ServeTest, StatsAgreeWithTheStore) {
  Json j = GetOk("/api/stats");
  auto store = EventStore::Open(db_);
  auto st = (*store)->Stats();
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(j["events"], st->events);
  EXPECT_EQ(j["documents"], st->documents);
  EXPECT_EQ(j["mentions"], st->mentions);
  EXPECT_EQ(j["read_only"], false);
}

TEST_F(ServeTest, EventsFollowTheFiltersOfQuery) {
  struct Case {
    std::string query;
    EventFilter filter;
  };
  auto f = [](auto fill) {
    EventFilter x;
    fill(&x);
    return x;
  };
  const std::vector<Case> cases = {
      {"", {}},
      {"dyad=CHN,RUS", f([](EventFilter* x) { x->dyad_a = "CHN"; x->dyad_b = "RUS"; })},
      {"dyad=CHN,RUS&directed=1",
       f([](EventFilter* x) { x->dyad_a = "CHN"; x->dyad_b = "RUS"; x->directed = true; })},
      {"source=CHN", f([](EventFilter* x) { x->source = "CHN"; })},
      {"target=RUS&quad=4", f([](EventFilter* x) { x->target = "RUS"; x->quad_class = 4; })},
      {"code=07*", f([](EventFilter* x) { x->code = "07*"; })},
      {"root=11", f([](EventFilter* x) { x->root = "11"; })},
      {"from=2020-03-01&to=2020-03-04", f([](EventFilter* x) { x->from = "2020-03-01"; x->to = "2020-03-04"; })},
  };
  for (const Case& c : cases) {
    Json j = GetOk("/api/events?" + c.query);
    std::vector<StoredEvent> want = StoreEvents(c.filter);
    ASSERT_TRUE(j["events"].is_array()) << c.query;
    ASSERT_EQ(j["events"].size(), want.size()) << c.query;
    for (size_t i = 0; i < want.size(); ++i) {
      EXPECT_EQ(j["events"][i]["id"], want[i].id) << c.query;
      EXPECT_EQ(j["events"][i]["source"], want[i].source) << c.query;
      EXPECT_FALSE(j["events"][i].contains("mentions")) << c.query << ": mentions were not asked for";
    }
    EXPECT_TRUE(j["next"].is_null()) << c.query;
  }
  // The filters really filter: the cases do not all return everything.
  EXPECT_LT(StoreEvents(cases[1].filter).size(), StoreEvents(cases[0].filter).size());
  EXPECT_LT(StoreEvents(cases[2].filter).size(), StoreEvents(cases[1].filter).size());
}

TEST_F(ServeTest, EventsWithMentionsCarryTheEvidence) {
  Json j = GetOk("/api/events?dyad=CHN,RUS&mentions=1");
  ASSERT_FALSE(j["events"].empty());
  for (const Json& e : j["events"].Elements()) {
    ASSERT_TRUE(e["mentions"].is_array());
    EXPECT_EQ(e["mentions"].size(), e["num_mentions"].get<size_t>());
    for (const Json& m : e["mentions"].Elements()) {
      EXPECT_NE(m["evidence"]["sentence"].get<std::string>().find("Sentence"), std::string::npos);
      EXPECT_EQ(m["source_text"], e["source"].get<std::string>() + " text");
    }
  }
}

TEST_F(ServeTest, PagesChainByCursorWithoutGapsOrRepeats) {
  const std::vector<StoredEvent> all = StoreEvents({});
  ASSERT_GE(all.size(), 5u);
  for (int limit : {1, 2, 3}) {
    std::vector<int64_t> ids;
    std::string next;
    int pages = 0;
    do {
      std::string path = "/api/events?limit=" + std::to_string(limit);
      if (!next.empty()) path += "&after=" + next;
      Json j = GetOk(path);
      ASSERT_LE(j["events"].size(), static_cast<size_t>(limit));
      for (const Json& e : j["events"].Elements()) ids.push_back(e["id"].get<int64_t>());
      next = j["next"].is_null() ? "" : j["next"].get<std::string>();
      ASSERT_LT(++pages, 100);
    } while (!next.empty());
    ASSERT_EQ(ids.size(), all.size()) << "limit " << limit;
    for (size_t i = 0; i < all.size(); ++i) EXPECT_EQ(ids[i], all[i].id) << "limit " << limit;
  }
}

TEST_F(ServeTest, OneEventWithAllItsMentions) {
  // The event reported by two documents.
  EventFilter f;
  f.dyad_a = "CHN";
  f.dyad_b = "RUS";
  f.directed = true;
  f.from = f.to = "2020-01-05";
  std::vector<StoredEvent> want = StoreEvents(f);
  ASSERT_EQ(want.size(), 1u);
  Json j = GetOk("/api/events/" + std::to_string(want[0].id));
  EXPECT_EQ(j["id"], want[0].id);
  EXPECT_EQ(j["num_mentions"], 2);
  ASSERT_EQ(j["mentions"].size(), 2u);
  std::set<std::string> sites;
  for (const Json& m : j["mentions"].Elements()) sites.insert(m["site"].get<std::string>());
  EXPECT_EQ(sites, (std::set<std::string>{"news.example", "wire.example"}));

  int status = 0;
  Json missing = Get("/api/events/999999", &status);
  EXPECT_EQ(status, 404);
  EXPECT_TRUE(missing["error"].is_string());
}

TEST_F(ServeTest, SeriesIsTheStoresSeries) {
  for (const std::string by : {"day", "week", "month"}) {
    for (bool directed : {false, true}) {
      EventFilter f;
      f.dyad_a = "CHN";
      f.dyad_b = "RUS";
      f.directed = directed;
      SeriesPeriod period;
      ASSERT_TRUE(ParseSeriesPeriod(by, &period));
      auto store = EventStore::Open(db_);
      auto want = (*store)->Series(f, period);
      ASSERT_TRUE(want.ok());
      Json j = GetOk("/api/series?dyad=CHN,RUS&by=" + by + (directed ? "&directed=1" : ""));
      ASSERT_EQ(j["rows"].size(), want->size()) << by;
      int64_t total = 0;
      for (size_t i = 0; i < want->size(); ++i) {
        const SeriesRow& r = (*want)[i];
        const Json& row = j["rows"][i];
        EXPECT_EQ(row["period"], r.period);
        EXPECT_EQ(row["q1"], r.quad[0]);
        EXPECT_EQ(row["q3"], r.quad[2]);
        EXPECT_EQ(row["q4"], r.quad[3]);
        EXPECT_EQ(row["events"], r.total);
        if (r.total > 0) {
          EXPECT_NEAR(row["goldstein_mean"].get<double>(), r.goldstein_mean, 1e-3);
        } else {
          // No events, no mean: null, not a neutral 0.
          EXPECT_TRUE(row["goldstein_mean"].is_null()) << r.period;
          EXPECT_TRUE(row["coop_minus_conflict"].is_null()) << r.period;
        }
        total += r.total;
      }
      EXPECT_EQ(total, directed ? 2 : 4) << by;
    }
  }
}

TEST_F(ServeTest, ActorsAndDyadsCountEvents) {
  // Counted from the events themselves, at country level.
  std::map<std::string, int64_t> actors;
  std::map<std::pair<std::string, std::string>, int64_t> dyads;
  for (const StoredEvent& e : StoreEvents({})) {
    std::string a = e.source.substr(0, 3), b = e.target.substr(0, 3);
    ++actors[a];
    if (a != b) {
      ++actors[b];
      ++dyads[{std::min(a, b), std::max(a, b)}];
    }
  }
  Json j = GetOk("/api/actors?limit=10");
  ASSERT_EQ(j["actors"].size(), actors.size());
  int64_t previous = INT64_MAX;
  for (const Json& a : j["actors"].Elements()) {
    EXPECT_EQ(a["events"], actors[a["code"].get<std::string>()]) << a["code"];
    EXPECT_LE(a["events"].get<int64_t>(), previous) << "not in descending order";
    previous = a["events"].get<int64_t>();
  }
  j = GetOk("/api/dyads?limit=10");
  ASSERT_EQ(j["dyads"].size(), dyads.size());
  for (const Json& d : j["dyads"].Elements()) {
    EXPECT_EQ(d["events"], (dyads[{d["a"].get<std::string>(), d["b"].get<std::string>()}]));
    EXPECT_EQ(d["events"].get<int64_t>(), d["a_to_b"].get<int64_t>() + d["b_to_a"].get<int64_t>());
  }
  EXPECT_EQ(GetOk("/api/actors?limit=1")["actors"].size(), 1u);
  // Whole codes keep the roles apart.
  Json codes = GetOk("/api/actors?level=code&limit=100");
  std::set<std::string> names;
  for (const Json& a : codes["actors"].Elements()) names.insert(a["code"].get<std::string>());
  EXPECT_TRUE(names.count("CHNGOV") && names.count("CHNMIL") && names.count("RUSGOV"));
}

TEST_F(ServeTest, CodeReturnsWhatTheCoderFinds) {
  std::string error;
  const Coder* coder = testing_util::SharedCoder(&error);
  ASSERT_NE(coder, nullptr) << error;
  const std::string text =
      "China will strengthen military relations with Russia, officials said on Tuesday. "
      "Russian forces attacked Ukrainian positions near Kharkiv.";
  Document d;
  d.id = "1";
  d.text = text;
  d.source = kApiSource;
  CodedDocument want;
  coder->Code(d, &want);

  for (const char* type : {"text/plain", "application/json"}) {
    std::string body = type == std::string("text/plain") ? text : TextBody(text);
    auto res = Client().Post("/api/code", body, type);
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    Json j = Json::Parse(res->body);
    EXPECT_EQ(j["sentences"], want.analysis.sentences.size());
    ASSERT_EQ(j["events"].size(), want.events.size()) << type;
    for (size_t i = 0; i < want.events.size(); ++i) {
      EXPECT_EQ(j["events"][i]["source"], want.events[i].source);
      EXPECT_EQ(j["events"][i]["code"], want.events[i].cameo->code);
    }
  }
}

TEST_F(ServeTest, BadRequestsAreJsonErrors) {
  struct Case {
    std::string method, path, body, content_type;
    int status;
  };
  const std::string big(size_t{1} << 20 | 1, 'a');
  const std::string huge((size_t{2} << 20) + 10, 'a');
  // Nesting deep enough to break a recursive parser.
  const std::string deep = std::string(400000, '[') + std::string(400000, ']');
  const std::vector<Case> cases = {
      {"GET", "/api/events?nope=1", "", "", 400},
      {"GET", "/api/events?limit=0", "", "", 400},
      {"GET", "/api/events?limit=1001", "", "", 400},
      {"GET", "/api/events?limit=abc", "", "", 400},
      {"GET", "/api/events?limit=10&limit=20", "", "", 400},
      {"GET", "/api/events?from=2020-13-01", "", "", 400},
      {"GET", "/api/events?from=2021-02-29", "", "", 400},
      {"GET", "/api/events?from=2020-03-01&to=2020-01-01", "", "", 400},
      {"GET", "/api/events?from=0001-01-01", "", "", 400},
      {"GET", "/api/events?source=CH", "", "", 400},   // not a whole unit: CHN, CHE or CHL?
      {"GET", "/api/events?source=XYZ", "", "", 404},  // an actor the store lacks, said so
      {"GET", "/api/events?actor_type=MILITARY", "", "", 400},
      {"GET", "/api/events?near=91,0,10", "", "", 400},
      {"GET", "/api/events?source=CHN%27%20OR%201%3D1--", "", "", 400},
      {"GET", "/api/events?code=abc", "", "", 400},
      {"GET", "/api/events?quad=5", "", "", 400},
      {"GET", "/api/events?after=2020-01-01", "", "", 400},
      {"GET", "/api/events?after=2020-01-01,-3", "", "", 400},
      {"GET", "/api/events/abc", "", "", 400},
      {"GET", "/api/events/0", "", "", 400},
      {"GET", "/api/events/99999999999999999999", "", "", 400},
      {"GET", "/api/series", "", "", 400},
      {"GET", "/api/series?dyad=CHN", "", "", 400},
      {"GET", "/api/series?dyad=CHN,RUS&by=year", "", "", 400},
      {"GET", "/api/series?dyad=CHN,RUS&by=day&from=1900-01-01&to=2199-12-31", "", "", 400},
      {"GET", "/api/actors?level=planet", "", "", 400},
      {"GET", "/api/stats?x=1", "", "", 400},
      {"GET", "/api/nope", "", "", 404},
      {"GET", "/api", "", "", 404},
      {"POST", "/api/series?dyad=CHN,RUS", "{}", "application/json", 405},
      {"DELETE", "/api/events", "", "", 405},
      {"PUT", "/api/events/1", "{}", "application/json", 405},
      {"GET", "/api/code", "", "", 405},
      {"POST", "/api/code", "{\"text\": ", "application/json", 400},
      {"POST", "/api/code", "{\"text\": 42}", "application/json", 400},
      {"POST", "/api/code", "{\"title\": \"no text\"}", "application/json", 400},
      {"POST", "/api/code", "[{\"text\":\"a\"},{\"text\":\"b\"}]", "application/json", 400},
      {"POST", "/api/code", "{\"text\": \"x\", \"date\": \"soon\"}", "application/json", 400},
      {"POST", "/api/code", "", "application/json", 400},
      {"POST", "/api/code", deep, "application/json", 400},
      {"POST", "/api/ingest", "{\"text\":\"x\"}", "application/json", 401},
      // Bodies over the limit are refused on their headers
      // (BodiesAreRefusedOnTheirHeaders): the client may then see the
      // connection closed under the body it is still sending.
  };
  (void)big;
  (void)huge;
  for (const Case& c : cases) {
    httplib::Client cli = Client();
    httplib::Result res = c.method == "GET"      ? cli.Get(c.path.c_str())
                          : c.method == "POST"   ? cli.Post(c.path.c_str(), c.body, c.content_type.c_str())
                          : c.method == "PUT"    ? cli.Put(c.path.c_str(), c.body, c.content_type.c_str())
                                                 : cli.Delete(c.path.c_str());
    ASSERT_TRUE(res) << c.method << " " << c.path << ": no response";
    EXPECT_EQ(res->status, c.status) << c.method << " " << c.path << ": " << res->body.substr(0, 200);
    Json j = Json::Parse(res->body);
    EXPECT_TRUE(j.is_object() && j["error"].is_string()) << c.method << " " << c.path << ": " << res->body.substr(0, 200);
    if (c.status == 405) {
      EXPECT_FALSE(res->get_header_value("Allow").empty()) << c.path;
    }
  }
  // Actor codes in any case, and a page that says how many there are in all.
  const Json lower = GetOk("/api/events?source=chn&limit=1");
  EXPECT_EQ(lower, GetOk("/api/events?source=CHN&limit=1"));
  EXPECT_EQ(lower["count"], 1);
  EXPECT_GT(lower["total"].get<int64_t>(), 1);
}

// Issue 18.13-14: the token, the length and the budget are checked on the
// headers, before any body byte is read: the server answers requests whose
// body never comes.
TEST_F(ServeTest, BodiesAreRefusedOnTheirHeaders) {
  const std::string auth = std::string("Authorization: Bearer ") + kToken + "\r\n";
  struct Case {
    std::string headers;
    int status;
  };
  const std::vector<Case> cases = {
      {"POST /api/ingest HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 33554432\r\n", 401},
      {"POST /api/ingest HTTP/1.1\r\nHost: x\r\n" + auth + "Content-Length: 40000000\r\n", 413},
      {"POST /api/code HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 2000000\r\n", 413},
      {"POST /api/code HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n", 400},
      {"POST /api/code HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\nContent-Length: 12\r\n", 400},
      {"POST /api/code HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n", 411},
      {"POST /api/ingest HTTP/1.1\r\nHost: x\r\n" + auth + auth + "Content-Length: 10\r\n", 401},
  };
  for (const Case& c : cases) {
    const std::string response = RawRequest(server_->port(), c.headers + "\r\n");
    EXPECT_EQ(RawStatus(response), c.status) << c.headers << response.substr(0, 300);
  }
  // A token followed by a NUL and more is not the token.
  const std::string body = "{\"text\":\"Russia accused China.\"}";
  const std::string nul = std::string("Authorization: Bearer ") + kToken + std::string(1, '\0') + "junk\r\n";
  const std::string response = RawRequest(server_->port(), "POST /api/ingest HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + nul +
                                                    "Content-Type: application/json\r\nContent-Length: " +
                                                    std::to_string(body.size()) + "\r\n\r\n" + body);
  EXPECT_EQ(RawStatus(response), 401) << response.substr(0, 300);
}

// Issue 18.15: clients see input files by name, not the server's folders.
TEST_F(ServeTest, MentionsShowFileNamesNotServerPaths) {
  Json j = GetOk("/api/events?mentions=1&limit=1000");
  bool any = false;
  for (const Json& e : j["events"].Elements()) {
    for (const Json& m : e["mentions"].Elements()) {
      any = true;
      const std::string file = m["source_file"].get<std::string>();
      EXPECT_EQ(file.find('/'), std::string::npos) << file;
    }
  }
  EXPECT_TRUE(any);
  // Ids are hashes (issue 15.9): the first event's, not 1.
  j = GetOk("/api/events/" + std::to_string(j["events"].Elements().front()["id"].get<int64_t>()));
  for (const Json& m : j["mentions"].Elements()) {
    EXPECT_EQ(m["source_file"].get<std::string>().find('/'), std::string::npos);
  }
}

// Issue 18.2: documents without an id are numbered from 1 in every request;
// each request's documents are still stored.
TEST_F(ServeTest, DocumentsWithoutIdInSeveralRequestsAreAllStored) {
  httplib::Headers h = {{"Authorization", std::string("Bearer ") + kToken}};
  for (const char* text : {"Iran threatened Israel on Monday.", "India praised Japan on Tuesday."}) {
    auto res = Client().Post("/api/ingest", h, std::string("{\"text\":\"") + text + "\",\"date\":\"2021-06-01\"}",
                             "application/json");
    ASSERT_TRUE(res);
    ASSERT_EQ(res->status, 200) << res->body;
    EXPECT_EQ(Json::Parse(res->body)["documents_added"].get<int64_t>(), 1) << text;
  }
}

TEST_F(ServeTest, IngestNeedsTheToken) {
  const std::string docs =
      "{\"id\": \"t1\", \"url\": \"https://example.org/t1\", \"date\": \"2021-05-01\", \"text\": "
      "\"China praised Russia on Monday.\"}\n"
      "{\"id\": \"t2\", \"url\": \"https://example.org/t2\", \"date\": \"2021-05-02\", \"text\": "
      "\"Russia accused China of spying.\"}\n";
  for (const std::string& auth : {std::string(""), std::string("Bearer wrong"), std::string("Bearer ") + kToken + "x",
                                  std::string("Bearer ") + std::string(kToken).substr(1), std::string(kToken),
                                  std::string("Basic ") + kToken}) {
    httplib::Client cli = Client();
    httplib::Headers h;
    if (!auth.empty()) h.emplace("Authorization", auth);
    auto res = cli.Post("/api/ingest", h, docs, "application/x-ndjson");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 401) << auth;
  }
  const int64_t before = GetOk("/api/stats")["documents"].get<int64_t>();
  httplib::Headers h = {{"Authorization", std::string("Bearer ") + kToken}};
  auto res = Client().Post("/api/ingest", h, docs, "application/x-ndjson");
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200) << res->body;
  Json j = Json::Parse(res->body);
  EXPECT_EQ(j["documents_added"], 2);
  EXPECT_EQ(GetOk("/api/stats")["documents"], before + 2);
  // Again: nothing new.
  res = Client().Post("/api/ingest", h, docs, "application/x-ndjson");
  ASSERT_TRUE(res);
  j = Json::Parse(res->body);
  EXPECT_EQ(j["documents_added"], 0);
  EXPECT_EQ(j["documents_skipped"], 2);
  // A bad document in the batch adds none of it.
  res = Client().Post("/api/ingest", h, "{\"id\":\"t3\",\"text\":\"ok\"}\n{\"id\": 4}\n", "application/x-ndjson");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(GetOk("/api/stats")["documents"], before + 2);
}

TEST_F(ServeTest, CachedAnswersFollowTheStore) {
  const std::string path = "/api/series?dyad=CHN,USA&by=month";
  Json before = GetOk(path);
  EXPECT_EQ(GetOk(path), before);  // now from the cache
  int64_t total = 0;
  for (const Json& r : before["rows"].Elements()) total += r["events"].get<int64_t>();
  {
    static Codes codes;
    auto store = EventStore::Open(db_);
    AddCounts counts;
    ASSERT_TRUE((*store)->Add({MakeDoc("cache", "https://news.example/cache",
                                       {MakeEvent("2020-03-20", "USA", "CHN", &codes.praise)})},
                              &counts)
                    .ok());
  }
  Json after = GetOk(path);
  int64_t total_after = 0;
  for (const Json& r : after["rows"].Elements()) total_after += r["events"].get<int64_t>();
  EXPECT_EQ(total_after, total + 1);
}

TEST_F(ServeTest, StaticFilesStayInTheAssetFolder) {
  auto res = Client().Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->body.find("dashboard"), std::string::npos);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/html; charset=utf-8");
  res = Client().Get("/app.js");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  // Browsers offer brotli; the server answers with gzip, which is fast.
  res = Client().Get("/app.js", {{"Accept-Encoding", "br, gzip, deflate"}});
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Encoding"), "gzip");
  EXPECT_EQ(res->body, "console.log('dashboard');");

  const std::vector<std::string> attacks = {
      "/../secret.txt",        "/%2e%2e/secret.txt",   "/..%2fsecret.txt", "/sub/../../secret.txt",
      "/%2E%2E%2Fsecret.txt",  "/link-out.txt",        "/sub/up/secret.txt", "/..\\secret.txt",
      "/.%2e/secret.txt",      "//etc/passwd",         "/sub/%00/x",       "/.hidden",
      "/sub",                  "/nope.js",
  };
  for (const std::string& path : attacks) {
    std::string response =
        RawRequest(server_->port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    const int status = RawStatus(response);
    EXPECT_TRUE(status == 400 || status == 403 || status == 404) << path << " -> " << status;
    EXPECT_EQ(response.find(kSecret), std::string::npos) << path << " leaked the file";
  }
}

TEST_F(ServeTest, ManyClientsAtOnce) {
  const Json want = GetOk("/api/series?dyad=CHN,RUS&by=week");
  std::vector<std::thread> threads;
  std::atomic<int> bad{0};
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&] {
      httplib::Client cli = Client();
      for (int i = 0; i < 25; ++i) {
        auto r = cli.Get(i % 2 ? "/api/series?dyad=CHN,RUS&by=week" : "/api/events?dyad=CHN,RUS&limit=5");
        if (!r || r->status != 200) ++bad;
        else if (i % 2 && Json::Parse(r->body) != want) ++bad;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(bad.load(), 0);
}

TEST(ServeReadOnlyTest, IngestIsRefusedWithoutAToken) {
  TempDir dir;
  {
    auto store = EventStore::Open(dir.File("r.sqlite"));
    ASSERT_TRUE(store.ok());
  }
  ServerOptions o;
  o.db = dir.File("r.sqlite");
  o.port = 0;
  o.data_dir = testing_util::DataDir();
  o.threads = 4;
  o.warm_cache = false;
  auto s = Server::Create(o);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_TRUE((*s)->Start().ok());
  httplib::Client cli("127.0.0.1", (*s)->port());
  auto res = cli.Post("/api/ingest", {{"Authorization", "Bearer anything"}}, "{\"text\":\"x\"}", "application/json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 403);
  res = cli.Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 404) << "no asset folder: no dashboard";
  res = cli.Get("/api/stats");
  ASSERT_TRUE(res);
  EXPECT_EQ(Json::Parse(res->body)["read_only"], true);
  (*s)->Stop();
}

TEST(ServeStartTest, AMissingAssetFolderOrAUsedPortIsAnError) {
  TempDir dir;
  ServerOptions o;
  o.db = dir.File("s.sqlite");
  o.data_dir = testing_util::DataDir();
  o.assets_dir = dir.File("no-such-folder");
  EXPECT_FALSE(Server::Create(o).ok());

  o.assets_dir.clear();
  o.port = 0;
  o.warm_cache = false;
  auto first = Server::Create(o);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  ASSERT_TRUE((*first)->Start().ok());
  o.port = (*first)->port();
  auto second = Server::Create(o);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  EXPECT_FALSE((*second)->Start().ok()) << "port " << o.port << " is taken";
  (*first)->Stop();
}

TEST(TokenMatchesTest, OnlyTheExactToken) {
  EXPECT_TRUE(TokenMatches("abc123", "abc123"));
  EXPECT_FALSE(TokenMatches("abc124", "abc123"));
  EXPECT_FALSE(TokenMatches("abc12", "abc123"));
  EXPECT_FALSE(TokenMatches("abc1234", "abc123"));
  EXPECT_FALSE(TokenMatches("", "abc123"));
  EXPECT_FALSE(TokenMatches("", "")) << "an empty token must never open the store";
  EXPECT_FALSE(TokenMatches(std::string("abc\0", 4), "abc"));
}

}  // namespace
}  // namespace dyad::serve
