// A read-only memory mapping of a whole file (internal).
//
// The lexicon loaders hash words in place inside their files; mapping the
// files instead of copying them into heap strings lets the kernel fill many
// pages per fault from the page cache, which is most of the load time.
// Owns the mapping; immutable and thread-safe once opened. Movable, not
// copyable.
#ifndef DYAD_SRC_TAG_MAPPED_FILE_H_
#define DYAD_SRC_TAG_MAPPED_FILE_H_

#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::tag {

class MappedFile {
 public:
  MappedFile() = default;
  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  // Maps `path`; kNotFound when it does not exist, kIoError when unreadable.
  Status Open(const std::string& path);
  std::string_view data() const { return {data_, size_}; }

 private:
  void Reset();
  const char* data_ = nullptr;
  size_t size_ = 0;
  bool mapped_ = false;
};

}  // namespace dyad::tag

#endif  // DYAD_SRC_TAG_MAPPED_FILE_H_
