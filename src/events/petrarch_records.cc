// PETRARCH validation records (PETR.UnitTest.records.xml and the like): a
// small reader for their fixed XML layout, and the run that codes each record
// with dyad and compares the events (petrarch_validate.h).
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>

#include "core/strings.h"
#include "dyad/coder.h"
#include "events/petrarch.h"
#include "events/petrarch_validate.h"

namespace dyad::petrarch {
namespace {

std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static constexpr std::pair<std::string_view, char> kEntities[] = {
          {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (const auto& [name, ch] : kEntities) {
        if (s.substr(i, name.size()) == name) {
          out.push_back(ch);
          i += name.size() - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

// Attributes of a start tag's inside: name = "value" or name='value'.
std::vector<std::pair<std::string, std::string>> Attributes(std::string_view tag) {
  std::vector<std::pair<std::string, std::string>> out;
  size_t i = 0;
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (i < tag.size()) {
    while (i < tag.size() && space(tag[i])) ++i;
    size_t b = i;
    while (i < tag.size() && !space(tag[i]) && tag[i] != '=') ++i;
    std::string name(tag.substr(b, i - b));
    while (i < tag.size() && space(tag[i])) ++i;
    if (i >= tag.size() || tag[i] != '=') {
      if (name.empty()) ++i;
      continue;
    }
    ++i;
    while (i < tag.size() && space(tag[i])) ++i;
    if (i >= tag.size() || (tag[i] != '"' && tag[i] != '\'')) continue;
    char q = tag[i++];
    size_t e = tag.find(q, i);
    if (e == std::string_view::npos) e = tag.size();
    out.emplace_back(name, Unescape(tag.substr(i, e - i)));
    i = e + 1;
  }
  return out;
}

std::string Attr(const std::vector<std::pair<std::string, std::string>>& attrs, std::string_view name) {
  for (const auto& [k, v] : attrs) {
    if (k == name) return v;
  }
  return "";
}

uint32_t LineOf(std::string_view text, size_t pos) {
  uint32_t n = 1;
  for (size_t i = 0; i < pos && i < text.size(); ++i) n += text[i] == '\n';
  return n;
}

// Text between <tag> and </tag> inside `body`; false when there is none.
bool XmlElement(std::string_view body, std::string_view tag, std::string* out) {
  std::string open("<"), close("</");
  open.append(tag).push_back('>');
  close.append(tag).push_back('>');
  size_t b = body.find(open);
  if (b == std::string_view::npos) return false;
  b += open.size();
  size_t e = body.find(close, b);
  if (e == std::string_view::npos) return false;
  *out = std::string(Trim(body.substr(b, e - b)));
  return true;
}

}  // namespace

Result<RecordFile> ParseRecords(std::string_view raw, const std::string& name, const std::string& dir) {
  // Comments may hold whole records that are switched off; blank them out
  // (keeping newlines, so line numbers stay right).
  std::string text(raw);
  for (size_t b = text.find("<!--"); b != std::string::npos; b = text.find("<!--", b)) {
    size_t e = text.find("-->", b + 4);
    if (e == std::string::npos) e = text.size() - 3;
    for (size_t i = b; i < e + 3; ++i) {
      if (text[i] != '\n') text[i] = ' ';
    }
    b = e + 3;
  }
  RecordFile rf;
  std::string env;
  if (XmlElement(text, "Environment", &env)) {
    auto file = [&](std::string_view tag) {
      std::string v;
      if (!XmlElement(env, tag, &v) || v.empty()) return std::string();
      return (std::filesystem::path(dir) / v).string();
    };
    rf.environment.verbs = file("Verbfile");
    if (std::string a = file("Actorfile"); !a.empty()) rf.environment.actors.push_back(a);
    rf.environment.agents = file("Agentfile");
    rf.environment.discards = file("Discardfile");
  }
  size_t pos = 0;
  for (;;) {
    size_t b = text.find("<Sentence ", pos);
    if (b == std::string::npos) break;
    size_t tag_end = text.find('>', b);
    size_t end = text.find("</Sentence>", b);
    if (tag_end == std::string::npos || end == std::string::npos || end < tag_end) {
      return Status::DataError(name + ":" + std::to_string(LineOf(text, b)) + ": unterminated <Sentence>");
    }
    Record r;
    r.line = LineOf(text, b);
    auto attrs = Attributes(std::string_view(text).substr(b + 10, tag_end - b - 10));
    r.id = Attr(attrs, "id");
    r.category = Attr(attrs, "category");
    std::string date = Attr(attrs, "date");
    if (date.size() == 8) r.date = date.substr(0, 4) + "-" + date.substr(4, 2) + "-" + date.substr(6, 2);
    std::string_view body = std::string_view(text).substr(tag_end + 1, end - tag_end - 1);
    std::string t;
    if (XmlElement(body, "Text", &t)) {
      // The text is wrapped over lines; PETRARCH reads it as one line.
      std::string joined;
      for (char c : Unescape(t)) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        if (c == ' ' && !joined.empty() && joined.back() == ' ') continue;
        joined.push_back(c);
      }
      r.text = joined;
    }
    for (size_t e = body.find("<EventCoding"); e != std::string_view::npos; e = body.find("<EventCoding", e + 1)) {
      size_t close = body.find('>', e);
      if (close == std::string_view::npos) break;
      auto ea = Attributes(body.substr(e + 12, close - e - 12));
      std::string noevents = Attr(ea, "noevents"), error = Attr(ea, "error");
      if (!noevents.empty()) {
        r.noevents = noevents == "True" || noevents == "true" || noevents == "TRUE";
      } else if (!error.empty()) {
        r.error = error;
      } else {
        r.events.push_back({Attr(ea, "sourcecode"), Attr(ea, "targetcode"), Attr(ea, "eventcode")});
      }
    }
    rf.records.push_back(std::move(r));
    pos = end + 11;
  }
  if (rf.records.empty()) return Status::DataError(name + ": no <Sentence> records");
  return rf;
}

Result<RecordFile> ReadRecords(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open validation records");
  std::stringstream ss;
  ss << in.rdbuf();
  std::string dir = std::filesystem::path(path).parent_path().string();
  return ParseRecords(ss.str(), path, dir.empty() ? "." : dir);
}

Result<ValidationReport> Validate(const std::string& records_path, const ValidationOptions& options) {
  auto rf = ReadRecords(records_path);
  if (!rf.ok()) return rf.status();
  CoderOptions co;
  co.pipeline.data_dir = options.data_dir;
  co.no_default_dictionaries = true;
  co.conventions = Conventions::kPetrarch;  // the records are PETRARCH's own tests
  co.petrarch_verbs = rf->environment.verbs;
  co.petrarch_actors = rf->environment.actors;
  co.petrarch_agents = rf->environment.agents;
  co.petrarch_discards = rf->environment.discards;
  auto coder = Coder::Create(co);
  if (!coder.ok()) return coder.status();
  ValidationReport report;
  report.load_notes = (*coder)->load_notes();
  report.records = std::move(rf->records);
  CodedDocument coded;
  for (const Record& r : report.records) {
    RecordResult res;
    Document d;
    d.id = r.id;
    d.date = r.date;
    d.text = r.text;
    (*coder)->Code(d, &coded);
    std::set<std::tuple<std::string, std::string, std::string>> actual, expected;
    for (const Event& e : coded.events) {
      // PETRARCH codes a pattern's own code whatever the clause's modality
      // ("is about to restore ties" is 064): compare the pattern's code.
      const std::string& code = e.base_code.empty() ? e.cameo->code : e.base_code;
      actual.emplace(e.source, e.target, code);
    }
    for (const ExpectedEvent& e : r.events) expected.emplace(e.source, e.target, e.code);
    for (const auto& [s, t, c] : actual) res.actual.push_back({s, t, c});
    res.discard = coded.discarded;
    if (!r.error.empty()) {
      std::string want = r.error == "storydiscard" ? "story" : r.error == "sentencediscard" ? "sentence" : "";
      res.passed = !want.empty() && want == coded.discarded && actual.empty();
      if (want.empty()) res.why = "expected error \"" + r.error + "\" has no counterpart in coding from text";
    } else if (r.noevents) {
      res.passed = actual.empty();
    } else {
      res.passed = actual == expected;
    }
    (res.passed ? report.passed : report.failed)++;
    report.results.push_back(std::move(res));
  }
  return report;
}

}  // namespace dyad::petrarch
