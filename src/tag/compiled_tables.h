// Compiled lexicon tables (internal): the tagger's and the lemmatizer's
// tables computed once at build time from their text files and written to
// share/dyad/tag/ (src/tag/tagger.h, src/tag/lemmatizer.h).
//
// A file starts with its magic and format version, then the stamp of the
// text files it was made from (path, size and modification time of each):
// a loader uses it only when all three fit, and reads the text otherwise.
// Numbers are in this machine's byte order, written field by field (no
// padding byte reaches a file, so the same tables give the same bytes).
#ifndef DYAD_SRC_TAG_COMPILED_TABLES_H_
#define DYAD_SRC_TAG_COMPILED_TABLES_H_

#include <sys/stat.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/string_table.h"
#include "dyad/status.h"
#include "tag/mapped_file.h"

namespace dyad::tag {

// Names `files` with their sizes and modification times; "" when one is
// missing (the loader then reads the text and reports it).
inline std::string SourceStamp(const std::vector<std::string>& files) {
  std::string out;
  for (const std::string& f : files) {
    struct stat st;
    if (::stat(f.c_str(), &st) != 0) return "";
    char buf[96];
    int n = std::snprintf(buf, sizeof buf, " %lld %lld.%09ld\n", static_cast<long long>(st.st_size),
                          static_cast<long long>(st.st_mtim.tv_sec), static_cast<long>(st.st_mtim.tv_nsec));
    out += f;
    out.append(buf, static_cast<size_t>(n));
  }
  return out;
}

// The methods of Writer and Reader are kept out of line: inlined into the
// tagger's file they used up GCC's inlining budget for that file, and small
// helpers of the hot path (string_view::starts_with) were then called
// instead of inlined (2M more instructions per MB of text).
// A value of type T at p (unaligned).
template <typename T>
inline T LoadAt(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

class Writer {
 public:
  template <typename T>
  [[gnu::noinline]] void Put(T v) {
    static_assert(std::is_trivially_copyable_v<T>);
    out_.append(reinterpret_cast<const char*>(&v), sizeof v);
  }
  [[gnu::noinline]] void PutBytes(std::string_view s) {
    Put<uint64_t>(s.size());
    out_.append(s);
  }
  // A table's filled slots; their keys go to `keys` (the file's key block).
  [[gnu::noinline]] void PutTable(const StringTable& t, std::string* keys) {
    Put<uint64_t>(t.capacity());
    Put<uint64_t>(t.size());
    t.ForEachSlot([&](size_t index, std::string_view key, uint32_t value, uint32_t hash) {
      Put<uint32_t>(static_cast<uint32_t>(index));
      Put<uint32_t>(static_cast<uint32_t>(keys->size()));
      Put<uint32_t>(static_cast<uint32_t>(key.size()));
      Put<uint32_t>(value);
      Put<uint32_t>(hash);
      keys->append(key);
    });
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

// Bounds-checked reads over the mapped file; ok() turns false on the first
// read past its end and stays false.
class Reader {
 public:
  static constexpr size_t kSlotBytes = 5 * sizeof(uint32_t);  // a table slot as PutTable writes it
  explicit Reader(std::string_view in) : in_(in) {}
  template <typename T>
  [[gnu::noinline]] T Get() {
    T v{};
    if (!ok_ || in_.size() < sizeof v) {
      ok_ = false;
      return v;
    }
    std::memcpy(&v, in_.data(), sizeof v);
    in_.remove_prefix(sizeof v);
    return v;
  }
  [[gnu::noinline]] std::string_view GetBytes() {
    uint64_t n = Get<uint64_t>();
    if (!ok_ || n > in_.size()) {
      ok_ = false;
      return {};
    }
    std::string_view s = in_.substr(0, n);
    in_.remove_prefix(n);
    return s;
  }
  [[gnu::noinline]] void Skip(uint64_t n) {
    if (n > in_.size()) ok_ = false;
    if (ok_) in_.remove_prefix(n);
  }
  // A count of items of `item_bytes` each that the rest of the file can hold.
  [[gnu::noinline]] uint64_t GetCount(size_t item_bytes) {
    uint64_t n = Get<uint64_t>();
    if (n > in_.size() / item_bytes) ok_ = false;
    return ok_ ? n : 0;
  }
  // The next `n` bytes (n fixed by the format), or nullptr past the end.
  [[gnu::noinline]] const char* GetFixed(size_t n) {
    const char* p = in_.data();
    Skip(n);
    return ok_ ? p : nullptr;
  }
  // A count, then the records of `item_bytes` each that follow it (the
  // caller decodes them with LoadAt); nullptr past the end.
  [[gnu::noinline]] const char* GetRecords(size_t item_bytes, uint64_t* n) {
    *n = GetCount(item_bytes);
    return GetFixed(*n * item_bytes);
  }
  // Steps over a table PutTable wrote (the key block comes after the tables,
  // and must be found before they can be read).
  [[gnu::noinline]] void SkipTable() {
    Get<uint64_t>();  // capacity
    Skip(GetCount(kSlotBytes) * kSlotBytes);
  }
  // Reads a table PutTable wrote; its keys are views into `keys`, and every
  // value must be below `value_limit`. Every slot's position and key are
  // checked to lie inside the table and the key block; the keys' hashes are
  // taken as written (hashing 300,000 keys again was most of the loading),
  // so a damaged hash can only make a look-up miss.
  [[gnu::noinline]] bool GetTable(StringTable* t, std::string_view keys, uint32_t value_limit) {
    uint64_t cap = Get<uint64_t>();
    uint64_t n = GetCount(kSlotBytes);
    if (!ok_ || cap == 0 || (cap & (cap - 1)) != 0 || n >= cap || cap > (uint64_t{1} << 32)) return ok_ = false;
    const char* p = in_.data();  // GetCount checked that n slots are there
    in_.remove_prefix(n * kSlotBytes);
    t->ResetTo(cap);
    for (uint64_t k = 0; k < n; ++k, p += kSlotBytes) {
      uint32_t f[5];  // index, key offset, key length, value, hash
      std::memcpy(f, p, sizeof f);
      if (f[1] > keys.size() || f[2] > keys.size() - f[1] || f[3] >= value_limit ||
          !t->PlaceAt(f[0], std::string_view(keys.data() + f[1], f[2]), f[3], f[4])) {
        return ok_ = false;
      }
    }
    return true;
  }
  bool ok() const { return ok_; }
  bool at_end() const { return in_.empty(); }

 private:
  std::string_view in_;
  bool ok_ = true;
};

// Every compiled file starts with its magic (8 bytes), its format version
// and the stamp of the text files it was made from (SourceStamp).
inline void PutHeader(Writer* w, const char (&magic)[8], uint32_t version, const std::string& stamp) {
  w->out().append(magic, sizeof magic);
  w->Put<uint32_t>(version);
  w->PutBytes(stamp);
}

// Checks the header PutHeader wrote at the start of `all` against the
// loader's magic, version and the stamp of today's text files; on success
// `*r` reads what follows it. Returns what is wrong (`other_kind` for
// another magic), or nullptr.
inline const char* CheckHeader(std::string_view all, const char (&magic)[8], uint32_t version, const std::string& stamp,
                               const char* other_kind, Reader* r) {
  if (all.size() < sizeof magic || std::memcmp(all.data(), magic, sizeof magic) != 0) return other_kind;
  *r = Reader(all.substr(sizeof magic));
  if (r->Get<uint32_t>() != version) return "another format version";
  if (stamp.empty() || r->GetBytes() != stamp) return "compiled from other or changed files";
  return nullptr;
}

// Unmaps a compiled file found damaged, so that the loader's owner falls
// back to the text files, and names the file and what is wrong with it.
inline Status Damaged(MappedFile* file, const std::string& path, const char* what) {
  *file = MappedFile();
  return Status::DataError(path + ": " + what);
}

// Maps the compiled file at `path` into `*file` and checks its header
// (CheckHeader); on success `*r` reads what follows the header.
inline Status OpenCompiled(const std::string& path, const char (&magic)[8], uint32_t version, const std::string& stamp,
                           const char* other_kind, MappedFile* file, Reader* r) {
  if (Status s = file->Open(path); !s.ok()) return s;
  const char* wrong = CheckHeader(file->data(), magic, version, stamp, other_kind, r);
  return wrong ? Damaged(file, path, wrong) : Status::Ok();
}

// Writes `bytes` to `path` through a temporary file renamed at the end, so
// that a build stopped half-way leaves no truncated file behind.
inline bool WriteFileAtomically(const std::string& path, std::string_view bytes) {
  const std::string tmp = path + ".tmp";
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return false;
  bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  ok = std::fclose(f) == 0 && ok;
  return ok && std::rename(tmp.c_str(), path.c_str()) == 0;
}

}  // namespace dyad::tag

#endif  // DYAD_SRC_TAG_COMPILED_TABLES_H_
