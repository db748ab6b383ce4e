// `dyad parse`: sentences, tokens, tags, lemmas, chunks and clauses.
#include <string>

#include "commands.h"
#include "dyad/run.h"
#include "core/json.h"
#include "parse/chunker.h"

namespace dyad::cli {
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

void WriteText(const Document& d, const Analysis& a, std::string* out) {
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

void WriteJsonl(const Document& d, const Analysis& a, std::string* out) {
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

void RegisterParse(CLI::App* app, int* rc) {
  auto* o = NewOptions<InputOptions>();
  CLI::App* cmd = app->add_subcommand(
      "parse", "Print each sentence with its tokens, tags, lemmas, chunks and clauses");
  AddInputOptions(cmd, o);
  cmd->add_option("--format", o->format, "Output format: text, jsonl, or none (analyse only: for timing)")
      ->check(CLI::IsMember({"text", "jsonl", "none"}));
  cmd->callback([o, rc] {
    auto pipeline = MakePipeline(*o);
    if (!pipeline) { *rc = 1; return; }
    Corpus corpus(MakeReadOptions(*o));
    Analysis a;
    std::string full;
    const bool written = PrintEachDocument(*o, &corpus, "parsed", [&](Document&& d, std::string* buf) {
      full = d.FullText();
      pipeline->Analyze(full, d.title.size(), &a);
      if (o->format == "jsonl") WriteJsonl(d, a, buf); else if (o->format == "text") WriteText(d, a, buf);
      corpus.CountSentences(a.sentences.size());
      corpus.CountCoded(!a.sentences.empty());
    });
    *rc = written ? corpus.ExitCode() : 1;
  });
}

}  // namespace dyad::cli
