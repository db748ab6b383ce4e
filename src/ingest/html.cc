// Article extraction (see html.h for the method).
//
// Choices the header leaves open:
//  - The page is cut into blocks at block-level elements and <br>; inline
//    markup never splits a block. A block knows its own link text, so link
//    lists and "read more" lines are measured, not guessed from names.
//  - class/id words are used the way readability uses them: generic words
//    for boilerplate ("comment", "share", "related", "cookie", ...) remove an
//    element, generic words for content ("article", "body", ...) weigh for a
//    container. They are words of web vocabulary, not names of sites.
//  - Hidden elements (hidden, aria-hidden, display:none) are not text.
#include "ingest/html.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ingest/charset.h"
#include "core/strings.h"

namespace dyad::ingest {
namespace {

// ----------------------------------------------------------------- helpers

bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// U+00A0 is two bytes in UTF-8 (C2 A0): a space is skipped by this width.
constexpr size_t kNbspBytes = 2;

// True for U+00A0: pages use it as a space.
bool IsNbsp(const char* p, const char* end) {
  return p + 1 < end && static_cast<unsigned char>(p[0]) == 0xC2 &&
         static_cast<unsigned char>(p[1]) == 0xA0;
}

std::string Collapse(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    if (IsAsciiSpace(static_cast<unsigned char>(*p))) {
      space = true;
      ++p;
    } else if (IsNbsp(p, end)) {
      space = true;
      p += kNbspBytes;
    } else {
      if (space && !out.empty()) out.push_back(' ');
      space = false;
      out.push_back(*p++);
    }
  }
  return out;
}

const char* Attr(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return nullptr;
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? a->value : nullptr;
}

bool IsElement(const GumboNode* n) {
  return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE;
}

GumboTag TagOf(const GumboNode* n) { return IsElement(n) ? n->v.element.tag : GUMBO_TAG_UNKNOWN; }

const GumboVector& Children(const GumboNode* n) {
  static const GumboVector kEmpty = {nullptr, 0, 0};
  if (n->type == GUMBO_NODE_DOCUMENT) return n->v.document.children;
  if (IsElement(n)) return n->v.element.children;
  return kEmpty;
}

// Calls fn(node) for every node in document order; fn returns false to skip
// the node's children. Iterative, so depth costs heap, not stack.
template <typename Fn>
void Walk(const GumboNode* root, Fn&& fn) {
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (!fn(n)) continue;
    const GumboVector& kids = Children(n);
    for (unsigned i = kids.length; i-- > 0;) {
      stack.push_back(static_cast<const GumboNode*>(kids.data[i]));
    }
  }
}

// --------------------------------------------------------------- metadata

