// WARC reader (see warc.h).
//
// Choices the header leaves open:
//  - Records that are not documents (warcinfo, request, metadata, revisit,
//    resource, conversion, continuation) are passed over without a word;
//    other record types, non-HTML responses and HTTP statuses other than 2xx
//    are counted per file and reported as one warning each, so a crawl full
//    of images does not flood the problem list.
//  - A response whose record is cut off by the end of the archive is a lost
//    document: it is read and rejected.
//  - A record whose Content-Length disagrees with the archive is kept with
//    the body the separators delimit, and a warning says so.
//  - Chunked transfer coding and gzip/deflate content coding are undone,
//    whichever names the headers use (Common Crawl renames them
//    X-Crawler-Transfer-Encoding when it has already undone them itself).
#include "ingest/warc.h"

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <istream>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ingest/charset.h"
#include "ingest/compress.h"
#include "ingest/html.h"
#include "core/strings.h"

namespace dyad::ingest {
namespace {

// A header block larger than this is not a WARC or HTTP header.
constexpr size_t kMaxHeader = 1 << 16;

using Headers = std::vector<std::pair<std::string, std::string>>;  // lower-cased names

std::string Header(const Headers& h, std::string_view name) {
  for (const auto& [k, v] : h) {
    if (k == name) return v;
  }
  return "";
}

// Parses "Name: value" lines up to the first empty line, starting at `pos`.
// Returns the offset just after the empty line, or npos when there is none
// within kMaxHeader bytes.
size_t ParseHeaders(std::string_view data, size_t pos, Headers* out, std::string* first_line) {
  const size_t limit = std::min(data.size(), pos + kMaxHeader);
  bool first = true;
  while (pos < limit) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos || nl >= limit) return std::string_view::npos;
    std::string_view line = data.substr(pos, nl - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = nl + 1;
    if (line.empty()) return pos;
    if (first) {
      first = false;
      if (first_line) {
        *first_line = std::string(line);
        continue;
      }
    }
    if ((line.front() == ' ' || line.front() == '\t') && !out->empty()) {
      out->back().second.append(" ").append(Trim(line));  // folded continuation
      continue;
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    out->emplace_back(AsciiLower(Trim(line.substr(0, colon))), std::string(Trim(line.substr(colon + 1))));
  }
  return std::string_view::npos;
}

bool ParseLength(std::string_view s, size_t* out) {
  s = Trim(s);
  if (s.empty() || s.size() > 18) return false;
  size_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<size_t>(c - '0');
  }
  *out = v;
  return true;
}

// Offset of the next line that starts a WARC record at or after `from`.
size_t NextRecordStart(std::string_view data, size_t from) {
  for (size_t at = data.find("WARC/", from); at != std::string_view::npos;
       at = data.find("WARC/", at + 1)) {
    if ((at == 0 || data[at - 1] == '\n') && at + 6 < data.size() &&
        std::isdigit(static_cast<unsigned char>(data[at + 5]))) {
      return at;
    }
  }
  return std::string_view::npos;
}

// Offset of the next WARC version line ("WARC/1.0" and a line end) at or
// after `from`, wherever it starts: after bytes that are not a record, the
// next record may follow on the same line.
size_t NextVersionLine(std::string_view data, size_t from) {
  for (size_t at = data.find("WARC/", from); at != std::string_view::npos; at = data.find("WARC/", at + 1)) {
    const std::string_view v = data.substr(at + 5, 4);
    if (v.size() >= 4 && std::isdigit(static_cast<unsigned char>(v[0])) && v[1] == '.' &&
        std::isdigit(static_cast<unsigned char>(v[2])) && (v[3] == '\r' || v[3] == '\n')) {
      return at;
    }
  }
  return std::string_view::npos;
}

// Undoes chunked transfer coding. Returns false when the chunks are damaged;
// `out` then holds the chunks that were whole.
bool Dechunk(std::string_view body, std::string* out) {
  size_t pos = 0;
  while (pos < body.size()) {
    const size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) return false;
    std::string_view line = body.substr(pos, nl - pos);
    if (const size_t semi = line.find(';'); semi != std::string_view::npos) line = line.substr(0, semi);
    line = Trim(line);
    if (line.empty() || line.size() > 15) return false;
    size_t size = 0;
    for (char c : line) {
      const int h = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                    : (c >= 'a' && c <= 'f')                    ? c - 'a' + 10
                    : (c >= 'A' && c <= 'F')                    ? c - 'A' + 10
                                                                : -1;
      if (h < 0) return false;
      size = size * 16 + static_cast<size_t>(h);
    }
    pos = nl + 1;
    if (size == 0) return true;
    if (size > body.size() - pos) {
      out->append(body.substr(pos));
      return false;
    }
    out->append(body.substr(pos, size));
    pos += size;
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
  }
  return false;  // no last chunk
}

