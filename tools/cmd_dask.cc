// `dyad dask`: codes documents on a Dask cluster. The work is the Python
// package's (dyad.dask, over the same library); this command only hands its
// arguments to `python3 -m dyad.dask`: $DYAD_PYTHON, else the set-up's
// .venv of the checkout this binary was built in (build/dyad ->
// .venv/bin/python3), else python3 on the PATH.
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "commands.h"

namespace dyad::cli {
namespace {

struct DaskOptions {
  std::vector<std::string> inputs, fields;
  std::string scheduler, output, db, date, data_dir;
  unsigned partition_size = 1;
  bool keep_duplicates = false, all_languages = false;
};

}  // namespace

void RegisterDask(CLI::App* app, int* rc) {
  auto* o = NewOptions<DaskOptions>();
  CLI::App* cmd = app->add_subcommand(
      "dask",
      "Code documents on a Dask cluster (Python package dyad and Debian's python3-distributed): each worker\n"
      "loads the coder once; events are written as dyad code writes them, or stored with --db (idempotent:\n"
      "a retried partition adds nothing twice)");
  cmd->add_option("inputs", o->inputs, "Input files or folders, readable from every worker")->required();
  cmd->add_option("--scheduler", o->scheduler, "The Dask scheduler, tcp://HOST:PORT")->required();
  cmd->add_option("-o,--output", o->output, "Write the events to this file instead of standard output");
  cmd->add_option("--db", o->db, "Store the events in this SQLite file or postgresql:// URI instead");
  cmd->add_option("--partition-size", o->partition_size, "Input files per partition (default 1)")
      ->check(CLI::Range(1u, 1000000u));
  cmd->add_option("--field", o->fields, "JSON Lines field with another name, TARGET=NAME (as dyad code)");
  cmd->add_option("--date", o->date, "Default publication date (YYYY-MM-DD)");
  cmd->add_option("--data", o->data_dir, "dyad data directory on the workers");
  cmd->add_flag("--keep-duplicates", o->keep_duplicates, "Code documents with the URL or text of an earlier one");
  cmd->add_flag("--all-languages", o->all_languages, "Do not skip documents identified as not English");
  cmd->callback([o, rc] {
    const char* env = std::getenv("DYAD_PYTHON");
    std::string python = env && *env ? env : "";
    if (python.empty()) {
      // (A user who runs build/dyad from the checkout need not activate the
      // virtual environment the set-up made.)
      std::error_code ec;
      std::filesystem::path venv =
          std::filesystem::read_symlink("/proc/self/exe", ec).parent_path().parent_path() / ".venv/bin/python3";
      python = !ec && std::filesystem::exists(venv, ec) ? venv.string() : "python3";
    }
    std::vector<std::string> args = {python, "-m", "dyad.dask", "--scheduler", o->scheduler,
                                     "--partition-size", std::to_string(o->partition_size)};
    for (const auto& [flag, value] : {std::pair{"--output", &o->output}, std::pair{"--db", &o->db},
                                      std::pair{"--date", &o->date}, std::pair{"--data", &o->data_dir}}) {
      if (!value->empty()) args.insert(args.end(), {flag, *value});
    }
    for (const std::string& f : o->fields) args.insert(args.end(), {"--field", f});
    if (o->keep_duplicates) args.push_back("--keep-duplicates");
    if (o->all_languages) args.push_back("--all-languages");
    args.push_back("--");
    args.insert(args.end(), o->inputs.begin(), o->inputs.end());
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::fflush(stdout);
    execvp(argv[0], argv.data());
    std::fprintf(stderr, "dyad: cannot run %s (%s): dyad dask needs the Python package (README: Python)\n",
                 python.c_str(), std::strerror(errno));
    *rc = 1;
  });
}

}  // namespace dyad::cli
