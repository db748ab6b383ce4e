// The dashboard's static files: maps a request path to a file inside one
// asset folder and nowhere else (internal to dyad serve).
//
// A path is refused when it has a ".." or "." segment, a backslash, a NUL or
// a hidden segment; the file found is then resolved through every symlink and
// must still lie inside the (resolved) asset folder, so a link pointing out
// of it is refused too. Only regular files are served.
// Immutable after Open(); thread-safe.
#ifndef DYAD_SRC_SERVE_STATIC_FILES_H_
#define DYAD_SRC_SERVE_STATIC_FILES_H_

#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::serve {

class AssetDir {
 public:
  AssetDir() = default;
  // `root` must be a folder; it is resolved once here.
  static Result<AssetDir> Open(const std::string& root);

  bool empty() const { return root_.empty(); }
  const std::string& root() const { return root_; }

  // The file for the (already percent-decoded) request path: "/" is
  // "/index.html". InvalidArgument for a path that tries to leave the folder,
  // NotFound for a missing file.
  Status Resolve(std::string_view path, std::string* file) const;

 private:
  std::string root_;  // canonical, without a trailing slash
};

// The Content-Type for a file name, by its extension.
const char* ContentTypeFor(std::string_view file);

}  // namespace dyad::serve

#endif  // DYAD_SRC_SERVE_STATIC_FILES_H_
