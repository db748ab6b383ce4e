// The whole coder in one object: language pipeline, actor dictionary and event
// coder, loaded once and shared by the CLI, the server, the benchmarks and
// the language bindings. Create() loads everything and reports failure as a
// Status (it never prints: warnings are in load_notes()); the Coder is then
// immutable and thread-safe: each thread codes documents into its own
// CodedDocument. The caller owns the Coder; events and CodedDocuments refer
// to its codebook, so it must outlive them. Runs over many documents
// (batches, threads, the duplicate and language filters, the store) are in
// dyad/run.h.
#ifndef DYAD_CODER_H_
#define DYAD_CODER_H_

#include <memory>
#include <string>
#include <vector>

#include "dyad/actors.h"
#include "dyad/analysis.h"
#include "dyad/conventions.h"
#include "dyad/document.h"
#include "dyad/events.h"
#include "dyad/pipeline.h"
#include "dyad/places.h"
#include "dyad/status.h"

namespace dyad {

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
  // Whose ways to follow where PETRARCH's and dyad's coding differ
  // (dyad/conventions.h). Chosen here only, never from the dictionaries
  // loaded: to code as PETRARCH does, give its dictionaries with
  // no_default_dictionaries and Conventions::kPetrarch.
  Conventions conventions = Conventions::kDyad;
  // Events with a lower Event::confidence are not returned.
  double min_confidence = 0;
  // Events with one side unknown are kept, with "---" for it
  // (EventCoder::set_unknown_sides).
  bool unknown_sides = false;
};

// The result of coding one document. Reuse one per thread: its buffers are
// kept between documents. `analysis.text` views `full_text`; copying or
// moving a CodedDocument points the copy's view at the copy's own text, so a
// copy outlives the original safely (a plain member-wise copy would keep
// viewing the original's buffer). Events refer to the Coder's codebook
// (Event::cameo): keep the Coder alive while the events are used.
struct CodedDocument {
  CodedDocument() = default;
  CodedDocument(const CodedDocument& other);
  CodedDocument(CodedDocument&& other) noexcept;
  CodedDocument& operator=(const CodedDocument& other);
  CodedDocument& operator=(CodedDocument&& other) noexcept;

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
  // The Coder::data_version() of the coder that filled this document.
  std::string data_version;
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
  bool has_places() const;

  const Pipeline& pipeline() const { return *pipeline_; }
  const ActorDictionary& actors() const { return *actors_; }
  const EventCoder& events() const { return *events_; }
  // What loading had to say, for the caller to show (the library does not
  // print): "FILE:LINE: ..." for each PETRARCH dictionary line that could not
  // be read or used, and "warning: ..." for a part that is missing but not
  // needed (events get no places without the gazetteer).
  const std::vector<std::string>& load_notes() const { return load_notes_; }
  // "dyad 0.1.0": the program that codes. With data_version() it says what
  // coded an event, so that stores coded at different times can be told apart.
  static const char* Version();
  // A hash of every data file the coder read (its dictionaries, patterns,
  // codebook, coding rules, gazetteer and any PETRARCH dictionaries): 16 hex
  // digits, the same for the same files whatever their location.
  const std::string& data_version() const { return data_version_; }

 private:
  // The gazetteer and the PETRARCH extras (src/events/coder_facade.cc):
  // internal types that the public header need not name.
  struct Parts;
  Coder();
  Status LoadWithPetrarch(const CoderOptions& options);
  std::unique_ptr<Pipeline> pipeline_;
  std::unique_ptr<ActorDictionary> actors_;
  std::unique_ptr<EventCoder> events_;
  std::unique_ptr<Parts> parts_;
  std::vector<std::string> load_notes_;
  std::string data_version_;
  double min_confidence_ = 0;
  bool unknown_sides_ = false;
};

// Output of events, shared by every command that writes them.
// JSON Lines: one object per event with the keys the README documents.
void AppendEventJson(const Document& doc, const CodedDocument& coded, const Event& e, std::string* out);
// TSV: the same fields; AppendEventTsvHeader writes the header line.
void AppendEventTsvHeader(std::string* out);
void AppendEventTsv(const Document& doc, const CodedDocument& coded, const Event& e, std::string* out);

}  // namespace dyad

#endif  // DYAD_CODER_H_
