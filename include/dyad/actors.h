// Actors: recognising and coding countries, organisations, groups, people and
// agents in analysed text.
//
// An ActorDictionary is loaded once from dyad's dictionary files (format in
// data/actors/FORMAT.md); loading checks every entry and reports file and line
// for anything malformed or conflicting. The loaded dictionary is immutable and
// thread-safe: many threads may call ResolveActors() at once, each with its own
// Analysis and ActorMentions.
#ifndef DYAD_ACTORS_H_
#define DYAD_ACTORS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/analysis.h"
#include "dyad/conventions.h"
#include "dyad/status.h"

namespace dyad {

// How a mention got its code.
enum class ActorHow : uint8_t {
  kDictionary,   // a country, organisation, group or agent entry
  kDateRule,     // a person whose role was chosen by the document's date
  kRole,         // a person not in the dictionaries, introduced with a role
  kContext,      // an agent whose country came from the surrounding text
  kCoreference,  // a pronoun or collective ("the two countries")
};
std::string_view ActorHowName(ActorHow how);

// Whether three letters are a CAMEO region code ("EUR" Europe, "WAF" West
// Africa): a party of a region, not of one state.
bool IsRegionCode(std::string_view code);

// Whether an actor code's first three letters name a state: not an
// organisation (IGO, NGO, NGM, MNC), an unidentified state (UIS), a region
// or an unknown country ("---").
bool IsStateCode(std::string_view code);

// Whether an actor code is a news outlet by its own name (USAMEDVOA: a
// country, the media sector and a tag), not the press named by a role word
// (USAMED, "journalists"). An outlet reports events; it is no party the
// story's pronouns, country or earlier events stand for.
bool IsNewsOutletCode(std::string_view code);

struct ActorMention {
  uint32_t sentence = 0;
  uint32_t first_token = 0, end_token = 0;  // token span [first, end)
  std::string code;                         // CAMEO actor code: CHN, CHNMIL, IGOUNO ...
  ActorHow how = ActorHow::kDictionary;
  std::string detail;     // the entry, role or antecedent that decided the code
  int32_t group = -1;     // members of one compound share a group id
  int32_t chunk = -1;     // NP chunk index the mention belongs to, when any
  bool attributive = false;  // "U.S.-backed": names an actor that does not act
  bool place = false;        // named by a place or capital ("in Beijing"): may be a location
};

struct ActorOptions {
  std::string date;  // document date YYYY-MM-DD for dated roles; empty: latest role
  // With PETRARCH's conventions codes are composed as PETRARCH composes
  // them: an agent with no country stays "---GOV" rather than taking the
  // story's country; every agent's code is appended to the actor's
  // ("former" makes it ELI), prefix agents go first, and an agent followed
  // by "in"/"of"/"from" and a list of actors stands for each of them.
  Conventions conventions = Conventions::kDyad;
};

// All mentions of one document, in text order, and per NP chunk.
struct ActorMentions {
  std::vector<ActorMention> mentions;
  void Clear() { mentions.clear(); }
  // Mentions inside chunk `chunk` (empty when none).
  std::vector<const ActorMention*> InChunk(int32_t chunk) const;
};

// An actor entry read from a dictionary in another format (PETRARCH), for
// ActorDictionary::Build. Codes need not be ISO or CAMEO: they are taken as
// the other dictionary writes them (upper-case letters and digits).
struct ActorSpec {
  enum class Kind : uint8_t { kCountry, kGroup, kAgent, kPerson };
  Kind kind = Kind::kCountry;
  std::string code;     // kAgent: the sector code, any length >= 3 ("GOV", "GOVFRM")
  // PETRARCH's compound codes ([FRO/BIL/SAM]): the name stands for `code`
  // and each of these actors together.
  std::vector<std::string> more_codes;
  bool prefix = false;  // kAgent: the code goes before the actor's ([NGO~])
  std::string display;
  std::vector<std::string> names;
  struct Role {
    std::string code, from, to;  // from/to: YYYY[-MM[-DD]] or "-" (open)
  };
  std::vector<Role> roles;  // kPerson only
  std::string file;         // where the entry was read, for messages
  uint32_t line = 0;
};

class ActorDictionary {
 public:
  // Loads every *.txt file in `dir` (dyad's data/actors).
  static Result<std::unique_ptr<ActorDictionary>> Load(const std::string& dir);
  // Loads the given files (tests, extra dictionaries).
  static Result<std::unique_ptr<ActorDictionary>> LoadFiles(const std::vector<std::string>& files);
  // dyad's dictionary files (may be none) plus entries from other formats.
  // A foreign name that conflicts with one already loaded is left out and
  // reported in *rejected as "FILE:LINE: reason"; errors in dyad's own files
  // fail the load as in LoadFiles.
  static Result<std::unique_ptr<ActorDictionary>> Build(const std::vector<std::string>& files,
                                                        const std::vector<ActorSpec>& foreign,
                                                        std::vector<std::string>* rejected);
  // Parses dictionary text (`name` is used in messages).
  static Result<std::unique_ptr<ActorDictionary>> Parse(std::string_view text, const std::string& name);
  ~ActorDictionary();

  // Reads the word lists the resolver consults (role words, titles, the
  // sectors of bodies that are no state: data/actors/words/words.txt, its
  // format in data/actors/FORMAT.md). Load(dir) reads dir/words/words.txt; a
  // dictionary made otherwise has empty lists until this is called. An
  // error names the file and line; the lists are then left as they were.
  Status LoadWordLists(const std::string& file);
  // The same from text (`name` is used in messages).
  Status ParseWordLists(std::string_view text, const std::string& name);

  // Finds and codes every actor mention in `a` (which must be parsed).
  void ResolveActors(const Analysis& a, const ActorOptions& options, ActorMentions* out) const;
  // Every name the dictionaries know in `a` (segmented and tagged; no parse
  // needed), coded from its words alone: countries, their adjectives and
  // seats of government, organisations, groups, and people by their role on
  // options.date. Role words, pronouns, compounds and the story's context
  // are not resolved. For callers that need the names, not the actors
  // (`dyad places`), at a fraction of ResolveActors' cost.
  void FindNames(const Analysis& a, const ActorOptions& options, ActorMentions* out) const;

  struct Stats {
    size_t countries = 0, igos = 0, groups = 0, agents = 0, people = 0, names = 0;
  };
  Stats stats() const;

 private:
  // The loaded tries and entries (src/actors/dictionary.h).
  struct Impl;
  ActorDictionary();
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_ACTORS_H_
