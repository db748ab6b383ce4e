// Reads dyad's actor dictionary files (data/actors/FORMAT.md) and compiles
// them into the token trie. Every malformed or conflicting line is reported
// with file and line; the first error fails the load.
#include <algorithm>
#include <filesystem>
#include <fstream>

#include "actors/dictionary.h"
#include "core/date.h"
#include "core/strings.h"
#include "text/segmenter.h"

namespace dyad {
namespace actors {

uint64_t KeyHash(std::string_view lower) {
  // FNV-1a over the bytes, skipping periods so "u.s." == "us".
  uint64_t h = 1469598103934665603ull;
  bool any = false;
  for (char c : lower) {
    if (c == '.') continue;
    any = true;
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  if (!any) {
    for (char c : lower) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ull;
    }
  }
  return h;
}

namespace {

std::string_view StripComment(std::string_view line) {
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '#' && (i == 0 || line[i - 1] == ' ' || line[i - 1] == '\t')) return line.substr(0, i);
  }
  return line;
}

bool IsUpperCode(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

// YYYY, YYYY-MM or YYYY-MM-DD -> YYYY-MM-DD (start or end of the period);
// "-" is open (0000-01-01 or 9999-12-31, which sort before and after every
// day). The result is compared with document dates as a string.
bool NormalizeRoleDate(std::string_view s, bool end, std::string* out) {
  if (s == "-") {
    *out = end ? "9999-12-31" : "0000-01-01";
    return true;
  }
  Date d;
  if (s.size() == 4) {
    if (!ParseIsoDate(std::string(s) + (end ? "-12-31" : "-01-01"), &d)) return false;
  } else if (s.size() == 7) {
    if (!ParseIsoDate(std::string(s) + "-01", &d)) return false;
    if (end) d.day = DaysInMonth(d.year, d.month);
  } else if (!ParseIsoDate(s, &d)) {
    return false;
  }
  *out = FormatIsoDate(d);
  return true;
}

bool IsAcronym(std::string_view name) {
  int letters = 0;
  for (char c : name) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters > 0 && letters <= 5;
}

// "LeT", "HuJI": at most five letters with a capital after a small letter.
bool IsMixedCaseShort(std::string_view name) {
  if (name.size() > 5) return false;
  for (size_t i = 1; i < name.size(); ++i) {
    if (name[i] >= 'A' && name[i] <= 'Z' && name[i - 1] >= 'a' && name[i - 1] <= 'z') return true;
  }
  return false;
}

struct NameRecord {
  std::string file;
  uint32_t line;
  uint32_t entry;
};

class Builder {
 public:
  explicit Builder(actors::DictionaryData* impl) : impl_(impl) {
    impl_->terminal_of.push_back(-1);
  }

  Status ParseText(std::string_view text, const std::string& file) {
    uint32_t line_no = 0;
    int32_t current = -1;
    size_t pos = 0;
    // "file:line: " for the messages, rebuilt in one buffer for every line:
    // a new string per line was allocated and freed 12,000 times.
    std::string where;
    while (pos <= text.size()) {
      size_t nl = text.find('\n', pos);
      if (nl == std::string_view::npos) nl = text.size();
      std::string_view raw = text.substr(pos, nl - pos);
      pos = nl + 1;
      ++line_no;
      std::string_view line = StripComment(raw);
      if (Trim(line).empty()) {
        if (nl == text.size()) break;
        continue;
      }
      where.assign(file).append(":").append(std::to_string(line_no)).append(": ");
      if (line[0] != ' ' && line[0] != '\t') {
        DYAD_RETURN_IF_ERROR(Header(Trim(line), file, line_no, where, &current));
      } else {
        if (current < 0) return Status::DataError(where + "field line before any block header");
        DYAD_RETURN_IF_ERROR(Field(Trim(line), current, file, line_no, where));
      }
      if (nl == text.size()) break;
    }
    return Finish();
  }

  // An entry from another dictionary format: codes are checked only for
  // their characters, and a name that conflicts is skipped, not fatal.
  void AddSpec(const ActorSpec& spec, std::vector<std::string>* rejected) {
    std::string where = spec.file + ":" + std::to_string(spec.line) + ": ";
    auto reject = [&](const std::string& why) { rejected->push_back(where + why); };
    Entry e;
    e.file = spec.file;
    e.line = spec.line;
    e.code = spec.code;
    e.prefix = spec.prefix && spec.kind == ActorSpec::Kind::kAgent;
    for (const std::string& c : spec.more_codes) {
      if (!IsUpperCode(c) || c.size() < 3) return reject("bad code \"" + c + "\"");
      e.more_codes.push_back(c);
    }
    e.display = spec.display.empty() ? spec.code : spec.display;
    EntryKind kind = EntryKind::kCountry;
    switch (spec.kind) {
      case ActorSpec::Kind::kCountry: kind = EntryKind::kCountry; break;
      case ActorSpec::Kind::kGroup: kind = EntryKind::kGroup; break;
      case ActorSpec::Kind::kAgent: kind = EntryKind::kAgent; break;
      case ActorSpec::Kind::kPerson: kind = EntryKind::kPerson; break;
    }
    e.kind = kind;
    if (kind == EntryKind::kPerson) {
      for (const ActorSpec::Role& r : spec.roles) {
        Role role;
        role.code = r.code;
        if (!IsUpperCode(r.code) || r.code.size() < 3) return reject("bad code \"" + r.code + "\"");
        if (!NormalizeRoleDate(r.from, false, &role.from) || !NormalizeRoleDate(r.to, true, &role.to) ||
            role.from > role.to) {
          return reject("bad dates \"" + r.from + " " + r.to + "\"");
        }
        e.roles.push_back(std::move(role));
      }
      if (e.roles.empty()) return reject("no code");
    } else if (!IsUpperCode(spec.code) || spec.code.size() < 3) {
      return reject("bad code \"" + spec.code + "\"");
    }
    impl_->entries.push_back(std::move(e));
    uint32_t index = impl_->entries.size() - 1;
    switch (kind) {
      case EntryKind::kCountry: ++impl_->stats.countries; break;
      case EntryKind::kGroup: ++impl_->stats.groups; break;
      case EntryKind::kPerson: ++impl_->stats.people; break;
      default: break;
    }
    for (const std::string& name : spec.names) {
      // PETRARCH's "THE_DUCHY" is "the Duchy" inside a sentence: the
      // article's case does not matter.
      bool article = name.size() > 4 && (name.compare(0, 4, "The ") == 0 || name.compare(0, 4, "the ") == 0);
      impl_->article_names = impl_->article_names || article;
      Status s = AddName(name, index, kind, where, article);
      if (!s.ok()) rejected->push_back(s.message());
    }
  }

  Status Finish() {
    for (const auto& e : impl_->entries) {
      if (e.kind == EntryKind::kPerson && e.roles.empty()) {
        return Status::DataError(e.file + ":" + std::to_string(e.line) + ": person \"" + e.display +
                                 "\" has no role line");
      }
    }
    return Status::Ok();
  }

 private:
  Status Header(std::string_view line, const std::string& file, uint32_t line_no,
                const std::string& where, int32_t* current) {
    size_t sp = line.find(' ');
    std::string_view kind = line.substr(0, sp);
    std::string_view rest = sp == std::string_view::npos ? std::string_view() : Trim(line.substr(sp + 1));
    Entry e;
    e.file = file;
    e.line = line_no;
    if (kind == "person") {
      if (rest.empty()) return Status::DataError(where + "person without a name");
      e.kind = EntryKind::kPerson;
      e.display = std::string(rest);
      ++impl_->stats.people;
    } else {
      size_t sp2 = rest.find(' ');
      std::string_view code = rest.substr(0, sp2);
      std::string_view display = sp2 == std::string_view::npos ? std::string_view() : Trim(rest.substr(sp2 + 1));
      if (!IsUpperCode(code)) return Status::DataError(where + "bad code \"" + std::string(code) + "\"");
      e.code = std::string(code);
      e.display = std::string(display.empty() ? code : display);
      if (kind == "country") {
        if (code.size() != 3) return Status::DataError(where + "country code must have 3 letters");
        e.kind = EntryKind::kCountry;
        ++impl_->stats.countries;
      } else if (kind == "region") {
        // A region's names and adjectives code as a country's do ("European
        // companies" EURBUS); IsStateCode tells the two apart.
        if (!IsRegionCode(code)) return Status::DataError(where + "not a CAMEO region code \"" + std::string(code) + "\"");
        e.kind = EntryKind::kCountry;
      } else if (kind == "igo") {
        if (code.substr(0, 3) != "IGO") return Status::DataError(where + "IGO code must start with IGO");
        e.kind = EntryKind::kIgo;
        ++impl_->stats.igos;
      } else if (kind == "group") {
        if (code.size() < 3) return Status::DataError(where + "group code too short");
        e.kind = EntryKind::kGroup;
        ++impl_->stats.groups;
      } else if (kind == "agent") {
        if (code.size() != 3) return Status::DataError(where + "agent sector code must have 3 letters");
        e.kind = EntryKind::kAgent;
      } else {
        return Status::DataError(where + "unknown block kind \"" + std::string(kind) +
                                 "\" (expected country, region, igo, group, agent or person)");
      }
      if (e.kind != EntryKind::kAgent) {
        auto [it, fresh] = codes_.emplace(e.code + "/" + std::string(kind), where);
        if (!fresh) return Status::DataError(where + "code " + e.code + " is already defined at " + it->second);
      }
    }
    impl_->entries.push_back(std::move(e));
    *current = impl_->entries.size() - 1;
    return Status::Ok();
  }

  Status Field(std::string_view line, int32_t current, const std::string& file, uint32_t line_no,
               const std::string& where) {
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) return Status::DataError(where + "expected \"field: values\"");
    std::string_view field = Trim(line.substr(0, colon));
    std::string_view values = Trim(line.substr(colon + 1));
    Entry& owner = impl_->entries[current];
    if (field == "role") {
      if (owner.kind != EntryKind::kPerson) return Status::DataError(where + "role line outside a person block");
      std::string_view rest = values;
      const std::string code(NextWord(&rest)), from(NextWord(&rest)), to(NextWord(&rest));
      // the rest of the line after the three words (none when a word is missing)
      const std::string_view desc = to.empty() ? std::string_view() : rest;
      if (!IsUpperCode(code) || code.size() < 3) return Status::DataError(where + "bad role code \"" + code + "\"");
      Role r;
      r.code = code;
      if (!NormalizeRoleDate(from, false, &r.from) || !NormalizeRoleDate(to, true, &r.to)) {
        return Status::DataError(where + "bad role dates \"" + from + " " + to + "\" (YYYY[-MM[-DD]] or -)");
      }
      if (r.from > r.to) return Status::DataError(where + "role ends before it starts");
      r.description = std::string(Trim(desc));
      owner.roles.push_back(std::move(r));
      return Status::Ok();
    }
    if (field == "sector" || field == "country") {
      return Status::Ok();  // informational; the code carries them
    }
    EntryKind kind;
    uint32_t target = current;
    if (field == "names") {
      kind = owner.kind;
    } else if (owner.kind == EntryKind::kCountry &&
               (field == "adjectives" || field == "government" || field == "places")) {
      kind = field == "adjectives" ? EntryKind::kAdjective
             : field == "government" ? EntryKind::kGovernment : EntryKind::kPlace;
      // a sub-entry sharing the country's code
      Entry sub;
      sub.kind = kind;
      sub.code = owner.code + (kind == EntryKind::kGovernment ? "GOV" : "");
      sub.display = owner.display;
      sub.file = file;
      sub.line = line_no;
      impl_->entries.push_back(std::move(sub));
      target = impl_->entries.size() - 1;
    } else {
      return Status::DataError(where + "unknown field \"" + std::string(field) + "\"");
    }
    size_t start = 0;
    while (start <= values.size()) {
      size_t semi = values.find(';', start);
      if (semi == std::string_view::npos) semi = values.size();
      std::string_view name = Trim(values.substr(start, semi - start));
      start = semi + 1;
      if (!name.empty()) DYAD_RETURN_IF_ERROR(AddName(name, target, kind, where));
      if (semi == values.size()) break;
    }
    return Status::Ok();
  }

  Status AddName(std::string_view name, uint32_t entry, EntryKind kind, const std::string& where,
                 bool any_case = false) {
    // One Analysis for every name, cleared: a fresh one per name allocated
    // its vectors and arena anew, a fifth of the cost of adding a name.
    Analysis& a = name_tokens_;
    a.Clear();
    text::Segment(name, 0, &a);
    if (a.tokens.empty()) return Status::DataError(where + "empty name");
    uint32_t node = 0;
    for (const Token& t : a.tokens) {
      std::string_view lower = a.Lower(t);
      uint64_t h = KeyHash(lower);
      int32_t child = impl_->Child(node, h);
      if (child < 0) {
        child = impl_->node_count++;
        if (!impl_->edges.Insert(EdgeKey(node, h), child)) {
          return Status::DataError(where + "too many names: the actor trie holds at most " +
                                   std::to_string(EdgeTable::kMaxValue) + " nodes");
        }
        if (node == 0) impl_->AddFirstWord(h);
        impl_->terminal_of.push_back(-1);
      }
      node = child;
    }
    int32_t& ti = impl_->terminal_of[node];
    if (ti < 0) {
      ti = impl_->terminals.size();
      impl_->terminals.emplace_back();
      impl_->terminals[ti].needs_caps = true;
      impl_->terminals[ti].needs_capital = true;
    }
    Terminal& term = impl_->terminals[ti];
    if (a.tokens.size() == 1 && IsMixedCaseShort(name)) {
      term.exact_forms.emplace_back(name);
    } else {
      term.exact_only = false;
    }
    bool acronym = IsAcronym(name) && kind != EntryKind::kAgent;
    term.needs_caps = term.needs_caps && acronym;
    bool capital = kind != EntryKind::kAgent && !any_case;
    term.needs_capital = term.needs_capital && capital;
    term.any_case_name = term.any_case_name || (kind == EntryKind::kIgo && a.tokens.size() >= 3 && !acronym);
    // Conflicts: one name, two different codes of the same kind (people may
    // share names: the document date decides between them).
    const Entry& e = impl_->entries[entry];
    for (uint32_t other : term.entries) {
      const Entry& o = impl_->entries[other];
      if (other == entry) return Status::Ok();  // listed twice in one block
      if (o.kind == kind && kind != EntryKind::kPerson && o.code != e.code) {
        return Status::DataError(where + "name \"" + std::string(name) + "\" is already " + o.code +
                                 " (" + o.file + ":" + std::to_string(o.line) + ")");
      }
    }
    term.entries.push_back(entry);
    ++impl_->stats.names;
    return Status::Ok();
  }

  actors::DictionaryData* impl_;
  std::unordered_map<std::string, std::string> codes_;
  Analysis name_tokens_;  // AddName's scratch, kept for its capacity
};

}  // namespace
}  // namespace actors

