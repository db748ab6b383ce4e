#include "ingest/readers.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "ingest/gzip_util.h"

namespace dyad {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

using testing_util::Gzip;

struct Collected {
  Status status;
  std::vector<Document> docs;
  ReadReport report;
};

void ExpectAccounting(const Collected& c) {
  EXPECT_EQ(c.report.documents_read, c.report.documents_passed + c.report.rejected);
  EXPECT_EQ(c.report.documents_passed, c.docs.size());
  uint64_t rejected = 0;
  for (const ReadProblem& p : c.report.problems) rejected += p.rejected;
  EXPECT_EQ(rejected, c.report.rejected);
}

Collected ReadJsonl(std::string_view data, const ReadOptions& options = {}) {
  Collected c;
  c.status = ingest::ReadJsonLinesBuffer(
      data, "in.jsonl", options, [&](Document&& d) { c.docs.push_back(std::move(d)); },
      &c.report);
  ExpectAccounting(c);
  return c;
}

Collected ReadText(std::string_view data, const std::string& name = "dir/story.txt",
                   const ReadOptions& options = {}) {
  Collected c;
  c.status = ingest::ReadTextBuffer(
      data, name, options, [&](Document&& d) { c.docs.push_back(std::move(d)); }, &c.report);
  ExpectAccounting(c);
  return c;
}

Collected ReadPath(const std::string& path, const ReadOptions& options = {}) {
  Collected c;
  c.status = ReadDocuments(
      path, options, [&](Document&& d) { c.docs.push_back(std::move(d)); }, &c.report);
  ExpectAccounting(c);
  return c;
}

// Standard input ("-"), which is sniffed as JSON Lines or text.
Collected ReadStdin(const std::string& data) {
  std::istringstream in(data);
  Collected c;
  c.status = ingest::ReadSniffedStream(
      in, "-", {}, [&](Document&& d) { c.docs.push_back(std::move(d)); }, &c.report);
  ExpectAccounting(c);
  return c;
}

std::string TempPath(const std::string& name) {
  // (in a folder of this process: test runs of several checkouts may share
  // the temporary folder; the file name itself is what the tests read back)
  const std::filesystem::path dir =
      std::filesystem::path(::testing::TempDir()) / ("dyad_readers_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  return (dir / ("dyad_readers_" + name)).string();
}

std::string WriteTemp(const std::string& name, std::string_view content) {
  const std::string path = TempPath(name);
  std::ofstream out(path, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  return path;
}

// ---- Text documents -------------------------------------------------------

struct TextCase {
  const char* name;
  std::string input;
  std::string title;
  std::string text;
};

class ReadersTextTest : public ::testing::TestWithParam<TextCase> {};

TEST_P(ReadersTextTest, SplitsTitleAndBody) {
  const TextCase& tc = GetParam();
  ReadOptions options;
  options.default_date = "2020-05-06";
  Collected c = ReadText(tc.input, "some/dir/story.v2.txt", options);
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  ASSERT_EQ(c.docs.size(), 1u);
  const Document& d = c.docs[0];
  EXPECT_EQ(d.title, tc.title);
  EXPECT_EQ(d.text, tc.text);
  EXPECT_EQ(d.id, "story.v2");
  EXPECT_EQ(d.source, "some/dir/story.v2.txt");
  EXPECT_EQ(d.record, 1u);
  EXPECT_EQ(d.date, "2020-05-06");
  EXPECT_EQ(d.FullText().substr(d.BodyOffset()), d.text);
  EXPECT_EQ(c.report.repaired_utf8, 0u);
  EXPECT_TRUE(c.report.problems.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ReadersTextTest,
    ::testing::Values(
        TextCase{"title_blank_body", "Rebels seize town\n\nThe rebels took it.\n",
                 "Rebels seize town", "The rebels took it."},
        TextCase{"blank_line_with_spaces", "Headline\n  \t \nBody here.", "Headline",
                 "Body here."},
        TextCase{"crlf", "Headline\r\n\r\nBody line one.\r\nLine two.\r\n", "Headline",
                 "Body line one.\r\nLine two."},
        TextCase{"several_blank_lines", "Headline\n\n\n\nBody.", "Headline", "Body."},
        TextCase{"leading_blank_lines", "\n\n   Headline  \n\nBody.", "Headline", "Body."},
        TextCase{"no_blank_after_first", "First line\nsecond line\n\nthird", "",
                 "First line\nsecond line\n\nthird"},
        TextCase{"single_line", "Just one line.", "", "Just one line."},
        TextCase{"title_only", "Headline\n\n\n", "", "Headline"},
        TextCase{"trailing_whitespace", "Body text.   \n\n \t\n", "", "Body text."},
        TextCase{"empty", "", "", ""},
        TextCase{"only_space", " \n\t\n ", "", ""},
        TextCase{"byte_order_mark", "\xEF\xBB\xBFHeadline\n\nBody.", "Headline", "Body."},
        TextCase{"nul_kept", std::string("a\0b", 3), "", std::string("a\0b", 3)}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ReadersTextIdTest, IdIsFileNameWithoutDirectoryAndExtension) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"story.txt", "story"},
      {"/a/b/c/2025-03-14.report.txt", "2025-03-14.report"},
      {"rel/x.text", "x"},
      {"-", "stdin"},
  };
  for (const auto& [name, id] : cases) {
    Collected c = ReadText("x", name);
    ASSERT_EQ(c.docs.size(), 1u) << name;
    EXPECT_EQ(c.docs[0].id, id) << name;
    EXPECT_EQ(c.docs[0].source, name);
  }
}

TEST(ReadersTextUtf8Test, RepairsAndReportsFirstBadLine) {
  Collected c = ReadText("Headline\n\nfine\nbad \xFF here\nand \xC0\xAF here");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, "fine\nbad " + kFffd + " here\nand " + kFffd + kFffd + " here");
  EXPECT_EQ(c.report.repaired_utf8, 1u);
  ASSERT_EQ(c.report.problems.size(), 1u);
  EXPECT_FALSE(c.report.problems[0].rejected);
  EXPECT_EQ(c.report.problems[0].line, 4u);
  EXPECT_EQ(c.report.problems[0].file, "dir/story.txt");
  EXPECT_NE(c.report.problems[0].reason.find("3 sequences"), std::string::npos)
      << c.report.problems[0].reason;
}

// ---- FullText / BodyOffset -------------------------------------------------

TEST(ReadersDocumentTest, FullTextPutsTitleFirst) {
  Document d;
  d.text = "Body.";
  EXPECT_EQ(d.FullText(), "Body.");
  EXPECT_EQ(d.BodyOffset(), 0u);
  d.title = "Title";
  EXPECT_EQ(d.FullText(), "Title\n\nBody.");
  EXPECT_EQ(d.BodyOffset(), 7u);
  EXPECT_EQ(d.FullText().substr(d.BodyOffset()), d.text);
}

TEST(ReadersDocumentTest, ReportRejectAndWarn) {
  ReadReport r;
  r.Reject("f.jsonl", 3, "bad");
  r.Warn("f.jsonl", 4, "odd");
  EXPECT_EQ(r.rejected, 1u);
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_TRUE(r.problems[0].rejected);
  EXPECT_EQ(r.problems[0].line, 3u);
  EXPECT_FALSE(r.problems[1].rejected);
  EXPECT_EQ(r.problems[1].reason, "odd");
}

// ---- JSON Lines records ----------------------------------------------------

struct JsonCase {
  const char* name;
  std::string line;
  // Expected document when accepted; `reason` is empty then.
  std::string id, title, text, url, date;
  std::string reason;   // substring of the rejection reason
  std::string warning;  // substring of a warning, if one is expected
};

JsonCase Accept(const char* name, std::string line, std::string id, std::string text,
                std::string date = "1999-12-31", std::string title = "", std::string url = "",
                std::string warning = "") {
  return {name, std::move(line), std::move(id), std::move(title), std::move(text),
          std::move(url), std::move(date), "", std::move(warning)};
}

JsonCase Reject(const char* name, std::string line, std::string reason) {
  return {name, std::move(line), "", "", "", "", "", std::move(reason), ""};
}

class ReadersJsonlTest : public ::testing::TestWithParam<JsonCase> {};

TEST_P(ReadersJsonlTest, ReadsOrRejectsRecord) {
  const JsonCase& tc = GetParam();
  ReadOptions options;
  options.default_date = "1999-12-31";
  // The record sits on line 3 behind a blank line and a good record, so that
  // line numbers and skipping are checked on every case.
  Collected c = ReadJsonl("{\"id\":\"first\",\"text\":\"one\"}\n\n" + tc.line + "\n", options);
  ASSERT_TRUE(c.status.ok());
  EXPECT_EQ(c.report.documents_read, 2u);
  ASSERT_GE(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].id, "first");
  EXPECT_EQ(c.docs[0].record, 1u);
  if (tc.reason.empty()) {
    ASSERT_EQ(c.docs.size(), 2u) << (c.report.problems.empty() ? "" : c.report.problems[0].reason);
    const Document& d = c.docs[1];
    EXPECT_EQ(d.id, tc.id);
    EXPECT_EQ(d.title, tc.title);
    EXPECT_EQ(d.text, tc.text);
    EXPECT_EQ(d.url, tc.url);
    EXPECT_EQ(d.date, tc.date);
    EXPECT_EQ(d.record, 3u);
    EXPECT_EQ(d.source, "in.jsonl");
    EXPECT_EQ(c.report.rejected, 0u);
  } else {
    EXPECT_EQ(c.docs.size(), 1u);
    ASSERT_EQ(c.report.rejected, 1u);
    const ReadProblem& p = c.report.problems.back();
    EXPECT_TRUE(p.rejected);
    EXPECT_EQ(p.line, 3u);
    EXPECT_EQ(p.file, "in.jsonl");
    EXPECT_NE(p.reason.find(tc.reason), std::string::npos) << p.reason;
  }
  bool warned = false;
  for (const ReadProblem& p : c.report.problems) {
    if (p.rejected) continue;
    EXPECT_EQ(p.line, 3u);
    warned = warned || (!tc.warning.empty() && p.reason.find(tc.warning) != std::string::npos);
    EXPECT_FALSE(tc.warning.empty()) << "unexpected warning: " << p.reason;
  }
  if (!tc.warning.empty()) {
    EXPECT_TRUE(warned) << "no warning containing " << tc.warning;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Records, ReadersJsonlTest,
    ::testing::Values(
        // Ids.
        Accept("string_id", R"({"id":"a-7","text":"Body."})", "a-7", "Body."),
        Accept("integer_id", R"({"id":42,"text":"Body."})", "42", "Body."),
        Accept("negative_id", R"({"id":-5,"text":"Body."})", "-5", "Body."),
        Accept("huge_integer_id", R"({"id":123456789012345678901234567890,"text":"B"})",
               "123456789012345678901234567890", "B"),
        Reject("fraction_id", R"({"id":1.5,"text":"B"})",
               "\"id\" must be a string or an integer, not 1.5"),
        Reject("boolean_id", R"({"id":true,"text":"B"})", "\"id\" must be a string or an integer"),
        Reject("null_id", R"({"id":null,"text":"B"})", "\"id\" must be a string or an integer"),
        Reject("empty_id", R"({"id":"  ","text":"B"})", "\"id\" is empty"),
        Accept("empty_id_replaced_by_later_key", R"({"id":"","text":"B","id":"z"})", "z", "B"),
        Reject("no_id", R"({"text":"B"})", "record has no \"id\""),
        // Text.
        Reject("no_text", R"({"id":"x","title":"T"})", "record has no \"text\""),
        Reject("number_text", R"({"id":"x","text":7})", "\"text\" is a number"),
        Reject("null_text", R"({"id":"x","text":null})", "\"text\" is null"),
        Reject("array_text", R"({"id":"x","text":["a"]})", "\"text\" is an array"),
        Accept("empty_text_kept", R"({"id":"x","text":""})", "x", ""),
        Accept("text_trimmed", R"({"id":"x","text":"  Body. \n"})", "x", "Body."),
        Accept("escapes", R"({"id":"x","text":"caf\u00e9 \ud83d\ude00 \"q\" a\\b"})", "x",
               "caf\xC3\xA9 \xF0\x9F\x98\x80 \"q\" a\\b"),
        Accept("lone_surrogate_escape", R"({"id":"x","text":"a\udc00b\ud800"})", "x",
               "a" + kFffd + "b" + kFffd, "1999-12-31", "", "", "U+FFFD"),
        Accept("escaped_backslash_before_u", R"({"id":"x","text":"\\ud800"})", "x", "\\ud800"),
        // Optional fields.
        Accept("title_url", R"({"id":"x","title":" Head ","url":"https://e.org/a","text":"B"})",
               "x", "B", "1999-12-31", "Head", "https://e.org/a"),
        Accept("title_newlines_become_spaces", R"({"id":"x","title":"Two\nlines","text":"B"})",
               "x", "B", "1999-12-31", "Two lines"),
        Accept("null_title_ignored", R"({"id":"x","title":null,"text":"B"})", "x", "B"),
        Accept("number_title_warned", R"({"id":"x","title":5,"text":"B"})", "x", "B",
               "1999-12-31", "", "", "\"title\" is a number"),
        Accept("unknown_fields_skipped",
               R"({"id":"x","meta":{"a":[1,2.5e3,-0,{"b":null}],"n":123456789012345678901234567890},"ok":true,"text":"B"})",
               "x", "B"),
        Accept("duplicate_key_last_wins", R"({"id":"x","text":"A","text":"B"})", "x", "B"),
        // Dates.
        Accept("plain_date", R"({"id":"x","text":"B","date":"2025-03-14"})", "x", "B",
               "2025-03-14"),
        Accept("published_key", R"({"id":"x","text":"B","published":"2025-03-14"})", "x", "B",
               "2025-03-14"),
        Accept("iso_space_zulu", R"({"id":"x","text":"B","date":"2025-03-14 20:30:26Z"})", "x",
               "B", "2025-03-14"),
        Accept("iso_t_offset", R"({"id":"x","text":"B","date":"2025-03-14T20:30:26+02:00"})",
               "x", "B", "2025-03-14"),
        Accept("iso_fraction_compact_offset",
               R"({"id":"x","text":"B","published":"2025-03-14T23:59:59.123-0500"})", "x", "B",
               "2025-03-14"),
        Accept("date_wins_over_published",
               R"({"id":"x","text":"B","published":"2024-01-01","date":"2025-03-14"})", "x", "B",
               "2025-03-14"),
        Accept("bad_date_falls_back_to_published",
               R"({"id":"x","text":"B","date":"yesterday","published":"2024-01-01"})", "x", "B",
               "2024-01-01", "", "", "\"date\" is not a date"),
        // A date that is there but wrong rejects the record (issue 18, items
        // 7-8): --date does not stand in for it.
        Reject("bad_date_rejected", R"({"id":"x","text":"B","date":"14/03/2025"})",
               "\"date\" is not a date: \"14/03/2025\""),
        Reject("impossible_day_rejected", R"({"id":"x","text":"B","date":"2025-02-29"})", "not a date"),
        Reject("month_13_rejected", R"({"id":"x","text":"B","date":"2024-13-45"})", "not a date"),
        Reject("yesterday_rejected", R"({"id":"x","text":"B","published":"yesterday"})",
               "\"published\" is not a date"),
        Reject("year_9999_out_of_range", R"({"id":"x","text":"B","date":"9999-12-31"})",
               "1800-01-01..2200-12-31"),
        Reject("year_10000_out_of_range", R"({"id":"x","text":"B","date":"10000-01-01"})", "not a date"),
        Reject("year_1799_out_of_range", R"({"id":"x","text":"B","date":"1799-12-31T10:00:00Z"})",
               "not a date"),
        Accept("first_day_in_range", R"({"id":"x","text":"B","date":"1800-01-01"})", "x", "B", "1800-01-01"),
        Accept("last_day_in_range", R"({"id":"x","text":"B","date":"2200-12-31T23:59:59Z"})", "x", "B",
               "2200-12-31"),
        Accept("number_date_warns", R"({"id":"x","text":"B","date":20250314})", "x", "B",
               "1999-12-31", "", "", "\"date\" is a number"),
        Accept("null_date_silent", R"({"id":"x","text":"B","date":null})", "x", "B"),
        // Malformed or not an object.
        Reject("truncated", R"({"id":"x","text":"B")", "malformed JSON"),
        Reject("missing_comma", R"({"id":"x" "text":"B"})", "malformed JSON"),
        Reject("not_json", "Rebels seized the town", "malformed JSON"),
        Reject("bad_nested_value", R"({"id":"x","text":"B","m":[1,2,]})", "malformed JSON"),
        Reject("bad_number", R"({"id":"x","text":"B","m":01})", "malformed JSON"),
        Reject("bad_atom", R"({"id":"x","text":"B","m":nul})", "malformed JSON"),
        Reject("two_objects_on_a_line", R"({"id":"x","text":"B"} {"id":"y","text":"C"})",
               "malformed JSON"),
        Reject("trailing_garbage", R"({"id":"x","text":"B"} xyz)", "malformed JSON"),
        // Escaped quotes and backslashes inside strings: the check for a
        // second record skips string contents from quote to quote.
        Accept("escaped_quotes_and_braces_in_text", R"({"id":"x","text":"say \"} {\" now \\"})", "x",
               "say \"} {\" now \\"),
        Reject("record_after_escaped_backslash", R"({"id":"x","text":"B\\"} {"id":"y","text":"C"})",
               "malformed JSON"),
        Reject("extra_brace", R"({"id":"x","text":"B"}})", "malformed JSON"),
        Reject("array_line", R"([{"id":"x","text":"B"}])", "top level is an array, not an object"),
        Reject("string_line", R"("text")", "top level is a string, not an object"),
        Reject("number_line", "42", "top level is a number, not an object"),
        Reject("null_line", "null", "top level is null, not an object"),
        Reject("raw_byte_outside_string", "{\"id\":\"x\",\xFF\"text\":\"B\"}",
               "malformed JSON")),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ReadersJsonlLinesTest, BlankLinesSkippedAndLineNumbersKept) {
  const std::string data =
      "\n"
      "{\"id\":1,\"text\":\"a\"}\r\n"
      "   \t\r\n"
      "{broken\n"
      "\n"
      "{\"id\":2,\"text\":\"b\"}\n"
      "[]\n"
      "{\"id\":3}";  // no final newline
  Collected c = ReadJsonl(data);
  EXPECT_EQ(c.report.documents_read, 5u);
  EXPECT_EQ(c.report.documents_passed, 2u);
  EXPECT_EQ(c.report.rejected, 3u);
  ASSERT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.docs[0].record, 2u);
  EXPECT_EQ(c.docs[1].record, 6u);
  std::vector<uint64_t> lines;
  for (const ReadProblem& p : c.report.problems) lines.push_back(p.line);
  EXPECT_EQ(lines, (std::vector<uint64_t>{4, 7, 8}));
  EXPECT_NE(c.report.problems[2].reason.find("record has no \"text\""), std::string::npos);
}

