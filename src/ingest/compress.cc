#include "ingest/compress.h"

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <memory>

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

}  // namespace

struct DecodingReader::Gzip {
  z_stream zs{};
  bool ready = false;
  bool in_member = true;
  ~Gzip() {
    if (ready) inflateEnd(&zs);
  }
};

struct DecodingReader::Zstd {
  ZSTD_DStream* ds = nullptr;
  size_t last = 0;  // the decoder's last hint: 0 when a frame ended
  ~Zstd() { ZSTD_freeDStream(ds); }
};

DecodingReader::DecodingReader(std::istream& in, Codec codec) : DecodingReader(std::string_view(), codec) {
  in_ = &in;
  buffer_ = std::make_unique<char[]>(kChunk);
}

DecodingReader::DecodingReader(std::string_view data, Codec codec) : memory_(data), codec_(codec) { StartDecoder(); }

void DecodingReader::StartDecoder() {
  if (codec_ == Codec::kGzip) {
    gzip_ = std::make_unique<Gzip>();
    // 15 + 32: a gzip or a zlib header, detected per member.
    gzip_->ready = inflateInit2(&gzip_->zs, 15 + 32) == Z_OK;
    if (!gzip_->ready) problem_ = "gzip: cannot initialise zlib", done_ = true;
  } else if (codec_ == Codec::kZstd) {
    zstd_ = std::make_unique<Zstd>();
    zstd_->ds = ZSTD_createDStream();
    if (!zstd_->ds) {
      problem_ = "zstd: cannot create a decoder", done_ = true;
    } else {
      ZSTD_initDStream(zstd_->ds);
    }
  }
}

Codec DecodingReader::Detect() {
  if (input_.empty()) Refill();
  codec_ = CodecOfData(input_);
  StartDecoder();
  return codec_;
}

DecodingReader::~DecodingReader() = default;

bool DecodingReader::Refill() {
  if (input_end_) return false;
  if (in_ == nullptr) {
    // In memory: all of it at once, then the end.
    input_ = memory_;
    memory_ = {};
  } else {
    in_->read(buffer_.get(), static_cast<std::streamsize>(kChunk));
    input_ = std::string_view(buffer_.get(), static_cast<size_t>(in_->gcount()));
    if (in_->bad()) read_error_ = true;
  }
  if (input_.empty()) input_end_ = true;
  return !input_end_;
}

size_t DecodingReader::Read(char* out, size_t cap) {
  if (done_) return 0;
  size_t n = 0;
  switch (codec_) {
    case Codec::kGzip:
      n = ReadGzip(out, cap);
      break;
    case Codec::kZstd:
      n = ReadZstd(out, cap);
      break;
    case Codec::kNone:
      n = ReadPlain(out, cap);
      break;
  }
  if (read_error_) done_ = true;
  decoded_ += n;
  return n;
}

size_t DecodingReader::ReadPlain(char* out, size_t cap) {
  if (input_.empty() && !Refill()) {
    done_ = true;
    return 0;
  }
  const size_t n = std::min(cap, input_.size());
  std::copy_n(input_.data(), n, out);
  input_.remove_prefix(n);
  return n;
}

size_t DecodingReader::ReadGzip(char* out, size_t cap) {
  z_stream& zs = gzip_->zs;
  while (true) {
    if (input_.empty()) Refill();
    // zlib counts in uInt; feed at most 1 GiB at a time.
    const uInt fed = static_cast<uInt>(std::min<size_t>(input_.size(), size_t{1} << 30));
    const uInt room = static_cast<uInt>(std::min<size_t>(cap, size_t{1} << 30));
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input_.data()));
    zs.avail_in = fed;
    zs.next_out = reinterpret_cast<Bytef*>(out);
    zs.avail_out = room;
    const int rc = inflate(&zs, Z_NO_FLUSH);
    const size_t used = fed - zs.avail_in;
    const size_t produced = room - zs.avail_out;
    input_.remove_prefix(used);
    if (rc == Z_STREAM_END) {
      gzip_->in_member = false;
      // Another member may follow (multi-member gzip); trailing zeros are
      // padding some writers add.
      while (true) {
        while (!input_.empty() && input_.front() == 0) input_.remove_prefix(1);
        if (!input_.empty() || !Refill()) break;
      }
      if (input_.empty()) {
        done_ = true;
        return produced;
      }
      if (inflateReset(&zs) != Z_OK) {
        problem_ = "gzip: cannot reset zlib";
        done_ = true;
        return produced;
      }
      gzip_->in_member = true;
      if (produced > 0) return produced;
      continue;
    }
    if (rc == Z_OK || rc == Z_BUF_ERROR) {
      if (produced > 0) return produced;
      if (input_.empty() && input_end_) break;                       // the input ended
      if (rc == Z_BUF_ERROR && used == 0 && !input_.empty()) break;  // no progress possible
      continue;
    }
    problem_ = std::string("gzip: corrupt data (") + (zs.msg ? zs.msg : "zlib error") + ")";
    gzip_->in_member = false;
    done_ = true;
    return produced;
  }
  if (gzip_->in_member && !read_error_) problem_ = "gzip: truncated (the stream ends inside a member)";
  done_ = true;
  return 0;
}

size_t DecodingReader::ReadZstd(char* out, size_t cap) {
  while (true) {
    if (input_.empty()) Refill();
    ZSTD_inBuffer in{input_.data(), input_.size(), 0};
    ZSTD_outBuffer o{out, cap, 0};
    const bool flushing = input_.empty();
    // Once the input is used up, what the decoder still holds is flushed; a
    // frame that needs more input than there is was cut off.
    if (flushing && zstd_->last == 0) {
      done_ = true;
      return 0;
    }
    zstd_->last = ZSTD_decompressStream(zstd_->ds, &o, &in);
    input_.remove_prefix(in.pos);
    if (ZSTD_isError(zstd_->last)) {
      problem_ = std::string("zstd: corrupt data (") + ZSTD_getErrorName(zstd_->last) + ")";
      done_ = true;
      return 0;
    }
    if (o.pos > 0) return o.pos;
    if (flushing) {
      if (!read_error_) problem_ = "zstd: truncated (the stream ends inside a frame)";
      done_ = true;
      return 0;
    }
  }
}

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
  if (codec == Codec::kNone) return emit(data, problem);
  DecodingReader reader(data, codec);
  std::unique_ptr<char[]> buffer = std::make_unique<char[]>(kChunk);
  while (const size_t n = reader.Read(buffer.get(), kChunk)) {
    if (!emit(std::string_view(buffer.get(), n), problem)) return false;
  }
  if (reader.problem().empty()) return true;
  *problem = reader.problem();
  return false;
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
