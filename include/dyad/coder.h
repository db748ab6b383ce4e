// The whole coder in one object: language pipeline, actor dictionary and event
// coder, loaded once and shared by the CLI, the benchmarks and (later) the
// server. Create() loads everything; the Coder is then immutable and
// thread-safe: each thread codes documents into its own CodedDocument.
#ifndef DYAD_CODER_H_
#define DYAD_CODER_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/actors.h"
#include "dyad/analysis.h"
#include "dyad/document.h"
#include "dyad/events.h"
#include "dyad/pipeline.h"
#include "dyad/places.h"
#include "dyad/status.h"

namespace dyad {

namespace places {
class Gazetteer;
}  // namespace places
namespace petrarch {
class Extras;
struct Files;
}  // namespace petrarch

struct CoderOptions {
  PipelineOptions pipeline;
  // Extra actor dictionary files loaded with dyad's own.
  std::vector<std::string> extra_actor_files;
  // PETRARCH 2 dictionaries (docs/petrarch.md), loaded into the same
  // matchers. Lines that cannot be read or used are listed in
  // Coder::load_notes(), not fatal.
  std::string petrarch_verbs;
  std::vector<std::string> petrarch_actors;
  std::string petrarch_agents;
  std::string petrarch_discards;
  // Only the dictionaries given above, not dyad's own actors and patterns.
  bool no_default_dictionaries = false;
  // Events with a lower Event::confidence are not returned.
  double min_confidence = 0;
  // Events with one side unknown are kept, with "---" for it
  // (EventCoder::set_unknown_sides).
  bool unknown_sides = false;
};

// The result of coding one document. Reuse one per thread: its buffers are
// kept between documents.
struct CodedDocument {
  std::string full_text;
  Analysis analysis;
  ActorMentions actors;
  std::vector<Event> events;
  // Every place mention, in text order (FindPlaces only; Code leaves it empty).
  std::vector<PlaceMention> places;
  std::vector<ExplainLine> explain;
  // With a PETRARCH discards file: "story" or "sentence" when a discard
  // phrase removed the document's or a sentence's events, else "".
  std::string discarded;
  // Offsets in output are Unicode code points; for non-ASCII text these
  // samples (continuation bytes before every 256th byte) make the conversion
  // cheap. Empty when the text is ASCII.
  std::vector<uint32_t> continuation_samples;
  // Code point offset of byte offset `byte` in full_text.
  uint32_t CodePointOffset(uint32_t byte) const;
};

class Coder {
 public:
  static Result<std::unique_ptr<Coder>> Create(const CoderOptions& options);
  ~Coder();

  // Analyses `doc`, finds its actors and codes its events into `out`. With
  // `explain`, out->explain receives the coder's reasoning.
  void Code(const Document& doc, CodedDocument* out, bool explain = false) const;
  // The first two stages only (dyad actors).
  void FindActors(const Document& doc, CodedDocument* out) const;
  // Analysis, actors and every place mention (dyad places); no places without
  // the gazetteer (has_places()).
  void FindPlaces(const Document& doc, CodedDocument* out) const;
  bool has_places() const { return gazetteer_ != nullptr; }

  const Pipeline& pipeline() const { return *pipeline_; }
  const ActorDictionary& actors() const { return *actors_; }
  const EventCoder& events() const { return *events_; }
  // "FILE:LINE: ..." for each PETRARCH dictionary line that could not be read
  // or used (empty without PETRARCH dictionaries).
  const std::vector<std::string>& load_notes() const { return load_notes_; }

 private:
  Coder() = default;
  Status LoadWithPetrarch(const CoderOptions& options, const petrarch::Files& files);
  std::unique_ptr<Pipeline> pipeline_;
  std::unique_ptr<ActorDictionary> actors_;
  std::unique_ptr<EventCoder> events_;
  // Event places; null when the gazetteer is not installed (no places).
  std::unique_ptr<places::Gazetteer> gazetteer_;
  // Paired codes, null codes and discards of PETRARCH dictionaries; null
  // without them.
  std::unique_ptr<petrarch::Extras> petrarch_;
  std::vector<std::string> load_notes_;
  double min_confidence_ = 0;
};

// Output of events, shared by every command that writes them.
// JSON Lines: one object per event with the keys the README documents.
void AppendEventJson(const Document& doc, const CodedDocument& coded, const Event& e, std::string* out);
// TSV: the same fields; AppendEventTsvHeader writes the header line.
void AppendEventTsvHeader(std::string* out);
void AppendEventTsv(const Document& doc, const CodedDocument& coded, const Event& e, std::string* out);

}  // namespace dyad

#endif  // DYAD_CODER_H_