bool DateFrom(std::string_view value, std::string* out) {
  if (NormalizeDate(value, out)) return true;
  // "2019-11-19T08:00:00.000+0000"-like forms NormalizeDate refuses: the day
  // alone is what we keep anyway.
  std::string_view v = value;
  while (!v.empty() && IsAsciiSpace(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
  if (v.size() >= 10 && NormalizeDate(v.substr(0, 10), out)) {
    return v.size() == 10 || !std::isdigit(static_cast<unsigned char>(v[10]));
  }
  return false;
}

// The string value of the first "key": "..." in a JSON text.
std::string JsonStringField(std::string_view json, std::string_view key) {
  // (appended, not "\"" + key + "\"": GCC 12 at -O3 warns falsely
  // (-Wrestrict) on a literal added to a temporary string)
  std::string quoted;
  quoted.reserve(key.size() + 2);
  quoted.append(1, '"').append(key).append(1, '"');
  for (size_t at = json.find(quoted); at != std::string_view::npos;
       at = json.find(quoted, at + 1)) {
    size_t i = at + quoted.size();
    while (i < json.size() && IsAsciiSpace(static_cast<unsigned char>(json[i]))) ++i;
    if (i >= json.size() || json[i] != ':') continue;
    ++i;
    while (i < json.size() && IsAsciiSpace(static_cast<unsigned char>(json[i]))) ++i;
    if (i >= json.size() || json[i] != '"') continue;
    const size_t start = ++i;
    while (i < json.size() && json[i] != '"') i += json[i] == '\\' ? 2 : 1;
    return std::string(json.substr(start, std::min(i, json.size()) - start));
  }
  return "";
}

// Where a page's date comes from, best first: a date the page marks as its
// publication in the Open Graph / schema.org way is what the publisher meant;
// its own markup for it (<time itemprop=datePublished>, JSON-LD) next;
// generic meta names ("date", "dc.date") are often the crawl's or the
// template's; a bare <time> may date anything on the page; the last change
// is a publication date only when nothing else is given.
enum DateRank : int {
  kPublishedMeta = 0,       // article:published_time, og:published_time
  kPublishedMarkup = 1,     // itemprop=datePublished, <time pubdate>, JSON-LD datePublished
  kGenericDateMeta = 2,     // pubdate, dc.date, sailthru.date, ...
  kCreatedMarkup = 3,       // JSON-LD dateCreated
  kAnyTime = 4,             // <time datetime> without a publication mark
  kModifiedMeta = 5,        // article:modified_time, og:updated_time
  kModifiedMarkup = 6,      // JSON-LD dateModified
  kNoDate = 100,            // worse than any source: the first date found wins
};

struct Meta {
  std::string og_title, title, h1, url_canonical, url_og;
  std::string date;  // best so far
  int date_rank = kNoDate;  // lower is better
};

void OfferDate(Meta* m, int rank, std::string_view value) {
  if (rank >= m->date_rank) return;
  std::string d;
  if (DateFrom(value, &d)) {
    m->date = d;
    m->date_rank = rank;
  }
}

std::string TextOf(const GumboNode* root) {
  std::string out;
  Walk(root, [&](const GumboNode* n) {
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      out.append(n->v.text.text);
      out.push_back(' ');
    }
    return true;
  });
  return Collapse(out);
}

Meta ReadMeta(const GumboNode* root) {
  Meta m;
  Walk(root, [&](const GumboNode* n) {
    if (!IsElement(n)) return false;
    switch (TagOf(n)) {
      case GUMBO_TAG_META: {
        const char* content = Attr(n, "content");
        if (!content) content = Attr(n, "datetime");
        if (!content) return false;
        std::string key;
        for (const char* k : {"property", "name", "itemprop", "http-equiv"}) {
          if (const char* v = Attr(n, k)) {
            key = AsciiLower(v);
            break;
          }
        }
        if (key == "og:title") m.og_title = Collapse(content);
        else if (key == "og:url") m.url_og = content;
        else if (key == "article:published_time" || key == "og:published_time" ||
                 key == "datepublished")
          OfferDate(&m, kPublishedMeta, content);
        else if (key == "pubdate" || key == "publishdate" || key == "publish-date" ||
                 key == "publication_date" || key == "parsely-pub-date" ||
                 key == "sailthru.date" || key == "dc.date.issued" || key == "dcterms.created" ||
                 key == "article.published" || key == "date" || key == "dc.date" ||
                 key == "original-publish-date" || key == "pub_date")
          OfferDate(&m, kGenericDateMeta, content);
        else if (key == "article:modified_time" || key == "datemodified" ||
                 key == "og:updated_time")
          OfferDate(&m, kModifiedMeta, content);
        return false;
      }
      case GUMBO_TAG_LINK: {
        const char* rel = Attr(n, "rel");
        const char* href = Attr(n, "href");
        if (rel && href && AsciiLower(rel) == "canonical" && m.url_canonical.empty()) {
          m.url_canonical = href;
        }
        return false;
      }
      case GUMBO_TAG_TITLE:
        if (m.title.empty()) m.title = TextOf(n);
        return false;
      case GUMBO_TAG_H1:
        if (m.h1.empty()) m.h1 = TextOf(n);
        return false;
      case GUMBO_TAG_TIME:
        if (const char* dt = Attr(n, "datetime")) {
          const char* ip = Attr(n, "itemprop");
          const char* pd = Attr(n, "pubdate");
          OfferDate(&m, (ip && AsciiLower(ip) == "datepublished") || pd ? kPublishedMarkup : kAnyTime, dt);
        }
        return true;
      case GUMBO_TAG_SCRIPT: {
        const char* type = Attr(n, "type");
        if (type && AsciiLower(type) == "application/ld+json" && n->v.element.children.length > 0) {
          const auto* t = static_cast<const GumboNode*>(n->v.element.children.data[0]);
          if (t->type == GUMBO_NODE_TEXT || t->type == GUMBO_NODE_CDATA) {
            const std::string_view json = t->v.text.text;
            if (auto v = JsonStringField(json, "datePublished"); !v.empty()) OfferDate(&m, kPublishedMarkup, v);
            if (auto v = JsonStringField(json, "dateCreated"); !v.empty()) OfferDate(&m, kCreatedMarkup, v);
            if (auto v = JsonStringField(json, "dateModified"); !v.empty()) OfferDate(&m, kModifiedMarkup, v);
          }
        }
        return false;
      }
      default: {
        if (const char* ip = Attr(n, "itemprop"); ip && AsciiLower(ip) == "datepublished") {
          if (const char* c = Attr(n, "content")) OfferDate(&m, kPublishedMarkup, c);
          else if (const char* dt = Attr(n, "datetime")) OfferDate(&m, kPublishedMarkup, dt);
        }
        return true;
      }
    }
  });
  return m;
}

// ------------------------------------------------------------ the article

bool IsSkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_MAP: case GUMBO_TAG_MENU: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_LABEL: case GUMBO_TAG_HEADER:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
    case GUMBO_TAG_TH: case GUMBO_TAG_UL: case GUMBO_TAG_CAPTION: case GUMBO_TAG_HTML:
    case GUMBO_TAG_BR:
      return true;
    default:
      return false;
  }
}