bool LooksLikeHtml(std::string_view body) {
  const std::string head = AsciiLower(Trim(body.substr(0, 512)));
  return head.starts_with("<!doctype html") || head.starts_with("<html") ||
         head.find("<html") != std::string::npos;
}

// Reads the archive through a window over the decoded stream: the window
// holds the current record (its headers, at most the maximum document size
// of block, and a little beyond to see where the record ends), so memory is
// bounded by the largest record read, not by the archive.
class WarcReader {
 public:
  WarcReader(const std::string& name, const ReadOptions& options, const DocumentSink& sink, ReadReport* report,
             DecodingReader* source)
      : name_(name), options_(options), sink_(sink), report_(report), source_(source) {}

  void Run() {
    uint64_t record = 0;
    while (true) {
      Discard();
      // Line ends between records.
      std::string_view data = Fill(pos_ + 1);
      while (true) {
        while (pos_ < data.size() && (data[pos_] == '\r' || data[pos_] == '\n')) ++pos_;
        if (pos_ < data.size() || end_) break;
        Discard();
        data = Fill(pos_ + 1);
      }
      if (pos_ >= data.size()) break;
      data = Fill(pos_ + kMaxHeader);
      if (!data.substr(pos_).starts_with("WARC/")) {
        // Resynchronise on the next record; every run of other bytes is
        // counted and reported where it is.
        uint64_t skipped = 0;
        size_t next = NextVersionLine(data, pos_);
        while (next == std::string_view::npos && !end_) {
          // The last bytes may begin a version line that the window cuts.
          const size_t keep = std::min<size_t>(kVersionLine, data.size() - pos_);
          skipped += data.size() - keep - pos_;
          pos_ = data.size() - keep;
          Discard();
          data = Fill(pos_ + kScan);
          next = NextVersionLine(data, pos_);
        }
        skipped += (next == std::string_view::npos ? data.size() : next) - pos_;
        ++report_->warc_garbage;
        report_->Warn(name_, record + 1,
                      std::to_string(skipped) + " bytes that are not a WARC record skipped " +
                          (record == 0 ? std::string("before the first record") : "after record " + std::to_string(record)));
        if (next == std::string_view::npos) break;
        pos_ = next;
        Discard();
        data = Fill(pos_ + kMaxHeader);
      }
      ++record;
      Headers headers;
      std::string version;
      const size_t body = ParseHeaders(data, pos_, &headers, &version);
      if (body == std::string_view::npos) {
        Truncated(record, headers, "the archive ends inside a WARC header");
        break;
      }
      size_t length = 0;
      if (!ParseLength(Header(headers, "content-length"), &length)) {
        report_->Warn(name_, record, "WARC record without a valid Content-Length skipped");
        if (!SkipToRecordStart(body)) break;
        continue;
      }
      const size_t max_block = options_.max_document_bytes;
      data = Fill(body + std::min(length, max_block) + kLookahead);
      std::string_view block;
      size_t next;
      size_t available = data.size() - body;
      const size_t end = body + std::min(length, available);
      bool fits = length <= available;
      const std::string_view after = data.substr(end);
      const std::string_view sep = Trim(after.substr(0, 4));
      // The declared length is trusted when the record's closing blank line
      // follows it: then whatever comes next (the next record, or bytes to
      // skip) is not part of this record.
      if (fits && (Trim(after).empty() || (sep.empty() && Trim(after).starts_with("WARC/")) ||
                   after.starts_with("\r\n\r\n"))) {
        block = data.substr(body, length);
        next = end;
      } else {
        // The declared length does not land on a record boundary: it is too
        // long (it swallows the next record or runs past the end) or too
        // short. The next "WARC/" line bounds the record instead.
        data = Fill(body + max_block + kLookahead);
        available = data.size() - body;
        fits = length <= available;
        const size_t boundary = NextRecordStart(data, body);
        if (boundary == std::string_view::npos && !end_) {
          // No boundary within the largest record read: too large.
          TooLarge(record, headers);
          if (!SkipToRecordStart(body)) break;
          continue;
        }
        if (boundary == std::string_view::npos && !fits) {
          Truncated(record, headers,
                    "the archive ends inside the record (Content-Length " +
                        std::to_string(length) + ", " + std::to_string(available) +
                        " bytes left)");
          break;
        }
        const size_t stop = boundary == std::string_view::npos ? data.size() : boundary;
        block = Trim(data.substr(body, stop - body));
        block = data.substr(body, block.data() + block.size() - (data.data() + body));
        next = stop;
        if (block.size() <= max_block) {
          report_->Warn(name_, record,
                        "Content-Length " + std::to_string(length) + " does not match the record (" +
                            std::to_string(block.size()) + " bytes to the next record); read up to the next record");
        }
      }
      if (block.size() > max_block) {
        TooLarge(record, headers);
      } else {
        Record(record, headers, block);
      }
      pos_ = next;
    }
    Summarise();
  }

