// Readers for PETRARCH 2 dictionary files and their translation into dyad's
// actor entries and event patterns (petrarch.h). The formats are PETRARCH's
// (and TABARI's before it); see docs/petrarch.md for what is supported.
#include "events/petrarch.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <fstream>
#include <set>
#include <sstream>

#include "core/data_lines.h"
#include "core/date.h"
#include "core/strings.h"

namespace dyad::petrarch {
namespace {

// What separates words on a dictionary line (lines hold no newline).
constexpr std::string_view kSpace = " \t\r\f\v";

std::string Lower(std::string_view s) { return AsciiLower(s); }

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::vector<std::string_view> SplitAny(std::string_view s, std::string_view seps) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && seps.find(s[i]) != std::string_view::npos) ++i;
    size_t b = i;
    while (i < s.size() && seps.find(s[i]) == std::string_view::npos) ++i;
    if (b < i) out.push_back(s.substr(b, i - b));
  }
  return out;
}

// Iterates over the lines of a PETRARCH file with XML comments
// (<!-- ... -->, possibly over several lines) and '#' comments removed. A '#'
// starts a comment at the start of a line or after white space or ']'; inside
// a code ("[###]") it is part of the code.
template <typename Fn>
void ForEachLine(std::string_view text, Fn&& fn) {
  bool in_xml_comment = false;
  data::ForEachNumberedLine(text, [&](std::string_view line, uint32_t line_no) {
    std::string cleaned;
    size_t i = 0;
    while (i < line.size()) {
      if (in_xml_comment) {
        size_t end = line.find("-->", i);
        if (end == std::string_view::npos) {
          i = line.size();
          break;
        }
        in_xml_comment = false;
        i = end + 3;
        continue;
      }
      if (line[i] == '<' && i + 1 < line.size() && line[i + 1] == '!') {
        in_xml_comment = true;
        i += 2;
        continue;
      }
      if (line[i] == '#' && (i == 0 || kSpace.find(line[i - 1]) != std::string_view::npos || line[i - 1] == ']')) {
        break;
      }
      cleaned.push_back(line[i]);
      ++i;
    }
    // A TABARI "<! -- ... -->" header is not closed by a line of its own.
    std::string_view t = Trim(cleaned);
    if (!t.empty()) fn(line_no, t, line);
    return true;
  });
}

void Add(std::vector<Diagnostic>* diags, const std::string& file, uint32_t line, std::string msg, bool error) {
  diags->push_back(Diagnostic{file, line, std::move(msg), error});
}

// "[CODE]" or "[CODE:REVERSE]" at the start of `s`; returns the characters
// used, 0 when there is no well-formed bracket.
size_t ReadCode(std::string_view s, std::string* code, std::string* reverse) {
  if (s.empty() || s[0] != '[') return 0;
  size_t close = s.find(']');
  if (close == std::string_view::npos) return 0;
  std::string_view inner = Trim(s.substr(1, close - 1));
  size_t colon = inner.find(':');
  *code = std::string(Trim(inner.substr(0, colon)));
  *reverse = colon == std::string_view::npos ? "" : std::string(Trim(inner.substr(colon + 1)));
  if (code->empty() || code->find_first_of(" \t[") != std::string::npos) return 0;
  if (reverse->find_first_of(" \t[") != std::string::npos) return 0;
  return close + 1;
}

// ---- verbs ------------------------------------------------------------------

bool ParseElements(std::string_view text, std::vector<Element>* before, std::vector<Element>* after,
                   bool* verb_joined, std::string* why) {
  bool seen_verb = false;
  for (std::string_view token : SplitAny(text, kSpace)) {
    std::vector<std::string_view> parts;
    size_t s = 0;
    while (s <= token.size()) {
      size_t u = token.find('_', s);
      if (u == std::string_view::npos) u = token.size();
      if (u > s) parts.push_back(token.substr(s, u - s));
      s = u + 1;
    }
    for (size_t i = 0; i < parts.size(); ++i) {
      std::string_view p = parts[i];
      bool joined = i + 1 < parts.size();
      if (p == "*") {
        if (seen_verb) {
          *why = "more than one * (verb position)";
          return false;
        }
        seen_verb = true;
        *verb_joined = joined;
        continue;
      }
      Element e;
      e.joined = joined;
      if (p == "$") e.kind = Element::kSource;
      else if (p == "+") e.kind = Element::kTarget;
      else if (p == "%") e.kind = Element::kCompound;
      else if (p == "^") e.kind = Element::kSkipPhrase;
      else if (p[0] == '&') {
        e.kind = Element::kSynset;
        e.text = Upper(p);
      } else {
        for (char c : p) {
          if (c == '[' || c == ']' || c == '{' || c == '}' || c == '|' || c == '*') {
            *why = "bad word \"" + std::string(p) + "\"";
            return false;
          }
        }
        e.text = Lower(p);
      }
      (seen_verb ? after : before)->push_back(std::move(e));
    }
  }
  if (!seen_verb) {
    *why = "no * (verb position)";
    return false;
  }
  return true;
}

}  // namespace

