#include "ingest/warc.h"

#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "ingest/compress.h"
#include "ingest/gzip_util.h"

namespace dyad::ingest {
namespace {

using testing_util::Gzip;
using testing_util::Zstd;

std::string Page(const std::string& paragraph, const std::string& head = "") {
  return "<html><head><title>A page</title>" + head + "</head><body><article><p>" + paragraph +
         "</p><p>A second paragraph, long enough, with commas, to be part of the story.</p>"
         "</article></body></html>";
}

std::string Record(const std::string& type, const std::string& headers, const std::string& block,
                   long declared = -1) {
  const size_t length = declared < 0 ? block.size() : static_cast<size_t>(declared);
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\n" + headers +
         "Content-Length: " + std::to_string(length) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string Response(int n, const std::string& http) {
  return Record("response",
                "WARC-Record-ID: <urn:uuid:0000-" + std::to_string(n) + ">\r\n"
                "WARC-Target-URI: https://news.example/" + std::to_string(n) + "\r\n"
                "WARC-Date: 2024-03-0" + std::to_string(n % 9 + 1) + "T10:00:00Z\r\n",
                http);
}

std::string Http(const std::string& body, const std::string& headers = "Content-Type: text/html\r\n") {
  return "HTTP/1.1 200 OK\r\n" + headers + "\r\n" + body;
}

struct Outcome {
  std::vector<Document> docs;
  ReadReport report;
};

Outcome Read(const std::string& warc) {
  Outcome r;
  EXPECT_TRUE(ReadWarcBuffer(warc, "t.warc", {}, [&](Document&& d) { r.docs.push_back(d); },
                             &r.report)
                  .ok());
  EXPECT_EQ(r.report.documents_read, r.report.documents_passed + r.report.rejected);
  EXPECT_EQ(r.report.documents_passed, r.docs.size());
  return r;
}

bool HasProblem(const ReadReport& r, const std::string& needle) {
  for (const ReadProblem& p : r.problems) {
    if (p.reason.find(needle) != std::string::npos) return true;
  }
  return false;
}

std::string Archive() {
  return Record("warcinfo", "", "software: test\r\n") +
         Record("request", "", "GET /1 HTTP/1.1\r\nHost: news.example\r\n\r\n") +
         Response(1, Http(Page("The first story, about a summit in the capital, began today."),
                          "Content-Type: text/html; charset=utf-8\r\n")) +
         Response(2, Http(Page("The second story has its own date, set in the page head."),
                          "Content-Type: text/html\r\n")) +
         Record("metadata", "", "fetchTimeMs: 12\r\n");
}

TEST(WarcReaderTest, ResponsesBecomeDocuments) {
  std::string warc = Archive();
  const size_t at = warc.find("The second story");
  ASSERT_NE(at, std::string::npos);
  const Outcome r = Read(warc);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "urn:uuid:0000-1");
  EXPECT_EQ(r.docs[0].url, "https://news.example/1");
  EXPECT_EQ(r.docs[0].date, "2024-03-02");  // from WARC-Date: the page has none
  EXPECT_EQ(r.docs[0].title, "A page");
  EXPECT_NE(r.docs[0].text.find("summit in the capital"), std::string::npos);
  EXPECT_EQ(r.docs[0].record, 3u);
  EXPECT_TRUE(r.report.problems.empty());
}

TEST(WarcReaderTest, PageDateWinsOverWarcDate) {
  const std::string warc = Response(
      1, Http(Page("Text of the story that is long enough to be kept as a paragraph here.",
                   "<meta property=\"article:published_time\" content=\"2023-12-31T23:00:00Z\">")));
  const Outcome r = Read(warc);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].date, "2023-12-31");
}

TEST(WarcReaderTest, MultiMemberGzipAsCommonCrawlWritesIt) {
  std::string warc = Archive();
  // One gzip member per record.
  std::string gz;
  for (size_t pos = 0; pos < warc.size();) {
    size_t next = warc.find("WARC/1.0\r\n", pos + 1);
    if (next == std::string::npos) next = warc.size();
    gz += Gzip(warc.substr(pos, next - pos));
    pos = next;
  }
  const Outcome r = Read(gz);
  EXPECT_EQ(r.docs.size(), 2u);
  EXPECT_TRUE(r.report.problems.empty());

  // Truncated: the last member is cut; the records before it are read.
  const Outcome cut = Read(gz.substr(0, gz.size() - 20));
  EXPECT_EQ(cut.docs.size(), 2u);
  EXPECT_TRUE(HasProblem(cut.report, "truncated")) << cut.report.problems.size();
}