 private:
  // Bytes read beyond a record to see how it ends, and the step of a scan
  // for the next record.
  static constexpr size_t kLookahead = 1 << 12;
  static constexpr size_t kScan = 1 << 20;
  // "WARC/1.0" without its line end: a version line cut by the window.
  static constexpr size_t kVersionLine = 8;

  // The window with at least `want` bytes (fewer at the end of the archive).
  std::string_view Fill(size_t want) {
    while (buffer_.size() < want && !end_) {
      const size_t old = buffer_.size();
      const size_t step = size_t{1} << 16;
      buffer_.resize(old + step);
      const size_t n = source_->Read(buffer_.data() + old, step);
      buffer_.resize(old + n);
      if (n == 0) end_ = true;
    }
    return buffer_;
  }

  // Drops the bytes before pos_ once they are many and most of the window,
  // so that every byte is moved at most a few times.
  void Discard() {
    if (pos_ >= kScan && pos_ >= buffer_.size() / 2) {
      buffer_.erase(0, pos_);
      pos_ = 0;
    }
  }

  // Moves pos_ to the next record after `from`, reading on as far as needed.
  // False when the archive ends first.
  bool SkipToRecordStart(size_t from) {
    std::string_view data = Fill(from + kScan);
    size_t next = NextRecordStart(data, from);
    while (next == std::string_view::npos && !end_) {
      // Keeps a record start that the window cuts, and the line end before
      // it (NextRecordStart looks at it).
      pos_ = std::max(from, data.size() - kVersionLine) - 1;
      Discard();
      from = pos_ + 1;
      data = Fill(pos_ + kScan);
      next = NextRecordStart(data, from);
    }
    if (next == std::string_view::npos) return false;
    pos_ = next;
    return true;
  }

  void TooLarge(uint64_t record, const Headers& headers) {
    const std::string why = "WARC record larger than the maximum document size of " +
                            std::to_string(options_.max_document_bytes) + " bytes (--max-document-bytes)";
    if (AsciiLower(Header(headers, "warc-type")) == "response") {
      ++report_->documents_read;
      report_->Reject(name_, record, why);
    } else {
      report_->Warn(name_, record, why + "; skipped");
    }
  }

  void Truncated(uint64_t record, const Headers& headers, const std::string& why) {
    if (AsciiLower(Header(headers, "warc-type")) == "response") {
      ++report_->documents_read;
      report_->Reject(name_, record, "truncated archive: " + why);
    } else {
      report_->Warn(name_, record, "truncated archive: " + why);
    }
  }

