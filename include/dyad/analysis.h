// The analysed form of one document: sentences, tokens, part-of-speech tags,
// lemmas, phrase chunks and clauses.
//
// An Analysis is produced by a Pipeline (pipeline.h) and owned by the caller.
// Tokens refer to the document text by byte offsets, and to their normalised
// form and lemma by offsets into the Analysis's own string arena, so that
// making an Analysis allocates per document, not per token. Reusing one
// Analysis object for many documents reuses its buffers. An Analysis is a
// plain value: not thread-safe to mutate, safe to read from many threads.
#ifndef DYAD_ANALYSIS_H_
#define DYAD_ANALYSIS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad {

// Penn Treebank part-of-speech tags.
enum class PosTag : uint8_t {
  kNone = 0,
  kCC, kCD, kDT, kEX, kFW, kIN, kJJ, kJJR, kJJS, kLS, kMD, kNN, kNNS, kNNP,
  kNNPS, kPDT, kPOS, kPRP, kPRPS /* PRP$ */, kRB, kRBR, kRBS, kRP, kSYM, kTO,
  kUH, kVB, kVBD, kVBG, kVBN, kVBP, kVBZ, kWDT, kWP, kWPS /* WP$ */, kWRB,
  kOpenQuote /* `` */, kCloseQuote /* '' */, kComma, kPeriod /* . */,
  kColon /* : */, kLRB, kRRB, kDollar, kHash,
  kCount
};
// "NN", "PRP$", "-LRB-", ... ; "" for kNone.
std::string_view PosTagName(PosTag tag);
// Inverse of PosTagName; kNone when unknown.
PosTag PosTagFromName(std::string_view name);
inline bool IsNoun(PosTag t) { return t >= PosTag::kNN && t <= PosTag::kNNPS; }
inline bool IsVerb(PosTag t) { return t >= PosTag::kVB && t <= PosTag::kVBZ; }
inline bool IsAdjective(PosTag t) { return t >= PosTag::kJJ && t <= PosTag::kJJS; }

// Token flags (bit set).
enum TokenFlag : uint16_t {
  kTokCapitalized = 1 << 0,  // first letter upper case
  kTokAllCaps = 1 << 1,      // two or more letters, all upper case
  kTokNumber = 1 << 2,       // digits, possibly with , . separators
  kTokHyphenated = 1 << 3,   // letters joined by an inner hyphen
  kTokPunct = 1 << 4,        // punctuation only
  kTokSentenceStart = 1 << 5,
  kTokAbbreviation = 1 << 6, // ends with a period that belongs to the word
  kTokQuote = 1 << 7,        // a quotation mark (after normalisation " or ')
  kTokHasDigit = 1 << 8,
  kTokLineStart = 1 << 9,    // first token on its line in the source text
};

struct Token {
  uint32_t begin = 0;       // byte offset in the document's full text
  uint32_t end = 0;         // one past the last byte
  uint32_t norm_off = 0;    // normalised form: arena[norm_off, norm_off+norm_len)
  uint16_t norm_len = 0;
  uint16_t flags = 0;
  uint32_t lower_off = 0;   // lower-cased normalised form in the arena
  uint16_t lower_len = 0;
  uint16_t lemma_len = 0;
  uint32_t lemma_off = 0;   // lemma (lower case) in the arena
  PosTag tag = PosTag::kNone;
};

struct Sentence {
  uint32_t begin = 0, end = 0;              // byte span in the full text
  uint32_t first_token = 0, end_token = 0;  // token index range [first, end)
  bool is_title = false;
  bool is_list_item = false;                // a bullet line ("- ...", "* ...")
  bool is_dateline = false;                 // "BEIJING, Nov. 18 (Xinhua) --"
};

enum class ChunkKind : uint8_t { kNP, kVP, kPP, kADJP, kADVP, kO };

enum class Tense : uint8_t { kNone, kPresent, kPast, kFuture };
enum class Voice : uint8_t { kActive, kPassive };

struct Chunk {
  ChunkKind kind = ChunkKind::kO;
  uint32_t first_token = 0, end_token = 0;  // [first, end)
  uint32_t head = 0;                         // token index of the head word
  // Verb groups only.
  Tense tense = Tense::kNone;
  Voice voice = Voice::kActive;
  bool negated = false;
  int32_t modal = -1;        // token index of the modal (will, could, ...) or -1
  bool infinitive = false;   // "to VERB"
  bool progressive = false;
  bool perfect = false;
  // Verb chains ("will continue to strengthen", "refused to meet"): the head
  // is the last verb; `control` is the token index of the verb that governs
  // it ("continue", "refused"), or -1.
  int32_t control = -1;
};

// A prepositional attachment of a verb: "with Russia", "in Beijing".
struct Attachment {
  uint32_t prep = 0;   // token index of the preposition
  int32_t np = -1;     // chunk index of its noun phrase, -1 when none
};

// One clause around one verb group.
struct Clause {
  int32_t verb = -1;         // chunk index of the verb group
  int32_t subject = -1;      // chunk index of the subject NP, -1 when none
  int32_t object = -1;       // chunk index of the direct object NP
  int32_t agent = -1;        // passive "by" NP
  uint32_t first_token = 0, end_token = 0;
  std::vector<Attachment> attachments;
  int32_t parent = -1;       // clause index this one is subordinate to
  int32_t speaker = -1;      // reported speech: NP chunk of the speaker ("X said")
  bool reported = false;     // this clause is the content of reported speech
  bool relative = false;     // relative clause ("who ...", "which ...")
  bool conditional = false;  // under "if", "whether", "unless"; or a question
  int32_t coordinated_with = -1;  // clause index sharing this one's subject
};

struct SentenceParse {
  uint32_t first_chunk = 0, end_chunk = 0;    // into Analysis::chunks
  uint32_t first_clause = 0, end_clause = 0;  // into Analysis::clauses
};

class Analysis {
 public:
  std::string_view text;            // the document's full text (not owned)
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Chunk> chunks;
  std::vector<Clause> clauses;
  std::vector<SentenceParse> parses;  // one per sentence
  std::string arena;                  // backing store of norm/lower/lemma

  void Clear();
  std::string_view Surface(const Token& t) const { return text.substr(t.begin, t.end - t.begin); }
  std::string_view Norm(const Token& t) const { return {arena.data() + t.norm_off, t.norm_len}; }
  std::string_view Lower(const Token& t) const { return {arena.data() + t.lower_off, t.lower_len}; }
  std::string_view Lemma(const Token& t) const {
    return t.lemma_len ? std::string_view(arena.data() + t.lemma_off, t.lemma_len) : Lower(t);
  }
};

}  // namespace dyad

#endif  // DYAD_ANALYSIS_H_
