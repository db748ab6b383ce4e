// The API's request checks, document bodies and static file resolution, unit
// by unit (the server tests cover them through HTTP).
#include "serve/params.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>

#include "serve/documents.h"
#include "serve/static_files.h"
#include "store/test_util.h"

namespace dyad::serve {
namespace {

Params P(std::initializer_list<std::pair<const std::string, std::string>> kv) { return Params(kv); }

TEST(ServeParamsTest, EventsRequests) {
  struct Case {
    Params params;
    bool ok;
    // What must hold after parsing (null: nothing more).
    std::function<bool(const EventsRequest&)> holds;
  };
  const std::vector<Case> cases = {
      {P({}), true, [](const EventsRequest& r) { return r.filter.limit == 100; }},
      {P({{"limit", "1000"}}), true, [](const EventsRequest& r) { return r.filter.limit == 1000; }},
      {P({{"limit", "1001"}}), false, nullptr},
      {P({{"limit", "-1"}}), false, nullptr},
      {P({{"dyad", "CHN,RUS"}}), true, [](const EventsRequest& r) { return r.filter.dyad_a == "CHN" && r.filter.dyad_b == "RUS" && !r.filter.directed; }},
      {P({{"dyad", "CHN,RUS"}, {"directed", "1"}}), true, [](const EventsRequest& r) { return r.filter.directed; }},
      {P({{"dyad", "CHN"}}), false, nullptr},
      {P({{"dyad", "CHN,RUS,USA"}}), false, nullptr},
      {P({{"dyad", ",RUS"}}), false, nullptr},
      {P({{"source", "CHNMIL"}}), true, [](const EventsRequest& r) { return r.filter.source == "CHNMIL"; }},
      {P({{"source", "CHN MIL"}}), false, nullptr},
      {P({{"source", std::string(33, 'A')}}), false, nullptr},
      {P({{"code", "03*"}}), true, [](const EventsRequest& r) { return r.filter.code == "03*"; }},
      {P({{"code", "0311"}}), true, [](const EventsRequest& r) { return r.filter.code == "0311"; }},
      {P({{"code", "03111"}}), false, nullptr},
      {P({{"code", "*"}}), false, nullptr},
      {P({{"root", "19"}}), true, [](const EventsRequest& r) { return r.filter.root == "19"; }},
      {P({{"root", "190"}}), false, nullptr},
      {P({{"quad", "4"}}), true, [](const EventsRequest& r) { return r.filter.quad_class == 4; }},
      {P({{"quad", "0"}}), false, nullptr},
      {P({{"from", "2020-02-29"}}), true, [](const EventsRequest& r) { return r.filter.from == "2020-02-29"; }},
      {P({{"from", "2019-02-29"}}), false, nullptr},
      {P({{"from", "2020-04-31"}}), false, nullptr},
      {P({{"from", "2020-1-01"}}), false, nullptr},
      {P({{"from", "2020-01-02"}, {"to", "2020-01-01"}}), false, nullptr},
      {P({{"from", "1799-12-31"}}), false, nullptr},
      {P({{"to", "2201-01-01"}}), false, nullptr},
      {P({{"after", "2020-01-01,15"}}), true, [](const EventsRequest& r) { return r.filter.after_date == "2020-01-01" && r.filter.after_id == 15; }},
      {P({{"after", "2020-01-01,0"}}), false, nullptr},
      // Event ids are hashes: any positive int64, no more.
      {P({{"after", "2020-01-01,9223372036854775807"}}), true, [](const EventsRequest& r) { return r.filter.after_id == INT64_MAX; }},
      {P({{"after", "2020-01-01,9223372036854775808"}}), false, nullptr},
      {P({{"after", "2020-01-01,12345678901234567890"}}), false, nullptr},
      {P({{"after", "2020-01-01"}}), false, nullptr},
      {P({{"after", "yesterday,15"}}), false, nullptr},
      {P({{"mentions", "1"}}), true, [](const EventsRequest& r) { return r.with_mentions; }},
      {P({{"mentions", "yes"}}), false, nullptr},
      {P({{"LIMIT", "5"}}), false, nullptr},
  };
  for (const Case& c : cases) {
    EventsRequest r;
    Status s = ParseEventsRequest(c.params, &r);
    std::string what = c.params.empty() ? "(none)" : c.params.begin()->first + "=" + c.params.begin()->second;
    EXPECT_EQ(s.ok(), c.ok) << what << ": " << s.ToString();
    if (!s.ok()) {
      EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << what;
      EXPECT_FALSE(s.message().empty()) << what;
      continue;
    }
    if (c.holds) {
      EXPECT_TRUE(c.holds(r)) << what;
    }
  }
}

TEST(ServeParamsTest, SeriesRangesAreBounded) {
  SeriesRequest r;
  EXPECT_TRUE(ParseSeriesRequest(P({{"dyad", "CHN,RUS"}, {"by", "week"}}), &r).ok());
  EXPECT_EQ(r.by, SeriesPeriod::kWeek);
  // Twenty thousand days are too many days but few months.
  const Params long_range = P({{"dyad", "CHN,RUS"}, {"from", "1950-01-01"}, {"to", "2010-01-01"}});
  Params by_day = long_range;
  by_day.emplace("by", "day");
  EXPECT_FALSE(ParseSeriesRequest(by_day, &r).ok());
  Params by_month = long_range;
  by_month.emplace("by", "month");
  EXPECT_TRUE(ParseSeriesRequest(by_month, &r).ok());
  EXPECT_FALSE(ParseSeriesRequest(P({{"by", "month"}}), &r).ok()) << "no dyad";
  EXPECT_FALSE(ParseSeriesRequest(P({{"dyad", "CHN,RUS"}, {"code", "03"}}), &r).ok()) << "not a series filter";
}

TEST(ServeParamsTest, TopRequests) {
  TopRequest r;
  EXPECT_TRUE(ParseTopRequest(P({{"level", "code"}, {"limit", "7"}}), &r).ok());
  EXPECT_FALSE(r.country);
  EXPECT_EQ(r.limit, 7);
  EXPECT_FALSE(ParseTopRequest(P({{"level", "region"}}), &r).ok());
  EXPECT_FALSE(ParseTopRequest(P({{"dyad", "CHN,RUS"}}), &r).ok());
}

TEST(ServeDocumentsTest, BodiesOfEveryShape) {
  struct Case {
    std::string body, type;
    size_t max;
    int documents;  // -1: an error
  };
  const std::vector<Case> cases = {
      {"{\"text\": \"A.\"}", "application/json", 10, 1},
      {"[{\"text\": \"A.\"}, {\"text\": \"B.\"}]", "application/json", 10, 2},
      {"{\"documents\": [{\"text\": \"A.\"}, {\"text\": \"B.\"}, {\"text\": \"C.\"}]}", "application/json", 10, 3},
      {"{\"text\": \"A.\"}\n\n{\"text\": \"B.\"}\n", "application/x-ndjson", 10, 2},
      {"{\"text\": \"A.\"}\n{\"text\": \"B.\"}\n{\"text\": \"C.\"}\n", "", 2, -1},
      {"[{\"text\": \"A.\"}, {\"text\": \"B.\"}]", "application/json", 1, -1},
      {"Plain text.", "text/plain; charset=utf-8", 1, 1},
      {"   \n ", "text/plain", 1, -1},
      {"{\"text\": \"A.\"}\n{\"text\": ", "", 10, -1},
      {"{\"documents\": {}}", "application/json", 10, -1},
      {"[]", "application/json", 10, -1},
      {"[1, 2]", "application/json", 10, -1},
      {"{\"text\": \"A.\", \"url\": 5}", "application/json", 10, -1},
      {"{\"text\": \"A.\", \"date\": \"2020-02-30\"}", "application/json", 10, -1},
      {"{\"text\": \"A.\", \"date\": \"2020-02-03T10:00:00Z\"}", "application/json", 10, 1},
      // One date range everywhere (issue 18, item 7).
      {"{\"text\": \"A.\", \"date\": \"9999-12-31\"}", "application/json", 10, -1},
      {"{\"text\": \"A.\", \"date\": \"1799-12-31\"}", "application/json", 10, -1},
      {"{\"text\": \"A.\", \"date\": \"yesterday\"}", "application/json", 10, -1},
      {"{\"text\": \"A.\", \"date\": \"2200-12-31\"}", "application/json", 10, 1},
      {"{\"text\": \"\\ud800\"}", "application/json", 10, -1},
      // Parsed as JSON Lines records are: an object may span lines, "id" is
      // optional here but not empty, invalid UTF-8 is refused (not repaired).
      {"{\n  \"text\": \"A.\",\n  \"title\": \"T\"\n}\n", "application/json", 10, 1},
      {"{\"text\": \"A.\"} {\"text\": \"B.\"}", "application/json", 10, -1},
      {"{\"id\": \"\", \"text\": \"A.\"}", "application/json", 10, -1},
      {"{\"text\": \"\xff\"}", "application/json", 10, -1},
      {"{\"text\": \"A.\", \"extra\": [1, {\"x\": tru}]}", "application/json", 10, -1},
  };
  for (const Case& c : cases) {
    std::vector<Document> docs;
    Status s = ParseDocuments(c.body, c.type, c.max, &docs);
    if (c.documents < 0) {
      EXPECT_FALSE(s.ok()) << c.body;
      EXPECT_EQ(s.code(), StatusCode::kInvalidArgument) << c.body;
    } else {
      ASSERT_TRUE(s.ok()) << c.body << ": " << s.ToString();
      EXPECT_EQ(docs.size(), static_cast<size_t>(c.documents)) << c.body;
      for (const Document& d : docs) EXPECT_EQ(d.source, kApiSource);
    }
  }
  std::vector<Document> docs;
  ASSERT_TRUE(ParseDocuments("{\"id\": \"x\", \"title\": \"T\", \"text\": \"B.\", \"url\": \"https://a.example/1\", "
                             "\"date\": \"2020-02-03T10:00:00Z\"}",
                             "application/json", 1, &docs)
                  .ok());
  EXPECT_EQ(docs[0].id, "x");
  EXPECT_EQ(docs[0].title, "T");
  EXPECT_EQ(docs[0].url, "https://a.example/1");
  EXPECT_EQ(docs[0].date, "2020-02-03");
  // Fields are trimmed as in .jsonl files; documents without an id are numbered.
  ASSERT_TRUE(ParseDocuments("[{\"text\": \"  A.\\n\", \"title\": \" T \"}, {\"id\": 7, \"text\": \"B.\"}, {\"text\": \"C.\"}]",
                             "application/json", 10, &docs)
                  .ok());
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].text, "A.");
  EXPECT_EQ(docs[0].title, "T");
  EXPECT_EQ(docs[0].id, "1");
  EXPECT_EQ(docs[1].id, "7");
  EXPECT_EQ(docs[2].id, "3");
}