  void Record(uint64_t record, const Headers& headers, std::string_view block) {
    const std::string type = AsciiLower(Header(headers, "warc-type"));
    if (type == "warcinfo" || type == "request" || type == "metadata" || type == "revisit" ||
        type == "resource" || type == "conversion" || type == "continuation") {
      return;
    }
    if (type != "response") {
      ++skipped_["unknown record type \"" + (type.empty() ? std::string("none") : type) + "\""];
      return;
    }
    // HTTP status line and headers.
    Headers http;
    std::string status_line;
    const size_t payload_at = ParseHeaders(block, 0, &http, &status_line);
    if (payload_at == std::string_view::npos || !status_line.starts_with("HTTP/")) {
      ++skipped_["response without an HTTP header"];
      return;
    }
    const size_t sp = status_line.find(' ');
    const std::string code = sp == std::string::npos ? "" : status_line.substr(sp + 1, 3);
    if (code.empty() || code[0] != '2') {
      ++skipped_["HTTP status " + (code.empty() ? std::string("missing") : code)];
      return;
    }
    const std::string content_type = Header(http, "content-type");
    std::string_view payload = block.substr(payload_at);
    std::string decoded;
    std::vector<std::string> notes;
    if (AsciiLower(Header(http, "transfer-encoding")).find("chunked") != std::string::npos) {
      if (!Dechunk(payload, &decoded)) notes.push_back("damaged chunked transfer coding");
      payload = decoded;
    }
    const std::string coding = AsciiLower(Header(http, "content-encoding"));
    std::string inflated;
    if (coding == "gzip" || coding == "x-gzip" || coding == "deflate") {
      std::string problem;
      // "deflate" is sent with a zlib header (0x78...), gzip with its own;
      // the decoder accepts both.
      if (CodecOfData(payload) == Codec::kGzip ||
          (!payload.empty() && static_cast<unsigned char>(payload[0]) == 0x78)) {
        if (!Decompress(Codec::kGzip, payload, &inflated, &problem, options_.max_document_bytes)) {
          notes.push_back("content coding: " + problem);
        }
        payload = inflated;
      } else if (coding != "deflate") {
        notes.push_back("Content-Encoding gzip but the payload is not gzip; read as is");
      }
    } else if (!coding.empty() && coding != "identity") {
      ++skipped_["unsupported Content-Encoding \"" + coding + "\""];
      return;
    }
    const std::string lower_type = AsciiLower(content_type);
    const bool html = lower_type.empty() ? LooksLikeHtml(payload)
                                         : lower_type.find("html") != std::string::npos;
    if (!html) {
      std::string t = lower_type.substr(0, lower_type.find(';'));
      ++skipped_["non-HTML payload (" + std::string(Trim(t)) + ")"];
      return;
    }

    ++report_->documents_read;
    std::string charset = CharsetFromContentType(content_type);
    if (charset.empty()) charset = SniffMetaCharset(payload);
    std::string utf8, note;
    if (!ToUtf8(payload, charset, &utf8, &note)) {
      ++report_->repaired_utf8;
      notes.push_back(note);
    }
    HtmlArticle a = ExtractArticle(utf8);
    Document doc;
    std::string id(Trim(Header(headers, "warc-record-id")));
    if (id.size() >= 2 && id.front() == '<' && id.back() == '>') id = id.substr(1, id.size() - 2);
    doc.id = id.empty() ? HtmlId(name_) + "#" + std::to_string(record) : id;
    std::string url(Trim(Header(headers, "warc-target-uri")));
    if (url.size() >= 2 && url.front() == '<' && url.back() == '>') url = url.substr(1, url.size() - 2);
    doc.url = url.empty() ? std::move(a.url) : std::move(url);
    doc.title = std::move(a.title);
    doc.text = std::move(a.text);
    if (!a.date.empty()) {
      doc.date = std::move(a.date);
    } else if (!NormalizeDate(Header(headers, "warc-date"), &doc.date)) {
      doc.date = options_.default_date;
    }
    RepairUtf8(&doc.id);
    RepairUtf8(&doc.url);
    doc.source = name_;
    doc.record = record;
    for (std::string& n : notes) report_->Warn(name_, record, std::move(n));
    ++report_->documents_passed;
    sink_(std::move(doc));
  }

  void Summarise() {
    for (const auto& [what, n] : skipped_) {
      report_->Warn(name_, 0, std::to_string(n) + (n == 1 ? " record" : " records") +
                                  " skipped: " + what);
    }
  }

  const std::string& name_;
  const ReadOptions& options_;
  const DocumentSink& sink_;
  ReadReport* report_;
  DecodingReader* source_;
  std::string buffer_;  // the window; pos_ is the reading position in it
  size_t pos_ = 0;
  bool end_ = false;  // the source has no more bytes
  std::map<std::string, uint64_t> skipped_;
};

Status ReadWarc(DecodingReader* source, const std::string& name, const ReadOptions& options, const DocumentSink& sink,
                ReadReport* report) {
  // Damage found while decoding is reported first among the file's
  // problems, as it was when an archive was decoded whole before reading.
  const size_t first_problem = report->problems.size();
  WarcReader(name, options, sink, report, source).Run();
  if (source->read_error()) return Status::IoError(name + ": read error");
  if (!source->problem().empty()) {
    report->problems.insert(
        report->problems.begin() + static_cast<std::ptrdiff_t>(first_problem),
        ReadProblem{name, 0, source->problem() + "; the records before the damage are read", false});
  }
  return Status::Ok();
}

}  // namespace

Status ReadWarcBuffer(std::string_view data, const std::string& name,
                      const ReadOptions& options, const DocumentSink& sink,
                      ReadReport* report) {
  DecodingReader source(data, CodecOfData(data));
  return ReadWarc(&source, name, options, sink, report);
}

Status ReadWarcStream(std::istream& in, const std::string& name, const ReadOptions& options, const DocumentSink& sink,
                      ReadReport* report) {
  DecodingReader source(in, Codec::kNone);
  source.Detect();
  return ReadWarc(&source, name, options, sink, report);
}

}  // namespace dyad::ingest
