#include "serve/static_files.h"

#include <filesystem>
#include <system_error>

namespace dyad::serve {

Result<AssetDir> AssetDir::Open(const std::string& root) {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::canonical(root, ec);
  if (ec || !std::filesystem::is_directory(p, ec)) {
    return Status::NotFound("no asset folder at " + root);
  }
  AssetDir d;
  d.root_ = p.string();
  while (d.root_.size() > 1 && d.root_.back() == '/') d.root_.pop_back();
  return d;
}

Status AssetDir::Resolve(std::string_view path, std::string* file) const {
  if (root_.empty()) return Status::NotFound("no asset folder");
  if (path.empty() || path[0] != '/') return Status::InvalidArgument("a path must start with /");
  if (path == "/") path = "/index.html";
  if (path.size() > 512) return Status::InvalidArgument("path too long");
  std::string rel;
  size_t i = 1;
  while (i <= path.size()) {
    size_t j = path.find('/', i);
    if (j == std::string_view::npos) j = path.size();
    std::string_view seg = path.substr(i, j - i);
    if (seg.empty()) {
      if (j != path.size()) return Status::InvalidArgument("empty path segment");
    } else {
      // "." and ".." are refused with every other hidden name.
      if (seg[0] == '.') return Status::InvalidArgument("hidden or relative path segment");
      for (char c : seg) {
        if (c == '\\' || c == '\0' || static_cast<unsigned char>(c) < 0x20) {
          return Status::InvalidArgument("forbidden character in path");
        }
      }
      if (!rel.empty()) rel.push_back('/');
      rel.append(seg);
    }
    i = j + 1;
  }
  if (rel.empty()) return Status::NotFound("no file");
  std::error_code ec;
  std::filesystem::path real = std::filesystem::canonical(std::filesystem::path(root_) / rel, ec);
  if (ec) return Status::NotFound("no file " + rel);
  const std::string r = real.string();
  if (r.size() <= root_.size() + 1 || r.compare(0, root_.size(), root_) != 0 || r[root_.size()] != '/') {
    return Status::InvalidArgument("path leaves the asset folder");
  }
  if (!std::filesystem::is_regular_file(real, ec)) return Status::NotFound("not a file: " + rel);
  *file = r;
  return Status::Ok();
}

const char* ContentTypeFor(std::string_view file) {
  struct Type {
    std::string_view ext;
    const char* type;
  };
  static constexpr Type kTypes[] = {
      {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".json", "application/json"}, {".svg", "image/svg+xml"}, {".png", "image/png"},
      {".ico", "image/x-icon"}, {".txt", "text/plain; charset=utf-8"}, {".map", "application/json"},
      {".woff2", "font/woff2"}};
  for (const Type& t : kTypes) {
    if (file.size() >= t.ext.size() && file.substr(file.size() - t.ext.size()) == t.ext) return t.type;
  }
  return "application/octet-stream";
}

}  // namespace dyad::serve
