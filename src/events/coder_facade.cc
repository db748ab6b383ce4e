#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>

#include "core/json.h"
#include "dyad/coder.h"
#include "events/petrarch.h"
#include "events/when.h"
#include "events/where.h"
#include "places/mentions.h"

namespace dyad {

Coder::~Coder() = default;

Result<std::unique_ptr<Coder>> Coder::Create(const CoderOptions& options) {
  std::unique_ptr<Coder> c(new Coder());
  if (!(options.min_confidence >= 0 && options.min_confidence <= 1)) {
    return Status::InvalidArgument("the minimum confidence must be between 0 and 1");
  }
  c->min_confidence_ = options.min_confidence;
  petrarch::Files pf{options.petrarch_verbs, options.petrarch_actors, options.petrarch_agents,
                     options.petrarch_discards};
  const bool own_dictionaries = pf.empty() && !options.no_default_dictionaries;
  PipelineOptions po = options.pipeline;
  if (po.data_dir.empty()) po.data_dir = DefaultDataDir();
  if (po.data_dir.empty()) {
    return Status::NotFound(
        "no dyad data (codebook, patterns, actors): looked in share/dyad beside the binary and in $DYAD_DATA; "
        "install dyad (cmake --install), set DYAD_DATA or give --data DIR");
  }
  const std::string data = po.data_dir;
  // The language tables, the actor dictionaries and the event patterns load
  // independently: on two threads start-up takes the time of the largest
  // rather than of all three (a whole run pays it before its first document).
  // (The gazetteer goes on the side thread too: the tagger's tables alone
  // take about as long as the rest.)
  Result<std::unique_ptr<ActorDictionary>> actors = Status::DataError("actor dictionaries not loaded");
  Result<std::unique_ptr<EventCoder>> events = Status::DataError("event patterns not loaded");
  const std::string gazetteer_path = places::Gazetteer::DefaultPath(data);
  Result<std::unique_ptr<places::Gazetteer>> gazetteer = Status::DataError("gazetteer not loaded");
  std::thread side([&] {
    if (own_dictionaries) {
      actors = ActorDictionary::Load(data + "/actors");
      events = EventCoder::Load(data);
    }
    gazetteer = places::Gazetteer::Load(gazetteer_path);
  });
  auto p = Pipeline::Create(po);
  side.join();
  if (!p.ok()) return p.status();
  c->pipeline_ = std::move(p).value();
  if (own_dictionaries) {
    if (!actors.ok()) return actors.status();
    c->actors_ = std::move(actors).value();
    if (!events.ok()) return events.status();
    c->events_ = std::move(events).value();
  } else {
    DYAD_RETURN_IF_ERROR(c->LoadWithPetrarch(options, pf));
  }
  c->events_->set_unknown_sides(options.unknown_sides);
  // Places are optional: without the gazetteer dyad codes events without
  // them, and says so once per process.
  if (gazetteer.ok()) {
    c->gazetteer_ = std::move(gazetteer).value();
  } else {
    static std::once_flag warned;
    std::call_once(warned, [&] {
      std::fprintf(stderr, "dyad: warning: events get no places: %s\n", gazetteer.status().message().c_str());
    });
  }
  return c;
}

Status Coder::LoadWithPetrarch(const CoderOptions& options, const petrarch::Files& files) {
  const std::string& data = pipeline_->options().data_dir;
  petrarch::Dictionaries dicts;
  DYAD_RETURN_IF_ERROR(petrarch::Load(files, &dicts));
  std::vector<petrarch::Diagnostic> diags = std::move(dicts.diagnostics);
  // The codebook tells which of the verbs' codes are foreign.
  auto codebook = Codebook::Load(data + "/cameo/codebook.txt");
  if (!codebook.ok()) return codebook.status();
  petrarch::Translation t = petrarch::Translate(dicts, petrarch::PipelineLemmas(*pipeline_), **codebook, &diags);
  std::vector<std::string> actor_files;
  if (!options.no_default_dictionaries) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(data + "/actors", ec)) {
      if (entry.path().extension() == ".txt") actor_files.push_back(entry.path().string());
    }
    if (ec) return Status::NotFound(data + "/actors: " + ec.message());
    std::sort(actor_files.begin(), actor_files.end());
  }
  actor_files.insert(actor_files.end(), options.extra_actor_files.begin(), options.extra_actor_files.end());
  for (const petrarch::Diagnostic& d : diags) load_notes_.push_back(d.ToString());
  std::vector<std::string> rejected;
  auto actors = ActorDictionary::Build(actor_files, t.actors, &rejected);
  if (!actors.ok()) return actors.status();
  actors_ = std::move(actors).value();
  auto events = EventCoder::LoadWith(data, !options.no_default_dictionaries, t.codes, t.patterns, &rejected);
  if (!events.ok()) return events.status();
  events_ = std::move(events).value();
  for (std::string& r : rejected) {
    // "FILE:LINE: reason" -> "FILE:LINE: note: not used: reason"
    size_t colon = r.find(": ");
    load_notes_.push_back(colon == std::string::npos ? "note: not used: " + r
                                                     : r.substr(0, colon) + ": note: not used: " + r.substr(colon + 2));
  }
  petrarch_ = std::make_unique<petrarch::Extras>(dicts, t, events_->codebook());
  return Status::Ok();
}

