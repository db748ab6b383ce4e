// The dyad command-line tool's subcommands. Each Register* adds one
// subcommand to the app; its callback stores the exit status in *rc
// (0 success, 1 bad input, 2 usage error).
#ifndef DYAD_TOOLS_COMMANDS_H_
#define DYAD_TOOLS_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/pipeline.h"
#include "dyad/run.h"

namespace dyad::cli {

// A subcommand's options: CLI11 keeps pointers into them until the command
// has run, so they live as long as the process. They are owned here, and
// freed at exit, so that a sanitizer build finds no leak in the CLI.
template <typename T>
T* NewOptions() {
  static std::vector<std::unique_ptr<T>> kept;
  kept.push_back(std::make_unique<T>());
  return kept.back().get();
}

// Options shared by every command that reads documents.
struct InputOptions {
  std::vector<std::string> inputs;
  std::string date;
  std::string data_dir;
  std::string format = "text";
  std::string output;  // empty: stdout
  std::vector<std::string> fields;  // --field target=source (JSON Lines names)
  bool keep_duplicates = false;
  bool all_languages = false;
  bool all_problems = false;
  size_t max_document_bytes = kDefaultMaxDocumentBytes;
};

// The most worker threads a coding command takes: far more than any machine
// dyad runs on has cores, and few enough that creating them cannot fail.
inline constexpr unsigned kMaxThreads = 256;

// `with_output`: the command writes results (-o FILE); ingest does not.
// `codes`: the command codes events, so non-English documents are skipped
// unless --all-languages; otherwise (extract) every language is kept unless
// --english-only.
void AddInputOptions(CLI::App* cmd, InputOptions* o, bool with_output = true, bool codes = true);
// The reader settings the input options ask for (date, --field, filters).
ReadOptions MakeReadOptions(const InputOptions& o);
// Opens the output (stdout when empty); nullptr and a message on failure.
FILE* OpenOutput(const std::string& path);
// Writes `data` to an output from OpenOutput; the first failure's reason is
// kept for CloseOutput (a full disk must not pass for a complete file).
void WriteOutput(FILE* out, std::string_view data);
// Flushes the output and closes it (stdout is only flushed); false, after
// "dyad: cannot write PATH: REASON" on stderr, when any write to it failed.
bool CloseOutput(FILE* out, const std::string& path);
// Creates the pipeline or prints why it cannot.
std::unique_ptr<Pipeline> MakePipeline(const InputOptions& o);

// The read-and-print loop of the commands that show one document at a time
// (parse, actors, places, explain, extract; `code` runs in batches, through
// dyad/run.h). Opens the output (-o), reads the inputs through `corpus`
// (which the caller's `each` counts each document in), writes what `each`
// appends to the emptied buffer for each document, and closes the output.
// With a `verb`, the corpus's summary ("N documents VERB, ...") follows on
// stderr. Returns false, after a message, when the output could not be
// opened (then nothing is read and no summary given) or written.
using PrintFn = std::function<void(Document&& doc, std::string* out)>;
bool PrintEachDocument(const InputOptions& o, Corpus* corpus, const char* verb, const PrintFn& each);

void RegisterParse(CLI::App* app, int* rc);
void RegisterCoding(CLI::App* app, int* rc);  // code, actors, explain
void RegisterStore(CLI::App* app, int* rc);
void RegisterValidate(CLI::App* app, int* rc);  // validate (PETRARCH validation records)
void RegisterExtract(CLI::App* app, int* rc);  // extract (articles from HTML and WARC)   // ingest, query, series, export
void RegisterServe(CLI::App* app, int* rc);    // serve (HTTP API and dashboard)
void RegisterPlaces(CLI::App* app, int* rc);   // places (every place mention, resolved)
void RegisterDask(CLI::App* app, int* rc);     // dask (coding on a Dask cluster, through the Python package)

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_COMMANDS_H_
