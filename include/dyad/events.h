// Events: the CAMEO codebook, dyad's verb and noun patterns, and the coder
// that turns analysed sentences with actor mentions into coded events.
//
// Codebook and EventPatterns are loaded once (formats in data/cameo/codebook.txt
// and data/events/FORMAT.md; every malformed line is reported with file and
// line), then immutable and thread-safe. EventCoder::Code may run on many
// threads at once, each with its own output vectors. An Event is a value,
// except Event::cameo, which points into the codebook of the EventCoder that
// made it: the coder must outlive the events, or the caller copies the code's
// fields out (as the store and the writers do).
#ifndef DYAD_EVENTS_H_
#define DYAD_EVENTS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/actors.h"
#include "dyad/analysis.h"
#include "dyad/conventions.h"
#include "dyad/status.h"

namespace dyad {

struct CameoCode {
  std::string code;        // "0312"
  std::string name;        // "Express intent to cooperate militarily"
  double goldstein = 0;
  int quad_class = 0;      // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  int penta_class = 0;     // Phoenix: 0 .. 4
  std::string plover;      // PLOVER event type, "" when none
  std::string plover_context;  // PLOVER contexts joined by ';', "" when none
  std::string plover_mode;     // PLOVER mode ("visit", "phone"), "" when none
  // The two-digit root ("03"), a view into `code`: valid as long as this
  // CameoCode is. Deleted on a temporary, whose view would dangle.
  std::string_view Root() const& { return std::string_view(code).substr(0, 2); }
  std::string_view Root() const&& = delete;
};

// An event code that another dictionary format uses and the CAMEO codebook
// lacks (PETRARCH's validation files use WEIS codes and test codes such as
// "174K"). It gets no Goldstein value and, unless it starts with a CAMEO
// root, no quad class.
struct ForeignCode {
  std::string code;
  std::string name;
};

// An event pattern from another dictionary format, already written in dyad's
// pattern syntax (data/events/FORMAT.md). `id` need not follow dyad's
// <code>.<n> scheme: it names the source ("PETR.Validate.verbs.txt:123"),
// and several patterns may share it.
struct ForeignPattern {
  std::string id;
  std::string code;
  std::string pattern;  // "anchor elements...": `_x` is x joined to the element before it
  // Elements before the verb, in text order; `x_` is x joined to the next
  // one (or to the verb).
  std::string before;
  std::vector<std::string> forms;  // surface forms of the verb; empty: any
  std::string file;
  uint32_t line = 0;
};

class Codebook {
 public:
  static Result<std::unique_ptr<Codebook>> Load(const std::string& path);
  static Result<std::unique_ptr<Codebook>> Parse(std::string_view text, const std::string& name);
  const CameoCode* Find(std::string_view code) const;
  const std::vector<CameoCode>& codes() const { return codes_; }