bool IsHeading(GumboTag t) {
  return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 ||
         t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
}

// Tags whose text is a paragraph of their container rather than a container.
bool IsParagraphTag(GumboTag t) {
  return t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_LI || t == GUMBO_TAG_TD ||
         t == GUMBO_TAG_BLOCKQUOTE || t == GUMBO_TAG_DD || t == GUMBO_TAG_DT || IsHeading(t);
}

// Splits a class/id value into lower-case words at spaces, '-', '_' and
// lower-to-upper case changes ("relatedStories" -> related, stories).
void Words(std::string_view s, std::vector<std::string>* out) {
  std::string w;
  auto flush = [&] {
    if (!w.empty()) out->push_back(std::move(w));
    w.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = s[i];
    if (!std::isalnum(c)) {
      flush();
      continue;
    }
    if (std::isupper(c) && i > 0 && std::islower(static_cast<unsigned char>(s[i - 1]))) flush();
    w.push_back(static_cast<char>(std::tolower(c)));
  }
  flush();
}

template <size_t N>
bool AnyOf(const std::vector<std::string>& words, const std::string_view (&set)[N]) {
  for (const std::string& w : words) {
    for (std::string_view s : set) {
      if (w == s) return true;
    }
  }
  return false;
}

// Boilerplate words: an element named with one of these is not article text.
constexpr std::string_view kBoilerplate[] = {
    "comment", "comments", "sidebar", "footer", "footnotes", "sponsor", "sponsored",
    "advert", "advertisement", "advertising", "ad", "ads", "adslot", "dfp", "promo",
    "promotion", "related", "share", "sharing", "social", "newsletter", "subscribe",
    "subscription", "cookie", "cookies", "consent", "banner", "popup", "modal", "caption",
    "breadcrumb", "breadcrumbs", "nav", "navigation", "navbar", "menu", "recommended",
    "recommendations", "outbrain", "taboola", "widget", "disqus", "signup", "byline",
    "masthead", "toolbar", "trending", "popular", "readmore", "tags", "tag", "topics",
    "hidden", "sr", "visually", "skip", "author", "bio", "credit", "credits", "meta",
    "print", "rail", "teaser", "teasers", "more", "pagination", "paywall", "login",
    "disclaimer"};
// Content words: weigh for a container.
constexpr std::string_view kContent[] = {
    "article", "body", "content", "entry", "main", "post", "story", "text", "blog",
    "hentry", "page", "articlebody", "storybody", "prose", "richtext"};

// The weights below are score points of the same scale as a block's (see
// Score): one point a paragraph, one a comma, up to three for length. They
// are readability's scale, and the extraction benchmark
// (tests/ingest/extraction_benchmark_test.cc, F1 0.976) was reached with
// them: change them only with that figure.

