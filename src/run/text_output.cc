// The readable and JSON Lines forms of `dyad parse`, `dyad actors` and
// `dyad explain`, shared by the CLI and the language bindings so that each
// writes exactly what the other does.
#include <string>

#include "core/json.h"
#include "dyad/run.h"
#include "parse/chunker.h"

namespace dyad {
namespace {

std::string ChunkText(const Analysis& a, const Chunk& c) {
  std::string s;
  for (uint32_t t = c.first_token; t < c.end_token; ++t) {
    if (!s.empty()) s.push_back(' ');
    s.append(a.Surface(a.tokens[t]));
  }
  return s;
}

const char* TenseName(Tense t) {
  switch (t) {
    case Tense::kPast: return "past";
    case Tense::kPresent: return "present";
    case Tense::kFuture: return "future";
    default: return "";
  }
}

void WriteParseText(const Document& d, const Analysis& a, std::string* out) {
  for (size_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    out->append("# doc ").append(d.id).append(" sentence ").append(std::to_string(si));
    if (s.is_title) out->append(" (title)");
    if (s.is_dateline) out->append(" (dateline)");
    if (s.is_list_item) out->append(" (list item)");
    out->append("\n# ").append(a.text.substr(s.begin, s.end - s.begin)).append("\n");
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      const Token& tok = a.tokens[t];
      out->append(std::to_string(t - s.first_token)).append("\t");
      out->append(a.Surface(tok)).append("\t");
      out->append(PosTagName(tok.tag)).append("\t");
      out->append(a.Lemma(tok)).append("\t");
      out->append(std::to_string(tok.begin)).append("-").append(std::to_string(tok.end)).append("\n");
    }
    if (si < a.parses.size()) {
      const SentenceParse& p = a.parses[si];
      out->append("chunks:");
      for (uint32_t c = p.first_chunk; c < p.end_chunk; ++c) {
        const Chunk& ch = a.chunks[c];
        if (ch.kind == ChunkKind::kO) continue;
        out->append(" [").append(parse::ChunkKindName(ch.kind)).append(" ").append(ChunkText(a, ch));
        if (ch.kind == ChunkKind::kVP) {
          out->append(" |").append(TenseName(ch.tense));
          if (ch.voice == Voice::kPassive) out->append(",passive");
          if (ch.negated) out->append(",negated");
          if (ch.modal >= 0) out->append(",modal=").append(a.Lower(a.tokens[ch.modal]));
          if (ch.control >= 0) out->append(",control=").append(a.Lemma(a.tokens[ch.control]));
        }
        out->append("]");
      }
      out->append("\n");
      for (uint32_t c = p.first_clause; c < p.end_clause; ++c) {
        const Clause& cl = a.clauses[c];
        out->append("clause ").append(std::to_string(c - p.first_clause)).append(":");
        out->append(" verb=").append(ChunkText(a, a.chunks[cl.verb]));
        if (cl.subject >= 0) out->append(" subject=").append(ChunkText(a, a.chunks[cl.subject]));
        if (cl.object >= 0) out->append(" object=").append(ChunkText(a, a.chunks[cl.object]));
        if (cl.agent >= 0) out->append(" agent=").append(ChunkText(a, a.chunks[cl.agent]));
        for (const Attachment& at : cl.attachments) {
          out->append(" ").append(a.Lower(a.tokens[at.prep])).append("=");
          out->append(at.np >= 0 ? ChunkText(a, a.chunks[at.np]) : std::string("-"));
        }
        if (cl.reported) {
          out->append(" reported");
          if (cl.speaker >= 0) out->append("(speaker=").append(ChunkText(a, a.chunks[cl.speaker])).append(")");
        }
        if (cl.relative) out->append(" relative");
        if (cl.conditional) out->append(" conditional");
        out->append("\n");
      }
    }
    out->append("\n");
  }
}

void WriteParseJsonl(const Document& d, const Analysis& a, std::string* out) {
  for (size_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    out->append("{\"doc_id\":");
    json::AppendString(out, d.id);
    out->append(",\"sentence\":").append(std::to_string(si));
    out->append(",\"begin\":").append(std::to_string(s.begin));
    out->append(",\"end\":").append(std::to_string(s.end));
    if (s.is_title) out->append(",\"title\":true");
    if (s.is_dateline) out->append(",\"dateline\":true");
    if (s.is_list_item) out->append(",\"list_item\":true");
    out->append(",\"text\":");
    json::AppendString(out, a.text.substr(s.begin, s.end - s.begin));
    out->append(",\"tokens\":[");
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      const Token& tok = a.tokens[t];
      if (t != s.first_token) out->push_back(',');
      out->append("{\"text\":");
      json::AppendString(out, a.Surface(tok));
      out->append(",\"norm\":");
      json::AppendString(out, a.Norm(tok));
      out->append(",\"tag\":");
      json::AppendString(out, PosTagName(tok.tag));
      out->append(",\"lemma\":");
      json::AppendString(out, a.Lemma(tok));
      out->append(",\"begin\":").append(std::to_string(tok.begin));
      out->append(",\"end\":").append(std::to_string(tok.end)).append("}");
    }
    out->append("],\"chunks\":[");
    if (si < a.parses.size()) {
      const SentenceParse& p = a.parses[si];
      bool first = true;
      for (uint32_t c = p.first_chunk; c < p.end_chunk; ++c) {
        const Chunk& ch = a.chunks[c];
        if (ch.kind == ChunkKind::kO) continue;
        if (!first) out->push_back(',');
        first = false;
        out->append("{\"kind\":\"").append(parse::ChunkKindName(ch.kind)).append("\"");
        out->append(",\"first\":").append(std::to_string(ch.first_token - s.first_token));
        out->append(",\"end\":").append(std::to_string(ch.end_token - s.first_token));
        out->append(",\"head\":").append(std::to_string(ch.head - s.first_token));
        if (ch.kind == ChunkKind::kVP) {
          out->append(",\"tense\":\"").append(TenseName(ch.tense)).append("\"");
          out->append(",\"voice\":\"").append(ch.voice == Voice::kPassive ? "passive" : "active").append("\"");
          out->append(",\"negated\":").append(ch.negated ? "true" : "false");
          out->append(",\"modal\":");
          if (ch.modal >= 0) json::AppendString(out, a.Lower(a.tokens[ch.modal])); else out->append("null");
        }
        out->append(",\"text\":");
        json::AppendString(out, ChunkText(a, ch));
        out->append("}");
      }
      out->append("],\"clauses\":[");
      for (uint32_t c = p.first_clause; c < p.end_clause; ++c) {
        const Clause& cl = a.clauses[c];
        if (c != p.first_clause) out->push_back(',');
        auto np = [&](const char* key, int32_t idx) {
          out->append(",\"").append(key).append("\":");
          if (idx >= 0) json::AppendString(out, ChunkText(a, a.chunks[idx])); else out->append("null");
        };
        out->append("{\"verb\":");
        json::AppendString(out, ChunkText(a, a.chunks[cl.verb]));
        np("subject", cl.subject);
        np("object", cl.object);
        np("agent", cl.agent);
        np("speaker", cl.speaker);
        out->append(",\"reported\":").append(cl.reported ? "true" : "false");
        out->append(",\"relative\":").append(cl.relative ? "true" : "false");
        out->append(",\"conditional\":").append(cl.conditional ? "true" : "false");
        out->append(",\"attachments\":[");
        for (size_t k = 0; k < cl.attachments.size(); ++k) {
          if (k) out->push_back(',');
          out->append("{\"prep\":");
          json::AppendString(out, a.Lower(a.tokens[cl.attachments[k].prep]));
          np("np", cl.attachments[k].np);
          out->append("}");
        }
        out->append("]}");
      }
    } else {
      out->append("],\"clauses\":[");
    }
    out->append("]}\n");
  }
}


}  // namespace