std::string Diagnostic::ToString() const {
  return file + ":" + std::to_string(line) + ": " + (error ? "error: " : "note: ") + message;
}

VerbDictionary ParseVerbs(std::string_view text, const std::string& file, std::vector<Diagnostic>* diags) {
  VerbDictionary d;
  d.file = file;
  enum { kNone, kSynset, kBlock } context = kNone;
  std::string synset;
  ForEachLine(text, [&](uint32_t n, std::string_view line, std::string_view) {
    if (line.rfind("---", 0) == 0) {
      // --- VERB [CODE] ---
      std::string_view inner = line.substr(3);
      if (inner.size() >= 3 && inner.substr(inner.size() - 3) == "---") inner.remove_suffix(3);
      inner = Trim(inner);
      size_t br = inner.find('[');
      VerbBlock b;
      b.line = n;
      b.name = std::string(Trim(inner.substr(0, br)));
      if (b.name.empty()) {
        Add(diags, file, n, "verb block header without a verb", true);
        context = kNone;
        return;
      }
      if (br == std::string_view::npos || !ReadCode(inner.substr(br), &b.code, &b.reverse_code)) {
        Add(diags, file, n, "verb block header without a [CODE]", true);
        context = kNone;
        return;
      }
      std::string_view rest = Trim(inner.substr(inner.find(']', br) + 1));
      if (!rest.empty()) Add(diags, file, n, "text after the block's code ignored: \"" + std::string(rest) + "\"", false);
      d.blocks.push_back(std::move(b));
      context = kBlock;
      return;
    }
    if (line[0] == '&') {
      std::vector<std::string_view> f = SplitAny(line, kSpace);
      if (f.size() != 1 || f[0].size() < 2) {
        Add(diags, file, n, "synset header must be one &NAME", true);
        context = kNone;
        return;
      }
      synset = Upper(f[0]);
      while (synset.size() > 1 && synset.back() == '_') synset.pop_back();
      if (d.synsets.count(synset)) Add(diags, file, n, "synset " + synset + " defined again; members added", false);
      d.synsets[synset];
      context = kSynset;
      return;
    }
    if (line[0] == '-' && (line.size() == 1 || line[1] == ' ' || line[1] == '\t')) {
      if (context != kBlock) {
        Add(diags, file, n, "pattern outside a verb block", true);
        return;
      }
      std::string_view body = Trim(line.substr(1));
      size_t br = body.rfind('[');
      VerbPattern p;
      p.line = n;
      if (br == std::string_view::npos || !ReadCode(body.substr(br), &p.code, &p.reverse_code)) {
        Add(diags, file, n, "pattern without a [CODE]", true);
        return;
      }
      std::string why;
      if (!ParseElements(body.substr(0, br), &p.before, &p.after, &p.verb_joined, &why)) {
        Add(diags, file, n, why, true);
        return;
      }
      d.blocks.back().patterns.push_back(std::move(p));
      return;
    }
    if (context == kSynset) {
      if (line[0] != '+') {
        Add(diags, file, n, "synset member must start with +", true);
        return;
      }
      std::vector<std::string> words;
      for (std::string_view w : SplitAny(line.substr(1), " \t_")) {
        words.push_back(w[0] == '&' ? Upper(w) : Lower(w));
      }
      if (words.empty()) {
        Add(diags, file, n, "empty synset member", true);
        return;
      }
      d.synsets[synset].push_back(std::move(words));
      return;
    }
    if (context == kBlock) {
      // A verb form: WORD, WORD_WORD, +VERB_PARTICLE, WORD_+VERB, with
      // optional {forms} and [CODE].
      VerbForm f;
      f.line = n;
      std::string_view rest = line;
      size_t brace = rest.find('{');
      size_t br = rest.find('[');
      size_t end = std::min(brace, br);
      std::string_view words = Trim(rest.substr(0, end));
      if (brace != std::string_view::npos && rest.find('}', brace) == std::string_view::npos) {
        Add(diags, file, n, "unclosed {", true);
        return;
      }
      if (brace != std::string_view::npos) {
        size_t close = rest.find('}', brace);
        for (std::string_view form : SplitAny(rest.substr(brace + 1, close - brace - 1), kSpace)) {
          std::vector<std::string_view> parts = SplitAny(form, "_");
          std::string_view verb = parts.empty() ? form : parts[0];
          for (std::string_view part : parts) {
            if (part[0] == '+') verb = part;
          }
          if (!verb.empty() && verb[0] == '+') verb.remove_prefix(1);
          if (!verb.empty()) f.irregular.push_back(Lower(verb));
        }
      }
      if (br != std::string_view::npos) {
        if (!ReadCode(rest.substr(br), &f.code, &f.reverse_code)) {
          Add(diags, file, n, "bad [CODE]", true);
          return;
        }
      }
      bool marked = false;
      for (std::string_view w : SplitAny(words, " \t_")) {
        if (w[0] == '+') {
          if (marked) {
            Add(diags, file, n, "more than one + in a verb form", true);
            return;
          }
          marked = true;
          f.verb_index = f.words.size();
          w.remove_prefix(1);
          if (w.empty()) continue;
        }
        for (char c : w) {
          if (c == '*' || c == '$' || c == '%' || c == '^' || c == '&' || c == '}' || c == ']') {
            Add(diags, file, n, "bad verb form \"" + std::string(words) + "\"", true);
            return;
          }
        }
        f.words.push_back(Lower(w));
      }
      if (f.words.empty()) {
        Add(diags, file, n, "verb form without a verb", true);
        return;
      }
      if (f.verb_index >= f.words.size()) f.verb_index = 0;
      d.blocks.back().forms.push_back(std::move(f));
      return;
    }
    Add(diags, file, n, "line outside a verb block or synset", true);
  });
  for (const VerbBlock& b : d.blocks) {
    if (b.forms.empty()) Add(diags, file, b.line, "verb block \"" + b.name + "\" has no verb line", true);
  }
  return d;
}