// A content or boilerplate word in a class or id counts as much as a
// paragraph-rich block: a name chosen by the site's authors is strong
// evidence, but a container of many real paragraphs still outweighs it.
constexpr int kNameWeight = 25;

struct Names {
  bool boilerplate = false;
  int weight = 0;
};

Names NamesOf(const GumboNode* n) {
  Names out;
  std::vector<std::string> words;
  if (const char* c = Attr(n, "class")) Words(c, &words);
  if (const char* id = Attr(n, "id")) Words(id, &words);
  if (const char* role = Attr(n, "role")) {
    const std::string r = AsciiLower(role);
    if (r == "navigation" || r == "complementary" || r == "contentinfo" || r == "banner" ||
        r == "dialog" || r == "alert" || r == "menu" || r == "menubar") {
      out.boilerplate = true;
    }
  }
  if (words.empty()) return out;
  const bool content = AnyOf(words, kContent);
  if (AnyOf(words, kBoilerplate) && !content) out.boilerplate = true;
  if (content) out.weight += kNameWeight;
  if (AnyOf(words, kBoilerplate)) out.weight -= kNameWeight;
  return out;
}

bool IsHidden(const GumboNode* n) {
  if (Attr(n, "hidden")) return true;
  if (const char* a = Attr(n, "aria-hidden"); a && AsciiLower(a) == "true") return true;
  if (const char* s = Attr(n, "style")) {
    std::string st = AsciiLower(s);
    st.erase(std::remove(st.begin(), st.end(), ' '), st.end());
    if (st.find("display:none") != std::string::npos ||
        st.find("visibility:hidden") != std::string::npos) {
      return true;
    }
  }
  return false;
}

// A boilerplate-named element that holds this share of the page's text (in
// tenths) or more is a wrapper named after one of its parts
// ("page-with-rail"), not boilerplate: real sidebars and footers hold far
// less than 40% of a news page.
constexpr size_t kWrapperTenths = 4;

// Container tags: <div>, <article> and <main> are what articles are built
// of; <section>, <pre>, <td> and <blockquote> hold article text less often;
// lists, forms and <address> hold links and furniture; a heading's
// container is rarely the body. A fifth of a name's weight at most, so that
// tags only break ties between containers with similar text.
constexpr double kArticleTagScore = 5;
constexpr double kTextTagScore = 3;
constexpr double kListTagScore = -3;
constexpr double kHeadingTagScore = -5;

// A block shorter than this (bytes) is a caption, a byline or a button label:
// it gives its containers no score. Shorter than one sentence of news.
constexpr size_t kMinScoredBlock = 25;
// More than half of a block's text in links: a list of links, not prose.
constexpr double kMaxBlockLinkDensity = 0.5;
// Inside a list, a little less: a list item that is mostly a link is a
// related-story list even when its teaser adds some words.
constexpr double kMaxListLinkDensity = 0.45;
// Length counts one point per this many bytes, up to kMaxLengthPoints, so
// that a long block counts more, but commas (clauses) count more than bulk.
constexpr double kBytesPerLengthPoint = 100;
constexpr double kMaxLengthPoints = 3;
// A block scores its owner and this many ancestors above it, less at each
// level (ScoreDivisor): an article's paragraphs may sit in a few wrappers.
constexpr int kScoredLevels = 5;
// What a block's score is divided by at an ancestor `level` steps up: the
// owner takes it all, its parent half, an ancestor n > 1 levels up 1/(3n), so
// that a distant wrapper of many blocks does not outscore their own container.
inline double ScoreDivisor(int level) { return level == 0 ? 1 : level == 1 ? 2 : level * 3; }

// Choosing the article: the best candidate climbs to its parent at most this
// many times, each time only when the parent holds another candidate of at
// least kCloseShare of the best score (an article cut into sections by
// figures or ads).
constexpr int kMaxClimbs = 3;
constexpr double kCloseShare = 0.3;
// A sibling of the chosen element is kept when it scores at least
// kSiblingShare of the best, and never less than kMinSiblingScore (so a weak
// best does not pull in every neighbour).
constexpr double kSiblingShare = 0.2;
constexpr double kMinSiblingScore = 10;
// A sibling paragraph longer than this (bytes) with under
// kMaxSiblingLinkDensity of links is prose that belongs to the article; a
// shorter one must end like a sentence and link nowhere.
constexpr size_t kLongParagraph = 80;
constexpr double kMaxSiblingLinkDensity = 0.25;

