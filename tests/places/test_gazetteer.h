// A small gazetteer written here for the places and events tests: a few
// countries, regions and cities (in the packages' own formats) with the
// ambiguities the resolver has to settle (two Hyderabads, a town called March,
// Georgia the state, Alabama the state and a town called Alabama, Taiwan's "Republic of China",
// São Tomé's code "ST"), and dyad's own region abbreviations ("Ga."). Compiled with the real compiler (tools/geo).
#ifndef DYAD_TESTS_PLACES_TEST_GAZETTEER_H_
#define DYAD_TESTS_PLACES_TEST_GAZETTEER_H_

#include <filesystem>
#include <fstream>
#include <string>

#include "geo/gazetteer_compiler.h"

namespace dyad::places::testing {

inline void WriteFile(const std::filesystem::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

// One GeoNames cities1000 line (19 tab-separated fields).
inline std::string City(const std::string& name, const std::string& alternates, double lat, double lon,
                        const std::string& fcode, const std::string& cc2, const std::string& admin1,
                        long population) {
  return "1\t" + name + "\t" + name + "\t" + alternates + "\t" + std::to_string(lat) + "\t" + std::to_string(lon) +
         "\tP\t" + fcode + "\t" + cc2 + "\t\t" + admin1 + "\t\t\t\t" + std::to_string(population) +
         "\t\t0\tUTC\t2020-01-01\n";
}

// Writes the fixture's sources into `dir` (which must exist).
inline GazetteerSources WriteFixtureSources(const std::filesystem::path& dir) {
  WriteFile(dir / "countries.json", R"([
    {"name":{"common":"China","official":"People's Republic of China"},"cca2":"CN","cca3":"CHN","latlng":[35,105],"altSpellings":["CN","Zhongguo"],"region":"Asia","subregion":"Eastern Asia","demonyms":{"eng":{"f":"Chinese","m":"Chinese"}}},
    {"name":{"common":"Iraq","official":"Republic of Iraq"},"cca2":"IQ","cca3":"IRQ","latlng":[33,44],"altSpellings":["IQ"]},
    {"name":{"common":"Syria","official":"Syrian Arab Republic"},"cca2":"SY","cca3":"SYR","latlng":[35,38],"altSpellings":["SY"]},
    {"name":{"common":"India","official":"Republic of India"},"cca2":"IN","cca3":"IND","latlng":[20,77],"altSpellings":["IN","Bharat"],"region":"Asia","subregion":"Southern Asia","demonyms":{"eng":{"f":"Indian","m":"Indian"}}},
    {"name":{"common":"Pakistan","official":"Islamic Republic of Pakistan"},"cca2":"PK","cca3":"PAK","latlng":[30,70],"altSpellings":["PK"],"region":"Asia","subregion":"Southern Asia","demonyms":{"eng":{"f":"Pakistani","m":"Pakistani"}}},
    {"name":{"common":"United Kingdom","official":"United Kingdom of Great Britain and Northern Ireland"},"cca2":"GB","cca3":"GBR","latlng":[54,-2],"altSpellings":["GB","UK"]},
    {"name":{"common":"United States","official":"United States of America"},"cca2":"US","cca3":"USA","latlng":[38,-97],"altSpellings":["US","USA"],"region":"Americas","subregion":"North America","demonyms":{"eng":{"f":"American","m":"American"}}},
    {"name":{"common":"Ukraine","official":"Ukraine"},"cca2":"UA","cca3":"UKR","latlng":[49,32],"altSpellings":["UA"],"region":"Europe","subregion":"Eastern Europe","demonyms":{"eng":{"f":"Ukrainian","m":"Ukrainian"}}},
    {"name":{"common":"Turkey","official":"Republic of Turkey"},"cca2":"TR","cca3":"TUR","latlng":[39,35],"altSpellings":["TR"],"region":"Asia","subregion":"Western Asia","demonyms":{"eng":{"f":"Turkish","m":"Turkish"}}},
    {"name":{"common":"Taiwan","official":"Republic of China"},"cca2":"TW","cca3":"TWN","latlng":[23.5,121],"altSpellings":["TW","ROC"],"region":"Asia","subregion":"Eastern Asia"},
    {"name":{"common":"Sao Tome and Principe","official":"Democratic Republic of Sao Tome and Principe"},"cca2":"ST","cca3":"STP","latlng":[1,7],"altSpellings":["ST"],"region":"Africa","subregion":"Middle Africa"},
    {"name":{"common":"Australia","official":"Commonwealth of Australia"},"cca2":"AU","cca3":"AUS","latlng":[-27,133],"altSpellings":["AU"],"region":"Oceania","subregion":"Australia and New Zealand"},
    {"name":{"common":"Fiji","official":"Republic of Fiji"},"cca2":"FJ","cca3":"FJI","latlng":[-18,175],"altSpellings":["FJ"],"region":"Oceania","subregion":"Melanesia"},
    {"name":{"common":"Samoa","official":"Independent State of Samoa"},"cca2":"WS","cca3":"WSM","latlng":[-13.6,-172.3],"altSpellings":["WS"],"region":"Oceania","subregion":"Polynesia"}
  ])");
  WriteFile(dir / "regions.json", R"({
    "CN":{"iso3":"CHN","regions":[{"name":"Beijing","names":{"geonames":"Beijing","en":"Beijing"},"admin":"22"},
                                  {"name":"Guangdong","names":{"geonames":"Guangdong","en":"Guangdong"},"admin":"30"}]},
    "IQ":{"iso3":"IRQ","regions":[{"name":"Al Anbar Governorate","names":{"geonames":"Anbar","en":"Al Anbar Governorate"},"admin":"01"}]},
    "SY":{"iso3":"SYR","regions":[{"name":"Latakia Governorate","names":{"geonames":"Latakia","en":"Latakia Governorate"},"admin":"02"}]},
    "IN":{"iso3":"IND","regions":[{"name":"Telangana","names":{"geonames":"Telangana","en":"Telangana"},"admin":"40"}]},
    "PK":{"iso3":"PAK","regions":[{"name":"Sindh","names":{"geonames":"Sindh","en":"Sindh"},"admin":"05","iso":"SND"}]},
    "US":{"iso3":"USA","regions":[{"name":"Georgia","names":{"geonames":"Georgia","en":"Georgia"},"admin":"GA"},
                                  {"name":"Alabama","names":{"geonames":"Alabama","en":"Alabama"},"admin":"AL"}]},
    "UA":{"iso3":"UKR","reference":{"geonames":690791},"regions":[{"name":"Kharkiv","names":{"geonames":"Kharkiv Oblast","en":"Kharkiv Oblast"},"admin":"07","reference":{"geonames":706482}}]},
    "XX":{"iso3":"XXX","regions":[{"name":"Nowhere","admin":"01"}]}
  })");
  std::string cities = City("Beijing", "Peking,Pekin,BJS", 39.9075, 116.39723, "PPLC", "CN", "22", 11716620) +
                       City("Shenzhen", "", 22.54554, 114.0683, "PPLA2", "CN", "30", 10358381) +
                       City("Ramadi", "", 33.42056, 43.30778, "PPLA", "IQ", "01", 274539) +
                       City("Fallujah", "", 33.35, 43.78, "PPL", "IQ", "01", 190159) +
                       City("Latakia", "", 35.51484, 35.78, "PPLA", "SY", "02", 340181) +
                       City("Hyderabad", "", 17.38405, 78.45636, "PPLA", "IN", "40", 6809970) +
                       City("Hyderabad", "", 25.39242, 68.37366, "PPL", "PK", "05", 1386330) +
                       City("Karachi", "", 24.8608, 67.0104, "PPLA", "PK", "05", 11624219) +
                       City("Wagah", "", 31.6047, 74.5731, "PPL", "PK", "05", 2000) +
                       City("March", "", 52.55, 0.08, "PPL", "GB", "ENG", 22298) +
                       City("Atlanta", "", 33.749, -84.388, "PPLA", "US", "GA", 463878) +
                       City("Council", "", 44.73, -116.44, "PPLA2", "US", "ID", 1000) +
                       City("Montgomery", "", 32.37, -86.30, "PPLA", "US", "AL", 200000) +
                       City("Alabama", "", 43.10, -78.39, "PPLA2", "US", "NY", 20000) +
                       City("Kharkiv", "Kharkov", 49.98, 36.25, "PPLA", "UA", "07", 1430885) +
                       City("Oldtown", "", 1, 1, "PPLH", "PK", "05", 5000) + "short\tline\n";
  WriteFile(dir / "cities.txt", cities);
  WriteFile(dir / "abbreviations.tsv", "# press forms\nUS\tUS\nGa.\tUS\tGA\nAla.\tUS\tAL\n");
  return GazetteerSources{(dir / "cities.txt").string(), (dir / "regions.json").string(),
                          (dir / "countries.json").string(), (dir / "abbreviations.tsv").string()};
}

}  // namespace dyad::places::testing

#endif  // DYAD_TESTS_PLACES_TEST_GAZETTEER_H_
