// dyad: the command-line tool. A thin main; the work lives in the library.
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "commands.h"
#include "dyad/version.h"
#include "huge_heap.h"

namespace dyad::cli {

void AddInputOptions(CLI::App* cmd, InputOptions* o, bool with_output, bool codes) {
  cmd->add_option("inputs", o->inputs, "Input files or folders: .txt, .jsonl, .html, .warc (also .gz; .jsonl.zst), or - for standard input")
      ->required();
  cmd->add_option("--date", o->date, "Default publication date (YYYY-MM-DD, 1800-01-01 to 2200-12-31) for documents without one")
      ->check([](const std::string& v) -> std::string {
        std::string day;
        if (NormalizeDate(v, &day)) return "";
        return "\"" + v.substr(0, 40) + "\" is not a date YYYY-MM-DD from 1800-01-01 to 2200-12-31";
      });
  cmd->add_option("--data", o->data_dir, "dyad data directory (default: share/dyad beside the binary, else $DYAD_DATA)");
  if (with_output) cmd->add_option("-o,--output", o->output, "Write to this file instead of standard output");
  cmd->add_option("--field", o->fields,
                  "JSON Lines field with another name, TARGET=NAME (targets: id, text, title, "
                  "url, date), e.g. --field text=body --field date=pubDate")
      ->check([](const std::string& v) -> std::string {
        const size_t eq = v.find('=');
        if (eq == std::string::npos || eq + 1 == v.size()) return "expected TARGET=NAME";
        const std::string target = v.substr(0, eq);
        for (const char* t : {"id", "text", "title", "url", "date"}) {
          if (target == t) return "";
        }
        return "unknown target \"" + target + "\" (id, text, title, url or date)";
      });
  cmd->add_flag("--keep-duplicates", o->keep_duplicates,
                "Code documents with the URL or text of an earlier one again");
  if (codes) {
    cmd->add_flag("--all-languages", o->all_languages,
                  "Do not skip documents identified as not English");
  } else {
    // Reading a page has nothing to do with its language: only coding
    // (which knows English only) filters by default.
    o->all_languages = true;
    cmd->add_flag_callback("--english-only", [o] { o->all_languages = false; },
                           "Skip documents identified as not English (as the coding commands do)");
    // Accepted for the scripts written when extract skipped other languages.
    cmd->add_flag("--all-languages", o->all_languages, "Keep every language (the default)");
  }
  cmd->add_option("--max-document-bytes", o->max_document_bytes,
                  "Reject larger documents (and JSON Lines records), naming them (default " +
                      std::to_string(kDefaultMaxDocumentBytes) + ")")
      ->check(CLI::Range(size_t{1}, size_t{1} << 40));
  cmd->add_flag("--all-problems", o->all_problems,
                "List every problem in the end-of-run summary (by default the first 20 and a count)");
}

ReadOptions MakeReadOptions(const InputOptions& o) {
  ReadOptions r("");
  if (!o.date.empty()) NormalizeDate(o.date, &r.default_date);  // checked by --date's validator
  for (const std::string& f : o.fields) {
    const size_t eq = f.find('=');
    r.fields.emplace_back(f.substr(0, eq), f.substr(eq + 1));
  }
  r.dedupe = !o.keep_duplicates;
  r.english_only = !o.all_languages;
  r.list_all_problems = o.all_problems;
  r.max_document_bytes = o.max_document_bytes;
  return r;
}

FILE* OpenOutput(const std::string& path) {
  if (path.empty() || path == "-") return stdout;
  FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) std::fprintf(stderr, "dyad: cannot write %s\n", path.c_str());
  return f;
}

namespace {
int first_write_errno = 0;  // of the one output a command writes
}  // namespace

void WriteOutput(FILE* out, std::string_view data) {
  if (data.empty()) return;
  errno = 0;
  if (std::fwrite(data.data(), 1, data.size(), out) != data.size() && first_write_errno == 0) {
    first_write_errno = errno ? errno : EIO;
  }
}

bool CloseOutput(FILE* out, const std::string& path) {
  errno = 0;
  bool ok = std::fflush(out) == 0;
  int err = ok ? 0 : errno;
  ok = !std::ferror(out) && ok;
  if (out != stdout) {
    errno = 0;
    if (std::fclose(out) != 0) {
      ok = false;
      if (!err) err = errno;
    }
  }
  if (first_write_errno) {
    ok = false;
    err = first_write_errno;
  }
  if (!ok) {
    std::fprintf(stderr, "dyad: cannot write %s: %s\n", path.empty() || path == "-" ? "standard output" : path.c_str(),
                 err ? std::strerror(err) : "write error");
  }
  return ok;
}

bool PrintEachDocument(const InputOptions& o, Corpus* corpus, const char* verb, const PrintFn& each) {
  FILE* out = OpenOutput(o.output);
  if (!out) return false;
  std::string buf;
  corpus->ForEach(o.inputs, [&](Document&& d) {
    buf.clear();
    each(std::move(d), &buf);
    WriteOutput(out, buf);
  });
  const bool written = CloseOutput(out, o.output);
  if (verb) std::fputs(corpus->Summary(verb).c_str(), stderr);
  return written;
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
  dyad::cli::UseHugePagesForHeap();
  CLI::App app{"dyad: political event data from news text (who did what to whom, when and where)"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "dyad " DYAD_VERSION);
  int rc = 0;
  dyad::cli::RegisterParse(&app, &rc);
  dyad::cli::RegisterCoding(&app, &rc);
  dyad::cli::RegisterPlaces(&app, &rc);
  dyad::cli::RegisterStore(&app, &rc);
  dyad::cli::RegisterExtract(&app, &rc);
  dyad::cli::RegisterValidate(&app, &rc);
  dyad::cli::RegisterServe(&app, &rc);
  dyad::cli::RegisterDask(&app, &rc);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  // Whatever a command printed to standard output (validate's tables,
  // --help) must have reached it: `dyad ... > /dev/full` is a failure.
  if (rc == 0 && !dyad::cli::CloseOutput(stdout, "-")) rc = 1;
  return rc;
}