TEST(ReadersJsonlLinesTest, EmptyInputHasNoRecords) {
  for (const char* data : {"", "\n\n", "  \r\n\t\n"}) {
    Collected c = ReadJsonl(data);
    EXPECT_EQ(c.report.documents_read, 0u);
    EXPECT_TRUE(c.docs.empty());
    EXPECT_TRUE(c.report.problems.empty());
  }
}

struct Utf8LineCase {
  const char* name;
  std::string raw_text;  // bytes put inside the JSON string
  std::string want;
};

class ReadersJsonlUtf8Test : public ::testing::TestWithParam<Utf8LineCase> {};

TEST_P(ReadersJsonlUtf8Test, RepairsInvalidBytesInStrings) {
  const Utf8LineCase& tc = GetParam();
  Collected c = ReadJsonl("{\"id\":\"x\",\"title\":\"T" + tc.raw_text + "\",\"text\":\"" +
                          tc.raw_text + "\"}\n");
  ASSERT_EQ(c.docs.size(), 1u);
  EXPECT_EQ(c.docs[0].text, tc.want);
  EXPECT_EQ(c.docs[0].title, "T" + tc.want);
  EXPECT_EQ(c.report.repaired_utf8, 1u);
  ASSERT_EQ(c.report.problems.size(), 1u);
  EXPECT_FALSE(c.report.problems[0].rejected);
  EXPECT_EQ(c.report.problems[0].line, 1u);
  EXPECT_NE(c.report.problems[0].reason.find("U+FFFD"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(
    Bytes, ReadersJsonlUtf8Test,
    ::testing::Values(Utf8LineCase{"lone_ff", "a\xFF" "b", "a" + kFffd + "b"},
                      Utf8LineCase{"overlong_slash", "\xC0\xAF", kFffd + kFffd},
                      Utf8LineCase{"surrogate", "\xED\xA0\x80", kFffd + kFffd + kFffd},
                      Utf8LineCase{"above_max", "\xF4\x90\x80\x80x",
                                   kFffd + kFffd + kFffd + kFffd + "x"},
                      Utf8LineCase{"truncated_4byte", "\xF0\x9F\x98" "x", kFffd + "x"},
                      Utf8LineCase{"lone_continuation", "\x80", kFffd}),
    [](const auto& info) { return std::string(info.param.name); });

// ---- RepairUtf8 / NormalizeDate -------------------------------------------

struct RepairCase {
  const char* name;
  std::string in;
  std::string out;
  size_t replaced;
};

class ReadersRepairUtf8Test : public ::testing::TestWithParam<RepairCase> {};

TEST_P(ReadersRepairUtf8Test, ReplacesMaximalSubparts) {
  const RepairCase& tc = GetParam();
  std::string s = tc.in;
  EXPECT_EQ(RepairUtf8(&s), tc.replaced);
  EXPECT_EQ(s, tc.out);
  EXPECT_EQ(RepairUtf8(&s), 0u) << "repair must be idempotent";
}

INSTANTIATE_TEST_SUITE_P(
    Sequences, ReadersRepairUtf8Test,
    ::testing::Values(
        RepairCase{"ascii", "plain text", "plain text", 0},
        RepairCase{"valid_multibyte", "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF",
                   "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF", 0},
        RepairCase{"nul_is_valid", std::string("a\0b", 3), std::string("a\0b", 3), 0},
        RepairCase{"bad_lead_bytes", "\xC0\xC1\xF5\xFF", kFffd + kFffd + kFffd + kFffd, 4},
        RepairCase{"overlong_3byte", "\xE0\x80\xAF", kFffd + kFffd + kFffd, 3},
        RepairCase{"overlong_4byte", "\xF0\x8F\xBF\xBF", kFffd + kFffd + kFffd + kFffd, 4},
        RepairCase{"surrogate_high", "\xED\xA0\x80", kFffd + kFffd + kFffd, 3},
        RepairCase{"surrogate_low", "\xED\xBF\xBF", kFffd + kFffd + kFffd, 3},
        RepairCase{"beyond_10ffff", "\xF4\x90\x80\x80", kFffd + kFffd + kFffd + kFffd, 4},
        RepairCase{"truncated_at_end", "ab\xE2\x82", "ab" + kFffd, 1},
        RepairCase{"truncated_then_ascii", "\xF0\x9F\x98" "A\xC3", kFffd + "A" + kFffd, 2},
        RepairCase{"continuations", "\x80\xBF", kFffd + kFffd, 2},
        // The example of Unicode 15 section 3.9 (U+FFFD substitution).
        RepairCase{"unicode_example", "\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64",
                   "a" + kFffd + kFffd + kFffd + "b" + kFffd + "c" + kFffd + kFffd + "d", 6}),
    [](const auto& info) { return std::string(info.param.name); });

TEST(ReadersNormalizeDateTest, AcceptsDaysAndIsoTimes) {
  const std::vector<std::pair<std::string, std::string>> good = {
      {"2025-03-14", "2025-03-14"},
      {" 2025-03-14 ", "2025-03-14"},
      {"2025-03-14T20:30:26Z", "2025-03-14"},
      {"2025-03-14 20:30:26Z", "2025-03-14"},
      {"2025-03-14T20:30:26+02:00", "2025-03-14"},
      {"2025-03-14T20:30:26-0530", "2025-03-14"},
      {"2025-03-14T20:30:26+02", "2025-03-14"},
      {"2025-03-14T20:30", "2025-03-14"},
      {"2025-03-14T20:30:26.123456Z", "2025-03-14"},
      {"2024-02-29", "2024-02-29"},
      {"2000-02-29", "2000-02-29"},
      {"1999-12-31t23:59:60z", "1999-12-31"},
      {"1800-01-01", "1800-01-01"},
      {"2200-12-31T23:59:59Z", "2200-12-31"},
  };
  for (const auto& [in, want] : good) {
    std::string out = "unchanged";
    EXPECT_TRUE(NormalizeDate(in, &out)) << in;
    EXPECT_EQ(out, want) << in;
  }
  const std::vector<std::string> bad = {
      "", "2025", "2025-3-14", "2025/03/14", "14-03-2025", "2025-13-01", "2025-00-10",
      "2025-02-29", "1900-02-29", "2025-04-31", "0000-01-01", "2025-03-14T", "2025-03-14T25:00",
      "2025-03-14T20:61", "2025-03-14T20:30:26+", "2025-03-14T20:30:26Zjunk",
      "2025-03-14junk", "2025-03-14T20:30:26.Z", "yesterday", "20250314",
      // Outside the one accepted range (core/date.h).
      "1799-12-31", "2201-01-01", "9999-12-31", "10000-01-01", "0001-01-01"};
  for (const std::string& in : bad) {
    std::string out = "unchanged";
    EXPECT_FALSE(NormalizeDate(in, &out)) << in;
    EXPECT_EQ(out, "unchanged") << in;
  }
}

// ---- Files and standard input ---------------------------------------------

TEST(ReadersFileTest, ReadsTextAndJsonLinesFiles) {
  const std::string txt = WriteTemp("ceasefire.txt", "Ceasefire agreed\n\nBoth sides agreed.\n");
  const std::string upper = WriteTemp("upper.TXT", "Body only");
  const std::string jsonl = WriteTemp(
      "feed.jsonl", "{\"id\":1,\"text\":\"a\"}\nnot json\n\n{\"id\":2,\"text\":\"b\"}\n");
  const std::string ndjson = WriteTemp("feed.ndjson", "{\"id\":\"n\",\"text\":\"c\"}\n");
  ReadOptions options;
  options.default_date = "2021-01-02";

  Collected c;
  const DocumentSink sink = [&](Document&& d) { c.docs.push_back(std::move(d)); };
  for (const std::string& path : {txt, upper, jsonl, ndjson}) {
    Status s = ReadDocuments(path, options, sink, &c.report);
    ASSERT_TRUE(s.ok()) << path << ": " << s.ToString();
  }
  ExpectAccounting(c);
  ASSERT_EQ(c.docs.size(), 5u);
  EXPECT_EQ(c.docs[0].id, "dyad_readers_ceasefire");
  EXPECT_EQ(c.docs[0].title, "Ceasefire agreed");
  EXPECT_EQ(c.docs[0].text, "Both sides agreed.");
  EXPECT_EQ(c.docs[0].source, txt);
  EXPECT_EQ(c.docs[1].text, "Body only");
  EXPECT_EQ(c.docs[2].id, "1");
  EXPECT_EQ(c.docs[3].id, "2");
  EXPECT_EQ(c.docs[3].record, 4u);
  EXPECT_EQ(c.docs[4].id, "n");
  for (const Document& d : c.docs) EXPECT_EQ(d.date, "2021-01-02");
  EXPECT_EQ(c.report.documents_read, 6u);
  EXPECT_EQ(c.report.rejected, 1u);
  ASSERT_EQ(c.report.problems.size(), 1u);
  EXPECT_EQ(c.report.problems[0].file, jsonl);
  EXPECT_EQ(c.report.problems[0].line, 2u);
}

TEST(ReadersFileTest, WholeInputErrorsNameTheFile) {
  const std::string missing = TempPath("does_not_exist.jsonl");
  std::filesystem::remove(missing);
  Collected c = ReadPath(missing);
  EXPECT_EQ(c.status.code(), StatusCode::kNotFound);
  EXPECT_NE(c.status.message().find(missing), std::string::npos);

  for (const char* name : {"table.csv", "feed.json", "noextension"}) {
    const std::string path = WriteTemp(name, "{\"id\":1,\"text\":\"a\"}\n");
    c = ReadPath(path);
    EXPECT_EQ(c.status.code(), StatusCode::kInvalidArgument) << name;
    EXPECT_TRUE(c.status.message().starts_with(path + ": unknown input format (expected .txt"))
        << c.status.message();
    EXPECT_EQ(c.report.documents_read, 0u);
  }

  const std::string dir = TempPath("a_directory.txt");
  std::filesystem::create_directories(dir);
  c = ReadPath(dir);
  EXPECT_FALSE(c.status.ok());
  EXPECT_NE(c.status.message().find(dir), std::string::npos);
}

TEST(ReadersFileTest, HugeLineIsRead) {
  constexpr size_t kSize = 50u << 20;
  std::string text;
  text.reserve(kSize);
  for (size_t i = 0; text.size() < kSize; ++i) text += i % 7 == 0 ? "word\\n " : "word ";
  text += "end";  // no trailing whitespace to trim
  const std::string path =
      WriteTemp("huge.jsonl", "{\"id\":\"big\",\"text\":\"" + text +
                                  "\",\"title\":\"Big\"}\n{\"id\":\"after\",\"text\":\"x\"}\n");
  ReadOptions options;
  options.max_document_bytes = 64u << 20;  // above the default, which rejects it
  Collected c = ReadPath(path, options);
  std::filesystem::remove(path);
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  ASSERT_EQ(c.docs.size(), 2u) << (c.report.problems.empty() ? "" : c.report.problems[0].reason);
  EXPECT_EQ(c.docs[0].title, "Big");
  size_t escapes = 0;
  for (size_t i = text.find("\\n"); i != std::string::npos; i = text.find("\\n", i + 2)) ++escapes;
  EXPECT_EQ(c.docs[0].text.size(), text.size() - escapes);
  EXPECT_GT(c.docs[0].text.size(), 48u << 20);
  EXPECT_EQ(c.docs[1].id, "after");
  EXPECT_EQ(c.docs[1].record, 2u);
}

TEST(ReadersLimitTest, RecordOverTheMaximumIsRejectedByLineAndReadingGoesOn) {
  ReadOptions options;
  options.max_document_bytes = 100;
  const std::string big = "{\"id\":\"big\",\"text\":\"" + std::string(200, 'x') + "\"}";
  const std::string data = "{\"id\":\"a\",\"text\":\"small\"}\n" + big + "\n{\"id\":\"b\",\"text\":\"small\"}\n" + big;
  for (const std::string& name : {std::string("limit.jsonl"), std::string("limit.jsonl.gz")}) {
    const std::string path = TempPath(name);
    {
      std::ofstream out(path, std::ios::binary);
      const std::string bytes = name.ends_with(".gz") ? Gzip(data) : data;
      out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    Collected c = ReadPath(path, options);
    std::filesystem::remove(path);
    ASSERT_TRUE(c.status.ok()) << c.status.ToString();
    ASSERT_EQ(c.docs.size(), 2u) << name;
    EXPECT_EQ(c.docs[1].id, "b");
    EXPECT_EQ(c.docs[1].record, 3u);
    ASSERT_EQ(c.report.rejected, 2u) << name;
    EXPECT_EQ(c.report.problems[0].line, 2u);
    EXPECT_EQ(c.report.problems[0].file, path);
    EXPECT_NE(c.report.problems[0].reason.find("maximum document size of 100 bytes"), std::string::npos)
        << c.report.problems[0].reason;
    EXPECT_EQ(c.report.problems[1].line, 4u);
  }
}

TEST(ReadersLimitTest, CompressedBombIsRejectedNotHeld) {
  // 64 MiB of zeros in one line compress to some 64 KiB: rejected as one
  // record over the limit (the reader holds one line, never the output).
  ReadOptions options;
  options.max_document_bytes = 1 << 20;
  const std::string path = TempPath("bomb.jsonl.gz");
  {
    std::ofstream out(path, std::ios::binary);
    const std::string bytes = Gzip(std::string(size_t{64} << 20, '\0'));
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  Collected c = ReadPath(path, options);
  std::filesystem::remove(path);
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  EXPECT_EQ(c.docs.size(), 0u);
  EXPECT_EQ(c.report.rejected, 1u);
  // A compressed text document over the limit, likewise.
  const std::string txt = TempPath("bomb.txt.gz");
  {
    std::ofstream out(txt, std::ios::binary);
    const std::string bytes = Gzip(std::string(size_t{4} << 20, 'a'));
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  c = ReadPath(txt, options);
  std::filesystem::remove(txt);
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  EXPECT_EQ(c.docs.size(), 0u);
  ASSERT_EQ(c.report.rejected, 1u);
  EXPECT_NE(c.report.problems[0].reason.find("maximum document size"), std::string::npos);
}

TEST(ReadersLimitTest, EndlessTextOnStandardInputStopsAtTheMaximum) {
  ReadOptions options;
  options.max_document_bytes = 1000;
  std::istringstream in(std::string(5000, 'z'));
  Collected c;
  c.status = ingest::ReadSniffedStream(
      in, "-", options, [&](Document&& d) { c.docs.push_back(std::move(d)); }, &c.report);
  ExpectAccounting(c);
  ASSERT_TRUE(c.status.ok());
  EXPECT_EQ(c.docs.size(), 0u);
  ASSERT_EQ(c.report.rejected, 1u);
  EXPECT_EQ(c.report.problems[0].file, "-");
  // A plain text file over the limit is refused before it is read.
  const std::string path = WriteTemp("long.txt", std::string(5000, 'z'));
  c = ReadPath(path, options);
  std::filesystem::remove(path);
  EXPECT_EQ(c.docs.size(), 0u);
  EXPECT_EQ(c.report.rejected, 1u);
}

TEST(ReadersFolderTest, UnreadableEntriesAreCountedNamedWarnings) {
  namespace fs = std::filesystem;
  const fs::path dir = TempPath("walk");
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  { std::ofstream(dir / "a.txt") << "Story a."; }
  { std::ofstream(dir / "sub" / "b.txt") << "Story b."; }
  fs::create_symlink(dir / "missing.txt", dir / "dangling.txt");
  fs::create_directory_symlink(dir, dir / "sub" / "loop");
  ASSERT_EQ(mkfifo((dir / "pipe.txt").c_str(), 0600), 0);
  Collected c = ReadPath(dir.string());
  ASSERT_TRUE(c.status.ok()) << c.status.ToString();
  EXPECT_EQ(c.docs.size(), 2u);
  EXPECT_EQ(c.report.skipped_entries, 3u);
  std::string all;
  for (const ReadProblem& p : c.report.problems) all += p.file + ": " + p.reason + "\n";
  EXPECT_NE(all.find("dangling.txt: skipped: dangling symbolic link"), std::string::npos) << all;
  EXPECT_NE(all.find("loop: skipped: link loop"), std::string::npos) << all;
  EXPECT_NE(all.find("pipe.txt: skipped: a FIFO"), std::string::npos) << all;
  // A link loop named on the command line is a loop, not "no such file".
  const fs::path self = TempPath("self_loop.txt");
  fs::remove(self);
  fs::create_symlink(self, self);
  c = ReadPath(self.string());
  EXPECT_FALSE(c.status.ok());
  EXPECT_NE(c.status.message().find("symbolic link loop"), std::string::npos) << c.status.message();
  fs::remove(self);
  fs::remove_all(dir);
}

TEST(ReadersStdinTest, SniffsJsonLinesOrText) {
  {
    Collected c = ReadStdin("\n \n  {\"id\":1,\"text\":\"a\"}\n{bad\n");
    ASSERT_TRUE(c.status.ok()) << c.status.ToString();
    ASSERT_EQ(c.docs.size(), 1u);
    EXPECT_EQ(c.docs[0].id, "1");
    EXPECT_EQ(c.docs[0].record, 3u);
    EXPECT_EQ(c.docs[0].source, "-");
    ASSERT_EQ(c.report.rejected, 1u);
    EXPECT_EQ(c.report.problems[0].line, 4u);
  }
  {
    Collected c = ReadStdin("\n  Headline\n\nBody {not json}\n");
    ASSERT_TRUE(c.status.ok()) << c.status.ToString();
    ASSERT_EQ(c.docs.size(), 1u);
    EXPECT_EQ(c.docs[0].id, "stdin");
    EXPECT_EQ(c.docs[0].title, "Headline");
    EXPECT_EQ(c.docs[0].text, "Body {not json}");
  }
  {
    // A vertical tab is space for sniffing but not JSON whitespace: the line
    // must be rejected exactly as it is in a file.
    Collected c = ReadStdin("\n\v{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"b\"}");
    ASSERT_TRUE(c.status.ok()) << c.status.ToString();
    ASSERT_EQ(c.docs.size(), 1u);
    EXPECT_EQ(c.docs[0].id, "2");
    EXPECT_EQ(c.docs[0].record, 3u);
    ASSERT_EQ(c.report.rejected, 1u);
    EXPECT_EQ(c.report.problems[0].line, 2u);
  }
}

}  // namespace
}  // namespace dyad
