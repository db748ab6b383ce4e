// Article extraction from web pages: the title, publication date, canonical
// URL and body paragraphs of a news page, without navigation, advertising,
// captions, comments, link lists, cookie banners or footers.
//
// The page is parsed by gumbo (a complete HTML5 parser). The body is found by
// a general method, not per-site rules: the DOM is cut into text blocks, each
// block's text and link density score its ancestors (as readability does),
// the best-scoring container and its related siblings are kept, and inside
// them link-dense and boilerplate blocks are dropped (as trafilatura and
// jusText do). Every walk over the tree uses an explicit stack, so deeply
// nested pages cannot overflow the call stack.
// Pure functions; safe from any thread.
#ifndef DYAD_INGEST_HTML_H_
#define DYAD_INGEST_HTML_H_

#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::ingest {

struct HtmlArticle {
  std::string title;
  std::string date;  // YYYY-MM-DD, or empty
  std::string url;   // canonical link or og:url, or empty
  std::string text;  // paragraphs separated by blank lines
};

// `html` must be UTF-8 (see charset.h).
HtmlArticle ExtractArticle(std::string_view html);

// One page as one document. `charset` is the one declared outside the page
// (HTTP header), empty when none; the page's own <meta> is used otherwise.
// The id is the file name without directory and .html/.htm/.gz extensions.
Status ReadHtmlBuffer(std::string_view data, const std::string& name,
                      const ReadOptions& options, const DocumentSink& sink,
                      ReadReport* report);

// The id of a page file: "dir/a.b.html.gz" -> "a.b".
std::string HtmlId(const std::string& name);

}  // namespace dyad::ingest

#endif  // DYAD_INGEST_HTML_H_
