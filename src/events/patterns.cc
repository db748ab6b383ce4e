#include "events/patterns.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/data_lines.h"

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
  data::ForEachLine(text, SIZE_MAX, [&](uint32_t line_no, const std::vector<std::string_view>& f) {
    status = AddLine(f, name + ":" + std::to_string(line_no) + ": ", name, line_no, codebook);
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
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) return Status::IoError(f + ": cannot read");
    std::stringstream ss;
    ss << in.rdbuf();
    DYAD_RETURN_IF_ERROR(Add(ss.str(), f, codebook));
  }
  return Status::Ok();
}

Status EventPatterns::AddForeign(const ForeignPattern& fp, const Codebook& codebook) {
  std::vector<std::string_view> f = {fp.id, fp.code};
  std::string_view rest = fp.pattern;
  while (!rest.empty()) {
    size_t sp = rest.find(' ');
    if (sp != 0) f.push_back(rest.substr(0, sp));
    if (sp == std::string_view::npos) break;
    rest.remove_prefix(sp + 1);
  }
  return AddLine(f, fp.file + ":" + std::to_string(fp.line) + ": ", fp.file, fp.line, codebook, /*foreign=*/true);
}

Status EventPatterns::AddLine(const std::vector<std::string_view>& f, const std::string& where,
                              const std::string& name, uint32_t line_no, const Codebook& codebook, bool foreign) {
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
    if (auto [it, fresh] = ids_.emplace(p->id, where); !fresh) {
      return Status::DataError(where + "id " + p->id + " already used at " + it->second);
    }
  }
  std::string_view anchor = f[2];
  if (anchor[0] == '~') {
    p->noun = true;
    anchor.remove_prefix(1);
  }
  if (!IsLowerWord(anchor)) return Status::DataError(where + "anchor \"" + std::string(f[2]) + "\" must be one lower-case word");
  p->anchor = std::string(anchor);
  for (size_t i = 3; i < f.size(); ++i) {
    PatternElement e;
    if (f[i] == "*") {
      e.kind = PatternElement::kSkip;
    } else if (f[i] == "+") {
      if (p->has_target) return Status::DataError(where + "more than one +");
      e.kind = PatternElement::kTarget;
      p->has_target = true;
    } else if (f[i] == "$") {
      if (p->has_source) return Status::DataError(where + "more than one $");
      e.kind = PatternElement::kSource;
      p->has_source = true;
    } else {
      std::string_view alts = f[i];
      size_t s = 0;
      while (s <= alts.size()) {
        size_t bar = alts.find('|', s);
        if (bar == std::string_view::npos) bar = alts.size();
        std::string_view w = alts.substr(s, bar - s);
        if (!IsLowerWord(w)) return Status::DataError(where + "bad word \"" + std::string(w) + "\" in \"" + std::string(f[i]) + "\"");
        e.words.emplace_back(w);
        s = bar + 1;
        if (bar == alts.size()) break;
      }
    }
    if (e.kind == PatternElement::kWord) {
      for (const std::string& w : e.words) e.mask.Add(WordIndex(w));
    }
    p->elements.push_back(std::move(e));
  }
  if (!p->elements.empty() && p->elements.back().kind == PatternElement::kSkip) {
    return Status::DataError(where + "a pattern cannot end with *");
  }
  p->text = std::string(f[2]);
  for (size_t i = 3; i < f.size(); ++i) p->text.append(" ").append(f[i]);
  if (auto [it, fresh] = texts_.emplace(p->text, where); !fresh) {
    return Status::DataError(where + "pattern \"" + p->text + "\" already defined at " + it->second);
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
  auto order = [](const Pattern* a, const Pattern* b) {
    if (a->elements.size() != b->elements.size()) return a->elements.size() > b->elements.size();
    return a->order < b->order;
  };
  for (Index* idx : {&verbs_, &nouns_}) {
    for (auto& [k, v] : *idx) {
      std::stable_sort(v.patterns.begin(), v.patterns.end(), order);
      v.filters.clear();
      for (const Pattern* p : v.patterns) {
        // A clause whose words' signature misses any word element's cannot
        // match: the first three word elements rule out most patterns.
        AnchorPatterns::Filter f;
        for (const PatternElement& e : p->elements) {
          if (e.kind != PatternElement::kWord) continue;
          if (f.count == 3) break;
          f.masks[f.count++] = e.mask;
        }
        v.filters.push_back(f);
      }
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
  fill(verbs_, &verb_bits_, &verb_table_);
  fill(nouns_, &noun_bits_, &noun_table_);
}

}  // namespace dyad
