// libFuzzer target for the PETRARCH validation records parser
// (petrarch::ParseRecords, behind `dyad validate --petrarch`): any input is
// read or refused without a crash; an error names the file; every record
// names a line of the input, has its text on one line without doubled
// spaces, a date that is empty or YYYY-MM-DD, and the environment's files are
// resolved in the records' folder.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "events/petrarch.h"
#include "fuzz_checks.h"

namespace {

using dyad::fuzz::Check;
namespace petrarch = dyad::petrarch;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  uint32_t lines = 1;
  for (char c : input) lines += c == '\n';

  auto parsed = petrarch::ParseRecords(input, "records.xml", "dir");
  if (!parsed.ok()) {
    Check(parsed.status().message().starts_with("records.xml"));
    return 0;
  }
  const petrarch::RecordFile& file = *parsed;
  Check(!file.records.empty());
  for (const petrarch::Record& r : file.records) {
    Check(r.line >= 1 && r.line <= lines);
    Check(r.text.find_first_of("\n\r\t") == std::string::npos);
    Check(r.text.find("  ") == std::string::npos);
    Check(r.date.empty() || (r.date.size() == 10 && r.date[4] == '-' && r.date[7] == '-'));
  }
  const petrarch::Files& env = file.environment;
  for (const std::string* path : {&env.verbs, &env.agents, &env.discards}) {
    Check(path->empty() || path->starts_with("dir/"));
  }
  for (const std::string& path : env.actors) Check(path.starts_with("dir/"));
  return 0;
}
