// Place mentions: every name of a place in a document (towns, provinces,
// countries, continents and world regions, and demonyms such as "Turkish"),
// each resolved to one gazetteer entry with the evidence that decided it.
// Coder::FindPlaces fills them; `dyad places` writes them.
//
// A PlaceMention is a plain value: it owns its strings and refers to nothing
// else, so it may be copied and moved between threads freely.
#ifndef DYAD_PLACES_H_
#define DYAD_PLACES_H_

#include <cstdint>
#include <string>

namespace dyad {

struct PlaceMention {
  uint32_t sentence = 0;
  uint32_t begin = 0, end = 0;  // byte offsets into the document text, end exclusive
  bool demonym = false;         // "Turkish": names the country it belongs to
  // The resolved place; `resolved` is false (and the rest empty) when the
  // name was recognised but no reading had enough support.
  bool resolved = false;
  std::string name;              // "Kharkiv"
  std::string country;           // ISO 3166-1 alpha-3, "" for continents and world regions
  std::string admin1;            // first-level division, when known
  uint32_t geonameid = 0;        // 0 when the sources give none
  double latitude = 0, longitude = 0;
  std::string feature_class;     // GeoNames: "P" populated place, "A" division or country, "L" area
  std::string feature_code;      // GeoNames: "PPLA", "ADM1", "PCLI", "CONT", "RGN"
  // The evidence that chose this reading over the name's others: "population"
  // (the prior alone), "story country" (a country of the story's actors or
  // places), "nearby place" ("X, Y", "X in Y", "Iraq's Anbar"), "nearby place
  // elsewhere" (the same name written "X, Y" elsewhere in the story), "type
  // word" ("the city of", "province"), "only reading".
  const char* how = "";
};

}  // namespace dyad

#endif  // DYAD_PLACES_H_
