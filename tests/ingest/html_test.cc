#include "ingest/html.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/document.h"
#include "ingest/charset.h"

namespace dyad::ingest {
namespace {

bool Contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

// A news page with every kind of boilerplate around a three-paragraph story.
std::string NewsPage(const std::string& head_extra = "", const std::string& body_extra = "") {
  return "<!doctype html><html><head><title>Storm hits coast | The Daily</title>" + head_extra +
         "</head><body>"
         "<div class=\"cookie-banner\">We use cookies to improve your experience. Accept all "
         "cookies to continue reading this site, or manage your settings.</div>"
         "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>"
         "<div class=\"page\"><article class=\"story\"><h1>Storm hits coast</h1>"
         "<p>The storm reached the northern coast on Tuesday, flooding three towns and cutting "
         "power to thousands of homes, officials said.</p>"
         "<figure><img src=\"a.jpg\"><figcaption>Waves break over the sea wall, in a photo "
         "taken by a reader on Tuesday morning.</figcaption></figure>"
         "<div class=\"ad-slot\">Advertisement: buy the best umbrellas online today, with "
         "free delivery on all orders.</div>"
         "<p>Rescue teams worked through the night, and the regional governor asked the army for "
         "help with the evacuation of the low-lying districts.</p>"
         "<h2>Damage</h2>"
         "<p>Insurers expect claims to run into millions, according to an industry group, "
         "which said the damage was the worst in a decade.</p>" +
         body_extra +
         "<ul class=\"links\"><li><a href=\"/a\">Floods in the south: what we know so far</a></li>"
         "<li><a href=\"/b\">Ten photos of the week's weather across the country</a></li>"
         "<li><a href=\"/c\">Opinion: we need better sea defences now, before the next storm</a>"
         "</li></ul></article>"
         "<section id=\"comments\"><p>Reader one: this is terrible news, and the council should "
         "have acted sooner, in my view.</p></section></div>"
         "<footer><p>Copyright The Daily, all rights reserved, 2024. Terms, privacy and cookies."
         "</p></footer></body></html>";
}

TEST(HtmlExtractTest, KeepsTheArticleAndDropsBoilerplate) {
  const HtmlArticle a = ExtractArticle(NewsPage());
  EXPECT_TRUE(Contains(a.text, "The storm reached the northern coast on Tuesday")) << a.text;
  EXPECT_TRUE(Contains(a.text, "Rescue teams worked through the night")) << a.text;
  EXPECT_TRUE(Contains(a.text, "Damage")) << a.text;
  EXPECT_TRUE(Contains(a.text, "worst in a decade.")) << a.text;
  for (const char* boiler : {"cookies", "Home", "Waves break", "umbrellas", "Floods in the south",
                             "Reader one", "Copyright"}) {
    EXPECT_FALSE(Contains(a.text, boiler)) << boiler << " in:\n" << a.text;
  }
  // Paragraphs are separated by blank lines, in document order.
  EXPECT_LT(a.text.find("storm reached"), a.text.find("Rescue teams"));
  EXPECT_TRUE(Contains(a.text, "officials said.\n\nRescue")) << a.text;
  EXPECT_EQ(a.title, "Storm hits coast");
}

struct MetaCase {
  const char* name;
  std::string head;
  std::string body;
  const char* date;
  const char* url;
};

TEST(HtmlExtractTest, MetadataFromEveryKindOfSource) {
  const std::vector<MetaCase> cases = {
      {"article:published_time",
       "<meta property=\"article:published_time\" content=\"2019-11-18T08:00:00-05:00\">"
       "<link rel=\"canonical\" href=\"https://news.example/a\">",
       "", "2019-11-18", "https://news.example/a"},
      {"itemprop on meta", "<meta itemprop=\"datePublished\" content=\"2020-02-29\">"
                           "<meta property=\"og:url\" content=\"https://og.example/b\">",
       "", "2020-02-29", "https://og.example/b"},
      {"JSON-LD",
       "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"dateModified\":"
       "\"2021-01-05T00:00:00Z\",\"datePublished\" : \"2021-01-04T10:00:00.000+0000\"}</script>",
       "", "2021-01-04", ""},
      {"time element", "", "<time datetime=\"2018-07-01T12:00\">July 1</time>", "2018-07-01", ""},
      {"published beats modified",
       "<meta property=\"article:modified_time\" content=\"2022-05-06\">"
       "<meta name=\"pubdate\" content=\"2022-05-01\">",
       "", "2022-05-01", ""},
      {"no date", "", "", "", ""},
      {"not a date", "<meta property=\"article:published_time\" content=\"yesterday\">", "", "", ""},
  };
  for (const MetaCase& c : cases) {
    const HtmlArticle a = ExtractArticle(NewsPage(c.head, c.body));
    EXPECT_EQ(a.date, c.date) << c.name;
    EXPECT_EQ(a.url, c.url) << c.name;
  }
}

TEST(HtmlExtractTest, LinkDenseListsAtTheEndAreDropped) {
  std::string more = "<div class=\"more\"><h3>More from us</h3>";
  for (int i = 0; i < 8; ++i) {
    more += "<p><a href=\"/s" + std::to_string(i) + "\">Another headline about something that "
            "happened elsewhere, number " + std::to_string(i) + "</a></p>";
  }
  more += "</div>";
  const HtmlArticle a = ExtractArticle(NewsPage("", more));
  EXPECT_TRUE(Contains(a.text, "worst in a decade.")) << a.text;
  EXPECT_FALSE(Contains(a.text, "Another headline")) << a.text;
}

TEST(HtmlExtractTest, HostileAndDegenerateInputs) {
  // 100,000 nested divs: neither gumbo nor the extractor may recurse that
  // deep, and the text at the bottom must survive.
  std::string deep = "<html><body>";
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "<p>Text at the bottom of a very deep page.</p>";
  for (int i = 0; i < 100000; ++i) deep += "</div>";
  deep += "</body></html>";
  EXPECT_TRUE(Contains(ExtractArticle(deep).text, "Text at the bottom")) << "deep divs";

  std::string formatting = "<p>";
  for (int i = 0; i < 50000; ++i) formatting += "<b><i>";
  formatting += "styled words";
  EXPECT_TRUE(Contains(ExtractArticle(formatting).text, "styled words"));

  for (const std::string& junk :
       {std::string(), std::string("<"), std::string("<html"), std::string("</p></div></body>"),
        std::string("\0\0<p>\0</p>", 10), std::string("<script>never closed"),
        std::string("<!-- unterminated comment <p>x</p>")}) {
    const HtmlArticle a = ExtractArticle(junk);
    std::string text = a.text;
    EXPECT_EQ(RepairUtf8(&text), 0u);
  }
}

TEST(HtmlReaderTest, CharsetsAreConvertedOrRepaired) {
  const std::string para = "Caf\xE9 owners in the old town said on Monday that the new rules "
                           "would hurt trade \x96 and \x93tourism\x94 too.";
  std::vector<std::pair<std::string, bool>> pages = {
      {"<meta charset=\"windows-1252\"><p>" + para + "</p>", true},
      {"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>" + para +
           "</p>",
       true},
      {"<p>" + para + "</p>", false},  // no charset: invalid UTF-8, repaired
  };
  for (const auto& [page, converted] : pages) {
    ReadReport report;
    std::vector<Document> docs;
    ASSERT_TRUE(ReadHtmlBuffer(page, "x/page.html", {}, [&](Document&& d) { docs.push_back(d); },
                               &report)
                    .ok());
    ASSERT_EQ(docs.size(), 1u);
    std::string text = docs[0].text;
    EXPECT_EQ(RepairUtf8(&text), 0u);
    if (converted) {
      EXPECT_TRUE(Contains(docs[0].text, "Caf\xC3\xA9 owners")) << docs[0].text;
      EXPECT_TRUE(Contains(docs[0].text, "\xE2\x80\x9Ctourism\xE2\x80\x9D")) << docs[0].text;
      EXPECT_EQ(report.repaired_utf8, 0u);
    } else {
      EXPECT_TRUE(Contains(docs[0].text, "Caf\xEF\xBF\xBD owners")) << docs[0].text;
      EXPECT_EQ(report.repaired_utf8, 1u);
      ASSERT_EQ(report.problems.size(), 1u);
    }
    EXPECT_EQ(report.documents_read, 1u);
    EXPECT_EQ(report.documents_passed, 1u);
  }
}

TEST(HtmlReaderTest, IdDropsHtmlAndCompressionExtensions) {
  EXPECT_EQ(HtmlId("/a/b/0e01.html.gz"), "0e01");
  EXPECT_EQ(HtmlId("story.htm"), "story");
  EXPECT_EQ(HtmlId("v1.2.html"), "v1.2");
  EXPECT_EQ(HtmlId("page"), "page");
}

TEST(CharsetTest, DeclaredCharsets) {
  EXPECT_EQ(CharsetFromContentType("text/html; Charset=\"UTF-8\""), "utf-8");
  EXPECT_EQ(CharsetFromContentType("text/html"), "");
  EXPECT_EQ(SniffMetaCharset("<html><head><META CHARSET=latin1>"), "latin1");
  std::string out, note;
  EXPECT_FALSE(ToUtf8("abc\xFF", "shift_jis", &out, &note));
  EXPECT_EQ(out, "abc\xEF\xBF\xBD");
  EXPECT_TRUE(Contains(note, "shift_jis"));
}

}  // namespace
}  // namespace dyad::ingest