// ---- actors -------------------------------------------------------------------

namespace {

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// YYMMDD or YYYYMMDD -> YYYY-MM-DD. Two-digit years: 30-99 are 19xx.
bool ReadDate(std::string_view s, std::string* out) {
  s = Trim(s);
  if (!AllDigits(s)) return false;
  std::string y, md;
  if (s.size() == 6) {
    y = (s[0] >= '3' ? "19" : "20") + std::string(s.substr(0, 2));
    md = std::string(s.substr(2));
  } else if (s.size() == 8) {
    y = std::string(s.substr(0, 4));
    md = std::string(s.substr(4));
  } else {
    return false;
  }
  const Date d{std::stoi(y), std::stoi(md.substr(0, 2)), std::stoi(md.substr(2))};
  if (!IsCalendarDay(d)) return false;
  *out = FormatIsoDate(d);
  return true;
}

// `ymd` is one that ReadDate wrote.
std::string DayBefore(const std::string& ymd) {
  Date d;
  ParseIsoDate(ymd, &d);
  return FormatIsoDate(AddDays(d, -1));
}

// "[CODE]", "[CODE <date]", "[CODE >date]", "[CODE date-date]", "[CODE date - date]".
bool ReadDatedCode(std::string_view s, DatedCode* out, std::string* why) {
  size_t close = s.find(']');
  if (s.empty() || s[0] != '[' || close == std::string_view::npos) {
    *why = "expected [CODE]";
    return false;
  }
  std::string_view after = Trim(s.substr(close + 1));
  if (!after.empty()) {
    *why = "text after ]";
    return false;
  }
  std::string_view inner = Trim(s.substr(1, close - 1));
  size_t sp = inner.find_first_of(" \t<>");
  out->code = std::string(inner.substr(0, sp));
  if (out->code.empty()) {
    *why = "empty code";
    return false;
  }
  std::string_view date = sp == std::string_view::npos ? std::string_view() : Trim(inner.substr(sp));
  if (date.empty()) return true;
  if (date[0] == '<' || date[0] == '>') {
    std::string d;
    if (!ReadDate(date.substr(1), &d)) {
      *why = "bad date \"" + std::string(date) + "\"";
      return false;
    }
    if (date[0] == '<') out->to = DayBefore(d); else out->from = d;
    return true;
  }
  size_t dash = date.find('-');
  if (dash == std::string_view::npos || !ReadDate(date.substr(0, dash), &out->from) ||
      !ReadDate(date.substr(dash + 1), &out->to) || out->from > out->to) {
    *why = "bad date range \"" + std::string(date) + "\"";
    return false;
  }
  return true;
}

std::string NameText(std::string_view raw) {
  std::string s(Trim(raw));
  while (!s.empty() && s.back() == '_') s.pop_back();
  for (char& c : s) {
    if (c == '_') c = ' ';
  }
  std::string out;
  for (std::string_view w : SplitAny(s, kSpace)) {
    if (!out.empty()) out.push_back(' ');
    out.append(w);
  }
  return out;
}

}  // namespace

