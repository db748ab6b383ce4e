// Minimal JSON output helpers for writers on hot paths (internal).
// Stateless; thread-safe.
#ifndef DYAD_SRC_CORE_JSON_H_
#define DYAD_SRC_CORE_JSON_H_

#include <string>
#include <string_view>

namespace dyad::json {

// Appends `s` as a JSON string literal (with quotes) to `out`. `s` must be
// valid UTF-8; control characters are escaped.
void AppendString(std::string* out, std::string_view s);

// Appends `v` in fixed notation with `precision` decimals, exactly as
// printf's "%.*f" writes it (std::to_chars: no format string to parse, which
// made snprintf a sixth of the cost of writing an event). `v` must be finite.
void AppendFixed(std::string* out, double v, int precision);

// Appends `s` with tabs and newlines replaced by spaces (for TSV cells).
void AppendTsvCell(std::string* out, std::string_view s);

}  // namespace dyad::json

#endif  // DYAD_SRC_CORE_JSON_H_
