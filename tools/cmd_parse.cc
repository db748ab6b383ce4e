// `dyad parse`: sentences, tokens, tags, lemmas, chunks and clauses.
#include <string>

#include "commands.h"
#include "dyad/run.h"

namespace dyad::cli {

void RegisterParse(CLI::App* app, int* rc) {
  auto* o = NewOptions<InputOptions>();
  CLI::App* cmd = app->add_subcommand(
      "parse", "Print each sentence with its tokens, tags, lemmas, chunks and clauses");
  AddInputOptions(cmd, o);
  cmd->add_option("--format", o->format, "Output format: text, jsonl, or none (analyse only: for timing)")
      ->check(CLI::IsMember({"text", "jsonl", "none"}));
  cmd->callback([o, rc] {
    auto pipeline = MakePipeline(*o);
    if (!pipeline) { *rc = 1; return; }
    FILE* out = OpenOutput(o->output);
    if (!out) { *rc = 1; return; }
    Corpus corpus(MakeReadOptions(*o));
    Analysis a;
    std::string full, buf;
    corpus.ForEach(o->inputs, [&](Document&& d) {
      full = d.FullText();
      pipeline->Analyze(full, d.title.size(), &a);
      buf.clear();
      if (o->format == "jsonl") AppendParseJsonl(d, a, &buf); else if (o->format == "text") AppendParseText(d, a, &buf);
      corpus.CountSentences(a.sentences.size());
      WriteOutput(out, buf);
      corpus.CountCoded(!a.sentences.empty());
    });
    const bool written = CloseOutput(out, o->output);
    std::fputs(corpus.Summary("parsed").c_str(), stderr);
    *rc = written ? corpus.ExitCode() : 1;
  });
}

}  // namespace dyad::cli
