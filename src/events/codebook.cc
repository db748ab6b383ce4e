#include <charconv>
#include <fstream>
#include <sstream>

#include "dyad/events.h"

namespace dyad {
namespace {

std::vector<std::string_view> SplitWs(std::string_view s, size_t max_fields) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size() && out.size() + 1 < max_fields) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (b < i) out.push_back(s.substr(b, i - b));
  }
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  std::string_view rest = s.substr(i);
  while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\r')) rest.remove_suffix(1);
  if (!rest.empty()) out.push_back(rest);
  return out;
}

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
  size_t pos = 0;
  uint32_t line_no = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    size_t hash = line.find('#');
    if (hash != std::string_view::npos) line = line.substr(0, hash);
    auto f = SplitWs(line, 7);
    if (f.empty()) continue;
    std::string where = name + ":" + std::to_string(line_no) + ": ";
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
    for (const CameoCode& o : cb->codes_) {
      if (o.code == c.code) return Status::DataError(where + "code " + c.code + " defined twice");
    }
    cb->codes_.push_back(std::move(c));
  }
  if (cb->codes_.empty()) return Status::DataError(name + ": no codes");
  return cb;
}

Result<std::unique_ptr<Codebook>> Codebook::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the CAMEO codebook");
  std::stringstream ss;
  ss << in.rdbuf();
  return Parse(ss.str(), path);
}

const CameoCode* Codebook::Find(std::string_view code) const {
  for (const CameoCode& c : codes_) {
    if (c.code == code) return &c;
  }
  return nullptr;
}

}  // namespace dyad
