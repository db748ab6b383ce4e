// `dyad validate`: runs a PETRARCH validation record file against dyad's
// coder with the dictionaries the file names (src/events/petrarch_validate.h).
#include <cstdio>
#include <map>
#include <string>

#include "commands.h"
#include "events/petrarch_validate.h"

namespace dyad::cli {
namespace {

struct ValidateOptions {
  std::string records;
  std::string data_dir;
  bool list_notes = false;
  bool show_passed = false;
};

std::string EventList(const std::vector<petrarch::ExpectedEvent>& events) {
  if (events.empty()) return "(none)";
  std::string out;
  for (const auto& e : events) {
    if (!out.empty()) out.append("; ");
    out.append(e.source).append(" -> ").append(e.target).append(" ").append(e.code);
  }
  return out;
}

}  // namespace

void RegisterValidate(CLI::App* app, int* rc) {
  auto* o = NewOptions<ValidateOptions>();
  CLI::App* cmd = app->add_subcommand(
      "validate", "Run a PETRARCH validation record file (e.g. PETR.UnitTest.records.xml): code each record's text with the "
                  "dictionaries its <Environment> names and compare the events");
  cmd->add_option("records", o->records, "Validation records (XML); the dictionaries are read from the same folder")
      ->required();
  cmd->add_option("--data", o->data_dir, "dyad data directory (default: share/dyad beside the binary, else $DYAD_DATA)");
  cmd->add_flag("--dictionary-notes", o->list_notes, "List the dictionary entries that could not be used");
  cmd->add_flag("--show-passed", o->show_passed, "Also list the records that passed");
  cmd->callback([o, rc] {
    petrarch::ValidationOptions vo;
    vo.data_dir = o->data_dir;
    auto report = petrarch::Validate(o->records, vo);
    if (!report.ok()) {
      std::fprintf(stderr, "dyad: %s\n", report.status().ToString().c_str());
      *rc = 1;
      return;
    }
    size_t notes = 0;
    for (const std::string& n : report->load_notes) {
      bool error = n.find(": error: ") != std::string::npos || n.starts_with("warning: ");
      if (error || o->list_notes) std::fprintf(stderr, "dyad: %s\n", n.c_str());
      notes += !error;
    }
    if (notes && !o->list_notes) {
      std::fprintf(stderr, "dyad: %zu dictionary entries not used (--dictionary-notes lists them)\n", notes);
    }
    struct Tally {
      size_t passed = 0, failed = 0;
    };
    std::map<std::string, Tally> by_category;
    for (size_t i = 0; i < report->records.size(); ++i) {
      const petrarch::Record& r = report->records[i];
      const petrarch::RecordResult& res = report->results[i];
      Tally& t = by_category[r.category.empty() ? "(none)" : r.category];
      (res.passed ? t.passed : t.failed)++;
      if (res.passed && !o->show_passed) continue;
      std::string expected = !r.error.empty() ? "error " + r.error
                             : r.noevents     ? std::string("no events")
                                              : EventList(r.events);
      std::string actual = EventList(res.actual);
      if (!res.discard.empty()) actual += " [" + res.discard + " discard]";
      std::printf("%s %s (line %u): %s\n  text:     %s\n  expected: %s\n  actual:   %s\n", res.passed ? "PASS" : "FAIL",
                  r.id.c_str(), r.line, r.category.c_str(), r.text.c_str(), expected.c_str(), actual.c_str());
      if (!res.why.empty()) std::printf("  note:     %s\n", res.why.c_str());
    }
    std::printf("\n%-12s %7s %7s %7s\n", "category", "records", "passed", "failed");
    for (const auto& [category, t] : by_category) {
      std::printf("%-12s %7zu %7zu %7zu\n", category.c_str(), t.passed + t.failed, t.passed, t.failed);
    }
    std::printf("\n%zu passed, %zu failed\n", report->passed, report->failed);
    *rc = report->failed == 0 ? 0 : 1;
  });
}

}  // namespace dyad::cli
