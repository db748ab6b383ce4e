#include <charconv>
#include <fstream>
#include <sstream>

#include "core/data_lines.h"
#include "dyad/events.h"

namespace dyad {
namespace {

bool IsCode(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

Result<std::unique_ptr<Codebook>> Codebook::Parse(std::string_view text, const std::string& name) {
  auto cb = std::make_unique<Codebook>();
  Status status;
  data::ForEachLine(text, 7, [&](uint32_t line_no, const std::vector<std::string_view>& f) {
    status = cb->AddLine(f, name + ":" + std::to_string(line_no) + ": ");
    return status.ok();
  });
  if (!status.ok()) return status;
  if (cb->codes_.empty()) return Status::DataError(name + ": no codes");
  return cb;
}

Status Codebook::AddLine(const std::vector<std::string_view>& f, const std::string& where) {
  if (f.size() < 7) return Status::DataError(where + "expected: code goldstein quad penta plover context name");
  CameoCode c;
  if (!IsCode(f[0])) return Status::DataError(where + "bad CAMEO code \"" + std::string(f[0]) + "\"");
  c.code = std::string(f[0]);
  std::string g(f[1]);
  char* end = nullptr;
  c.goldstein = std::strtod(g.c_str(), &end);
  if (end == g.c_str() || *end || c.goldstein < -10 || c.goldstein > 10) {
    return Status::DataError(where + "bad Goldstein value \"" + g + "\"");
  }
  if (f[2].size() != 1 || f[2][0] < '1' || f[2][0] > '4') return Status::DataError(where + "quad class must be 1-4");
  c.quad_class = f[2][0] - '0';
  if (f[3].size() != 1 || f[3][0] < '0' || f[3][0] > '4') return Status::DataError(where + "penta class must be 0-4");
  c.penta_class = f[3][0] - '0';
  c.plover = f[4] == "-" ? "" : std::string(f[4]);
  c.plover_context = f[5] == "-" ? "" : std::string(f[5]);
  c.name = std::string(f[6]);
  if (Find(c.code)) return Status::DataError(where + "code " + c.code + " defined twice");
  Push(std::move(c));
  return Status::Ok();
}

void Codebook::Push(CameoCode c) {
  index_.emplace(c.code, static_cast<uint32_t>(codes_.size()));
  codes_.push_back(std::move(c));
}

Result<std::unique_ptr<Codebook>> Codebook::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the CAMEO codebook");
  std::stringstream ss;
  ss << in.rdbuf();
  Result<std::unique_ptr<Codebook>> cb = Parse(ss.str(), path);
  if (!cb.ok()) return cb;
  // The PLOVER modes beside it (plover-modes.txt: code, mode), when there.
  const size_t slash = path.rfind('/');
  const std::string modes_path = (slash == std::string::npos ? std::string() : path.substr(0, slash + 1)) +
                                 "plover-modes.txt";
  std::ifstream modes(modes_path, std::ios::binary);
  if (!modes) return cb;
  std::stringstream ms;
  ms << modes.rdbuf();
  Status status;
  Codebook& book = **cb;
  data::ForEachLine(ms.str(), 2, [&](uint32_t line_no, const std::vector<std::string_view>& f) {
    auto it = f.size() == 2 ? book.index_.find(std::string(f[0])) : book.index_.end();
    if (it == book.index_.end()) {
      status = Status::DataError(modes_path + ":" + std::to_string(line_no) + ": expected a code of the codebook and "
                                 "its PLOVER mode");
      return false;
    }
    book.codes_[it->second].plover_mode = std::string(f[1]);
    return true;
  });
  if (!status.ok()) return status;
  return cb;
}

const CameoCode* Codebook::Find(std::string_view code) const {
  auto it = index_.find(std::string(code));
  return it == index_.end() ? nullptr : &codes_[it->second];
}

}  // namespace dyad