std::vector<Actor> ParseActors(std::string_view text, const std::string& file, std::vector<Diagnostic>* diags) {
  std::vector<Actor> out;
  auto close = [&] {
    if (!out.empty() && out.back().codes.empty()) {
      Add(diags, file, out.back().line, "actor \"" + out.back().names[0] + "\" has no [CODE]", true);
      out.pop_back();
    }
  };
  ForEachLine(text, [&](uint32_t n, std::string_view line, std::string_view) {
    if (line[0] == '[') {
      if (out.empty()) {
        Add(diags, file, n, "code line before any actor", true);
        return;
      }
      DatedCode c;
      std::string why;
      if (!ReadDatedCode(line, &c, &why)) {
        Add(diags, file, n, why, true);
        return;
      }
      c.line = n;
      out.back().codes.push_back(std::move(c));
      return;
    }
    if (line[0] == '+') {
      if (out.empty()) {
        Add(diags, file, n, "alias before any actor", true);
        return;
      }
      std::string name = NameText(line.substr(1));
      if (name.empty()) {
        Add(diags, file, n, "empty alias", true);
        return;
      }
      out.back().names.push_back(std::move(name));
      return;
    }
    close();
    size_t br = line.find('[');
    Actor a;
    a.line = n;
    std::string name = NameText(line.substr(0, br));
    if (name.empty()) {
      Add(diags, file, n, "actor line without a name", true);
      return;
    }
    a.names.push_back(std::move(name));
    if (br != std::string_view::npos) {
      DatedCode c;
      std::string why;
      if (!ReadDatedCode(line.substr(br), &c, &why)) {
        Add(diags, file, n, why, true);
        return;
      }
      c.line = n;
      a.codes.push_back(std::move(c));
    }
    out.push_back(std::move(a));
  });
  close();
  return out;
}

// ---- agents ---------------------------------------------------------------------

namespace {

// PETRARCH's plural of an agent's last word.
std::string Plural(const std::string& name) {
  if (name.empty()) return name;
  char last = name.back();
  auto ends = [&](std::string_view s) {
    return name.size() >= s.size() && name.compare(name.size() - s.size(), s.size(), s) == 0;
  };
  if (last == 'y' && name.size() > 1 && std::string_view("aeiou").find(name[name.size() - 2]) == std::string_view::npos) {
    return name.substr(0, name.size() - 1) + "ies";
  }
  if (last == 's' || last == 'x' || last == 'z' || ends("ch") || ends("sh")) return name + "es";
  return name + "s";
}

}  // namespace

std::vector<Agent> ParseAgents(std::string_view text, const std::string& file, std::vector<Diagnostic>* diags) {
  std::vector<Agent> out;
  std::map<std::string, std::vector<std::string>> subst;
  ForEachLine(text, [&](uint32_t n, std::string_view line, std::string_view) {
    if (line[0] == '!' && line.find('[') == std::string_view::npos) {
      size_t close = line.find('!', 1);
      size_t eq = line.find('=');
      if (close == std::string_view::npos || eq == std::string_view::npos || eq < close) {
        Add(diags, file, n, "expected !NAME! = WORD, WORD, ...", true);
        return;
      }
      std::vector<std::string> words;
      for (std::string_view w : SplitAny(line.substr(eq + 1), ", \t")) words.push_back(Lower(w));
      std::string key = Upper(line.substr(0, close + 1));
      if (words.empty()) {
        Add(diags, file, n, "empty substitution list", true);
        subst.erase(key);
        return;
      }
      subst[key] = std::move(words);
      return;
    }
    size_t br = line.rfind('[');
    if (br == std::string_view::npos) {
      Add(diags, file, n, "agent without a [CODE]", true);
      return;
    }
    size_t close = line.find(']', br);
    if (close == std::string_view::npos || !Trim(line.substr(close + 1)).empty()) {
      Add(diags, file, n, "bad [CODE]", true);
      return;
    }
    std::string code(Trim(line.substr(br + 1, close - br - 1)));
    Agent a;
    a.line = n;
    if (!code.empty() && code[0] == '~') {
      code.erase(0, 1);
    } else if (!code.empty() && code.back() == '~') {
      code.pop_back();
      a.prefix = true;
    } else {
      Add(diags, file, n, "agent code must start or end with ~", true);
      return;
    }
    a.code = Upper(Trim(code));
    if (a.code.empty()) {
      Add(diags, file, n, "empty agent code", true);
      return;
    }
    std::string_view head = line.substr(0, br);
    std::optional<std::vector<std::string>> plurals;
    if (size_t lb = head.find('{'); lb != std::string_view::npos) {
      size_t rb = head.find('}', lb);
      if (rb == std::string_view::npos) {
        Add(diags, file, n, "unclosed {", true);
        return;
      }
      plurals.emplace();
      for (std::string_view p : SplitAny(head.substr(lb + 1, rb - lb - 1), kSpace)) {
        plurals->push_back(Lower(NameText(p)));
      }
      head = head.substr(0, lb);
    }
    std::string base = Lower(Trim(head));
    if (base.empty()) {
      Add(diags, file, n, "agent without a name", true);
      return;
    }
    // !SUBST! markers expand to every word of their list; each name is
    // expanded on its own (the marker's place differs between them).
    std::vector<std::string> names = {base};
    bool substituted = false;
    for (int round = 0;; ++round) {
      std::vector<std::string> next;
      bool any = false;
      for (const std::string& nm : names) {
        size_t b = nm.find('!');
        if (b == std::string::npos) {
          next.push_back(nm);
          continue;
        }
        any = true;
        size_t e = nm.find('!', b + 1);
        std::string key = e == std::string::npos ? "" : Upper(nm.substr(b, e - b + 1));
        auto it = subst.find(key);
        if (it == subst.end()) {
          Add(diags, file, n, "unknown substitution " + (key.empty() ? nm.substr(b) : key), true);
          return;
        }
        for (const std::string& w : it->second) next.push_back(nm.substr(0, b) + w + nm.substr(e + 1));
      }
      if (!any) break;
      names = std::move(next);
      substituted = true;
      if (round == 4 || names.size() > 256) {
        Add(diags, file, n, "substitutions nested too deep", true);
        return;
      }
    }
    for (std::string& nm : names) nm = NameText(nm);
    if (plurals) {
      for (const std::string& p : *plurals) names.push_back(p);
    } else if (!substituted) {
      names.push_back(Plural(names[0]));
    }
    a.names = std::move(names);
    out.push_back(std::move(a));
  });
  return out;
}

