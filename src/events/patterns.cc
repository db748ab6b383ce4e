#include "events/patterns.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/data_lines.h"
#include "core/prefilters.h"

namespace dyad {
namespace {

bool IsLowerWord(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w) {
    unsigned char u = c;
    if (u >= 'A' && u <= 'Z') return false;
    if (u == ' ' || u == '\t' || u == '|' || u == '+' || u == '$' || u == '*') return false;
  }
  return true;
}

}  // namespace

Status EventPatterns::Add(std::string_view text, const std::string& name, const Codebook& codebook) {
  Status status;
  std::string where;  // "file:line: ", one buffer for every line
  data::ForEachLine(text, SIZE_MAX, [&](uint32_t line_no, const std::vector<std::string_view>& f) {
    where.assign(name).append(":").append(std::to_string(line_no)).append(": ");
    status = AddLine(f, where, name, line_no, codebook);
    return status.ok();
  });
  return status;
}

Status EventPatterns::AddDirectory(const std::string& dir, const Codebook& codebook) {
  std::vector<std::string> files;
  std::error_code err;
  for (const auto& entry : std::filesystem::directory_iterator(dir, err)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path().string());
  }
  if (err) return Status::NotFound(dir + ": " + err.message());
  std::sort(files.begin(), files.end());
  std::vector<std::string> texts;
  size_t lines = 0;
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return Status::IoError(f + ": cannot read");
    std::stringstream ss;
    ss << in.rdbuf();
    texts.push_back(std::move(ss).str());
    lines += static_cast<size_t>(std::count(texts.back().begin(), texts.back().end(), '\n'));
  }
  // Sized once: growing the duplicate checks' maps rehashed 12,000 strings
  // several times over.
  ids_.reserve(ids_.size() + lines);
  texts_.reserve(texts_.size() + lines);
  patterns_.reserve(patterns_.size() + lines);
  for (size_t i = 0; i < files.size(); ++i) DYAD_RETURN_IF_ERROR(Add(texts[i], files[i], codebook));
  return Status::Ok();
}

Status EventPatterns::AddForeign(const ForeignPattern& fp, const Codebook& codebook) {
  auto split = [](std::string_view rest, std::vector<std::string_view>* f) {
    while (!rest.empty()) {
      size_t sp = rest.find(' ');
      if (sp != 0) f->push_back(rest.substr(0, sp));
      if (sp == std::string_view::npos) break;
      rest.remove_prefix(sp + 1);
    }
  };
  std::vector<std::string_view> f = {fp.id, fp.code};
  split(fp.pattern, &f);
  std::vector<std::string_view> before;
  split(fp.before, &before);
  const std::string where = fp.file + ":" + std::to_string(fp.line) + ": ";
  ForeignExtras extras{&before, &fp.forms};
  return AddLine(f, where, fp.file, fp.line, codebook, &extras);
}

Status EventPatterns::AddGroup(const std::vector<std::string_view>& f, const std::string& where,
                               const std::string& name, uint32_t line_no) {
  if (f.size() != 2) return Status::DataError(where + "expected: @NAME word|word|...");
  const std::string_view group = f[0].substr(1);
  for (char c : group) {
    if (!((c >= 'a' && c <= 'z') || c == '-')) {
      return Status::DataError(where + "bad group name \"" + std::string(f[0]) + "\" (lower-case letters and -)");
    }
  }
  PatternElement e;
  DYAD_RETURN_IF_ERROR(ParseWords(f[1], where, &e));
  auto [it, fresh] = groups_.try_emplace(std::string(group), Group{std::move(e.words), MakeOrigin(name, line_no)});
  if (!fresh) {
    return Status::DataError(where + "group @" + std::string(group) + " already defined at " +
                             Where(it->second.origin));
  }
  return Status::Ok();
}

Status EventPatterns::ParseWords(std::string_view token, const std::string& where, PatternElement* e) {
  // Sized once for all its alternatives: growing the vector moved the words
  // already read, for every element of 13,000 patterns.
  e->words.reserve(static_cast<size_t>(std::count(token.begin(), token.end(), '|')) + 1);
  size_t s = 0;
  while (s <= token.size()) {
    size_t bar = token.find('|', s);
    if (bar == std::string_view::npos) bar = token.size();
    std::string_view w = token.substr(s, bar - s);
    if (!IsLowerWord(w)) {
      return Status::DataError(where + "bad word \"" + std::string(w) + "\" in \"" + std::string(token) + "\"");
    }
    e->words.emplace_back(w);
    s = bar + 1;
    if (bar == token.size()) break;
  }
  return Status::Ok();
}

