#include "ingest/compress.h"

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cctype>
#include <climits>

namespace dyad::ingest {
namespace {

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  for (size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[s.size() - suffix.size() + i])) != suffix[i]) {
      return false;
    }
  }
  return true;
}

constexpr size_t kChunk = 1 << 16;

bool Gunzip(std::string_view data, const ChunkSink& emit, std::string* problem) {
  z_stream zs{};
  // 15 + 32: a gzip or a zlib header, detected per member.
  if (inflateInit2(&zs, 15 + 32) != Z_OK) {
    *problem = "gzip: cannot initialise zlib";
    return false;
  }
  const auto* next = reinterpret_cast<const Bytef*>(data.data());
  size_t left = data.size();
  bool ok = true;
  bool in_member = true;
  char buffer[kChunk];
  while (true) {
    // zlib counts in uInt; feed at most 1 GiB at a time.
    const uInt feed = static_cast<uInt>(std::min<size_t>(left, size_t{1} << 30));
    zs.next_in = const_cast<Bytef*>(next);
    zs.avail_in = feed;
    zs.next_out = reinterpret_cast<Bytef*>(buffer);
    zs.avail_out = sizeof buffer;
    const int rc = inflate(&zs, Z_NO_FLUSH);
    const size_t used = feed - zs.avail_in;
    next += used;
    left -= used;
    if (!emit(std::string_view(buffer, sizeof buffer - zs.avail_out), problem)) {
      ok = false;
      in_member = false;
      break;
    }
    if (rc == Z_STREAM_END) {
      in_member = false;
      // Another member may follow (multi-member gzip); trailing zeros are
      // padding some writers add.
      while (left > 0 && *next == 0) ++next, --left;
      if (left == 0) break;
      if (inflateReset(&zs) != Z_OK) {
        *problem = "gzip: cannot reset zlib";
        ok = false;
        break;
      }
      in_member = true;
      continue;
    }
    if (rc == Z_OK || rc == Z_BUF_ERROR) {
      if (left == 0 && zs.avail_out != 0) break;  // input exhausted mid-member
      if (rc == Z_BUF_ERROR && used == 0 && zs.avail_out == sizeof buffer) break;
      continue;
    }
    *problem = std::string("gzip: corrupt data (") + (zs.msg ? zs.msg : "zlib error") + ")";
    ok = false;
    in_member = false;
    break;
  }
  if (ok && in_member) {
    *problem = "gzip: truncated (the stream ends inside a member)";
    ok = false;
  }
  inflateEnd(&zs);
  return ok;
}

bool Unzstd(std::string_view data, const ChunkSink& emit, std::string* problem) {
  ZSTD_DStream* ds = ZSTD_createDStream();
  if (!ds) {
    *problem = "zstd: cannot create a decoder";
    return false;
  }
  ZSTD_initDStream(ds);
  ZSTD_inBuffer in{data.data(), data.size(), 0};
  char buffer[kChunk];
  size_t last = 0;
  // Decodes the next piece into `buffer` and appends it (*produced bytes);
  // false, with *problem set, on corrupt data.
  auto decode = [&](size_t* produced) {
    ZSTD_outBuffer o{buffer, sizeof buffer, 0};
    last = ZSTD_decompressStream(ds, &o, &in);
    if (ZSTD_isError(last)) {
      *problem = std::string("zstd: corrupt data (") + ZSTD_getErrorName(last) + ")";
      return false;
    }
    *produced = o.pos;
    return emit(std::string_view(buffer, o.pos), problem);
  };
  bool ok = true;
  size_t produced = 0;
  while (in.pos < in.size) {
    if (!decode(&produced)) {
      ok = false;
      break;
    }
  }
  // Flush what the decoder still holds once the input is consumed.
  while (ok && last != 0) {
    if (!decode(&produced)) {
      ok = false;
      break;
    }
    if (produced == 0) {
      *problem = "zstd: truncated (the stream ends inside a frame)";
      ok = false;
      break;
    }
  }
  ZSTD_freeDStream(ds);
  return ok;
}

}  // namespace

Codec CodecOfName(std::string_view name) {
  if (EndsWithNoCase(name, ".gz")) return Codec::kGzip;
  if (EndsWithNoCase(name, ".zst") || EndsWithNoCase(name, ".zstd")) return Codec::kZstd;
  return Codec::kNone;
}

Codec CodecOfData(std::string_view data) {
  if (data.size() >= 2 && static_cast<unsigned char>(data[0]) == 0x1F &&
      static_cast<unsigned char>(data[1]) == 0x8B) {
    return Codec::kGzip;
  }
  if (data.size() >= 4 && data.substr(0, 4) == std::string_view("\x28\xB5\x2F\xFD", 4)) {
    return Codec::kZstd;
  }
  return Codec::kNone;
}

std::string_view StripCodecExtension(std::string_view name) {
  for (std::string_view ext : {".gz", ".zst", ".zstd"}) {
    if (EndsWithNoCase(name, ext)) return name.substr(0, name.size() - ext.size());
  }
  return name;
}

bool DecompressTo(Codec codec, std::string_view data, const ChunkSink& emit, std::string* problem) {
  switch (codec) {
    case Codec::kGzip: return Gunzip(data, emit, problem);
    case Codec::kZstd: return Unzstd(data, emit, problem);
    case Codec::kNone: return emit(data, problem);
  }
  return true;
}

bool Decompress(Codec codec, std::string_view data, std::string* out, std::string* problem,
                size_t max_output) {
  const char* name = codec == Codec::kGzip ? "gzip" : "zstd";
  return DecompressTo(codec, data, [&](std::string_view chunk, std::string* why) {
    if (out->size() + chunk.size() > max_output) {
      *why = std::string(name) + ": output larger than the limit of " + std::to_string(max_output) + " bytes";
      return false;
    }
    out->append(chunk);
    return true;
  }, problem);
}

}  // namespace dyad::ingest
