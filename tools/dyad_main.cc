// dyad: the command-line tool. A thin main; the work lives in the library.
#include <cstdio>

#include "commands.h"

namespace dyad::cli {

void AddInputOptions(CLI::App* cmd, InputOptions* o) {
  cmd->add_option("inputs", o->inputs, "Input files: .txt, .jsonl, or - for standard input")
      ->required();
  cmd->add_option("--date", o->date, "Default publication date (YYYY-MM-DD) for documents without one");
  cmd->add_option("--data", o->data_dir, "dyad data directory (default: $DYAD_DATA or the bundled data/)");
  cmd->add_option("-o,--output", o->output, "Write to this file instead of standard output");
}

FILE* OpenOutput(const std::string& path) {
  if (path.empty() || path == "-") return stdout;
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) std::fprintf(stderr, "dyad: cannot write %s\n", path.c_str());
  return f;
}

std::unique_ptr<Pipeline> MakePipeline(const InputOptions& o) {
  PipelineOptions po;
  po.data_dir = o.data_dir;
  auto p = Pipeline::Create(po);
  if (!p.ok()) {
    std::fprintf(stderr, "dyad: %s\n", p.status().ToString().c_str());
    return nullptr;
  }
  return std::move(p).value();
}

}  // namespace dyad::cli

int main(int argc, char** argv) {
  CLI::App app{"dyad: political event data from news text (who did what to whom, when and where)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dyad 0.1.0");
  int rc = 0;
  dyad::cli::RegisterParse(&app, &rc);
  dyad::cli::RegisterCoding(&app, &rc);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  return rc;
}