TEST(WarcReaderTest, ChunkedAndGzipContentCoding) {
  const std::string page = Page("A chunked and compressed story about the harbour, told in full.");
  const std::string body = Gzip(page);
  std::string chunked;
  for (size_t i = 0; i < body.size(); i += 7) {
    const std::string piece = body.substr(i, 7);
    char size[16];
    std::snprintf(size, sizeof size, "%zx", piece.size());
    chunked += std::string(size) + ";ext=1\r\n" + piece + "\r\n";
  }
  chunked += "0\r\n\r\n";
  const Outcome r = Read(Response(1, Http(chunked,
                                      "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                                      "Content-Encoding: gzip\r\n")));
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_NE(r.docs[0].text.find("about the harbour"), std::string::npos) << r.docs[0].text;
}

TEST(WarcReaderTest, NonDocumentsAreCountedNotFatal) {
  const std::string warc =
      Response(1, Http("\x89PNG....", "Content-Type: image/png\r\n")) +
      Response(2, "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>gone</p>") +
      Record("frobnicate", "", "what is this") +
      Response(3, Http(Page("A story encoded in Latin-1: caf\xE9 society gathered on Friday."),
                       "Content-Type: text/html; charset=ISO-8859-1\r\n")) +
      Response(4, Http(Page("Bad bytes \xFF\xFE in a page that claims to be UTF-8, sadly."),
                       "Content-Type: text/html; charset=utf-8\r\n"));
  const Outcome r = Read(warc);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_NE(r.docs[0].text.find("caf\xC3\xA9 society"), std::string::npos);
  EXPECT_NE(r.docs[1].text.find("\xEF\xBF\xBD"), std::string::npos);
  EXPECT_EQ(r.report.repaired_utf8, 1u);
  EXPECT_TRUE(HasProblem(r.report, "non-HTML payload (image/png)"));
  EXPECT_TRUE(HasProblem(r.report, "HTTP status 404"));
  EXPECT_TRUE(HasProblem(r.report, "unknown record type \"frobnicate\""));
}

TEST(WarcReaderTest, LyingContentLengthNeitherCrashesNorHangs) {
  const std::string first = Http(Page("The record whose length is wrong, in either direction."));
  const std::string second = Http(Page("The record after it is still read, completely and well."));
  for (long delta : {-40L, -1L, 1L, 25L, 100000L}) {
    const std::string warc =
        Record("response", "WARC-Record-ID: <urn:a>\r\n", first,
               static_cast<long>(first.size()) + delta) +
        Response(2, second);
    const Outcome r = Read(warc);
    ASSERT_GE(r.docs.size(), 1u) << delta;
    EXPECT_NE(r.docs.back().text.find("still read"), std::string::npos) << delta;
    EXPECT_TRUE(HasProblem(r.report, "Content-Length")) << delta;
  }
  // Too long at the end of the archive: a truncated archive, rejected.
  const std::string body = Http(Page("Cut short."));
  const Outcome r = Read(Record("response", "", body, static_cast<long>(body.size()) + 5000));
  EXPECT_TRUE(r.docs.empty());
  EXPECT_EQ(r.report.rejected, 1u);
  EXPECT_TRUE(HasProblem(r.report, "truncated archive"));
  // Header never ends.
  const Outcome h = Read("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 10\r\n");
  EXPECT_EQ(h.report.rejected, 1u);
  EXPECT_TRUE(HasProblem(h.report, "truncated archive"));
}

TEST(WarcReaderTest, GarbageIsSkippedToTheNextRecord) {
  const Outcome r = Read("not a warc at all\r\n" + Response(1, Http(Page("After the garbage."))));
  EXPECT_EQ(r.docs.size(), 1u);
  EXPECT_TRUE(HasProblem(r.report, "not a WARC record"));
  const Outcome empty = Read("");
  EXPECT_TRUE(empty.docs.empty());
}

TEST(WarcReaderTest, GarbageBetweenRecordsIsCountedAndDoesNotMergeThem) {
  // Issue 18.19: bytes between two records, with or without a line end
  // before the second one.
  for (const std::string& garbage : {std::string("\x01\x02 junk bytes \xff\xfe"), std::string("junk line\r\n")}) {
    const std::string warc = Response(1, Http(Page("The first story stays the first story alone."))) + garbage +
                             Response(2, Http(Page("The second story is its own document."))) + "tail junk";
    const Outcome r = Read(warc);
    ASSERT_EQ(r.docs.size(), 2u);
    EXPECT_EQ(r.docs[0].text.find("second story"), std::string::npos) << r.docs[0].text;
    EXPECT_NE(r.docs[1].text.find("second story"), std::string::npos);
    EXPECT_EQ(r.report.warc_garbage, 2u);
    EXPECT_TRUE(HasProblem(r.report, " bytes that are not a WARC record skipped after record 1"));
    EXPECT_TRUE(HasProblem(r.report, "9 bytes that are not a WARC record skipped after record 2"));
  }
}

TEST(CompressTest, GzipAndZstdRoundTripAndDamage) {
  const std::string text = "line one\nline two\n" + std::string(100000, 'x');
  for (Codec codec : {Codec::kGzip, Codec::kZstd}) {
    const std::string packed = codec == Codec::kGzip ? Gzip(text) : Zstd(text);
    EXPECT_EQ(CodecOfData(packed), codec);
    std::string out, problem;
    EXPECT_TRUE(Decompress(codec, packed, &out, &problem)) << problem;
    EXPECT_EQ(out, text);
    out.clear();
    EXPECT_FALSE(Decompress(codec, packed.substr(0, packed.size() / 2), &out, &problem));
    EXPECT_NE(problem.find("truncated"), std::string::npos) << problem;
    EXPECT_LT(out.size(), text.size());
    out.clear();
    std::string corrupt = packed;
    corrupt[corrupt.size() / 2] ^= 0x55;
    corrupt[corrupt.size() / 2 + 1] ^= 0x55;
    Decompress(codec, corrupt, &out, &problem);  // must only return
    out.clear();
    EXPECT_FALSE(Decompress(codec, packed, &out, &problem, 1000));
    EXPECT_NE(problem.find("limit"), std::string::npos);
  }
  EXPECT_EQ(CodecOfName("a.jsonl.GZ"), Codec::kGzip);
  EXPECT_EQ(CodecOfName("a.jsonl.zst"), Codec::kZstd);
  EXPECT_EQ(StripCodecExtension("a.jsonl.zst"), "a.jsonl");
}

// Files and folders through ReadDocuments.
class IngestFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("dyad_ingest_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "_" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_ / "sub" / "deeper");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Write(const std::string& rel, const std::string& data) {
    const auto path = dir_ / rel;
    std::ofstream(path, std::ios::binary) << data;
    return path.string();
  }
  Outcome ReadAll(const std::string& path, const ReadOptions& options = {}) {
    Outcome r;
    status_ = ReadDocuments(path, options, [&](Document&& d) { r.docs.push_back(d); }, &r.report);
    return r;
  }
  std::filesystem::path dir_;
  Status status_;
};

TEST_F(IngestFilesTest, FolderRecursiveSortedAllFormats) {
  Write("b.jsonl.gz", Gzip("{\"id\":\"j1\",\"text\":\"from gzip\"}\n"));
  Write("sub/a.jsonl.zst", Zstd("{\"id\":\"z1\",\"text\":\"from zstd\"}\n"));
  Write("sub/deeper/page.html.gz", Gzip(Page("A page in a folder, with a body that is long.")));
  Write("c.warc.gz", Gzip(Response(1, Http(Page("An archived page in the same folder, long.")))));
  Write("d.txt", "Title\n\nPlain text.");
  Write("notes.md", "not an input");
  const Outcome r = ReadAll(dir_.string());
  ASSERT_TRUE(status_.ok()) << status_.message();
  std::vector<std::string> ids;
  for (const Document& d : r.docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"j1", "urn:uuid:0000-1", "d", "z1", "page"}));
  EXPECT_TRUE(HasProblem(r.report, "1 files of unknown format skipped"));
}

