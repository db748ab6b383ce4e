// Loading foreign (PETRARCH) codes and patterns into dyad's codebook and
// event coder, and verb lemmas from the language pipeline (petrarch.h,
// events.h).
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dyad/events.h"
#include "dyad/pipeline.h"
#include "events/patterns.h"
#include "events/petrarch.h"

namespace dyad {

Status Codebook::AddForeign(const ForeignCode& fc) {
  if (fc.code.empty() || fc.code.find_first_of(" \t\n") != std::string::npos) {
    return Status::DataError("bad event code \"" + fc.code + "\"");
  }
  if (Find(fc.code)) return Status::Ok();
  CameoCode c;
  c.code = fc.code;
  c.name = fc.name;
  // A code that starts with a CAMEO root takes the root's classes, so counts
  // by quad class still mean something; other codes get none.
  if (fc.code.size() >= 2 && fc.code[0] >= '0' && fc.code[0] <= '2' && fc.code[1] >= '0' && fc.code[1] <= '9') {
    if (const CameoCode* root = Find(fc.code.substr(0, 2))) {
      c.quad_class = root->quad_class;
      c.penta_class = root->penta_class;
    }
  }
  Push(std::move(c));
  return Status::Ok();
}

Result<std::unique_ptr<EventCoder>> EventCoder::LoadWith(const std::string& data_dir, bool dyad_patterns,
                                                         const std::vector<ForeignCode>& codes,
                                                         const std::vector<ForeignPattern>& patterns,
                                                         std::vector<std::string>* rejected) {
  std::unique_ptr<EventCoder> ec(new EventCoder());
  auto cb = Codebook::Load(data_dir + "/cameo/codebook.txt");
  if (!cb.ok()) return cb.status();
  ec->codebook_ = std::move(cb).value();
  for (const ForeignCode& c : codes) {
    Status s = ec->codebook_->AddForeign(c);
    if (!s.ok()) rejected->push_back(s.message());
  }
  ec->patterns_ = std::make_unique<EventPatterns>();
  if (dyad_patterns) DYAD_RETURN_IF_ERROR(ec->patterns_->AddDirectory(data_dir + "/events", *ec->codebook_));
  for (const ForeignPattern& p : patterns) {
    Status s = ec->patterns_->AddForeign(p, *ec->codebook_);
    if (!s.ok()) rejected->push_back(s.message());
  }
  DYAD_RETURN_IF_ERROR(ec->patterns_->LoadCodingRules(data_dir + "/coding"));
  ec->patterns_->Finish(*ec->codebook_);
  return ec;
}

namespace petrarch {

LemmaFn PipelineLemmas(const Pipeline& pipeline) {
  return [&pipeline](std::string_view word) {
    // The word alone is often read as a noun ("attack"); after a subject it
    // is a verb, and its verb lemma is what clauses are indexed by.
    std::string text = "They " + std::string(word) + " it.";
    Analysis a;
    pipeline.Segment(text, 0, &a);
    pipeline.Tag(&a);
    if (a.tokens.size() < 2) return std::string(word);
    Token& t = a.tokens[1];
    if (!IsVerb(t.tag)) {
      std::string_view lower = a.Lower(t);
      bool past = lower.size() > 2 && (lower.substr(lower.size() - 2) == "ed" || lower.substr(lower.size() - 2) == "en");
      t.tag = past ? PosTag::kVBD : lower.size() > 3 && lower.substr(lower.size() - 3) == "ing" ? PosTag::kVBG
              : PosTag::kVB;
    }
    for (Token& tok : a.tokens) tok.lemma_len = 0;
    pipeline.Lemmatize(&a);
    return std::string(a.Lemma(a.tokens[1]));
  };
}

}  // namespace petrarch
}  // namespace dyad