Status EventPatterns::ParseElement(std::string_view token, bool foreign, const std::string& where, Pattern* p,
                                   PatternElement* e) const {
  if (token == "*") {
    e->kind = PatternElement::kSkip;
    return Status::Ok();
  }
  if (token == "^") {
    e->kind = PatternElement::kPhrase;
    return Status::Ok();
  }
  if (token == "+") {
    if (p->has_target) return Status::DataError(where + "more than one +");
    e->kind = PatternElement::kTarget;
    p->has_target = true;
    return Status::Ok();
  }
  if (token == "$") {
    if (p->has_source) return Status::DataError(where + "more than one $");
    e->kind = PatternElement::kSource;
    p->has_source = true;
    return Status::Ok();
  }
  if (!foreign && token.size() > 1 && token[0] == '@') {
    // (A group's words are the element's alternatives: the matcher sees no
    // difference from writing them out.)
    auto it = groups_.find(token.substr(1));
    if (it == groups_.end()) return Status::DataError(where + "group " + std::string(token) + " is not defined above");
    e->words = it->second.words;
  } else {
    DYAD_RETURN_IF_ERROR(ParseWords(token, where, e));
  }
  for (const std::string& w : e->words) e->mask.Add(WordIndex(w));
  return Status::Ok();
}

EventPatterns::Origin EventPatterns::MakeOrigin(const std::string& name, uint32_t line_no) {
  // Lines come file by file: the last name is nearly always the one.
  if (origin_files_.empty() || origin_files_.back() != name) origin_files_.push_back(name);
  return {static_cast<uint32_t>(origin_files_.size() - 1), line_no};
}

std::string EventPatterns::Where(Origin o) const { return origin_files_[o.file] + ":" + std::to_string(o.line) + ": "; }

Status EventPatterns::AddLine(const std::vector<std::string_view>& f, const std::string& where,
                              const std::string& name, uint32_t line_no, const Codebook& codebook,
                              const ForeignExtras* foreign) {
  if (!foreign && !f.empty() && f[0].size() > 1 && f[0][0] == '@') return AddGroup(f, where, name, line_no);
  if (f.size() < 3) return Status::DataError(where + "expected: ID CODE PATTERN");
  auto p = std::make_unique<Pattern>();
  p->id = std::string(f[0]);
  p->code = codebook.Find(f[1]);
  if (!p->code) return Status::DataError(where + "unknown CAMEO code \"" + std::string(f[1]) + "\"");
  // ids are <code>.<n>; a foreign pattern's id names its source instead
  if (!foreign && (p->id.rfind(p->code->code + ".", 0) != 0 || p->id.size() <= p->code->code.size() + 1)) {
    return Status::DataError(where + "id \"" + p->id + "\" must be " + p->code->code + ".<n>");
  }
  for (size_t i = p->code->code.size() + 1; !foreign && i < p->id.size(); ++i) {
    if (p->id[i] < '0' || p->id[i] > '9') return Status::DataError(where + "id \"" + p->id + "\" must end in a number");
  }
  if (!foreign) {
    if (auto [it, fresh] = ids_.emplace(p->id, MakeOrigin(name, line_no)); !fresh) {
      return Status::DataError(where + "id " + p->id + " already used at " + Where(it->second));
    }
  }
  std::string_view anchor = f[2];
  if (anchor[0] == '~') {
    p->noun = true;
    anchor.remove_prefix(1);
  }
  if (!IsLowerWord(anchor)) return Status::DataError(where + "anchor \"" + std::string(f[2]) + "\" must be one lower-case word");
  p->anchor = std::string(anchor);
  p->elements.reserve(f.size() - 3);  // sized once, not grown element by element
  for (size_t i = 3; i < f.size(); ++i) {
    PatternElement e;
    std::string_view token = f[i];
    // "_x": joined to the element before it (PETRARCH's '_')
    if (foreign && token.size() > 1 && token[0] == '_') {
      e.adjacent = true;
      token.remove_prefix(1);
    }
    DYAD_RETURN_IF_ERROR(ParseElement(token, foreign != nullptr, where, p.get(), &e));
    p->elements.push_back(std::move(e));
  }
  if (foreign) {
    p->exact_words = true;
    p->forms = *foreign->forms;
    for (std::string_view token : *foreign->before) {
      PatternElement e;
      // "x_": joined to the element after it, or to the verb
      if (token.size() > 1 && token.back() == '_') {
        e.adjacent = true;
        token.remove_suffix(1);
      }
      DYAD_RETURN_IF_ERROR(ParseElement(token, true, where, p.get(), &e));
      p->before.push_back(std::move(e));
    }
  }
  if (!p->elements.empty() && p->elements.back().kind == PatternElement::kSkip) {
    return Status::DataError(where + "a pattern cannot end with *");
  }
  p->text.clear();
  {
    size_t n = 0;  // the text's size, to allocate it once
    if (foreign) {
      for (std::string_view b : *foreign->before) n += b.size() + 1;
    }
    for (size_t i = 2; i < f.size(); ++i) n += f[i].size() + 1;
    p->text.reserve(n);
  }
  if (foreign) {
    for (std::string_view b : *foreign->before) p->text.append(b).append(" ");
  }
  p->text.append(f[2]);
  for (size_t i = 3; i < f.size(); ++i) p->text.append(" ").append(f[i]);
  // A foreign pattern that repeats one of dyad's own is left out; two
  // PETRARCH blocks may share a lemma ("left" and "leave"), so among
  // foreign patterns the verb's forms are part of the pattern.
  if (auto it = texts_.find(p->text); foreign && it != texts_.end()) {
    return Status::DataError(where + "pattern \"" + p->text + "\" already defined at " + Where(it->second));
  }
  std::string key = p->text;
  for (const std::string& form : p->forms) key.append(" {").append(form).append("}");
  if (auto [it, fresh] = texts_.emplace(std::move(key), MakeOrigin(name, line_no)); !fresh) {
    return Status::DataError(where + "pattern \"" + p->text + "\" already defined at " + Where(it->second));
  }
  p->order = patterns_.size();
  p->file = name;
  p->line = line_no;
  Pattern* raw = p.get();
  patterns_.push_back(std::move(p));
  (raw->noun ? nouns_ : verbs_)[raw->anchor].patterns.push_back(raw);
  return Status::Ok();
}

