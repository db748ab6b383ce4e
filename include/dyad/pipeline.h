// The language pipeline: one object that turns a Document into an Analysis
// (sentences, tokens, tags, lemmas, chunks, clauses). The CLI, the server and
// the benchmarks all use this same pipeline.
//
// Create() loads every lexical resource once; the Pipeline is then immutable
// and Analyze() may be called from many threads at once, each with its own
// Analysis object.
#ifndef DYAD_PIPELINE_H_
#define DYAD_PIPELINE_H_

#include <memory>
#include <string>

#include "dyad/analysis.h"
#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

struct PipelineOptions {
  // dyad's own dictionaries; empty: $DYAD_DATA, else the build's data folder.
  std::string data_dir;
  // Lingua::EN::Tagger lexicon (Debian's liblingua-en-tagger-perl).
  std::string tagger_dir = "/usr/share/perl5/Lingua/EN/Tagger";
  // WordNet database (Debian's wordnet-base).
  std::string wordnet_dir = "/usr/share/wordnet";
};

// Resolves PipelineOptions::data_dir when empty: share/dyad beside the running
// binary (P/share/dyad for P/bin/dyad once installed; build/share/dyad in a
// build tree), else $DYAD_DATA, else "" (Coder::Create then says where it
// looked).
std::string DefaultDataDir();

class Pipeline {
 public:
  static Result<std::unique_ptr<Pipeline>> Create(const PipelineOptions& options);
  ~Pipeline();

  // Analyses `full_text`, where the first `title_end` bytes are the title
  // (0 when none). `out` keeps a view of full_text: keep it alive.
  void Analyze(std::string_view full_text, size_t title_end, Analysis* out) const;

  // Stages, for callers that want part of the work (benchmarks, `dyad parse`).
  void Segment(std::string_view full_text, size_t title_end, Analysis* out) const;
  void Tag(Analysis* out) const;
  void Lemmatize(Analysis* out) const;
  void Parse(Analysis* out) const;

  const PipelineOptions& options() const { return options_; }

 private:
  struct Impl;
  explicit Pipeline(PipelineOptions options);
  PipelineOptions options_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad

#endif  // DYAD_PIPELINE_H_
