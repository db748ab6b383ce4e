// Coder::data_version() names the data, not where it lies: the build tree
// links its data files, an installation copies them, and both must give the
// same version (a store compares versions to tell what coded a document).

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "dyad/coder.h"
#include "test_util.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

std::string VersionOf(const fs::path& dir) {
  CoderOptions options;
  options.pipeline.data_dir = dir.string();
  auto c = Coder::Create(options);
  EXPECT_TRUE(c.ok()) << c.status().ToString();
  return c.ok() ? c.value()->data_version() : std::string();
}

// A copy of the data directory, each file copied (links = false) or linked.
void Mirror(const fs::path& from, const fs::path& to, bool links) {
  for (const char* sub : {"actors", "cameo", "coding", "events", "parse"}) {
    for (const auto& entry : fs::recursive_directory_iterator(from / sub)) {
      fs::path dest = to / sub / entry.path().lexically_relative(from / sub);
      if (entry.is_directory()) {
        fs::create_directories(dest);
        continue;
      }
      fs::create_directories(dest.parent_path());
      if (links) {
        fs::create_symlink(entry.path(), dest);
      } else {
        fs::copy_file(entry.path(), dest);
      }
    }
  }
}

TEST(DataVersionTest, LinkedAndCopiedDataHaveOneVersion) {
  fs::path root = fs::temp_directory_path() / ("dyad_data_version_" + std::to_string(::getpid()));
  fs::remove_all(root);
  Mirror(testing_util::DataDir(), root / "linked", /*links=*/true);
  Mirror(testing_util::DataDir(), root / "copied", /*links=*/false);
  std::string linked = VersionOf(root / "linked"), copied = VersionOf(root / "copied");
  fs::remove_all(root);
  ASSERT_EQ(linked.size(), 16u);
  EXPECT_EQ(linked, copied);
}

}  // namespace
}  // namespace dyad
