// `dyad code`, `dyad actors` and `dyad explain`.
#include <memory>
#include <utility>
#include <string>
#include <vector>

#include "commands.h"
#include "dyad/run.h"
#include "dyad/coder.h"

namespace dyad::cli {
namespace {

// Dictionaries in other formats (PETRARCH 2), for code, actors and explain.
struct DictionaryOptions {
  std::string verbs, agents, discards;
  std::vector<std::string> actors;
  std::string conventions = "dyad";
  bool no_defaults = false;
  bool list_notes = false;
};

void AddDictionaryOptions(CLI::App* cmd, DictionaryOptions* d) {
  cmd->add_option("--verbs", d->verbs, "PETRARCH 2 verbs dictionary (patterns, synsets, codes)");
  cmd->add_option("--actors", d->actors, "PETRARCH 2 actor dictionaries, FILE[,FILE...]")->delimiter(',');
  cmd->add_option("--agents", d->agents, "PETRARCH 2 agents dictionary");
  cmd->add_option("--discards", d->discards, "PETRARCH 2 discards dictionary");
  cmd->add_flag("--no-default-dictionaries", d->no_defaults,
                "Use only the dictionaries given on the command line, not dyad's own actors and patterns");
  cmd->add_option("--conventions", d->conventions,
                  "Whose ways to code by where PETRARCH 2 and dyad differ: dyad (default) or petrarch "
                  "(with --no-default-dictionaries, to code as PETRARCH does)")
      ->check(CLI::IsMember({"dyad", "petrarch"}));
  cmd->add_flag("--dictionary-notes", d->list_notes,
                "List every dictionary entry that was read but could not be used (by default only a count)");
}

struct CodeOptions : InputOptions, DictionaryOptions {
  unsigned threads = 0;
  double min_confidence = 0;
  bool unknown_sides = false;
};

std::unique_ptr<Coder> MakeCoder(const InputOptions& o, const DictionaryOptions& d = DictionaryOptions(),
                                 const CodeOptions* code = nullptr) {
  CoderOptions co;
  if (code) {
    co.min_confidence = code->min_confidence;
    co.unknown_sides = code->unknown_sides;
  }
  co.pipeline.data_dir = o.data_dir;
  co.petrarch_verbs = d.verbs;
  co.petrarch_actors = d.actors;
  co.petrarch_agents = d.agents;
  co.petrarch_discards = d.discards;
  co.no_default_dictionaries = d.no_defaults;
  co.conventions = ParseConventions(d.conventions).value();  // checked by the option
  auto c = Coder::Create(co);
  if (!c.ok()) {
    std::fprintf(stderr, "dyad: %s\n", c.status().ToString().c_str());
    return nullptr;
  }
  // Unreadable lines are always shown; entries read but unusable (features
  // dyad does not have) are counted unless asked for.
  size_t notes = 0;
  for (const std::string& n : (*c)->load_notes()) {
    bool error = n.find(": error: ") != std::string::npos || n.starts_with("warning: ");
    if (error || d.list_notes) std::fprintf(stderr, "dyad: %s\n", n.c_str());
    notes += !error;
  }
  if (notes && !d.list_notes) {
    std::fprintf(stderr, "dyad: %zu dictionary entries not used (--dictionary-notes lists them)\n", notes);
  }
  return std::move(c).value();
}

// Hands the coder over to the process's exit instead of destroying it: the
// system takes its memory back at once, where the destructor freed its half a
// million small allocations one by one (40M instructions, 3.6% of the whole
// run of `dyad code --threads 1` on 1 MB of news). It stays reachable from a
// static, so leak checkers do not count it as lost.
void KeepUntilExit(std::unique_ptr<Coder> coder) {
  static auto* const kept = new std::vector<std::unique_ptr<Coder>>;
  kept->push_back(std::move(coder));
}

void RegisterCode(CLI::App* app, int* rc) {
  auto* o = NewOptions<CodeOptions>();
  CLI::App* cmd = app->add_subcommand("code", "Code the political events in documents (CAMEO)");
  AddInputOptions(cmd, o);
  o->format = "jsonl";
  cmd->add_option("--format", o->format, "Output format: jsonl (default) or tsv")
      ->check(CLI::IsMember({"jsonl", "tsv"}));
  cmd->add_option("--threads", o->threads, "Worker threads, 1 to " + std::to_string(kMaxThreads) + " (default: all cores)")
      ->check(CLI::Range(1u, kMaxThreads));
  cmd->add_option("--min-confidence", o->min_confidence,
                  "Leave out events whose confidence (0-1, README: Output) is lower than this")
      ->check(CLI::Range(0.0, 1.0));
  cmd->add_flag("--unknown-sides", o->unknown_sides,
                "Keep events whose source or target is not named, with --- for that side and a low confidence");
  AddDictionaryOptions(cmd, o);
  cmd->callback([o, rc] {
    std::unique_ptr<Coder> coder = MakeCoder(*o, *o, o);
    FILE* out = coder ? OpenOutput(o->output) : nullptr;
    if (!out) { *rc = 1; return; }
    Corpus corpus(MakeReadOptions(*o));
    corpus.ReportEvents();
    if (o->format == "tsv") {
      std::string header;
      AppendEventTsvHeader(&header);
      WriteOutput(out, header);
    }
    // Each worker formats its documents' events; the calling thread writes
    // them in input order.
    RunOptions run;
    run.threads = o->threads;
    run.batch_size = 512;
    std::vector<std::string> text(run.batch_size);
    CodeDocuments(
        *coder, RunInput{o->inputs, {}}, run, &corpus,
        [&](size_t i, const Document& d, const CodedDocument& c) {
          text[i].clear();
          for (const Event& e : c.events) {
            if (o->format == "tsv") AppendEventTsv(d, c, e, &text[i]); else AppendEventJson(d, c, e, &text[i]);
          }
        },
        [&](size_t i, const Document&) { WriteOutput(out, text[i]); });
    const bool written = CloseOutput(out, o->output);
    std::fputs(corpus.Summary("coded").c_str(), stderr);
    *rc = written ? corpus.ExitCode() : 1;
    KeepUntilExit(std::move(coder));
  });
}

struct ActorsOptions : InputOptions, DictionaryOptions {};

void RegisterActors(CLI::App* app, int* rc) {
  auto* o = NewOptions<ActorsOptions>();
  CLI::App* cmd = app->add_subcommand("actors", "List every actor mention with its span, code and how it was resolved");
  AddInputOptions(cmd, o);
  cmd->add_option("--format", o->format, "Output format: text (default), jsonl, or none (for timing)")
      ->check(CLI::IsMember({"text", "jsonl", "none"}));
  AddDictionaryOptions(cmd, o);
  cmd->callback([o, rc] {
    std::unique_ptr<Coder> coder = MakeCoder(*o, *o);
    if (!coder) { *rc = 1; return; }
    Corpus corpus(MakeReadOptions(*o));
    CodedDocument c;
    const bool written = PrintEachDocument(*o, &corpus, "read", [&](Document&& d, std::string* out) {
      coder->FindActors(d, &c);
      corpus.CountCoded(!c.analysis.sentences.empty());
      corpus.CountSentences(c.analysis.sentences.size());
      if (o->format == "none") return;
      AppendActorMentions(d, c, o->format == "jsonl", out);
    });
    *rc = written ? corpus.ExitCode() : 1;
    KeepUntilExit(std::move(coder));
  });
}

struct ExplainOptions : InputOptions, DictionaryOptions {
  std::string doc;
  int sentence = -1;
};

void RegisterExplain(CLI::App* app, int* rc) {
  auto* o = NewOptions<ExplainOptions>();
  CLI::App* cmd = app->add_subcommand(
      "explain", "Show, for one sentence, its parse, its actors, the patterns tried and why each event was or was not emitted");
  AddInputOptions(cmd, o);
  cmd->add_option("--doc", o->doc, "Document id (default: the first document)");
  cmd->add_option("--sentence", o->sentence, "Sentence number, 0-based (default: all)");
  AddDictionaryOptions(cmd, o);
  cmd->callback([o, rc] {
    std::unique_ptr<Coder> coder = MakeCoder(*o, *o);
    if (!coder) { *rc = 1; return; }
    Corpus corpus(MakeReadOptions(*o));
    CodedDocument c;
    bool found = false;
    size_t sentences = 0;
    std::string found_id;
    const bool written = PrintEachDocument(*o, &corpus, nullptr, [&](Document&& d, std::string* out) {
      if (found || (!o->doc.empty() && d.id != o->doc)) {
        corpus.CountCoded(true);
        return;
      }
      found = true;
      coder->Code(d, &c, /*explain=*/true);
      corpus.CountCoded(!c.analysis.sentences.empty());
      const Analysis& a = c.analysis;
      sentences = a.sentences.size();
      found_id = d.id;
      AppendExplainText(d, c, o->sentence, out);
    });
    if (!written) {
      *rc = 1;
      return;
    }
    if (!found) {
      std::fprintf(stderr, "dyad: no document %s\n", o->doc.empty() ? "in the input" : ("with id " + o->doc).c_str());
      *rc = 1;
      return;
    }
    if (o->sentence >= 0 && static_cast<size_t>(o->sentence) >= sentences) {
      // Printing nothing would look like a sentence with nothing in it.
      std::fprintf(stderr, "dyad: --sentence %d: document %s has %zu sentences (0 to %zu)\n", o->sentence,
                   found_id.c_str(), sentences, sentences ? sentences - 1 : 0);
      *rc = 2;
      return;
    }
    *rc = corpus.ExitCode();
  });
}

}  // namespace

void RegisterCoding(CLI::App* app, int* rc) {
  RegisterCode(app, rc);
  RegisterActors(app, rc);
  RegisterExplain(app, rc);
}

}  // namespace dyad::cli
