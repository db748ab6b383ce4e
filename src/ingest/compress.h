// Decompression of gzip (RFC 1952, including the multi-member files Common
// Crawl writes: one member per WARC record) and zstd (all frames).
// A damaged or truncated stream is not an error that loses the data: what
// could be decoded is returned, and `*problem` says what went wrong.
// DecodingReader reads a file (or standard input) as a stream: it owns two
// fixed buffers and its decoder, and holds a reference to the istream, which
// must outlive it. One reader per thread; the free functions are pure and
// safe from any thread.
#ifndef DYAD_INGEST_COMPRESS_H_
#define DYAD_INGEST_COMPRESS_H_

#include <cstddef>
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <string_view>

namespace dyad::ingest {

enum class Codec { kNone, kGzip, kZstd };

// The codec a file name ends in: ".gz" or ".zst"/".zstd".
Codec CodecOfName(std::string_view name);
// The codec the bytes start with (magic number), kNone when neither.
Codec CodecOfData(std::string_view data);
// `name` without its compression extension ("a.jsonl.gz" -> "a.jsonl").
std::string_view StripCodecExtension(std::string_view name);

// Decodes all of `data` into `out` (appending nothing else). Output beyond
// `max_output` bytes is an error, so that a small bomb cannot exhaust memory.
// Returns true when the whole stream was well-formed; otherwise `*problem`
// describes the damage and `out` holds what was decoded before it.
bool Decompress(Codec codec, std::string_view data, std::string* out, std::string* problem,
                size_t max_output = size_t{4} << 30);

// Receives decoded bytes piece by piece (each piece is valid only during the
// call); returns false, with *problem set, to stop decoding.
using ChunkSink = std::function<bool(std::string_view chunk, std::string* problem)>;
// Decodes `data` as a stream: memory stays at one piece (64 KiB) whatever
// the output size, so a decompression bomb is read (and rejected) without
// being held. Returns as Decompress does.
bool DecompressTo(Codec codec, std::string_view data, const ChunkSink& emit, std::string* problem);

// Decoded bytes pulled piece by piece from a stream of encoded ones: memory
// is two 64 KiB buffers whatever the sizes, so a file is never held whole and
// a decompression bomb is read (and rejected by its reader) without being
// held. Codec::kNone passes the bytes through.
class DecodingReader {
 public:
  DecodingReader(std::istream& in, Codec codec);
  // Over bytes already in memory (`data` must outlive the reader).
  DecodingReader(std::string_view data, Codec codec);
  ~DecodingReader();
  DecodingReader(const DecodingReader&) = delete;
  DecodingReader& operator=(const DecodingReader&) = delete;

  // For a reader made with Codec::kNone, before the first Read: reads the
  // first bytes and decodes by the codec their magic number names.
  Codec Detect();

  // Up to `cap` (> 0) decoded bytes into `out`; 0 at the end of the stream,
  // after damage or after a read error (then problem() or read_error() says
  // which).
  size_t Read(char* out, size_t cap);

  // Empty, or what made the stream end early (corrupt or truncated data).
  const std::string& problem() const { return problem_; }
  // The istream failed (not its end): an I/O error.
  bool read_error() const { return read_error_; }
  uint64_t decoded() const { return decoded_; }

 private:
  struct Gzip;
  struct Zstd;
  // Makes input available when it is used up; false at its end.
  bool Refill();
  void StartDecoder();
  size_t ReadGzip(char* out, size_t cap);
  size_t ReadZstd(char* out, size_t cap);
  size_t ReadPlain(char* out, size_t cap);

  std::istream* in_ = nullptr;
  std::string_view memory_;
  Codec codec_;
  std::unique_ptr<char[]> buffer_;  // input read from in_
  std::string_view input_;          // the part of the input not yet decoded
  bool input_end_ = false;
  bool done_ = false;
  bool read_error_ = false;
  std::string problem_;
  uint64_t decoded_ = 0;
  std::unique_ptr<Gzip> gzip_;
  std::unique_ptr<Zstd> zstd_;
};

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_COMPRESS_H_