std::vector<Discard> ParseDiscards(std::string_view text, const std::string& file, std::vector<Diagnostic>* diags) {
  std::vector<Discard> out;
  ForEachLine(text, [&](uint32_t n, std::string_view line, std::string_view) {
    Discard d;
    d.line = n;
    if (line[0] == '+') {
      d.story = true;
      line.remove_prefix(1);
    }
    for (std::string_view w : SplitAny(line, " \t_")) d.words.push_back(Lower(w));
    if (d.words.empty()) {
      Add(diags, file, n, "empty discard", true);
      return;
    }
    out.push_back(std::move(d));
  });
  return out;
}

// ---- loading ----------------------------------------------------------------------

namespace {

Status ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open PETRARCH dictionary");
  std::stringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return Status::IoError(path + ": read failed");
  *out = ss.str();
  return Status::Ok();
}

}  // namespace

Status Load(const Files& files, Dictionaries* out) {
  std::string text;
  if (!files.verbs.empty()) {
    DYAD_RETURN_IF_ERROR(ReadFile(files.verbs, &text));
    out->verbs = ParseVerbs(text, files.verbs, &out->diagnostics);
  }
  for (const std::string& f : files.actors) {
    DYAD_RETURN_IF_ERROR(ReadFile(f, &text));
    out->actors.push_back({f, ParseActors(text, f, &out->diagnostics)});
  }
  if (!files.agents.empty()) {
    DYAD_RETURN_IF_ERROR(ReadFile(files.agents, &text));
    out->agents_file = files.agents;
    out->agents = ParseAgents(text, files.agents, &out->diagnostics);
  }
  if (!files.discards.empty()) {
    DYAD_RETURN_IF_ERROR(ReadFile(files.discards, &text));
    out->discards_file = files.discards;
    out->discards = ParseDiscards(text, files.discards, &out->diagnostics);
  }
  return Status::Ok();
}

// ---- translation --------------------------------------------------------------------

namespace {

bool IsCodeChars(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  });
}

// Names as dyad writes them: PETRARCH's upper case would make short names
// acronyms that must be upper case in the text, so each word gets an initial
// capital only (matching is case-insensitive apart from that).
std::string TitleCase(std::string_view name) {
  std::string out = Lower(name);
  bool start = true;
  for (char& c : out) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    start = c == ' ';
  }
  return out;
}

