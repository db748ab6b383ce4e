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
    Corpus corpus(MakeReadOptions(*o));
    Analysis a;
    std::string full;
    const bool written = PrintEachDocument(*o, &corpus, "parsed", [&](Document&& d, std::string* buf) {
      full = d.FullText();
      pipeline->Analyze(full, d.title.size(), &a);
      if (o->format == "jsonl") AppendParseJsonl(d, a, buf); else if (o->format == "text") AppendParseText(d, a, buf);
      corpus.CountSentences(a.sentences.size());
      corpus.CountCoded(!a.sentences.empty());
    });
    *rc = written ? corpus.ExitCode() : 1;
  });
}

}  // namespace dyad::cli