namespace {

// UTF-8 continuation bytes (10xxxxxx) among the 8 bytes of `w`.
inline int Continuations(uint64_t w) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  // One bit per byte at most, so a multiply sums them: __builtin_popcountll
  // is a call into libgcc on the baseline x86-64 this is built for.
  uint64_t bits = (w & kHigh & ~(w << 1)) >> 7;
  return static_cast<int>((bits * 0x0101010101010101ull) >> 56);
}

}  // namespace

uint32_t CodedDocument::CodePointOffset(uint32_t byte) const {
  if (continuation_samples.empty()) return byte;
  size_t k = std::min<size_t>(byte / 256, continuation_samples.size() - 1);
  uint32_t cont = continuation_samples[k];
  size_t i = k * 256;
  const size_t end = std::min<size_t>(byte, full_text.size());
  // Eight bytes at a time: every event asks for six offsets.
  for (; i + 8 <= end; i += 8) {
    uint64_t w;
    std::memcpy(&w, full_text.data() + i, 8);
    cont += Continuations(w);
  }
  for (; i < end; ++i) {
    if ((static_cast<unsigned char>(full_text[i]) & 0xC0) == 0x80) ++cont;
  }
  return byte - cont;
}

namespace {

// Fills *samples as CodedDocument::continuation_samples requires, eight
// bytes at a time: this runs over every byte of every document.
void SampleContinuations(std::string_view text, std::vector<uint32_t>* samples) {
  samples->clear();
  const char* p = text.data();
  const size_t n = text.size();
  bool ascii = true;
  size_t i = 0;
  for (; i + 8 <= n && ascii; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    ascii = (w & 0x8080808080808080ull) == 0;
  }
  for (; i < n && ascii; ++i) ascii = static_cast<unsigned char>(p[i]) < 0x80;
  if (ascii) return;
  uint32_t cont = 0;
  for (size_t block = 0; block < n; block += 256) {
    samples->push_back(cont);
    size_t end = std::min(n, block + 256), j = block;
    for (; j + 8 <= end; j += 8) {
      uint64_t w;
      std::memcpy(&w, p + j, 8);
      cont += Continuations(w);
    }
    for (; j < end; ++j) cont += (static_cast<unsigned char>(p[j]) & 0xC0) == 0x80;
  }
}

}  // namespace