struct Block {
  std::string text;
  size_t chars = 0;       // bytes of text
  size_t link_chars = 0;  // bytes of it inside <a>
  const GumboNode* owner = nullptr;
  size_t pos = 0;         // pre-order index of the block's start
  bool in_list = false;
};

struct NodeInfo {
  size_t chars = 0, link_chars = 0, commas = 0;
  size_t begin = 0, end = 0;  // numbers of the enter and exit events
  double score = 0;
  bool candidate = false;
};

class Extractor {
 public:
  explicit Extractor(const GumboNode* body) : body_(body) {}

  std::string Run() {
    MeasureRaw();
    Linearize();
    if (blocks_.empty()) return "";
    Score();
    return Select();
  }

 private:
  struct Frame {
    const GumboNode* node;
    unsigned next = 0;
    bool block = false, link = false, list = false;
  };

  void Flush() {
    if (!cur_.text.empty()) {
      while (!cur_.text.empty() && cur_.text.back() == ' ') cur_.text.pop_back();
      cur_.chars = cur_.text.size();
      cur_.owner = owners_.empty() ? body_ : owners_.back();
      cur_.in_list = list_depth_ > 0;
      if (cur_.chars > 0) blocks_.push_back(std::move(cur_));
    }
    cur_ = Block{};
    cur_.pos = counter_;
    space_ = false;
  }