TEST(ServeAssetsTest, OnlyFilesInsideTheFolder) {
  testing_store::TempDir dir;
  const std::string root = dir.File("www");
  std::filesystem::create_directories(root + "/js");
  std::ofstream(root + "/index.html") << "i";
  std::ofstream(root + "/js/app.js") << "a";
  std::ofstream(dir.File("outside.txt")) << "o";
  std::filesystem::create_symlink(dir.File("outside.txt"), root + "/out.txt");
  std::filesystem::create_symlink("app.js", root + "/js/alias.js");
  auto assets = AssetDir::Open(root + "/");
  ASSERT_TRUE(assets.ok());
  struct Case {
    std::string path;
    StatusCode code;
  };
  const std::vector<Case> cases = {
      {"/", StatusCode::kOk},           {"/index.html", StatusCode::kOk},
      {"/js/app.js", StatusCode::kOk},  {"/js/alias.js", StatusCode::kOk},
      {"/js", StatusCode::kNotFound},   {"/js/", StatusCode::kNotFound},
      {"/missing", StatusCode::kNotFound},
      {"/out.txt", StatusCode::kInvalidArgument},
      {"/../outside.txt", StatusCode::kInvalidArgument},
      {"/js/../../outside.txt", StatusCode::kInvalidArgument},
      {"/./index.html", StatusCode::kInvalidArgument},
      {"//index.html", StatusCode::kInvalidArgument},
      {"/js\\..\\index.html", StatusCode::kInvalidArgument},
      {std::string("/index.html\0x", 13), StatusCode::kInvalidArgument},
      {"index.html", StatusCode::kInvalidArgument},
  };
  for (const Case& c : cases) {
    std::string file;
    Status s = assets->Resolve(c.path, &file);
    EXPECT_EQ(s.code(), c.code) << c.path << ": " << s.ToString();
    if (s.ok()) {
      EXPECT_TRUE(file.starts_with(assets->root() + "/")) << file;
    }
  }
  EXPECT_STREQ(ContentTypeFor("a/b.js"), "text/javascript; charset=utf-8");
  EXPECT_STREQ(ContentTypeFor("x.unknown"), "application/octet-stream");
  EXPECT_FALSE(AssetDir::Open(dir.File("nope")).ok());
}

}  // namespace
}  // namespace dyad::serve