TEST_F(IngestFilesTest, TruncatedGzipKeepsWhatItCan) {
  std::string lines;
  for (int i = 0; i < 2000; ++i) lines += "{\"id\":\"" + std::to_string(i) + "\",\"text\":\"t\"}\n";
  const std::string gz = Gzip(lines);
  const Outcome r = ReadAll(Write("cut.jsonl.gz", gz.substr(0, gz.size() * 2 / 3)));
  EXPECT_TRUE(status_.ok());
  EXPECT_GT(r.docs.size(), 100u);
  EXPECT_LT(r.docs.size(), 2000u);
  EXPECT_TRUE(HasProblem(r.report, "truncated"));
  // Not gzip at all under a .gz name: nothing decodable, an input error.
  ReadAll(Write("fake.jsonl.gz", "{\"id\":1,\"text\":\"x\"}\n"));
  EXPECT_FALSE(status_.ok());
}

TEST_F(IngestFilesTest, FieldMapping) {
  ReadOptions o;
  o.fields = {{"text", "body"}, {"date", "pubDate"}, {"id", "guid"}};
  const Outcome r = ReadAll(Write("m.jsonl",
                              "{\"guid\":\"g1\",\"body\":\"The body.\",\"text\":\"not this\","
                              "\"pubDate\":\"2020-05-06T07:08:09Z\"}\n"
                              "{\"guid\":\"g2\",\"text\":\"no body\"}\n"),
                        o);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "g1");
  EXPECT_EQ(r.docs[0].text, "The body.");
  EXPECT_EQ(r.docs[0].date, "2020-05-06");
  EXPECT_EQ(r.report.rejected, 1u);
  EXPECT_TRUE(HasProblem(r.report, "record has no \"body\""));
}

