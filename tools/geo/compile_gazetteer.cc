// Build step: compiles the npm-installed GeoNames-derived data into the
// gazetteer file dyad loads at start-up (sources: gazetteer_compiler.h).
// Usage: dyad_gazetteer NODE_MODULES_DIR OUT_FILE [ABBREVIATIONS_TSV]
#include <cstdio>

#include "geo/gazetteer_compiler.h"

int main(int argc, char** argv) {
  if (argc != 3 && argc != 4) {
    std::fprintf(stderr, "usage: %s NODE_MODULES_DIR OUT_FILE [ABBREVIATIONS_TSV]\n", argv[0]);
    return 2;
  }
  std::string summary;
  dyad::Status st =
      dyad::places::CompileGazetteer(dyad::places::NpmSources(argv[1], argc == 4 ? argv[3] : ""), argv[2], &summary);
  if (!st.ok()) {
    std::fprintf(stderr, "dyad_gazetteer: %s\n", st.ToString().c_str());
    return 1;
  }
  std::fprintf(stderr, "dyad_gazetteer: %s -> %s\n", summary.c_str(), argv[2]);
  return 0;
}
