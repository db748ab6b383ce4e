// Gzip and zstd for the ingest tests: build .gz and .zst inputs in memory
// (zlib, libzstd), so that the readers' decompression is tested on data the
// test controls.
#ifndef DYAD_TESTS_INGEST_GZIP_UTIL_H_
#define DYAD_TESTS_INGEST_GZIP_UTIL_H_

#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include <string>

namespace dyad::testing_util {

inline std::string Gzip(const std::string& data) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, data.size()) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

inline std::string Zstd(const std::string& data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3));
  return out;
}

}  // namespace dyad::testing_util

#endif  // DYAD_TESTS_INGEST_GZIP_UTIL_H_