void Coder::FindActors(const Document& doc, CodedDocument* out) const {
  out->full_text = doc.FullText();
  SampleContinuations(out->full_text, &out->continuation_samples);
  pipeline_->Analyze(out->full_text, doc.title.size(), &out->analysis);
  ActorOptions ao;
  ao.date = doc.date;
  ao.petrarch_conventions = events_->petrarch_conventions();
  actors_->ResolveActors(out->analysis, ao, &out->actors);
}

void Coder::FindPlaces(const Document& doc, CodedDocument* out) const {
  FindActors(doc, out);
  out->places.clear();
  if (!gazetteer_) return;
  // The finder's buffers live as long as the thread, like the caller's
  // CodedDocument.
  thread_local places::MentionScratch scratch;
  places::FindPlaceMentions(*gazetteer_, out->analysis, out->actors, &out->places, &scratch);
}

void Coder::Code(const Document& doc, CodedDocument* out, bool explain) const {
  FindActors(doc, out);
  out->explain.clear();
  events_->Code(out->analysis, out->actors, &out->events, explain ? &out->explain : nullptr);
  out->discarded.clear();
  if (petrarch_) petrarch_->Apply(out->analysis, &out->events, &out->discarded);
  if (min_confidence_ > 0) {
    std::erase_if(out->events, [&](const Event& e) { return e.confidence < min_confidence_; });
  }
  when::Day published;
  bool has_date = when::ParseDay(doc.date, &published);
  std::optional<places::DocumentCountries> countries;
  if (gazetteer_ && !out->events.empty()) countries.emplace(out->actors);
  for (Event& e : out->events) {
    when::Day day;
    if (has_date && e.date.empty() && when::ResolveEventDate(out->analysis, e, published, &day)) {
      e.date = when::FormatDay(day);
      e.date_resolved = true;
    }
    if (e.date.empty()) e.date = doc.date;
    if (gazetteer_ && !e.action_geo.known()) {
      where::LocateEvent(*gazetteer_, out->analysis, out->actors, e, *countries, &e.action_geo);
    }
  }
}

namespace {


void AppendNumber(std::string* out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  out->append(buf);
}

void AppendConfidence(std::string* out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  out->append(buf);
}

// Coordinates to 1e-4 degree (about 10 m): the gazetteer's own precision.
void AppendCoordinate(std::string* out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  out->append(buf);
}

void AppendGeoJson(const Geo& g, std::string* out) {
  if (!g.known()) {
    out->append("null");
    return;
  }
  out->append("{\"name\":");
  json::AppendString(out, g.name);
  out->append(",\"country_code\":");
  json::AppendString(out, g.country_code);
  out->append(",\"admin1\":");
  if (g.admin1.empty()) out->append("null"); else json::AppendString(out, g.admin1);
  out->append(",\"lat\":");
  AppendCoordinate(out, g.latitude);
  out->append(",\"lon\":");
  AppendCoordinate(out, g.longitude);
  out->append(",\"feature_type\":");
  json::AppendString(out, g.feature_type);
  if (!g.how.empty()) {
    out->append(",\"how\":");
    json::AppendString(out, g.how);
  }
  out->append("}");
}

std::string_view SentenceText(const CodedDocument& c, uint32_t s) {
  const Sentence& st = c.analysis.sentences[s];
  return std::string_view(c.full_text).substr(st.begin, st.end - st.begin);
}

}  // namespace