void TranslateActors(const Dictionaries& d, Translation* t, std::vector<Diagnostic>* diags) {
  for (const auto& af : d.actors) {
    for (const Actor& a : af.actors) {
      ActorSpec spec;
      spec.file = std::filesystem::path(af.file).filename().string();
      spec.line = a.line;
      spec.display = a.names[0];
      for (const std::string& n : a.names) spec.names.push_back(TitleCase(n));
      bool dated = a.codes.size() > 1 || !a.codes[0].from.empty() || !a.codes[0].to.empty();
      std::vector<DatedCode> codes;
      std::vector<std::string> more;  // the rest of an undated [A/B/C]
      for (const DatedCode& c0 : a.codes) {
        DatedCode c = c0;
        if (size_t slash = c.code.find('/'); slash != std::string::npos) {
          if (dated) {
            Add(diags, af.file, c.line, "compound code " + c.code + " with dates: only " + c.code.substr(0, slash) + " is used",
                false);
          } else {
            for (std::string_view rest = std::string_view(c.code).substr(slash + 1); !rest.empty();) {
              size_t next = rest.find('/');
              std::string part = Upper(rest.substr(0, next));
              if (IsCodeChars(part) && part.size() >= 3) {
                more.push_back(part);
              } else {
                Add(diags, af.file, c.line, "code " + part + " in " + c.code + " is not an actor code: left out", false);
              }
              rest = next == std::string_view::npos ? std::string_view() : rest.substr(next + 1);
            }
          }
          c.code.resize(slash);
        }
        std::string up = Upper(c.code);
        if (up != c.code && IsCodeChars(up)) {
          Add(diags, af.file, c.line, "lower-case code " + c.code + " read as " + up, false);
          c.code = up;
        }
        if (!IsCodeChars(c.code) || c.code.size() < 3) {
          Add(diags, af.file, c.line, "code " + c.code + " is not an actor code: entry not used", false);
          continue;
        }
        codes.push_back(std::move(c));
      }
      if (codes.empty()) continue;
      if (dated) {
        spec.kind = ActorSpec::Kind::kPerson;
        // An undated code is the default: listed last, so that a dated
        // code covering the same day wins the tie.
        for (int pass = 0; pass < 2; ++pass) {
          for (const DatedCode& c : codes) {
            bool undated = c.from.empty() && c.to.empty();
            if (undated != (pass == 1)) continue;
            spec.roles.push_back({c.code, c.from.empty() ? "-" : c.from, c.to.empty() ? "-" : c.to});
          }
        }
      } else {
        spec.code = codes[0].code;
        spec.more_codes = std::move(more);
        spec.kind = spec.code.size() == 3 ? ActorSpec::Kind::kCountry : ActorSpec::Kind::kGroup;
      }
      t->actors.push_back(std::move(spec));
    }
  }
  for (const Agent& a : d.agents) {
    ActorSpec spec;
    spec.kind = ActorSpec::Kind::kAgent;
    spec.file = std::filesystem::path(d.agents_file).filename().string();
    spec.line = a.line;
    spec.code = a.code;
    spec.display = a.names[0];
    spec.names = a.names;
    if (!IsCodeChars(a.code) || a.code.size() < 3) {
      Add(diags, d.agents_file, a.line, "agent code " + a.code + " is not a sector code: entry not used", false);
      continue;
    }
    spec.prefix = a.prefix;
    t->actors.push_back(std::move(spec));
  }
}

// "---" is PETRARCH's null code; other codes without a letter or digit
// ("+++", "###") are TABARI markers that PETRARCH does not code.
bool IsEventCode(std::string_view code) {
  if (code == "---") return true;
  return std::any_of(code.begin(), code.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  });
}

constexpr size_t kMaxExpansions = 256;

// Expands synset references in `words` into every combination of member
// phrases. Returns false when a synset is unknown.
bool Expand(const VerbDictionary& v, const std::vector<std::string>& words, int depth,
            std::vector<std::vector<std::string>>* out, std::string* why) {
  out->assign(1, {});
  for (const std::string& w : words) {
    // "_&SYN" (after the verb) and "&SYN_" (before it) are joined to their
    // neighbour: the mark goes on the member's first or last word.
    bool lead = w.size() > 1 && w[0] == '_' && w[1] == '&';
    bool trail = !lead && !w.empty() && w[0] == '&' && w.size() > 1 && w.back() == '_';
    if (!lead && (w.empty() || w[0] != '&')) {
      for (auto& o : *out) o.push_back(w);
      continue;
    }
    std::string name = lead ? w.substr(1) : w;
    while (name.size() > 1 && name.back() == '_') name.pop_back();
    auto it = v.synsets.find(name);
    if (it == v.synsets.end() || depth > 4) {
      *why = depth > 4 ? "synsets nested too deep" : "unknown synset " + name;
      return false;
    }
    std::vector<std::vector<std::string>> next;
    for (const auto& member : it->second) {
      std::vector<std::vector<std::string>> sub;
      if (!Expand(v, member, depth + 1, &sub, why)) return false;
      for (const auto& o : *out) {
        for (const auto& s : sub) {
          if (next.size() >= kMaxExpansions) {
            *why = "synset expansion too large";
            return false;
          }
          std::vector<std::string> joined = o;
          size_t first = joined.size();
          joined.insert(joined.end(), s.begin(), s.end());
          if (joined.size() > first) {
            if (lead) joined[first].insert(0, "_");
            if (trail) joined.back().push_back('_');
          }
          next.push_back(std::move(joined));
        }
      }
    }
    *out = std::move(next);
  }
  return true;
}

