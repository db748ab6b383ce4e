// Decompression of gzip (RFC 1952, including the multi-member files Common
// Crawl writes: one member per WARC record) and zstd (all frames).
// A damaged or truncated stream is not an error that loses the data: what
// could be decoded is returned, and `*problem` says what went wrong.
// Pure functions; safe from any thread.
#ifndef DYAD_INGEST_COMPRESS_H_
#define DYAD_INGEST_COMPRESS_H_

#include <cstddef>
#include <functional>
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

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_COMPRESS_H_