 private:
  // Loading foreign dictionaries (EventCoder::LoadWith) adds their codes.
  friend class EventCoder;
  // Adds a code another dictionary uses. Invalidates pointers to codes:
  // call before any pattern refers to them.
  Status AddForeign(const ForeignCode& code);
  Status AddLine(const std::vector<std::string_view>& fields, const std::string& where);
  void Push(CameoCode c);
  std::vector<CameoCode> codes_;
  // code -> position in codes_: loading 12,000 patterns looks codes up a
  // million times, and scanning 311 codes for each was 10 ms of start-up.
  std::unordered_map<std::string, uint32_t> index_;
};

// Where an event happened, from a gazetteer.
struct Geo {
  std::string name;          // "Beijing"
  std::string country_code;  // ISO 3166-1 alpha-3 ("CHN")
  std::string admin1;        // first-level region name, when known
  double latitude = 0, longitude = 0;
  std::string feature_type;  // "city", "admin1", "country", "continent", "region"
  // The place's GeoNames id (GDELT's ActionGeo_FeatureID), 0 when the
  // gazetteer's sources give none.
  uint32_t geonameid = 0;
  // Which phrase tied the place to the event: "clause" (a locative phrase of
  // the verb's own clause, or its object "the city of X"), "sentence"
  // (another locative phrase of the sentence), "dateline" (the story's).
  std::string how;
  bool known() const { return !name.empty(); }
};

// One coded event with the evidence that proves it.
struct Event {
  std::string date;                     // YYYY-MM-DD, or "" when unknown
  bool date_resolved = false;           // true: from a date expression in the text
  // How exact `date` is: "day", or "week", "month" or "year" when the text
  // names only that period ("last week", "earlier this month", "In 2019,",
  // "last year"; the date is then a day inside it); "" when undated. A date
  // taken from the publication is "day" (date_resolved says where it came
  // from).
  std::string date_precision;
  Geo action_geo;                       // empty when no place was found
  // Where the sentence places the source and the target below their country
  // ("police in Kharkiv", "Kharkiv's mayor", "the governor of Texas", with
  // `how` "actor"); empty when it does not. GDELT's Actor1Geo/Actor2Geo.
  Geo source_geo, target_geo;
  uint32_t sentence = 0;
  std::string source, target;           // CAMEO actor codes
  std::string source_text, target_text;
  // Never null in output. Points into the codebook of the EventCoder (and
  // so the Coder) that coded the event: valid while that coder lives. Code
  // that keeps events longer (a store, a Python list) copies cameo->code and
  // the other fields it needs, as the store and the writers do.
  const CameoCode* cameo = nullptr;
  std::string rule;                     // id of the pattern that fired, or of the rule
  std::string verb_text;
  // Byte offsets in the document's full text.
  uint32_t source_begin = 0, source_end = 0;
  uint32_t verb_begin = 0, verb_end = 0;
  uint32_t target_begin = 0, target_end = 0;
  std::string modality;                 // "", "intent", "threat", "refusal"
  std::string base_code;                // pattern's code before modality changed it
  // How the target was found: "pattern" (a + slot), "object", "phrase",
  // "passive subject", "coordinated clause", "reciprocal" (members of a
  // compound source), "context" (an earlier event's source), "place" (the
  // country of the place the verb's clause names, for force and aid).
  std::string target_how;
  // How far to trust the event, in (0, 1], from how it was found: a pattern
  // of several words with its target in the verb's object or slot is worth
  // more than a verb's default code, a rule, or a target from another
  // sentence (ConfidenceOf in src/events/coder.cc; README, "Output").
  double confidence = 0;
};

// Why a clause did or did not yield events; filled only when asked for.
struct ExplainLine {
  uint32_t sentence = 0;
  std::string text;
};

class EventPatterns;

class EventCoder {
 public:
  // Loads data_dir/cameo/codebook.txt, data_dir/events/*.txt and data_dir/coding.
  static Result<std::unique_ptr<EventCoder>> Load(const std::string& data_dir);
  // The codebook from data_dir plus `codes`; dyad's own patterns when
  // `dyad_patterns`, then `patterns`. A foreign pattern that cannot be used
  // (bad syntax, defined twice) is left out and reported in *rejected as
  // "FILE:LINE: reason".
  static Result<std::unique_ptr<EventCoder>> LoadWith(const std::string& data_dir, bool dyad_patterns,
                                                      const std::vector<ForeignCode>& codes,
                                                      const std::vector<ForeignPattern>& patterns,
                                                      std::vector<std::string>* rejected);
  // From explicit pattern texts (tests); the coding rules (intent, threat and
  // refusal maps, control verbs) come from DefaultDataDir()/coding.
  static Result<std::unique_ptr<EventCoder>> FromText(std::string_view codebook,
                                                      std::string_view patterns);
  ~EventCoder();

  // Codes every sentence of `a`. `explain`, when not null, receives a line for
  // every pattern tried and every decision taken.
  void Code(const Analysis& a, const ActorMentions& actors, std::vector<Event>* out,
            std::vector<ExplainLine>* explain = nullptr) const;

  const Codebook& codebook() const { return *codebook_; }
  size_t pattern_count() const;
  // Whose ways the coder follows where PETRARCH's and dyad's own coding
  // differ (dyad/conventions.h): dyad's unless set, whatever patterns were
  // loaded. Set before coding starts.
  void set_conventions(Conventions c) { conventions_ = c; }
  Conventions conventions() const { return conventions_; }
  // An event whose source or target no phrase names is written with "---"
  // for that side (as PETRARCH does: "was killed in an air strike") and a
  // low confidence, instead of being dropped. Set before coding starts.
  void set_unknown_sides(bool on) { unknown_sides_ = on; }
  // An act of force, a show of force or aid that names no target is kept
  // with target "---" and target_how "place", for the caller to aim at the
  // country of the place its clause names ("shelled villages in X": Coder
  // does so from its gazetteer) or to drop. Set before coding starts.
  void set_place_targets(bool on) { place_targets_ = on; }

 private:
  EventCoder();
  std::unique_ptr<Codebook> codebook_;
  std::unique_ptr<EventPatterns> patterns_;
  Conventions conventions_ = Conventions::kDyad;
  bool unknown_sides_ = false;
  bool place_targets_ = false;
};

}  // namespace dyad

#endif  // DYAD_EVENTS_H_
