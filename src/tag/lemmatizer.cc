// PLACEHOLDER until the lemmatizer lands.
#include "tag/lemmatizer.h"

namespace dyad::tag {
namespace {
class NullLemmatizer : public Lemmatizer {
 public:
  std::string_view Lemma(std::string_view lower, PosTag) const override { return lower; }
  void Lemmatize(Analysis*) const override {}
};
}  // namespace

Result<std::unique_ptr<Lemmatizer>> Lemmatizer::Load(const std::string& dir) {
  return std::unique_ptr<Lemmatizer>(new NullLemmatizer());
}

}  // namespace dyad::tag
