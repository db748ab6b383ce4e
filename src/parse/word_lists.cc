#include "parse/word_lists.h"

#include <fstream>
#include <iterator>
#include <sstream>

#include "core/data_lines.h"

namespace dyad::parse {
namespace {

constexpr std::string_view kNames[] = {"naming-verb", "document-noun", "verbal-act-verb"};
static_assert(std::size(kNames) == WordLists::kLists);

}  // namespace

std::string_view WordLists::Name(List list) { return kNames[static_cast<size_t>(list)]; }

Status WordLists::Load(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return Status::NotFound(file + ": cannot open the parser's word lists");
  std::stringstream ss;
  ss << in.rdbuf();
  DYAD_RETURN_IF_ERROR(Add(ss.str(), file));
  return CheckComplete(file);
}

Status WordLists::Add(std::string_view text, const std::string& name) { return lists_.Add(text, name, kNames); }

Status WordLists::CheckComplete(const std::string& name) const { return lists_.CheckComplete(name, kNames); }

}  // namespace dyad::parse