void AppendParseText(const Document& d, const Analysis& a, std::string* out) { WriteParseText(d, a, out); }

void AppendParseJsonl(const Document& d, const Analysis& a, std::string* out) { WriteParseJsonl(d, a, out); }

void AppendActorMentions(const Document& d, const CodedDocument& c, bool jsonl, std::string* out) {
  const Analysis& a = c.analysis;
  for (const ActorMention& m : c.actors.mentions) {
    uint32_t b = a.tokens[m.first_token].begin, e = a.tokens[m.end_token - 1].end;
    std::string_view span = std::string_view(c.full_text).substr(b, e - b);
    if (jsonl) {
      out->append("{\"doc_id\":");
      json::AppendString(out, d.id);
      out->append(",\"sentence\":").append(std::to_string(m.sentence));
      out->append(",\"text\":");
      json::AppendString(out, span);
      out->append(",\"begin\":").append(std::to_string(b));
      out->append(",\"end\":").append(std::to_string(e));
      out->append(",\"code\":");
      json::AppendString(out, m.code);
      out->append(",\"how\":\"").append(ActorHowName(m.how)).append("\"");
      out->append(",\"detail\":");
      json::AppendString(out, m.detail);
      if (m.group >= 0) out->append(",\"compound\":").append(std::to_string(m.group));
      if (m.attributive) out->append(",\"attributive\":true");
      out->append("}\n");
    } else {
      out->append(d.id).append("\t").append(std::to_string(m.sentence)).append("\t");
      out->append(std::to_string(b)).append("-").append(std::to_string(e)).append("\t");
      out->append(span).append("\t").append(m.code).append("\t").append(ActorHowName(m.how));
      if (!m.detail.empty()) out->append(" (").append(m.detail).append(")");
      if (m.group >= 0) out->append(" [compound ").append(std::to_string(m.group)).append("]");
      if (m.attributive) out->append(" [attributive]");
      out->append("\n");
    }
  }
}

