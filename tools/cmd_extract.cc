// `dyad extract`: what dyad reads from each document (the article extracted
// from HTML pages and WARC archives, or the fields of other inputs), without
// analysing it.
#include <cstdio>
#include <string>

#include "commands.h"
#include "dyad/run.h"
#include "core/json.h"

namespace dyad::cli {
namespace {

void WriteJsonl(const Document& d, std::string* out) {
  out->append("{\"id\":");
  json::AppendString(out, d.id);
  out->append(",\"url\":");
  json::AppendString(out, d.url);
  out->append(",\"title\":");
  json::AppendString(out, d.title);
  out->append(",\"date\":");
  json::AppendString(out, d.date);
  out->append(",\"text\":");
  json::AppendString(out, d.text);
  out->append("}\n");
}

void WriteText(const Document& d, std::string* out) {
  out->append("# ").append(d.id).append("\n");
  if (!d.url.empty()) out->append("url: ").append(d.url).append("\n");
  if (!d.date.empty()) out->append("date: ").append(d.date).append("\n");
  if (!d.title.empty()) out->append("title: ").append(d.title).append("\n");
  out->append("\n").append(d.text).append("\n\n");
}

}  // namespace

void RegisterExtract(CLI::App* app, int* rc) {
  auto* o = NewOptions<InputOptions>();
  CLI::App* cmd = app->add_subcommand(
      "extract", "Print what is read from each document: title, date, url and article text");
  AddInputOptions(cmd, o, /*with_output=*/true, /*codes=*/false);
  cmd->add_option("--format", o->format, "Output format: text (default) or jsonl")
      ->check(CLI::IsMember({"text", "jsonl"}));
  cmd->callback([o, rc] {
    Corpus corpus(MakeReadOptions(*o));
    const bool written = PrintEachDocument(*o, &corpus, "extracted", [&](Document&& d, std::string* buf) {
      if (o->format == "jsonl") WriteJsonl(d, buf); else WriteText(d, buf);
      corpus.CountCoded(!d.text.empty() || !d.title.empty());
    });
    *rc = written ? corpus.ExitCode() : 1;
  });
}

}  // namespace dyad::cli
