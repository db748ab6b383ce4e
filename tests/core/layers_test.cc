// The folders of src/ form layers that only point down: a folder includes
// headers of its own folder and of folders below it, never above, so there is
// no cycle between folders. The order is written once, in HACKING.md ("Layers"),
// and read from there; a public header (include/dyad/X.h) counts as part of
// the folder that implements it, listed on the same page, both when it is
// included and for what it includes itself.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace dyad {
namespace {

namespace fs = std::filesystem;

struct Layers {
  std::map<std::string, int> rank;                  // folder -> position, lowest first
  std::map<std::string, std::string> header_owner;  // "dyad/x.h" -> folder
};

std::string ReadFile(const fs::path& p) {
  std::ifstream in(p);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// HACKING.md holds, in its "Layers" section, a line
//   layers: core < ingest < text < ...
// and lines
//   public: FOLDER: a.h b.h
Layers ReadLayers(std::string* error) {
  Layers l;
  std::istringstream in(ReadFile(fs::path(DYAD_SOURCE_DIR) / "HACKING.md"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("layers: ", 0) == 0) {
      std::istringstream words(line.substr(8));
      std::string w;
      int r = 0;
      while (words >> w) {
        if (w != "<") l.rank[w] = r++;
      }
    } else if (line.rfind("public: ", 0) == 0) {
      std::istringstream words(line.substr(8));
      std::string folder, h;
      words >> folder;
      if (!folder.empty() && folder.back() == ':') folder.pop_back();
      while (words >> h) l.header_owner["dyad/" + h] = folder;
    }
  }
  if (l.rank.empty()) *error = "HACKING.md has no \"layers: a < b < ...\" line";
  return l;
}

// Folder-level include edges: from folder -> {to folder -> one example}.
using Graph = std::map<std::string, std::map<std::string, std::string>>;

Graph IncludeGraph(const Layers& layers, std::vector<std::string>* problems) {
  Graph g;
  const fs::path src = fs::path(DYAD_SOURCE_DIR) / "src";
  const std::regex include_re(R"re(^\s*#\s*include\s+"([^"]+)")re");
  // Each src folder, and each public header as part of its owner.
  std::vector<std::pair<std::string, fs::path>> files;
  for (const auto& dir : fs::directory_iterator(src)) {
    if (!dir.is_directory()) continue;
    g[dir.path().filename().string()];
    for (const auto& file : fs::recursive_directory_iterator(dir.path())) {
      files.emplace_back(dir.path().filename().string(), file.path());
    }
  }
  for (const auto& file : fs::directory_iterator(fs::path(DYAD_SOURCE_DIR) / "include" / "dyad")) {
    auto it = layers.header_owner.find("dyad/" + file.path().filename().string());
    if (it != layers.header_owner.end()) files.emplace_back(it->second, file.path());
  }
  for (const auto& [from, path] : files) {
    const std::string ext = path.extension().string();
    if (ext != ".h" && ext != ".cc") continue;
    std::istringstream in(ReadFile(path));
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      std::smatch m;
      if (!std::regex_search(line, m, include_re)) continue;
      const std::string inc = m[1];
      const size_t slash = inc.find('/');
      if (slash == std::string::npos) continue;  // same folder
      std::string to = inc.substr(0, slash);
      if (to == "dyad") {
        auto it = layers.header_owner.find(inc);
        if (it == layers.header_owner.end()) {
          problems->push_back(inc + " (included by " + from + "/" + path.filename().string() +
                              ") has no owner in HACKING.md's \"public:\" lines");
          continue;
        }
        to = it->second;
      } else if (!fs::is_directory(src / to)) {
        continue;  // a system or third-party header
      }
      if (to == from) continue;
      g[from].emplace(
          to, fs::relative(path, DYAD_SOURCE_DIR).string() + ":" + std::to_string(line_no) + " includes " + inc);
    }
  }
  return g;
}

TEST(LayersTest, EveryFolderHasALayer) {
  std::string error;
  const Layers layers = ReadLayers(&error);
  ASSERT_TRUE(error.empty()) << error;
  for (const auto& dir : fs::directory_iterator(fs::path(DYAD_SOURCE_DIR) / "src")) {
    if (!dir.is_directory()) continue;
    EXPECT_TRUE(layers.rank.count(dir.path().filename().string()))
        << "src/" << dir.path().filename().string() << " is missing from HACKING.md's layers line";
  }
  for (const auto& header : fs::directory_iterator(fs::path(DYAD_SOURCE_DIR) / "include" / "dyad")) {
    const std::string name = "dyad/" + header.path().filename().string();
    EXPECT_TRUE(layers.header_owner.count(name)) << name << " has no owner in HACKING.md's \"public:\" lines";
  }
  for (const auto& [header, owner] : layers.header_owner) {
    EXPECT_TRUE(layers.rank.count(owner)) << header << " is owned by " << owner << ", which is not a layer";
  }
}

TEST(LayersTest, IncludesOnlyPointDown) {
  std::string error;
  const Layers layers = ReadLayers(&error);
  ASSERT_TRUE(error.empty()) << error;
  std::vector<std::string> problems;
  const Graph g = IncludeGraph(layers, &problems);
  for (const std::string& p : problems) ADD_FAILURE() << p;
  for (const auto& [from, edges] : g) {
    for (const auto& [to, example] : edges) {
      if (!layers.rank.count(from) || !layers.rank.count(to)) continue;  // EveryFolderHasALayer says so
      EXPECT_LT(layers.rank.at(to), layers.rank.at(from))
          << "upward include: " << example << " (" << from << " is below " << to << " in HACKING.md)";
    }
  }
}

// Implied by the test above when every folder has a layer; kept separate so
// that a cycle is named as one, with its path, even before the order is fixed.
TEST(LayersTest, NoFolderCycle) {
  std::string error;
  const Layers layers = ReadLayers(&error);
  std::vector<std::string> problems;
  const Graph g = IncludeGraph(layers, &problems);
  std::map<std::string, int> state;  // 0 new, 1 on the stack, 2 done
  std::vector<std::string> stack;
  std::function<void(const std::string&)> visit = [&](const std::string& n) {
    state[n] = 1;
    stack.push_back(n);
    auto it = g.find(n);
    if (it != g.end()) {
      for (const auto& [to, example] : it->second) {
        if (state[to] == 1) {
          std::string path;
          bool on = false;
          for (const std::string& s : stack) {
            on = on || s == to;
            if (on) path += s + " -> ";
          }
          ADD_FAILURE() << "folder cycle: " << path << to << " (closed by " << example << ")";
        } else if (state[to] == 0) {
          visit(to);
        }
      }
    }
    stack.pop_back();
    state[n] = 2;
  };
  for (const auto& [n, edges] : g) {
    if (state[n] == 0) visit(n);
  }
}

}  // namespace
}  // namespace dyad