void AppendExplainText(const Document& d, const CodedDocument& c, int sentence, std::string* out) {
  const Analysis& a = c.analysis;
  for (uint32_t s = 0; s < a.sentences.size(); ++s) {
    if (sentence >= 0 && s != static_cast<uint32_t>(sentence)) continue;
    const Sentence& st = a.sentences[s];
    out->append("== doc ").append(d.id).append(" sentence ").append(std::to_string(s)).append("\n");
    out->append(c.full_text.substr(st.begin, st.end - st.begin)).append("\n");
    out->append("-- tokens:");
    for (uint32_t t = st.first_token; t < st.end_token; ++t) {
      out->append(" ").append(a.Surface(a.tokens[t])).append("/").append(PosTagName(a.tokens[t].tag));
    }
    out->append("\n-- chunks:");
    const SentenceParse& p = a.parses[s];
    for (uint32_t k = p.first_chunk; k < p.end_chunk; ++k) {
      const Chunk& ch = a.chunks[k];
      if (ch.kind == ChunkKind::kO) continue;
      out->append(" [").append(parse::ChunkKindName(ch.kind));
      for (uint32_t t = ch.first_token; t < ch.end_token; ++t) out->append(" ").append(a.Surface(a.tokens[t]));
      out->append("]");
    }
    out->append("\n-- clauses:\n");
    auto np = [&](int32_t k) {
      if (k < 0) return std::string("-");
      std::string s2;
      for (uint32_t t = a.chunks[k].first_token; t < a.chunks[k].end_token; ++t) {
        if (!s2.empty()) s2.push_back(' ');
        s2.append(a.Surface(a.tokens[t]));
      }
      return s2;
    };
    for (uint32_t k = p.first_clause; k < p.end_clause; ++k) {
      const Clause& cl = a.clauses[k];
      const Chunk& v = a.chunks[cl.verb];
      out->append("   verb=").append(np(cl.verb)).append(" (lemma ").append(a.Lemma(a.tokens[v.head])).append(")");
      out->append(" subject=").append(np(cl.subject)).append(" object=").append(np(cl.object));
      if (cl.agent >= 0) out->append(" by=").append(np(cl.agent));
      if (v.negated) out->append(" negated");
      if (v.tense == Tense::kFuture) out->append(" future");
      if (v.control >= 0) out->append(" control=").append(a.Lemma(a.tokens[v.control]));
      if (v.voice == Voice::kPassive) out->append(" passive");
      if (cl.conditional) out->append(" conditional");
      if (cl.reported) out->append(" reported(speaker=").append(np(cl.speaker)).append(")");
      out->append("\n");
    }
    out->append("-- actors:\n");
    for (const ActorMention& m : c.actors.mentions) {
      if (m.sentence != s) continue;
      out->append("   ").append(np(m.chunk) == "-" ? std::string(a.Surface(a.tokens[m.first_token])) : np(m.chunk));
      out->append(" => ").append(m.code).append(" (").append(ActorHowName(m.how));
      if (!m.detail.empty()) out->append(": ").append(m.detail);
      out->append(")");
      if (m.attributive) out->append(" [attributive: not an actor here]");
      out->append("\n");
    }
    out->append("-- coding:\n");
    for (const ExplainLine& l : c.explain) {
      if (l.sentence == s) out->append("   ").append(l.text).append("\n");
    }
    out->append("\n");
  }
}

}  // namespace dyad
