// Runs a PETRARCH validation record file (PETR.UnitTest.records.xml): loads
// the dictionaries its <Environment> names, codes each record's <Text> with
// dyad's own language layer and those dictionaries only, and compares the
// events with the record's <EventCoding> entries (internal; used by
// `dyad validate` and the conformance test).
//
// A record passes when the set of (source, target, code) events equals the
// expected set; `noevents` records pass with no events; expected discards
// ("storydiscard", "sentencediscard") pass when the matching discard fired.
// Validate() builds its own Coder; the report is a plain value.
#ifndef DYAD_SRC_EVENTS_PETRARCH_VALIDATE_H_
#define DYAD_SRC_EVENTS_PETRARCH_VALIDATE_H_

#include <string>
#include <vector>

#include "dyad/status.h"
#include "events/petrarch.h"

namespace dyad::petrarch {

struct ValidationOptions {
  std::string data_dir;  // dyad data (codebook, language resources); "" default
};

struct RecordResult {
  bool passed = false;
  std::vector<ExpectedEvent> actual;  // sorted, without duplicates
  std::string discard;                // "story", "sentence" or ""
  std::string why;                    // when failing for a reason beyond the events
};

struct ValidationReport {
  std::vector<Record> records;
  std::vector<RecordResult> results;  // one per record
  size_t passed = 0, failed = 0;
  std::vector<std::string> load_notes;  // dictionary lines not read or not used
};

Result<ValidationReport> Validate(const std::string& records_path, const ValidationOptions& options);

}  // namespace dyad::petrarch

#endif  // DYAD_SRC_EVENTS_PETRARCH_VALIDATE_H_