  void AddText(std::string_view s) {
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end) {
      if (IsAsciiSpace(static_cast<unsigned char>(*p))) {
        space_ = true;
        ++p;
      } else if (IsNbsp(p, end)) {
        space_ = true;
        p += kNbspBytes;
      } else {
        if (space_ && !cur_.text.empty()) cur_.text.push_back(' ');
        space_ = false;
        cur_.text.push_back(*p++);
        if (link_depth_ > 0) ++cur_.link_chars;
      }
    }
  }

  // Text bytes under each element before any boilerplate is removed: a
  // boilerplate name on an element that holds most of the page names a
  // wrapper ("page-with-rail", "non-ad-column"), not boilerplate.
  void MeasureRaw() {
    struct F { const GumboNode* node; unsigned next; };
    std::vector<F> stack{{body_, 0}};
    while (!stack.empty()) {
      F& f = stack.back();
      const GumboVector& kids = Children(f.node);
      if (f.next < kids.length) {
        const auto* child = static_cast<const GumboNode*>(kids.data[f.next++]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA) {
          raw_[f.node] += std::strlen(child->v.text.text);
        } else if (IsElement(child) && !IsSkippedTag(TagOf(child)) && !IsHidden(child)) {
          stack.push_back({child, 0});
        }
        continue;
      }
      const GumboNode* done = f.node;
      stack.pop_back();
      if (!stack.empty()) raw_[stack.back().node] += raw_[done];
    }
    total_raw_ = raw_[body_];
  }

  bool IsBoilerplate(const GumboNode* n) {
    if (!NamesOf(n).boilerplate) return false;
    return raw_[n] * 10 < total_raw_ * kWrapperTenths;
  }

  // One pass: blocks of text, and per element its text, link text and
  // commas (summed on the way out, so the cost is linear in the tree).
  void Linearize() {
    std::vector<Frame> stack;
    auto enter = [&](const GumboNode* n) {
      NodeInfo& info = info_[n];
      info.begin = counter_++;
      Frame f{n};
      const GumboTag t = TagOf(n);
      f.block = IsBlockTag(t);
      f.link = t == GUMBO_TAG_A;
      f.list = t == GUMBO_TAG_UL || t == GUMBO_TAG_OL;
      if (f.block) {
        Flush();
        owners_.push_back(n);
      }
      if (f.link) ++link_depth_;
      if (f.list) ++list_depth_;
      stack.push_back(f);
    };
    enter(body_);
    while (!stack.empty()) {
      Frame& f = stack.back();
      const GumboVector& kids = Children(f.node);
      if (f.next < kids.length) {
        const auto* child = static_cast<const GumboNode*>(kids.data[f.next++]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE ||
            child->type == GUMBO_NODE_CDATA) {
          const size_t before = cur_.text.size(), links_before = cur_.link_chars;
          AddText(child->v.text.text);
          NodeInfo& info = info_[f.node];
          info.chars += cur_.text.size() - before;
          info.link_chars += cur_.link_chars - links_before;
          info.commas += std::count(child->v.text.text, child->v.text.text + std::strlen(child->v.text.text), ',');
        } else if (IsElement(child) && !IsSkippedTag(TagOf(child)) && !IsHidden(child) &&
                   !IsBoilerplate(child)) {
          enter(child);
        }
        continue;
      }
      // Leaving f.node.
      const Frame done = f;
      stack.pop_back();
      if (done.block) {
        Flush();
        owners_.pop_back();
      }
      if (done.link) --link_depth_;
      if (done.list) --list_depth_;
      NodeInfo& info = info_[done.node];
      info.end = counter_++;
      if (!stack.empty()) {
        NodeInfo& parent = info_[stack.back().node];
        parent.chars += info.chars;
        parent.link_chars += info.link_chars;
        parent.commas += info.commas;
      }
    }
    Flush();
  }

  double LinkDensity(const GumboNode* n) {
    const NodeInfo& i = info_[n];
    return i.chars == 0 ? 0 : static_cast<double>(i.link_chars) / i.chars;
  }

  void Initialise(const GumboNode* n) {
    NodeInfo& info = info_[n];
    if (info.candidate) return;
    info.candidate = true;
    switch (TagOf(n)) {
      case GUMBO_TAG_DIV: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN: info.score += kArticleTagScore; break;
      case GUMBO_TAG_SECTION: info.score += kTextTagScore; break;
      case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: info.score += kTextTagScore; break;
      case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
      case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM:
        info.score += kListTagScore; break;
      case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
      case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH: info.score += kHeadingTagScore; break;
      default: break;
    }
    info.score += NamesOf(n).weight;
    candidates_.push_back(n);
  }

  void Score() {
    for (const Block& b : blocks_) {
      if (b.chars < kMinScoredBlock) continue;
      if (static_cast<double>(b.link_chars) / b.chars > kMaxBlockLinkDensity) continue;
      const double score = 1 + std::count(b.text.begin(), b.text.end(), ',') +
                           std::min(b.chars / kBytesPerLengthPoint, kMaxLengthPoints);
      const GumboNode* n = IsParagraphTag(TagOf(b.owner)) ? b.owner->parent : b.owner;
      for (int level = 0; n && level < kScoredLevels && IsElement(n); ++level, n = n->parent) {
        Initialise(n);
        info_[n].score += score / ScoreDivisor(level);
        if (n == body_) break;
      }
    }
    for (const GumboNode* n : candidates_) info_[n].score *= 1 - LinkDensity(n);
  }

  bool Inside(const Block& b, const GumboNode* n) {
    const NodeInfo& i = info_[n];
    // Enter and exit both take a number (an Euler tour); a block's number is
    // the next one to be taken, so text inside the element lies in (begin, end].
    return b.pos > i.begin && b.pos <= i.end;
  }

  std::string Select() {
    const GumboNode* top = nullptr;
    double best = 0;
    for (const GumboNode* n : candidates_) {
      if (info_[n].score > best) best = info_[n].score, top = n;
    }
    if (!top) top = body_;
    // An article cut into sections (by figures, pull quotes or ads) scores
    // as several close candidates: climb to the ancestor that holds enough
    // of them, as readability does.
    for (int climb = 0; top != body_ && climb < kMaxClimbs; ++climb) {
      const GumboNode* parent = top->parent;
      if (!parent || !IsElement(parent)) break;
      int close = 0;
      for (const GumboNode* n : candidates_) {
        if (n != top && info_[n].score >= best * kCloseShare && info_[n].begin > info_[parent].begin &&
            info_[n].begin < info_[parent].end && !(info_[n].begin >= info_[top].begin &&
                                                    info_[n].begin < info_[top].end) &&
            !(info_[top].begin >= info_[n].begin && info_[top].begin < info_[n].end)) {
          ++close;
        }
      }
      if (close < 1) break;
      top = parent;
    }
    std::vector<const GumboNode*> chosen{top};
    if (top != body_ && top->parent && IsElement(top->parent)) {
      const double threshold = std::max(kMinSiblingScore, best * kSiblingShare);
      const GumboVector& sibs = top->parent->v.element.children;
      chosen.clear();
      for (unsigned i = 0; i < sibs.length; ++i) {
        const auto* s = static_cast<const GumboNode*>(sibs.data[i]);
        if (!IsElement(s)) continue;
        auto it = info_.find(s);
        if (it == info_.end()) continue;
        bool keep = s == top;
        if (!keep && it->second.candidate && it->second.score >= threshold) keep = true;
        if (!keep && TagOf(s) == GUMBO_TAG_P) {
          const double ld = LinkDensity(s);
          if (it->second.chars > kLongParagraph && ld < kMaxSiblingLinkDensity) keep = true;
          // Short paragraphs next to the article are part of it when they
          // end like a sentence and link nowhere.
          if (it->second.chars > 0 && it->second.chars <= kLongParagraph && ld == 0 &&
              std::string_view(TextOf(s)).ends_with('.')) {
            keep = true;
          }
        }
        if (keep) chosen.push_back(s);
      }
    }
    std::vector<const Block*> kept;
    for (const Block& b : blocks_) {
      bool in = false;
      for (const GumboNode* c : chosen) {
        if (Inside(b, c)) {
          in = true;
          break;
        }
      }
      if (!in) continue;
      const double ld = static_cast<double>(b.link_chars) / b.chars;
      if (ld > kMaxBlockLinkDensity) continue;
      if (b.in_list && ld > kMaxListLinkDensity) continue;
      kept.push_back(&b);
    }
    std::string out;
    for (const Block* b : kept) {
      if (!out.empty()) out.append("\n\n");
      out.append(b->text);
    }
    return out;
  }

  const GumboNode* body_;
  std::vector<Block> blocks_;
  Block cur_;
  bool space_ = false;
  int link_depth_ = 0, list_depth_ = 0;
  size_t counter_ = 0;
  std::vector<const GumboNode*> owners_;
  std::vector<const GumboNode*> candidates_;
  std::unordered_map<const GumboNode*, NodeInfo> info_;
  std::unordered_map<const GumboNode*, size_t> raw_;
  size_t total_raw_ = 0;
};