void AppendEventJson(const Document& doc, const CodedDocument& c, const Event& e, std::string* out) {
  out->append("{\"doc_id\":");
  json::AppendString(out, doc.id);
  out->append(",\"sentence\":").append(std::to_string(e.sentence));
  out->append(",\"date\":");
  if (e.date.empty()) out->append("null"); else json::AppendString(out, e.date);
  out->append(",\"date_resolved\":").append(e.date_resolved ? "true" : "false");
  out->append(",\"action_geo\":");
  AppendGeoJson(e.action_geo, out);
  out->append(",\"source\":");
  json::AppendString(out, e.source);
  out->append(",\"target\":");
  json::AppendString(out, e.target);
  out->append(",\"source_text\":");
  json::AppendString(out, e.source_text);
  out->append(",\"target_text\":");
  json::AppendString(out, e.target_text);
  out->append(",\"code\":");
  json::AppendString(out, e.cameo->code);
  out->append(",\"root\":");
  json::AppendString(out, e.cameo->Root());
  out->append(",\"event_name\":");
  json::AppendString(out, e.cameo->name);
  out->append(",\"quad_class\":").append(std::to_string(e.cameo->quad_class));
  out->append(",\"penta_class\":").append(std::to_string(e.cameo->penta_class));
  out->append(",\"goldstein\":");
  AppendNumber(out, e.cameo->goldstein);
  out->append(",\"plover\":");
  if (e.cameo->plover.empty()) out->append("null"); else json::AppendString(out, e.cameo->plover);
  out->append(",\"modality\":");
  if (e.modality.empty()) out->append("null"); else json::AppendString(out, e.modality);
  out->append(",\"evidence\":{\"sentence\":");
  json::AppendString(out, SentenceText(c, e.sentence));
  out->append(",\"verb_text\":");
  json::AppendString(out, e.verb_text);
  auto span = [&](const char* key, uint32_t b, uint32_t en) {
    out->append(",\"").append(key).append("\":[");
    out->append(std::to_string(c.CodePointOffset(b))).append(",");
    out->append(std::to_string(c.CodePointOffset(en))).append("]");
  };
  span("source", e.source_begin, e.source_end);
  span("verb", e.verb_begin, e.verb_end);
  span("target", e.target_begin, e.target_end);
  out->append(",\"target_how\":");
  json::AppendString(out, e.target_how);
  out->append("},\"rule\":");
  json::AppendString(out, e.rule);
  out->append(",\"confidence\":");
  AppendConfidence(out, e.confidence);
  if (!doc.url.empty()) {
    out->append(",\"url\":");
    json::AppendString(out, doc.url);
  }
  out->append("}\n");
}

void AppendEventTsvHeader(std::string* out) {
  out->append(
      "doc_id\tsentence\tdate\tsource\ttarget\tsource_text\ttarget_text\tcode\troot\tquad_class\t"
      "penta_class\tgoldstein\tplover\tmodality\tverb_text\trule\tdate_resolved\tgeo_name\t"
      "geo_country\tgeo_admin1\tgeo_lat\tgeo_lon\tgeo_type\tevidence\tconfidence\n");
}

void AppendEventTsv(const Document& doc, const CodedDocument& c, const Event& e, std::string* out) {
  auto cell = [&](std::string_view v) {
    json::AppendTsvCell(out, v);
    out->push_back('\t');
  };
  cell(doc.id);
  cell(std::to_string(e.sentence));
  cell(e.date);
  cell(e.source);
  cell(e.target);
  cell(e.source_text);
  cell(e.target_text);
  cell(e.cameo->code);
  cell(e.cameo->Root());
  cell(std::to_string(e.cameo->quad_class));
  cell(std::to_string(e.cameo->penta_class));
  std::string g;
  AppendNumber(&g, e.cameo->goldstein);
  cell(g);
  cell(e.cameo->plover);
  cell(e.modality);
  cell(e.verb_text);
  cell(e.rule);
  cell(e.date_resolved ? "true" : "false");
  cell(e.action_geo.name);
  cell(e.action_geo.country_code);
  cell(e.action_geo.admin1);
  std::string coord;
  if (e.action_geo.known()) AppendCoordinate(&coord, e.action_geo.latitude);
  cell(coord);
  coord.clear();
  if (e.action_geo.known()) AppendCoordinate(&coord, e.action_geo.longitude);
  cell(coord);
  cell(e.action_geo.feature_type);
  json::AppendTsvCell(out, SentenceText(c, e.sentence));
  out->push_back('\t');
  AppendConfidence(out, e.confidence);
  out->push_back('\n');
}

}  // namespace dyad