// The regular forms PETRARCH generates for a verb: -s/-es, -ed/-d, -ing.
std::vector<std::string> Conjugations(const std::string& verb) {
  if (verb.size() < 2) return {};
  std::vector<std::string> out;
  char last = verb.back();
  bool sibilant = last == 's' || last == 'x' || last == 'z' || verb.ends_with("ch") || verb.ends_with("sh");
  bool consonant_y = last == 'y' && std::string_view("aeiou").find(verb[verb.size() - 2]) == std::string_view::npos;
  std::string stem_y = verb.substr(0, verb.size() - 1);
  out.push_back(consonant_y ? stem_y + "ies" : verb + (sibilant ? "es" : "s"));
  out.push_back(consonant_y ? stem_y + "ied" : verb + (last == 'e' ? "d" : "ed"));
  out.push_back((last == 'e' && !verb.ends_with("ee") ? verb.substr(0, verb.size() - 1) : verb) + "ing");
  return out;
}

void TranslateVerbs(const Dictionaries& d, const LemmaFn& lemma, const Codebook& codebook, Translation* t,
                    std::vector<Diagnostic>* diags) {
  const VerbDictionary& v = d.verbs;
  const std::string base = std::filesystem::path(v.file).filename().string();
  std::set<std::string> codes;
  auto use_code = [&](const std::string& c) {
    if (!codebook.Find(c) && codes.insert(c).second) t->codes.push_back({c, "PETRARCH code " + c});
  };
  auto emit = [&](uint32_t line, const std::string& code, const std::string& reverse, const std::string& anchor,
                  const std::vector<std::string>& before, const std::vector<std::string>& elements,
                  const std::vector<std::string>& forms) {
    std::vector<std::vector<std::string>> expanded, expanded_before;
    std::string why;
    if (!Expand(v, elements, 0, &expanded, &why) || !Expand(v, before, 0, &expanded_before, &why)) {
      Add(diags, v.file, line, why, true);
      return;
    }
    if (expanded.size() * expanded_before.size() > kMaxExpansions) {
      Add(diags, v.file, line, "synset expansion too large", true);
      return;
    }
    for (const auto& b : expanded_before) {
      for (auto e : expanded) {
        // dyad's patterns may not end in a skip.
        while (!e.empty() && e.back() == "*") e.pop_back();
        ForeignPattern p;
        p.id = base + ":" + std::to_string(line);
        p.code = code;
        p.file = base;
        p.line = line;
        p.pattern = anchor;
        for (const std::string& w : e) p.pattern.append(" ").append(w);
        for (const std::string& w : b) {
          if (!p.before.empty()) p.before.push_back(' ');
          p.before.append(w);
        }
        p.forms = forms;
        use_code(code);
        if (!reverse.empty()) {
          use_code(reverse);
          t->reverse_codes[p.id] = reverse;
        }
        t->patterns.push_back(std::move(p));
      }
    }
  };
  // Before the verb, a compound actor ("% have *") is the source: its
  // members act on each other.
  auto before_text = [](const Element& e) -> std::string {
    switch (e.kind) {
      case Element::kWord:
      case Element::kSynset: return e.text;
      case Element::kSource:
      case Element::kCompound: return "$";
      case Element::kTarget: return "+";
      case Element::kSkipPhrase: return "^";
    }
    return "^";
  };
  for (const VerbBlock& b : v.blocks) {
    for (const VerbForm& f : b.forms) {
      // PETRARCH matches a block by the verb's written forms: "left" is the
      // LEFT block, not LEAVE's; "departes" is no form of DEPART.
      const std::string& verb = f.words[f.verb_index];
      std::vector<std::string> forms = {verb};
      for (const std::string& form : Conjugations(verb)) forms.push_back(form);
      forms.insert(forms.end(), f.irregular.begin(), f.irregular.end());
      std::sort(forms.begin() + 1, forms.end());
      forms.erase(std::unique(forms.begin() + 1, forms.end()), forms.end());
      // dyad indexes clauses by the lemma its lemmatizer gives the verb:
      // every lemma of a form is an anchor ("cordoned" stays "cordoned").
      std::vector<std::string> anchors;
      for (const std::string& form : forms) {
        std::string l = lemma(form);
        if (std::find(anchors.begin(), anchors.end(), l) == anchors.end()) anchors.push_back(l);
      }
      // Words of the form before the verb ("WIRE_+TAP") are joined to it;
      // words after it ("+CORDON_OFF") follow it at once.
      std::vector<std::string> form_before, particle;
      for (size_t i = 0; i < f.words.size(); ++i) {
        if (i < f.verb_index) form_before.push_back(f.words[i] + "_");
        if (i > f.verb_index) particle.push_back("_" + f.words[i]);
      }
      const std::string& code = f.code.empty() ? b.code : f.code;
      const std::string& reverse = f.code.empty() ? b.reverse_code : f.reverse_code;
      // Notes once per line, not once per form and anchor.
      const bool first_form = &f == &b.forms[0];
      for (const VerbPattern& p : b.patterns) {
        if (!IsEventCode(p.code)) {
          if (first_form) {
            Add(diags, v.file, p.line, "code [" + p.code + "] is not an event code: pattern not used", false);
          }
          continue;
        }
        std::vector<std::string> before;
        for (const Element& e : p.before) {
          std::string w = before_text(e);
          if (e.joined) w.push_back('_');
          before.push_back(std::move(w));
        }
        if (!before.empty() && !form_before.empty() && !p.before.back().joined) {
          // the pattern's last word may come anywhere before the form's first
          before.push_back("*");
        }
        before.insert(before.end(), form_before.begin(), form_before.end());
        // Words of a PETRARCH pattern need not be adjacent unless joined by
        // '_': a gap becomes dyad's "*" (up to three words).
        std::vector<std::string> elements = particle;
        bool joined = p.verb_joined;
        bool ok = true;
        for (const Element& e : p.after) {
          bool slot = e.kind == Element::kSource || e.kind == Element::kTarget || e.kind == Element::kCompound;
          if (!joined && !slot && e.kind != Element::kSkipPhrase && (elements.empty() || elements.back() != "*")) {
            elements.push_back("*");
          }
          std::string w;
          switch (e.kind) {
            case Element::kWord: w = e.text; break;
            case Element::kSynset: w = e.text; break;
            case Element::kSource: w = "$"; break;
            case Element::kTarget: w = "+"; break;
            case Element::kCompound: w = "+"; break;
            case Element::kSkipPhrase: w = "^"; break;
          }
          if (!w.empty()) elements.push_back(joined ? "_" + w : w);
          joined = e.joined;
          ok = ok && !(e.kind == Element::kCompound && std::count(elements.begin(), elements.end(), "+") > 1);
        }
        int targets = 0, sources = 0;
        for (const std::string& w : before) targets += w == "+" || w == "+_", sources += w == "$" || w == "$_";
        for (const std::string& w : elements) targets += w == "+" || w == "_+", sources += w == "$" || w == "_$";
        if (!ok || targets > 1 || sources > 1) {
          if (first_form) Add(diags, v.file, p.line, "more than one source or target slot: not supported", false);
          continue;
        }
        for (const std::string& anchor : anchors) emit(p.line, p.code, p.reverse_code, anchor, before, elements, forms);
      }
      if (!IsEventCode(code)) {
        Add(diags, v.file, f.line, "code [" + code + "] is not an event code: verb not used", false);
        continue;
      }
      if (code == "---" && particle.empty() && form_before.empty()) continue;  // no pattern is the same as a null one
      for (const std::string& anchor : anchors) emit(f.line, code, reverse, anchor, form_before, particle, forms);
    }
  }
}

}  // namespace

