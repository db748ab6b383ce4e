// PLACEHOLDER until the readers land.
#include "dyad/document.h"

namespace dyad {

std::string Document::FullText() const {
  if (title.empty()) return text;
  return title + "\n\n" + text;
}

void ReadReport::Reject(const std::string& file, uint64_t line, std::string reason) {
  ++rejected;
  problems.push_back({file, line, std::move(reason), true});
}
void ReadReport::Warn(const std::string& file, uint64_t line, std::string reason) {
  problems.push_back({file, line, std::move(reason), false});
}

Status ReadDocuments(const std::string& path, const ReadOptions& options,
                     const DocumentSink& sink, ReadReport* report) {
  return Status::Internal("readers not built yet");
}
size_t RepairUtf8(std::string*) { return 0; }
bool NormalizeDate(std::string_view, std::string*) { return false; }

}  // namespace dyad
