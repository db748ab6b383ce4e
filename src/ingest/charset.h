// Character sets of web pages: finds the declared charset (HTTP header or
// <meta>) and turns the bytes into UTF-8. ISO-8859-1, windows-1252 and
// US-ASCII are converted exactly (browsers treat all three as windows-1252);
// anything else that is not valid UTF-8 is repaired with U+FFFD.
// Pure functions; safe from any thread.
#ifndef DYAD_INGEST_CHARSET_H_
#define DYAD_INGEST_CHARSET_H_

#include <string>
#include <string_view>

namespace dyad::ingest {

// The charset parameter of a Content-Type value ("text/html; charset=UTF-8"),
// lower-cased, or empty.
std::string CharsetFromContentType(std::string_view content_type);

// The charset a page declares in its first 4 KiB (<meta charset> or
// <meta http-equiv="Content-Type" content="...charset=...">), lower-cased, or
// empty. A byte scan, not a parse: it runs before the parser, as in browsers.
std::string SniffMetaCharset(std::string_view html);

// Converts `data` in `charset` (empty: unknown) to UTF-8 in `out`. Returns
// false when the bytes had to be repaired (invalid UTF-8, or a charset we do
// not convert); `*note` then says what was done.
bool ToUtf8(std::string_view data, std::string_view charset, std::string* out,
            std::string* note);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_CHARSET_H_
