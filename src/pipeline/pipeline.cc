#include "dyad/pipeline.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "parse/chunker.h"
#include "tag/lemmatizer.h"
#include "tag/tagger.h"
#include "text/segmenter.h"

namespace dyad {

// The data travels with the binary, so an installed or copied dyad (or one
// in a build tree) runs with no set-up and no path fixed at build time:
// P/bin/dyad finds P/share/dyad; build/dyad finds build/share/dyad, which
// CMake links to the source tree's data/. A binary without data beside it
// falls back to $DYAD_DATA.
std::string DefaultDataDir() {
  std::error_code ec;
  const std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const std::filesystem::path bin = exe.parent_path();
    for (const std::filesystem::path& dir : {bin / ".." / "share" / "dyad", bin / "share" / "dyad"}) {
      if (std::filesystem::is_regular_file(dir / "cameo" / "codebook.txt", ec)) return dir.lexically_normal().string();
    }
  }
  if (const char* env = std::getenv("DYAD_DATA"); env && *env) return env;
  return "";
}

struct Pipeline::Impl {
  std::unique_ptr<tag::Tagger> tagger;
  std::unique_ptr<tag::Lemmatizer> lemmatizer;
  parse::WordLists parse_words;
};

Pipeline::Pipeline(PipelineOptions options) : options_(std::move(options)), impl_(new Impl) {}
Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  std::unique_ptr<Pipeline> p(new Pipeline(options));
  if (p->options_.data_dir.empty()) p->options_.data_dir = DefaultDataDir();
  // The build compiles the tagger's and the lemmatizer's tables into
  // share/dyad/tag/ (tag/compiled_tables.h); each Load reads the text files
  // when its compiled file does not fit them.
  const std::string compiled = p->options_.data_dir.empty() ? "" : p->options_.data_dir + "/tag/";
  auto tagger = tag::Tagger::Load(p->options_.tagger_dir, p->options_.wordnet_dir,
                                  compiled.empty() ? "" : compiled + "tagger.bin");
  if (!tagger.ok()) return tagger.status();
  p->impl_->tagger = std::move(tagger).value();
  auto lemmatizer = tag::Lemmatizer::Load(p->options_.wordnet_dir, compiled.empty() ? "" : compiled + "lemmatizer.bin");
  if (!lemmatizer.ok()) return lemmatizer.status();
  p->impl_->lemmatizer = std::move(lemmatizer).value();
  if (p->options_.data_dir.empty()) {
    return Status::NotFound(
        "no dyad data (the parser's word lists): looked in share/dyad beside the binary and in $DYAD_DATA");
  }
  DYAD_RETURN_IF_ERROR(p->impl_->parse_words.Load(p->options_.data_dir + "/parse/words.txt"));
  return p;
}

void Pipeline::Segment(std::string_view full_text, size_t title_end, Analysis* out) const {
  out->Clear();
  text::Segment(full_text, title_end, out);
}
void Pipeline::Tag(Analysis* out) const { impl_->tagger->Tag(out); }
void Pipeline::Lemmatize(Analysis* out) const { impl_->lemmatizer->Lemmatize(out); }
void Pipeline::Parse(Analysis* out) const { parse::Parse(out, impl_->parse_words); }

void Pipeline::Analyze(std::string_view full_text, size_t title_end, Analysis* out) const {
  Segment(full_text, title_end, out);
  Tag(out);
  Lemmatize(out);
  Parse(out);
}

}  // namespace dyad
