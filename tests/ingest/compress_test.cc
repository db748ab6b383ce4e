#include "ingest/compress.h"

#include <gtest/gtest.h>
#include <zstd.h>

#include <sstream>
#include <string>
#include <vector>

#include "ingest/gzip_util.h"

namespace dyad::ingest {
namespace {

using testing_util::Gzip;
using testing_util::Zstd;

// Everything a reader gives, `cap` bytes at a time at most.
std::string Drain(DecodingReader* reader, size_t cap) {
  std::string out;
  std::vector<char> buf(cap);
  while (const size_t n = reader->Read(buf.data(), cap)) {
    EXPECT_LE(n, cap);
    out.append(buf.data(), n);
  }
  return out;
}

// Text that compresses well but not to nothing, so members span several
// 64 KiB pieces of input and output.
std::string Text(int seed, size_t bytes) {
  std::string s;
  uint32_t x = static_cast<uint32_t>(seed) * 2654435761u + 1;
  while (s.size() < bytes) {
    x = x * 1103515245u + 12345u;
    s += "word" + std::to_string(x >> 20) + (x % 7 == 0 ? "\n" : " ");
  }
  s.resize(bytes);
  return s;
}

struct StreamCase {
  const char* name;
  Codec codec;
  std::string encoded;
  std::string decoded;
};

std::vector<StreamCase> Cases() {
  const std::string a = Text(1, 300000), b = Text(2, 70000), c = Text(3, 10);
  return {
      {"plain", Codec::kNone, a, a},
      {"gzip", Codec::kGzip, Gzip(a), a},
      // Members as Common Crawl writes them, with zero padding longer than
      // one piece of input between two of them.
      {"gzip members", Codec::kGzip, Gzip(a) + Gzip(b) + std::string(100000, '\0') + Gzip(c), a + b + c},
      {"gzip empty member", Codec::kGzip, Gzip("") + Gzip(b), b},
      {"zstd", Codec::kZstd, Zstd(a), a},
      {"zstd frames", Codec::kZstd, Zstd(a) + Zstd(b) + Zstd(c), a + b + c},
  };
}

TEST(DecodingReaderTest, AnyPieceSizeFromAStreamOrMemoryGivesTheSameBytes) {
  for (const StreamCase& t : Cases()) {
    for (size_t cap : {size_t{1}, size_t{7}, size_t{4096}, size_t{1} << 16, size_t{1} << 20}) {
      if (cap == 1 && t.decoded.size() > 100000) continue;  // byte by byte: only the small ones
      std::istringstream in(t.encoded);
      DecodingReader stream(in, t.codec);
      EXPECT_EQ(Drain(&stream, cap), t.decoded) << t.name << " cap " << cap;
      EXPECT_EQ(stream.problem(), "") << t.name;
      EXPECT_FALSE(stream.read_error());
      EXPECT_EQ(stream.decoded(), t.decoded.size());
      DecodingReader memory(t.encoded, t.codec);
      EXPECT_EQ(Drain(&memory, cap), t.decoded) << t.name << " cap " << cap;
      EXPECT_EQ(memory.problem(), "") << t.name;
    }
    // The codec found from the first bytes, as for WARC files.
    std::istringstream in(t.encoded);
    DecodingReader sniffed(in, Codec::kNone);
    EXPECT_EQ(sniffed.Detect(), t.codec) << t.name;
    EXPECT_EQ(Drain(&sniffed, 1 << 16), t.decoded) << t.name;
  }
}

TEST(DecodingReaderTest, DamageEndsTheStreamAsDecompressDoes) {
  const std::string text = Text(4, 200000);
  for (Codec codec : {Codec::kGzip, Codec::kZstd}) {
    const std::string packed = codec == Codec::kGzip ? Gzip(text) : Zstd(text);
    std::string corrupt = packed;
    corrupt[corrupt.size() / 2] ^= 0x55;
    corrupt[corrupt.size() / 2 + 1] ^= 0x55;
    for (const std::string& damaged :
         {packed.substr(0, packed.size() / 2), corrupt, std::string("not compressed at all"), std::string()}) {
      std::string whole, problem;
      const bool ok = Decompress(codec, damaged, &whole, &problem);
      std::istringstream in(damaged);
      DecodingReader stream(in, codec);
      const std::string streamed = Drain(&stream, 1000);
      EXPECT_EQ(ok, stream.problem().empty());
      EXPECT_EQ(stream.problem(), ok ? "" : problem);
      // The same bytes up to the damage (zlib may emit the last piece
      // before it sees a bad checksum, whichever way it is fed).
      EXPECT_EQ(streamed.substr(0, std::min(streamed.size(), whole.size())),
                whole.substr(0, std::min(streamed.size(), whole.size())));
      EXPECT_LE(streamed.size(), text.size());
      if (damaged.size() == packed.size() / 2) {
        EXPECT_NE(stream.problem().find("truncated"), std::string::npos) << stream.problem();
      }
    }
  }
}

TEST(DecodingReaderTest, ABombIsReadPieceByPiece) {
  // 256 MiB of zeros in some 256 KB: the reader hands them out in pieces and
  // holds none of them (the caller decides when to stop).
  const std::string bomb = Zstd(std::string(size_t{16} << 20, '\0'));
  std::string frames;
  for (int i = 0; i < 16; ++i) frames += bomb;
  std::istringstream in(frames);
  DecodingReader reader(in, Codec::kZstd);
  std::vector<char> buf(1 << 16);
  uint64_t total = 0;
  while (const size_t n = reader.Read(buf.data(), buf.size())) total += n;
  EXPECT_EQ(total, uint64_t{256} << 20);
  EXPECT_EQ(reader.problem(), "");
}

}  // namespace
}  // namespace dyad::ingest
