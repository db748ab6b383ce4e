#include "places/gazetteer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utf8proc.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "core/prefilters.h"
#include "core/strings.h"

namespace dyad::places {

namespace {

// FNV-1a's high bits folded into the low ones the slot mask keeps.
size_t SlotHash(std::string_view key) {
  const uint64_t h = Fnv1a64(key);
  return static_cast<size_t>(h ^ (h >> 32));
}

bool IsAscii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

void FoldAsciiInto(std::string_view s, std::string* out) {
  bool space = !out->empty() && out->back() != ' ';
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '\'' ||
                static_cast<unsigned char>(c) >= 0x80;
    if (c == '.') continue;  // "U.S." -> "us", "St." -> "st"
    if (!keep) {
      space = !out->empty();
      continue;
    }
    if (space && !out->empty() && out->back() != ' ') out->push_back(' ');
    space = false;
    out->push_back(c);
  }
}

}  // namespace

void FoldInto(std::string_view s, std::string* out) {
  if (IsAscii(s)) {
    FoldAsciiInto(s, out);
    return;
  }
  utf8proc_uint8_t* dst = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &dst,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                                   UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK));
  if (n < 0) {
    FoldAsciiInto(s, out);
    return;
  }
  std::string_view folded(reinterpret_cast<const char*>(dst), static_cast<size_t>(n));
  // Typographic apostrophes to ASCII so "N’Djamena" meets "N'Djamena".
  std::string tmp;
  for (size_t i = 0; i < folded.size(); ++i) {
    if (folded.compare(i, 3, "\xE2\x80\x99") == 0) {
      tmp.push_back('\'');
      i += 2;
    } else {
      tmp.push_back(folded[i]);
    }
  }
  std::free(dst);
  FoldAsciiInto(tmp, out);
}

std::string FoldName(std::string_view name) {
  std::string out;
  FoldInto(name, &out);
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(const std::string& path) {
  std::unique_ptr<Gazetteer> g(new Gazetteer());
  {
    // Mapped, not read: the pages come straight from the page cache, which
    // keeps start-up at a few milliseconds.
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return Status::NotFound(path + ": no gazetteer (run scripts/deps.sh, then build)");
    struct stat st;
    if (::fstat(fd, &st) != 0) {
      ::close(fd);
      return Status::IoError(path + ": cannot stat");
    }
    if (st.st_size < static_cast<off_t>(sizeof(GazetteerFileHeader))) {
      ::close(fd);
      return Status::DataError(path + ": truncated gazetteer");
    }
    void* m = ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (m == MAP_FAILED) return Status::IoError(path + ": cannot map");
    g->map_ = static_cast<const char*>(m);
    g->map_size_ = static_cast<size_t>(st.st_size);
  }
  GazetteerFileHeader h;
  std::memcpy(&h, g->map_, sizeof h);
  if (std::memcmp(h.magic, kGazetteerMagic, 8) != 0) return Status::DataError(path + ": not a dyad gazetteer (or an older format)");
  uint64_t need = sizeof h + uint64_t{h.n_places} * sizeof(PlaceRecord) + uint64_t{h.n_keys} * sizeof(KeyRecord) + h.blob_size;
  if (need != g->map_size_) return Status::DataError(path + ": size does not match its header");
  const char* base = g->map_;
  g->places_ = reinterpret_cast<const PlaceRecord*>(base + sizeof h);
  g->keys_ = reinterpret_cast<const KeyRecord*>(base + sizeof h + h.n_places * sizeof(PlaceRecord));
  g->blob_ = base + sizeof h + h.n_places * sizeof(PlaceRecord) + h.n_keys * sizeof(KeyRecord);
  g->n_places_ = h.n_places;
  g->n_keys_ = h.n_keys;
  for (size_t i = 0; i < g->n_places_; ++i) {
    const PlaceRecord& p = g->places_[i];
    if (uint64_t{p.name_off} + p.name_len > h.blob_size || uint64_t{p.admin1_off} + p.admin1_len > h.blob_size ||
        uint64_t{p.admin1_code_off} + p.admin1_code_len > h.blob_size || p.kind > kMaxPlaceKind || p.country[3] != 0 ||
        p.feature_code[6] != 0 || !std::isfinite(p.lat) || !std::isfinite(p.lon)) {
      return Status::DataError(path + ": bad place record " + std::to_string(i));
    }
  }
  for (size_t i = 0; i < g->n_keys_; ++i) {
    const KeyRecord& k = g->keys_[i];
    if (uint64_t{k.key_off} + k.key_len > h.blob_size || k.place >= h.n_places) {
      return Status::DataError(path + ": bad key record " + std::to_string(i));
    }
    if (i > 0 && g->Key(g->keys_[i - 1]) > g->Key(k)) {
      return Status::DataError(path + ": keys not sorted at " + std::to_string(i));
    }
  }
  if (PrefiltersEnabled()) g->BuildIndex();
  return g;
}

void Gazetteer::BuildIndex() {
  // At most half full, so that a miss ends after a slot or two.
  size_t n_slots = 16;
  while (n_slots < 2 * n_keys_) n_slots *= 2;
  slots_.assign(n_slots, kNoKey);
  slot_mask_ = n_slots - 1;
  for (size_t i = 0; i < n_keys_; ++i) {
    const std::string_view key = Key(keys_[i]);
    if (i > 0 && Key(keys_[i - 1]) == key) continue;  // a run's first record stands for it
    size_t s = SlotHash(key) & slot_mask_;
    while (slots_[s] != kNoKey) s = (s + 1) & slot_mask_;
    slots_[s] = static_cast<uint32_t>(i);
  }
}

std::span<const KeyRecord> Gazetteer::Run(size_t first) const {
  const std::string_view key = Key(keys_[first]);
  size_t end = first + 1;
  while (end < n_keys_ && Key(keys_[end]) == key) ++end;
  return {keys_ + first, keys_ + end};
}

Gazetteer::~Gazetteer() {
  if (map_) ::munmap(const_cast<char*>(map_), map_size_);
}

std::string Gazetteer::DefaultPath(const std::string& data_dir) {
  if (const char* env = std::getenv("DYAD_GAZETTEER"); env && *env) return env;
  return data_dir + "/geo/gazetteer.bin";
}

std::span<const KeyRecord> Gazetteer::Find(std::string_view folded) const {
  if (!slots_.empty()) {
    for (size_t s = SlotHash(folded) & slot_mask_;; s = (s + 1) & slot_mask_) {
      const uint32_t first = slots_[s];
      if (first == kNoKey) return {};
      if (Key(keys_[first]) == folded) return Run(first);
    }
  }
  const KeyRecord* b = keys_;
  const KeyRecord* e = keys_ + n_keys_;
  auto lo = std::lower_bound(b, e, folded, [&](const KeyRecord& k, std::string_view v) { return Key(k) < v; });
  auto hi = std::upper_bound(lo, e, folded, [&](std::string_view v, const KeyRecord& k) { return v < Key(k); });
  return {lo, hi};
}

}  // namespace dyad::places