const GumboNode* FindBody(const GumboNode* root) {
  const GumboNode* body = nullptr;
  Walk(root, [&](const GumboNode* n) {
    if (body || !IsElement(n)) return false;
    if (TagOf(n) == GUMBO_TAG_BODY) {
      body = n;
      return false;
    }
    return TagOf(n) == GUMBO_TAG_HTML;
  });
  return body ? body : root;
}

bool IsExtension(std::string_view ext) {
  return ext == ".html" || ext == ".htm" || ext == ".gz" || ext == ".xhtml";
}

// Real pages nest a few dozen elements deep. Gumbo's tree building scans
// the stack of open elements for every tag, so a hostile page of 100,000
// nested elements costs quadratic time (and its tree is freed recursively);
// tags beyond this depth are dropped before parsing, keeping their text.
constexpr size_t kMaxNesting = 400;

// A comment is skipped whole by the tag scan: tags inside it are not tags.
constexpr std::string_view kCommentOpen = "<!--";
constexpr std::string_view kCommentClose = "-->";

// Elements without content, or whose end tag is usually implied: they do not
// deepen the tree the way "<div><div>" does.
bool IsFlatTag(std::string_view name) {
  static constexpr std::string_view kFlat[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup",
      "tbody", "thead", "tfoot", "colgroup", "rb", "rt", "rp", "html", "head", "body", "keygen"};
  for (std::string_view f : kFlat) {
    if (name == f) return true;
  }
  return false;
}