// Issue 18.10: a WARC file is read through a window, not whole. Archives
// larger than the window's step (1 MiB) cross its edges everywhere: in
// garbage, in records and in the scan for a record after a bad one.
TEST_F(IngestFilesTest, ArchiveLargerThanTheWindowReadsAsAWhole) {
  std::string warc;
  std::vector<std::string> want;
  for (int i = 0; i < 40; ++i) {
    // Pages of some 60 KB, so that records end at every offset of a piece.
    const std::string filler = std::string(static_cast<size_t>(60000 + 997 * i), ' ');
    warc += Response(i, Http(Page("Story number " + std::to_string(i) + " of the long archive, told in full.") +
                             "<!--" + filler + "-->"));
    want.push_back("urn:uuid:0000-" + std::to_string(i));
    if (i == 10) warc += std::string(3 << 20, 'g');  // 3 MiB of garbage
    if (i == 20)
      warc += "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\n" + std::string(2 << 20, 'h') + "\r\n";
  }
  for (bool compressed : {false, true}) {
    const std::string path = Write(compressed ? "big.warc.gz" : "big.warc", compressed ? Gzip(warc) : warc);
    const Outcome file = ReadAll(path);
    ASSERT_TRUE(status_.ok()) << status_.message();
    std::vector<std::string> ids;
    for (const Document& d : file.docs) ids.push_back(d.id);
    EXPECT_EQ(ids, want) << compressed;
    EXPECT_EQ(file.report.warc_garbage, 1u);
    EXPECT_TRUE(
        HasProblem(file.report, std::to_string(3 << 20) + " bytes that are not a WARC record skipped after record 11"));
    EXPECT_TRUE(HasProblem(file.report, "without a valid Content-Length skipped"));
    // The buffer reader (tests, fuzzers) agrees, problem for problem.
    const Outcome buffer = Read(compressed ? Gzip(warc) : warc);
    ASSERT_EQ(buffer.docs.size(), file.docs.size());
    for (size_t i = 0; i < file.docs.size(); ++i) EXPECT_EQ(buffer.docs[i].text, file.docs[i].text);
    ASSERT_EQ(buffer.report.problems.size(), file.report.problems.size());
    for (size_t i = 0; i < file.report.problems.size(); ++i) {
      EXPECT_EQ(buffer.report.problems[i].reason, file.report.problems[i].reason);
      EXPECT_EQ(buffer.report.problems[i].line, file.report.problems[i].line);
    }
  }
}