void EventPatterns::Finish(const Codebook& codebook) {
  agreement_rule_.id = "rule.agree-to";
  agreement_rule_.code = codebook.Find("030");
  agreement_rule_.text = "(agree|pledge|vow|promise|commit) to <any verb>";
  protest_rule_.id = "rule.protest";
  protest_rule_.code = codebook.Find("141");
  protest_rule_.text = "(march|rally|demonstrate|protest|riot) by civilians";
  must_rule_.id = "rule.must";
  must_rule_.code = codebook.Find("100");
  must_rule_.text = "<speaker> (say|tell|...) <actor> must <any verb>";
  auto order = [](const Pattern* a, const Pattern* b) {
    size_t na = a->elements.size() + a->before.size(), nb = b->elements.size() + b->before.size();
    if (na != nb) return na > nb;
    return a->order < b->order;
  };
  // Without prefilters (core/prefilters.h) every filter lets every pattern
  // through and the anchors are looked up in the maps, not the bit set.
  const bool prefilters = PrefiltersEnabled();
  for (Index* idx : {&verbs_, &nouns_}) {
    for (auto& [k, v] : *idx) {
      std::stable_sort(v.patterns.begin(), v.patterns.end(), order);
      v.filters.clear();
      for (const Pattern* p : v.patterns) {
        if (!prefilters) {
          v.filters.emplace_back();  // no word elements: MayMatch is always true
          continue;
        }
        // A clause whose words' signature misses any word element's cannot
        // match: the first three word elements rule out most patterns.
        AnchorPatterns::Filter f;
        for (const PatternElement& e : p->elements) {
          if (e.kind != PatternElement::kWord) continue;
          if (f.count == 3) break;
          f.Add(e.mask);
        }
        f.Seal();
        v.filters.push_back(f);
      }
      v.BuildIndex();
    }
  }
  anchors_.clear();
  auto fill = [this](const Index& idx, std::vector<uint64_t>* bits, StringTable* table) {
    bits->assign(kAnchorBits / 64, 0);
    *table = StringTable();
    table->Reserve(idx.size());
    for (const auto& [k, v] : idx) {
      uint32_t b = AnchorBit(HashBytes(k));
      (*bits)[b >> 6] |= uint64_t{1} << (b & 63);
      bool inserted = false;
      table->Insert(k, static_cast<uint32_t>(anchors_.size()), &inserted);
      anchors_.push_back(&v);
    }
  };
  if (!prefilters) return;
  fill(verbs_, &verb_bits_, &verb_table_);
  fill(nouns_, &noun_bits_, &noun_table_);
}

}  // namespace dyad