// Copies `html` without the start and end tags that lie deeper than
// kMaxNesting, by a tag scan (no tree); returns `html` itself when nothing is
// that deep. Raw-text elements (script, style, ...) are skipped whole.
std::string_view LimitNesting(std::string_view html, std::string* storage) {
  size_t depth = 0, dropped_open = 0;
  bool copying = false;
  size_t copied_to = 0;  // bytes of `html` already handled in `storage`
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    const size_t start = i;
    if (html.substr(i, kCommentOpen.size()) == kCommentOpen) {
      const size_t end = html.find(kCommentClose, i + kCommentOpen.size());
      i = end == std::string_view::npos ? html.size() : end + kCommentClose.size();
      continue;
    }
    size_t j = i + 1;
    const bool closing = j < html.size() && html[j] == '/';
    if (closing) ++j;
    size_t k = j;
    while (k < html.size() && std::isalnum(static_cast<unsigned char>(html[k]))) ++k;
    if (k == j) {
      i = start + 1;
      continue;
    }
    const std::string name = AsciiLower(html.substr(j, k - j));
    const size_t gt = html.find('>', k);
    const size_t end = gt == std::string_view::npos ? html.size() : gt + 1;
    const bool self_closing = gt != std::string_view::npos && gt > 0 && html[gt - 1] == '/';
    i = end;
    if (!closing && (name == "script" || name == "style" || name == "textarea" ||
                     name == "title" || name == "xmp" || name == "plaintext")) {
      const std::string close = "</" + name;
      size_t c = end;
      while ((c = html.find('<', c)) != std::string_view::npos) {
        if (c + close.size() <= html.size() && AsciiLower(html.substr(c, close.size())) == close) break;
        ++c;
      }
      i = c == std::string_view::npos ? html.size() : c;
      continue;
    }
    if (IsFlatTag(name) || self_closing) continue;
    bool drop = false;
    if (!closing) {
      if (depth >= kMaxNesting) {
        drop = true;
        ++dropped_open;
      } else {
        ++depth;
      }
    } else if (dropped_open > 0) {
      drop = true;
      --dropped_open;
    } else if (depth > 0) {
      --depth;
    }
    if (!drop) continue;
    if (!copying) {
      copying = true;
      storage->clear();
      storage->reserve(html.size());
    }
    storage->append(html.substr(copied_to, start - copied_to));
    copied_to = end;
  }
  if (!copying) return html;
  storage->append(html.substr(copied_to));
  return *storage;
}

}  // namespace

std::string HtmlId(const std::string& name) {
  std::string base = std::filesystem::path(name).filename().string();
  for (;;) {
    const size_t dot = base.rfind('.');
    if (dot == std::string::npos || dot == 0) break;
    if (!IsExtension(AsciiLower(std::string_view(base).substr(dot)))) break;
    base.resize(dot);
  }
  return base;
}

HtmlArticle ExtractArticle(std::string_view html) {
  HtmlArticle a;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // the error list is not used; do not build it
  std::string limited;
  html = LimitNesting(html, &limited);
  GumboOutput* out = gumbo_parse_with_options(&options, html.data(), html.size());
  if (!out) return a;
  const Meta meta = ReadMeta(out->root);
  a.title = !meta.og_title.empty() ? meta.og_title : !meta.h1.empty() ? meta.h1 : meta.title;
  a.url = !meta.url_canonical.empty() ? meta.url_canonical : meta.url_og;
  a.date = meta.date;
  a.text = Extractor(FindBody(out->root)).Run();
  gumbo_destroy_output(&options, out);
  return a;
}

Status ReadHtmlBuffer(std::string_view data, const std::string& name,
                      const ReadOptions& options, const DocumentSink& sink,
                      ReadReport* report) {
  ++report->documents_read;
  std::string utf8, note;
  if (!ToUtf8(data, SniffMetaCharset(data), &utf8, &note)) {
    ++report->repaired_utf8;
    report->Warn(name, 0, note);
  }
  HtmlArticle a = ExtractArticle(utf8);
  Document doc;
  doc.id = HtmlId(name);
  doc.title = std::move(a.title);
  doc.text = std::move(a.text);
  doc.url = std::move(a.url);
  doc.date = a.date.empty() ? options.default_date : std::move(a.date);
  doc.source = name;
  doc.record = 1;
  ++report->documents_passed;
  sink(std::move(doc));
  return Status::Ok();
}

}  // namespace dyad::ingest
