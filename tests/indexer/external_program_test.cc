// Tests of child processes: PATH lookup, scratch folders, runs with a time limit.
#include "concord/indexer/external_program.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

#include "concord/engine/error.hpp"

namespace concord {
namespace {

namespace fs = std::filesystem;

fs::path shell() {
  const std::optional<fs::path> sh = find_program({"sh"});
  if (!sh) ADD_FAILURE() << "no sh on PATH";
  return sh.value_or("/bin/sh");
}

TEST(FindProgram, FindsAProgramOnThePathAndNothingForAnUnknownName) {
  const std::optional<fs::path> sh = find_program({"no-such-program-concord", "sh"});
  ASSERT_TRUE(sh.has_value());
  EXPECT_EQ(sh->filename(), "sh");
  EXPECT_FALSE(find_program({"no-such-program-concord"}).has_value());
}

TEST(ScratchDirectory, ExistsWhileHeldAndIsRemovedWithItsFiles) {
  fs::path path;
  {
    const ScratchDirectory scratch;
    path = scratch.path();
    ASSERT_TRUE(fs::is_directory(path));
    std::ofstream(path / "a.txt") << "text";
  }
  EXPECT_FALSE(fs::exists(path));
}

TEST(RunProgram, ReturnsTheExitStatusAndWhatTheProgramWroteOnBothStreams) {
  const ProgramRun run = run_program(shell(), {"-c", "echo out; echo err >&2; exit 3"}, 30);
  EXPECT_EQ(run.exit_status, 3);
  EXPECT_NE(run.output.find("out\n"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("err\n"), std::string::npos) << run.output;
}

TEST(RunProgram, TheChildReadsNothingFromStandardInput) {
  // `cat` ends at once on /dev/null instead of waiting for a terminal.
  const ProgramRun run = run_program(shell(), {"-c", "cat; echo done"}, 30);
  EXPECT_EQ(run.exit_status, 0);
  EXPECT_EQ(run.output, "done\n");
}

TEST(RunProgram, AProgramRunningPastItsTimeIsStoppedWithAnEnvironmentError) {
  // A limit of 0 s has passed at the first look: the endless copy is stopped, not awaited.
  try {
    (void)run_program(shell(), {"-c", "cat /dev/zero > /dev/null"}, 0);
    FAIL() << "expected an EnvironmentError";
  } catch (const EnvironmentError& e) {
    EXPECT_NE(std::string(e.what()).find("did not finish within 0 s"), std::string::npos)
        << e.what();
  }
}

TEST(RunProgram, AProgramThatCannotStartIsAnEnvironmentError) {
  EXPECT_THROW((void)run_program("/nonexistent/concord-helper", {}, 30), EnvironmentError);
}

}  // namespace
}  // namespace concord
