// Readers for PETRARCH 2 (and TABARI-style) dictionaries, their translation
// into dyad's own matchers, and PETRARCH's validation records (internal).
//
// Research teams keep years of work in PETRARCH dictionaries: a verbs file
// (`--- VERB [CODE] ---` blocks with patterns and `&SYNSET`s), actor files
// (names with `[CODE]` lines, `+alias` lines and date restrictions), an agents
// file (`[~CODE]` suffix and `[CODE~]` prefix agents, `{plurals}`, `!SUBST!`
// lists) and a discards file. The parsers here never fail: every line they
// cannot read, and every feature dyad cannot honour, becomes a Diagnostic
// with file and line, and the rest is used. Translate() then turns what was
// read into actor entries (ActorSpec) and event patterns (ForeignPattern) for
// the existing loaders; Extras holds what dyad's coder has no notion of
// (reverse events of `[032:033]` codes, null codes, discards).
//
// Everything is a plain value built once at load time; an Extras is
// immutable afterwards and safe to use from many threads.
#ifndef DYAD_SRC_EVENTS_PETRARCH_H_
#define DYAD_SRC_EVENTS_PETRARCH_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/actors.h"
#include "dyad/events.h"
#include "dyad/status.h"

namespace dyad {

class Pipeline;

namespace petrarch {

struct Diagnostic {
  std::string file;
  uint32_t line = 0;
  std::string message;
  // true: the line could not be read; false: read, but (partly) unsupported.
  bool error = true;
  std::string ToString() const;  // "FILE:LINE: error: message"
};

// ---- verbs -----------------------------------------------------------------

// One element of a pattern, in PETRARCH's terms.
struct Element {
  enum Kind : uint8_t { kWord, kSynset, kSource, kTarget, kCompound, kSkipPhrase };
  Kind kind = kWord;
  std::string text;  // kWord: lower-case word; kSynset: "&NAME"
  // true when joined to the next element by '_' (no words may come between)
  bool joined = false;
};

struct VerbPattern {
  std::vector<Element> before;  // elements before the verb (`*`), in order
  std::vector<Element> after;   // elements after the verb
  bool verb_joined = false;     // "*_OUT": the first element follows the verb at once
  std::string code;             // "064", "---", or PETRARCH's own non-CAMEO codes
  std::string reverse_code;     // "033" in [032:033]; "" when none
  uint32_t line = 0;
};

struct VerbForm {
  std::vector<std::string> words;  // lower case: {"break", "down"}, {"wire", "tap"}
  size_t verb_index = 0;           // which word is the verb ('+' marks it)
  std::vector<std::string> irregular;  // {FORMS}: the verb word of each, lower case
  std::string code, reverse_code;  // own code, or "" for the block's
  uint32_t line = 0;
};

struct VerbBlock {
  std::string name;  // the header's verb
  std::string code, reverse_code;
  uint32_t line = 0;
  std::vector<VerbForm> forms;
  std::vector<VerbPattern> patterns;
};

struct VerbDictionary {
  std::string file;
  // "&CURRENCY" -> its phrases, each a list of lower-case words (or nested
  // "&SYNSET" references, expanded when used).
  std::map<std::string, std::vector<std::vector<std::string>>> synsets;
  std::vector<VerbBlock> blocks;
};

VerbDictionary ParseVerbs(std::string_view text, const std::string& file, std::vector<Diagnostic>* diags);

// ---- actors, agents, discards ------------------------------------------------

struct DatedCode {
  std::string code;
  std::string from, to;  // YYYY-MM-DD inclusive; "" when open
  uint32_t line = 0;
};

struct Actor {
  std::vector<std::string> names;  // as written, '_' turned into spaces
  std::vector<DatedCode> codes;
  uint32_t line = 0;
};

struct Agent {
  std::vector<std::string> names;  // singular and plural forms
  std::string code;                // "GOV", "GOVFRM"
  bool prefix = false;             // [NGO~]: the code goes before the actor's
  uint32_t line = 0;
};

struct Discard {
  std::vector<std::string> words;  // lower case
  bool story = false;              // '+': the whole story, else the sentence
  uint32_t line = 0;
};

std::vector<Actor> ParseActors(std::string_view text, const std::string& file, std::vector<Diagnostic>* diags);
std::vector<Agent> ParseAgents(std::string_view text, const std::string& file, std::vector<Diagnostic>* diags);
std::vector<Discard> ParseDiscards(std::string_view text, const std::string& file, std::vector<Diagnostic>* diags);

// ---- loading and translation -------------------------------------------------

struct Files {
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
  bool empty() const { return verbs.empty() && actors.empty() && agents.empty() && discards.empty(); }
};

// Everything read from a set of PETRARCH files.
struct Dictionaries {
  VerbDictionary verbs;
  struct ActorFile {
    std::string file;
    std::vector<Actor> actors;
  };
  std::vector<ActorFile> actors;
  std::string agents_file, discards_file;
  std::vector<Agent> agents;
  std::vector<Discard> discards;
  std::vector<Diagnostic> diagnostics;
};

// Reads the files; NotFound/IoError when one cannot be opened. Lines that
// cannot be read go to out->diagnostics.
Status Load(const Files& files, Dictionaries* out);

// Lemma of a verb form ("said" -> "say"), from dyad's language layer.
using LemmaFn = std::function<std::string(std::string_view word)>;

// dyad-side forms of the dictionaries. Names and messages keep the PETRARCH
// file and line.
struct Translation {
  std::vector<ActorSpec> actors;
  std::vector<ForeignCode> codes;      // codes the verbs use that dyad's codebook lacks
  std::vector<ForeignPattern> patterns;
  std::unordered_map<std::string, std::string> reverse_codes;  // pattern id -> reverse code
};
Translation Translate(const Dictionaries& d, const LemmaFn& lemma, const Codebook& codebook,
                      std::vector<Diagnostic>* diags);

// A lemma function from a pipeline: tags the word as a verb in a short
// carrier sentence.
LemmaFn PipelineLemmas(const Pipeline& pipeline);

// What the coder does after dyad's own coding when PETRARCH dictionaries are
// loaded.
class Extras {
 public:
  Extras(const Dictionaries& d, const Translation& t, const Codebook& codebook);
  // Drops events of null-coded patterns ("---") and of discarded sentences or
  // stories, adds the reverse events of paired codes. *discard is "story",
  // "sentence" or "" (the first discard found).
  void Apply(const Analysis& a, std::vector<Event>* events, std::string* discard) const;

 private:
  std::unordered_map<std::string, const CameoCode*> reverse_;
  std::vector<Discard> discards_;
};

// ---- validation records --------------------------------------------------------

struct ExpectedEvent {
  std::string source, target, code;
};

struct Record {
  std::string id, category, date;  // date YYYY-MM-DD
  std::string text;
  std::vector<ExpectedEvent> events;
  bool noevents = false;
  std::string error;  // expected error ("storydiscard", "dateline", ...)
  uint32_t line = 0;
};

struct RecordFile {
  Files environment;  // paths resolved against the records' folder
  std::vector<Record> records;
};

Result<RecordFile> ReadRecords(const std::string& path);
// Parses records text; `dir` resolves the Environment's file names.
Result<RecordFile> ParseRecords(std::string_view text, const std::string& name, const std::string& dir);

}  // namespace petrarch
}  // namespace dyad

#endif  // DYAD_SRC_EVENTS_PETRARCH_H_