TEST_F(IngestFilesTest, RecordOverTheMaximumIsRejectedByRecordAndReadingGoesOn) {
  ReadOptions options;
  options.max_document_bytes = 4000;
  const std::string big = Http(Page("A page far larger than the limit." + std::string(20000, ' ')));
  const std::string warc = Response(1, Http(Page("The first small story is read as usual."))) + Response(2, big) +
                           Record("metadata", "", std::string(9000, 'm')) +
                           // A length that lies, and no record boundary
                           // within the limit: too large as well.
                           Record("response", "WARC-Record-ID: <urn:liar>\r\n", big, 10) +
                           Response(5, Http(Page("The last small story is read as usual too.")));
  for (bool compressed : {false, true}) {
    const Outcome r =
        ReadAll(Write(compressed ? "limit.warc.gz" : "limit.warc", compressed ? Gzip(warc) : warc), options);
    ASSERT_TRUE(status_.ok()) << status_.message();
    ASSERT_EQ(r.docs.size(), 2u);
    EXPECT_EQ(r.docs[0].id, "urn:uuid:0000-1");
    EXPECT_EQ(r.docs[1].id, "urn:uuid:0000-5");
    EXPECT_EQ(r.report.documents_read, 4u);
    ASSERT_EQ(r.report.rejected, 2u);
    std::vector<uint64_t> rejected, warned;
    for (const ReadProblem& p : r.report.problems) {
      if (p.reason.find("WARC record larger than the maximum document size of 4000 bytes") == std::string::npos)
        continue;
      EXPECT_NE(p.file.find("limit.warc"), std::string::npos);
      (p.rejected ? rejected : warned).push_back(p.line);
    }
    EXPECT_EQ(rejected, (std::vector<uint64_t>{2, 4}));
    EXPECT_EQ(warned, (std::vector<uint64_t>{3}));
  }
}

TEST_F(IngestFilesTest, DamagedArchiveWarnsFirstAndKeepsTheRecordsBefore) {
  std::string gz;
  for (int i = 1; i <= 3; ++i)
    gz += Gzip(Response(i, Http(Page("Story " + std::to_string(i) + " of three, long enough."))));
  const Outcome r = ReadAll(Write("cut.warc.gz", gz.substr(0, gz.size() - 30)));
  ASSERT_TRUE(status_.ok());
  EXPECT_EQ(r.docs.size(), 2u);
  ASSERT_FALSE(r.report.problems.empty());
  EXPECT_NE(r.report.problems[0].reason.find("gzip: truncated"), std::string::npos) << r.report.problems[0].reason;
  EXPECT_EQ(r.report.problems[0].line, 0u);
}

TEST_F(IngestFilesTest, CompressedTextAndHtmlAreReadToTheMaximumOnly) {
  ReadOptions options;
  options.max_document_bytes = 5000;
  const Outcome small = ReadAll(Write("small.txt.gz", Gzip("Title\n\nA short story.")), options);
  ASSERT_EQ(small.docs.size(), 1u);
  EXPECT_EQ(small.docs[0].text, "A short story.");
  for (const char* name : {"big.txt.gz", "big.html.gz", "big.txt.zst"}) {
    const std::string data =
        std::string(name).find("html") != std::string::npos ? Page(std::string(50000, 'a')) : std::string(50000, 'a');
    const std::string path = Write(name, std::string(name).ends_with(".zst") ? Zstd(data) : Gzip(data));
    const Outcome r = ReadAll(path, options);
    ASSERT_TRUE(status_.ok()) << status_.message();
    EXPECT_TRUE(r.docs.empty()) << name;
    ASSERT_EQ(r.report.rejected, 1u) << name;
    EXPECT_EQ(r.report.problems[0].file, path);
    EXPECT_NE(r.report.problems[0].reason.find("decompressed document larger than the maximum document size of 5000"),
              std::string::npos)
        << r.report.problems[0].reason;
  }
}

}  // namespace
}  // namespace dyad::ingest