Translation Translate(const Dictionaries& d, const LemmaFn& lemma, const Codebook& codebook,
                      std::vector<Diagnostic>* diags) {
  Translation t;
  TranslateActors(d, &t, diags);
  TranslateVerbs(d, lemma, codebook, &t, diags);
  return t;
}

// ---- after coding ------------------------------------------------------------------------

Extras::Extras(const Dictionaries& d, const Translation& t, const Codebook& codebook) : discards_(d.discards) {
  for (const auto& [id, code] : t.reverse_codes) {
    if (const CameoCode* c = codebook.Find(code)) reverse_[id] = c;
  }
}

void Extras::Apply(const Analysis& a, std::vector<Event>* events, std::string* discard) const {
  discard->clear();
  std::vector<bool> dropped_sentence(a.sentences.size(), false);
  for (const Discard& d : discards_) {
    for (uint32_t s = 0; s < a.sentences.size(); ++s) {
      const Sentence& st = a.sentences[s];
      bool found = false;
      for (uint32_t t = st.first_token; !found && t + d.words.size() <= st.end_token; ++t) {
        bool all = true;
        for (size_t k = 0; all && k < d.words.size(); ++k) all = a.Lower(a.tokens[t + k]) == d.words[k];
        found = all;
      }
      if (!found) continue;
      if (d.story) {
        events->clear();
        *discard = "story";
        return;
      }
      dropped_sentence[s] = true;
      if (discard->empty()) *discard = "sentence";
    }
  }
  std::vector<Event> out;
  out.reserve(events->size());
  for (Event& e : *events) {
    if (e.sentence < dropped_sentence.size() && dropped_sentence[e.sentence]) continue;
    if (e.cameo->code == "---") continue;
    auto it = reverse_.find(e.rule);
    out.push_back(std::move(e));
    if (it != reverse_.end() && it->second->code != "---") {
      Event r = out.back();
      std::swap(r.source, r.target);
      std::swap(r.source_text, r.target_text);
      std::swap(r.source_begin, r.target_begin);
      std::swap(r.source_end, r.target_end);
      r.cameo = it->second;
      r.base_code = it->second->code;
      r.modality.clear();
      r.target_how = "reverse of " + out.back().rule;
      out.push_back(std::move(r));
    }
  }
  *events = std::move(out);
}

}  // namespace dyad::petrarch
