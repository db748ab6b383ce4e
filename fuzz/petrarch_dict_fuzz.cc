// libFuzzer target for the PETRARCH dictionary and record readers: any input,
// read as each kind of file, yields entries and diagnostics without crashing;
// every diagnostic names a line of the input; entries are well formed; and the
// translation loads into the actor trie and the pattern index without a
// crash (rejections are reported, never fatal).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_checks.h"
#include "dyad/actors.h"
#include "dyad/events.h"
#include "events/patterns.h"
#include "events/petrarch.h"

namespace {

using dyad::fuzz::Check;
namespace petrarch = dyad::petrarch;

uint32_t LineCount(std::string_view s) {
  uint32_t n = 1;
  for (char c : s) n += c == '\n';
  return n;
}

void CheckDiagnostics(const std::vector<petrarch::Diagnostic>& diags, std::string_view input, const char* file) {
  const uint32_t lines = LineCount(input);
  for (const petrarch::Diagnostic& d : diags) {
    Check(d.file == file);
    Check(d.line >= 1 && d.line <= lines);
    Check(!d.message.empty());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  petrarch::Dictionaries d;
  d.verbs = petrarch::ParseVerbs(input, "verbs", &d.diagnostics);
  CheckDiagnostics(d.diagnostics, input, "verbs");
  for (const petrarch::VerbBlock& b : d.verbs.blocks) {
    Check(!b.code.empty());
    for (const petrarch::VerbForm& f : b.forms) Check(!f.words.empty() && f.verb_index < f.words.size());
    for (const petrarch::VerbPattern& p : b.patterns) Check(!p.code.empty());
  }

  std::vector<petrarch::Diagnostic> diags;
  d.actors.push_back({"actors", petrarch::ParseActors(input, "actors", &diags)});
  CheckDiagnostics(diags, input, "actors");
  for (const petrarch::Actor& a : d.actors[0].actors) {
    Check(!a.names.empty() && !a.codes.empty());
    for (const petrarch::DatedCode& c : a.codes) {
      Check(!c.code.empty());
      Check(c.from.empty() || c.to.empty() || c.from <= c.to);
    }
  }
  diags.clear();
  d.agents_file = "agents";
  d.agents = petrarch::ParseAgents(input, "agents", &diags);
  CheckDiagnostics(diags, input, "agents");
  for (const petrarch::Agent& a : d.agents) Check(!a.names.empty() && !a.code.empty());
  diags.clear();
  d.discards = petrarch::ParseDiscards(input, "discards", &diags);
  CheckDiagnostics(diags, input, "discards");
  for (const petrarch::Discard& x : d.discards) Check(!x.words.empty());

  auto records = petrarch::ParseRecords(input, "records", ".");
  if (records.ok()) Check(!records->records.empty());

  // Translation and loading: whatever was read must load or be rejected.
  static const std::unique_ptr<dyad::Codebook> kCodebook = [] {
    auto cb = dyad::Codebook::Parse("01 0 1 0 - - Statement\n010 0 1 0 - - Statement\n", "codebook");
    Check(cb.ok());
    return std::move(cb).value();
  }();
  diags.clear();
  petrarch::Translation t =
      petrarch::Translate(d, [](std::string_view w) { return std::string(w); }, *kCodebook, &diags);
  // (Codebook::AddForeign is private to EventCoder now: a pattern whose code
  // the small codebook lacks takes the rejection path, which must hold too.)
  const dyad::Codebook& codebook = *kCodebook;
  dyad::EventPatterns patterns;
  for (const dyad::ForeignPattern& p : t.patterns) (void)patterns.AddForeign(p, codebook);
  patterns.Finish(codebook);
  Check(patterns.size() <= t.patterns.size());
  std::vector<std::string> rejected;
  auto dict = dyad::ActorDictionary::Build({}, t.actors, &rejected);
  Check(dict.ok());
  return 0;
}
