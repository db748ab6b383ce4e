// `dyad places`: every place mention of the documents, resolved, one JSON
// Lines record (or one text line) per mention.
#include <memory>
#include <string>

#include "commands.h"
#include "core/json.h"
#include "dyad/coder.h"
#include "dyad/run.h"

namespace dyad::cli {
namespace {

void AppendCoordinate(std::string* out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", v);
  out->append(buf);
}

// Offsets count code points from the start of the field the mention is in:
// the document's text, or its title ("field": "title").
void AppendMentionJson(const Document& d, const CodedDocument& c, const PlaceMention& m, std::string* out) {
  const uint32_t body = static_cast<uint32_t>(d.BodyOffset());
  const bool in_title = !d.title.empty() && m.begin < body;
  const uint32_t base = in_title ? 0 : c.CodePointOffset(body);
  out->append("{\"doc_id\":");
  json::AppendString(out, d.id);
  if (in_title) out->append(",\"field\":\"title\"");
  out->append(",\"sentence\":").append(std::to_string(m.sentence));
  out->append(",\"start\":").append(std::to_string(c.CodePointOffset(m.begin) - base));
  out->append(",\"end\":").append(std::to_string(c.CodePointOffset(m.end) - base));
  out->append(",\"text\":");
  json::AppendString(out, std::string_view(c.full_text).substr(m.begin, m.end - m.begin));
  out->append(",\"kind\":\"").append(m.demonym ? "demonym" : "place").append("\"");
  if (!m.resolved) {
    out->append(",\"lat\":null,\"lon\":null}\n");
    return;
  }
  out->append(",\"name\":");
  json::AppendString(out, m.name);
  out->append(",\"geonameid\":");
  if (m.geonameid) out->append(std::to_string(m.geonameid)); else out->append("null");
  out->append(",\"lat\":");
  AppendCoordinate(out, m.latitude);
  out->append(",\"lon\":");
  AppendCoordinate(out, m.longitude);
  out->append(",\"country\":");
  json::AppendString(out, m.country);
  out->append(",\"admin1\":");
  json::AppendString(out, m.admin1);
  out->append(",\"feature_class\":");
  json::AppendString(out, m.feature_class);
  out->append(",\"feature_code\":");
  json::AppendString(out, m.feature_code);
  out->append(",\"how\":");
  json::AppendString(out, m.how);
  out->append("}\n");
}

void AppendMentionText(const Document& d, const CodedDocument& c, const PlaceMention& m, std::string* out) {
  out->append(d.id).append("\t").append(std::to_string(m.sentence)).append("\t");
  out->append(std::string_view(c.full_text).substr(m.begin, m.end - m.begin)).append("\t");
  if (m.demonym) out->append("(demonym) ");
  out->append(m.name);
  if (!m.admin1.empty() && m.admin1 != m.name) out->append(", ").append(m.admin1);
  if (!m.country.empty()) out->append(", ").append(m.country);
  out->append(" [").append(m.feature_code).append("] ");
  AppendCoordinate(out, m.latitude);
  out->append(" ");
  AppendCoordinate(out, m.longitude);
  out->append("\t").append(m.how).append("\n");
}

}  // namespace

void RegisterPlaces(CLI::App* app, int* rc) {
  auto* o = NewOptions<InputOptions>();
  CLI::App* cmd = app->add_subcommand(
      "places", "List every place mention (towns, regions, countries, continents, demonyms) with its resolved place");
  AddInputOptions(cmd, o);
  o->format = "jsonl";
  cmd->add_option("--format", o->format, "Output format: jsonl (default), text, or none (for timing)")
      ->check(CLI::IsMember({"jsonl", "text", "none"}));
  cmd->callback([o, rc] {
    CoderOptions co;
    co.pipeline.data_dir = o->data_dir;
    auto coder = Coder::Create(co);
    if (!coder.ok()) {
      std::fprintf(stderr, "dyad: %s\n", coder.status().ToString().c_str());
      *rc = 1;
      return;
    }
    if (!(*coder)->has_places()) {
      std::fprintf(stderr, "dyad: no gazetteer, so no places (run scripts/deps.sh, then build)\n");
      *rc = 1;
      return;
    }
    Corpus corpus(MakeReadOptions(*o));
    CodedDocument c;
    const bool written = PrintEachDocument(*o, &corpus, "read", [&](Document&& d, std::string* buf) {
      (*coder)->FindPlaces(d, &c);
      corpus.CountCoded(!c.analysis.sentences.empty());
      corpus.CountSentences(c.analysis.sentences.size());
      if (o->format == "none") return;
      for (const PlaceMention& m : c.places) {
        if (o->format == "jsonl") AppendMentionJson(d, c, m, buf); else AppendMentionText(d, c, m, buf);
      }
    });
    *rc = written ? corpus.ExitCode() : 1;
  });
}

}  // namespace dyad::cli