ActorDictionary::ActorDictionary() : impl_(new Impl) {}
ActorDictionary::~ActorDictionary() = default;

ActorDictionary::Stats ActorDictionary::stats() const {
  Stats s = impl_->stats;
  s.agents = 0;
  for (const auto& e : impl_->entries) {
    if (e.kind == actors::EntryKind::kAgent) ++s.agents;
  }
  return s;
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Parse(std::string_view text,
                                                               const std::string& name) {
  std::unique_ptr<ActorDictionary> d(new ActorDictionary());
  actors::Builder b(d->impl_.get());
  DYAD_RETURN_IF_ERROR(b.ParseText(text, name));
  return d;
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::LoadFiles(const std::vector<std::string>& files) {
  std::vector<std::string> rejected;  // stays empty: no foreign entries
  return Build(files, {}, &rejected);
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Build(const std::vector<std::string>& files,
                                                               const std::vector<ActorSpec>& foreign,
                                                               std::vector<std::string>* rejected) {
  std::unique_ptr<ActorDictionary> d(new ActorDictionary());
  actors::Builder b(d->impl_.get());
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return Status::NotFound(f + ": cannot open actor dictionary");
    std::stringstream ss;
    ss << in.rdbuf();
    DYAD_RETURN_IF_ERROR(b.ParseText(ss.str(), f));
  }
  for (const ActorSpec& spec : foreign) b.AddSpec(spec, rejected);
  return d;
}

Status ActorDictionary::ParseWordLists(std::string_view text, const std::string& name) {
  actors::WordLists words;
  DYAD_RETURN_IF_ERROR(words.Add(text, name));
  DYAD_RETURN_IF_ERROR(words.CheckComplete(name));
  impl_->words = std::move(words);
  return Status::Ok();
}

Status ActorDictionary::LoadWordLists(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::NotFound(file + ": cannot open the actors' word lists");
  std::stringstream ss;
  ss << in.rdbuf();
  return ParseWordLists(ss.str(), file);
}

Result<std::unique_ptr<ActorDictionary>> ActorDictionary::Load(const std::string& dir) {
  std::error_code ec;
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  if (ec) return Status::NotFound(dir + ": cannot read actor dictionary folder: " + ec.message());
  std::sort(files.begin(), files.end());
  if (files.empty()) return Status::NotFound(dir + ": no actor dictionary files (*.txt)");
  auto d = LoadFiles(files);
  if (!d.ok()) return d.status();
  DYAD_RETURN_IF_ERROR((*d)->LoadWordLists(dir + "/words/words.txt"));
  return d;
}

}  // namespace dyad
