// Runs `dyad extract --format jsonl` over the shared article-extraction
// benchmark and scores it with the shared scorer. The floor is the F1 the
// extractor reached when this test was written (0.976), less a small margin
// so that an unrelated change of a token or two does not fail it; a real
// regression of the method does.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

constexpr double kMinF1 = 0.97;

std::string Capture(const std::string& command) {
  std::string out;
  FILE* p = popen(command.c_str(), "r");
  if (!p) return out;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  pclose(p);
  return out;
}

TEST(ExtractionBenchmarkTest, F1OnSharedBenchmark) {
  const std::filesystem::path shared =
      std::filesystem::path(DYAD_SOURCE_DIR).parent_path() / "shared";
  const auto pages = shared / "html-extraction" / "html";
  const auto truth = shared / "html-extraction" / "ground-truth.json";
  const auto scorer = shared / "tools" / "score-extraction";
  if (!std::filesystem::exists(pages) || !std::filesystem::exists(scorer)) {
    GTEST_SKIP() << "the shared benchmark is not present at " << shared;
  }
  const std::filesystem::path dyad = std::filesystem::path(DYAD_BINARY_DIR) / "dyad";
  if (!std::filesystem::exists(dyad)) GTEST_SKIP() << "the dyad binary is not built: " << dyad;
  if (std::system("python3 --version > /dev/null 2>&1") != 0) GTEST_SKIP() << "no python3";
  // (One file per process: test runs of two checkouts may overlap.)
  const auto out = std::filesystem::temp_directory_path() /
                   ("dyad_extraction_benchmark." + std::to_string(::getpid()) + ".jsonl");
  // Some benchmark pages are not in English; extraction keeps them (its
  // default) and is scored on all.
  const std::string extract = "'" + dyad.string() + "' extract --format jsonl '" +
                              pages.string() + "' > '" + out.string() + "' 2>/dev/null";
  ASSERT_EQ(std::system(extract.c_str()), 0);
  const std::string report =
      Capture("python3 '" + scorer.string() + "' '" + truth.string() + "' '" + out.string() + "'");
  std::filesystem::remove(out);
  const size_t at = report.find("f1: ");
  ASSERT_NE(at, std::string::npos) << report;
  const double f1 = std::atof(report.c_str() + at + 4);
  EXPECT_NE(report.find("missing_predictions: 0"), std::string::npos) << report;
  EXPECT_GE(f1, kMinF1) << report;
}

}  // namespace
