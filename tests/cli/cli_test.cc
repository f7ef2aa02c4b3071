// End-to-end tests of the concord program: help, ingest, search, list, show, remove, errors.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "concord/indexer/database.hpp"
#include "support/process.hpp"

namespace concord {
namespace {

using testing::run_concord;
using testing::TempDir;

const char* const kNam =
    "---\ntitle: NAM communiqué\nbody: Non-Aligned Movement\ndate: 2025-11-18\nlanguage: "
    "en\n---\n\n"
    "1. Recalling the Proclamation of Latin America and the Caribbean as a Zone of Peace,\n\n"
    "2. Calls upon the United States to cease its airstrikes against small vessels;\n";
const char* const kFriends =
    "---\ntitle: Friends communiqué\nbody: Group of Friends\ndate: 2025-11-19\nlanguage: "
    "en\n---\n\n"
    "1. Urges the immediate withdrawal of all military assets from the Caribbean;\n";

class CliTest : public ::testing::Test {
 protected:
  testing::ProcessResult concord(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", (dir_.path() / "db").string()});
    return run_concord(args);
  }
  TempDir dir_;
};

TEST_F(CliTest, PrintsVersionAndManPageHelp) {
  const auto version = concord({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out.rfind("concord ", 0), 0u);
  const auto help = run_concord({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  for (const char* section :
       {"SYNOPSIS", "COMMANDS", "EXIT STATUS", "CONCORD_DB", "ingest", "search"}) {
    EXPECT_NE(help.out.find(section), std::string::npos) << section;
  }
  for (const char* command : {"ingest", "search", "list", "show", "remove"}) {
    const auto command_help = run_concord({command, "--help"});
    EXPECT_EQ(command_help.exit_code, 0) << command;
    EXPECT_NE(command_help.out.find("DESCRIPTION"), std::string::npos) << command;
    EXPECT_NE(command_help.out.find("--db"), std::string::npos) << command;
  }
}

// The summaries of the commands form one column, however long a command's name.
TEST_F(CliTest, HelpListsCommandSummariesInOneColumn) {
  const std::string out = run_concord({"--help"}).out;
  const std::size_t start = out.find("COMMANDS\n"), end = out.find("\n\n", start);
  ASSERT_NE(start, std::string::npos);
  std::istringstream commands(out.substr(start + 9, end - start - 9));
  std::set<std::size_t> columns;
  std::string line;
  while (std::getline(commands, line)) {
    const std::size_t name_end = line.find(' ', 2);
    columns.insert(line.find_first_not_of(' ', name_end));
  }
  EXPECT_EQ(columns.size(), 1u) << out;
}

// A file is shown as ingest would read it, with no database at all.
TEST_F(CliTest, NegativeOrMalformedCountsAreUsageErrors) {
  const std::vector<std::vector<std::string>> calls = {{"search", "--offset", "-1", "peace"},
                                                       {"search", "-n", "-1", "peace"},
                                                       {"search", "-n", "3x", "peace"},
                                                       {"precedent", "-n", "0", "zone of peace"},
                                                       {"ingest", "--batch", "0", "x.txt"},
                                                       {"ingest", "--max-size", "-1", "x.txt"},
                                                       {"serve", "--port", "-1"},
                                                       {"serve", "--port", "70000"}};
  for (const auto& call : calls) {
    const auto result = concord(call);
    EXPECT_EQ(result.exit_code, 2) << call[0] << " " << call[1] << " " << call[2];
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_TRUE(result.out.empty()) << result.out;
  }
}

TEST_F(CliTest, DbThatIsAFileOrSomeoneElsesFolderIsRefusedUntouched) {
  dir_.write("corpus/nam.md", kNam);
  const auto file = dir_.write("notes.txt", "my notes\n");
  const auto into_file =
      run_concord({"--db", file.string(), "ingest", (dir_.path() / "corpus").string()});
  EXPECT_EQ(into_file.exit_code, 3) << into_file.err;
  EXPECT_NE(into_file.err.find("is a file, not a database"), std::string::npos) << into_file.err;
  const auto folder = dir_.path() / "papers";
  dir_.write("papers/draft.txt", "my draft\n");
  const auto into_folder =
      run_concord({"--db", folder.string(), "ingest", (dir_.path() / "corpus").string()});
  EXPECT_EQ(into_folder.exit_code, 3) << into_folder.err;
  EXPECT_NE(into_folder.err.find("holds no database"), std::string::npos) << into_folder.err;
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(folder),
                          std::filesystem::directory_iterator()),
            1);
  const auto no_value = run_concord({"--db"});
  EXPECT_EQ(no_value.exit_code, 2);
  EXPECT_NE(no_value.err.find("--db needs a PATH"), std::string::npos) << no_value.err;
}

TEST_F(CliTest, AnEmptyDbPathIsAUsageError) {
  const auto empty = run_concord({"--db", "", "list"});
  EXPECT_EQ(empty.exit_code, 2);
  EXPECT_NE(empty.err.find("--db needs a PATH"), std::string::npos) << empty.err;
}

TEST_F(CliTest, AFifoIsNamedAsNoRegularFile) {
  const auto fifo = dir_.path() / "pipe.txt";
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const auto shown = concord({"show", fifo.string()});
  EXPECT_EQ(shown.exit_code, 1);
  EXPECT_NE(shown.err.find("pipe.txt: not a regular file"), std::string::npos) << shown.err;
}

TEST_F(CliTest, IngestRefusesDatesThatDoNotExistAndUnknownLanguages) {
  const auto file = dir_.write("nam.md", kNam);
  for (const std::vector<std::string>& flags : {std::vector<std::string>{"--date", "2025-02-30"},
                                                {"--date", "2025-13"},
                                                {"--lang", "xx"},
                                                {"--lang", "english"}}) {
    std::vector<std::string> call{"ingest", flags[0], flags[1], file.string()};
    const auto result = concord(call);
    EXPECT_EQ(result.exit_code, 2) << flags[0] << " " << flags[1];
    EXPECT_NE(result.err.find("bad " + flags[0]), std::string::npos) << result.err;
  }
  EXPECT_FALSE(std::filesystem::exists(dir_.path() / "db"));
  const auto accepted = concord({"ingest", "--date", "2024-02-29", "--lang", "EN", file.string()});
  EXPECT_EQ(accepted.exit_code, 0) << accepted.err;
}

TEST_F(CliTest, ShowsAFileWithoutADatabase) {
  const auto path = dir_.write("nam.md", kNam);
  const auto shown = concord({"show", "--format", "json", path.string()});
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  const auto json = nlohmann::json::parse(shown.out);
  EXPECT_EQ(json.at("body"), "Non-Aligned Movement");
  ASSERT_EQ(json.at("paragraphs").size(), 2u);
  EXPECT_EQ(json.at("paragraphs")[1].at("kind"), "operative");
  EXPECT_FALSE(std::filesystem::exists(dir_.path() / "db"));
  const auto missing = concord({"show", (dir_.path() / "nowhere.md").string()});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("nowhere.md"), std::string::npos) << missing.err;
}

TEST_F(CliTest, ShowingAFolderOfSeveralStatementsIsAUsageError) {
  dir_.write("two/nam.md", kNam);
  dir_.write("two/nam-again.md", kNam);
  const auto shown = concord({"show", (dir_.path() / "two").string()});
  EXPECT_EQ(shown.exit_code, 2);
  EXPECT_NE(shown.err.find("show needs exactly one statement"), std::string::npos) << shown.err;
  EXPECT_NE(shown.err.find("holds 2"), std::string::npos) << shown.err;
}

TEST_F(CliTest, NoCommandIsAUsageErrorWithTheHelpOnStderr) {
  const auto none = run_concord({});
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_TRUE(none.out.empty());
  EXPECT_NE(none.err.find("SYNOPSIS"), std::string::npos);
}

TEST_F(CliTest, UnknownCommandOrOptionIsAUsageError) {
  EXPECT_EQ(run_concord({"frobnicate"}).exit_code, 2);
  const auto bad = run_concord({"search", "--no-such-option"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_EQ(std::count(bad.err.begin(), bad.err.end(), '\n'), 1);
}

TEST_F(CliTest, AMistypedCommandGetsTheOneItMostLikelyMeant) {
  for (const auto& [typed, meant] : std::vector<std::pair<std::string, std::string>>{
           {"precedents", "precedent"}, {"comapre", "compare"}, {"serch", "search"}}) {
    const auto r = run_concord({typed});
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.err.find("did you mean '" + meant + "'?"), std::string::npos) << r.err;
  }
  EXPECT_EQ(run_concord({"frobnicate"}).err.find("did you mean"), std::string::npos);
  const auto option = run_concord({"search", "--fromat", "json", "peace"});
  EXPECT_EQ(option.exit_code, 2);
  EXPECT_NE(option.err.find("did you mean '--format'?"), std::string::npos) << option.err;
}

TEST_F(CliTest, IngestsSearchesListsAndShows) {
  dir_.write("corpus/nam.md", kNam);
  dir_.write("corpus/friends.md", kFriends);
  const auto ingest = concord({"ingest", (dir_.path() / "corpus").string()});
  ASSERT_EQ(ingest.exit_code, 0) << ingest.err;
  EXPECT_NE(ingest.out.find("2 added"), std::string::npos) << ingest.out;

  const auto search = concord({"search", "--format", "json", "\"zone of peace\""});
  ASSERT_EQ(search.exit_code, 0) << search.err;
  const auto hits = nlohmann::json::parse(search.out)["hits"];
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]["statement"], "nam");
  EXPECT_EQ(hits[0]["label"], "1.");
  EXPECT_EQ(hits[0]["body"], "Non-Aligned Movement");
  const std::string snippet = hits[0]["snippet"];
  const auto range = hits[0]["highlights"][0];
  EXPECT_EQ(snippet.substr(range[0], range[1].get<std::size_t>() - range[0].get<std::size_t>()),
            "Zone of Peace");

  const auto list = concord({"list", "--format", "json"});
  ASSERT_EQ(list.exit_code, 0);
  EXPECT_EQ(nlohmann::json::parse(list.out).size(), 2u);

  const auto show = concord({"show", "nam"});
  ASSERT_EQ(show.exit_code, 0);
  EXPECT_NE(show.out.find("Calls upon the United States"), std::string::npos);
  EXPECT_NE(show.out.find("operative"), std::string::npos);

  const auto facets = concord({"search", "--facets", "caribbean"});
  EXPECT_NE(facets.out.find("bodies: "), std::string::npos);
  EXPECT_NE(facets.out.find("years:  2025 (2)"), std::string::npos) << facets.out;
}

TEST_F(CliTest, ReingestingUnchangedFilesChangesNothingAndSaysSo) {
  dir_.write("corpus/nam.md", kNam);
  ASSERT_EQ(concord({"ingest", (dir_.path() / "corpus").string()}).exit_code, 0);
  const auto again = concord({"ingest", (dir_.path() / "corpus").string()});
  EXPECT_EQ(again.exit_code, 0);
  EXPECT_NE(again.out.find("1 unchanged"), std::string::npos) << again.out;
  EXPECT_NE(again.out.find("nothing changed"), std::string::npos) << again.out;

  // Saved again with Windows line endings and a trailing blank line: the same statement.
  std::string resaved;
  for (const char c : std::string(kNam)) {
    if (c == '\n') resaved.push_back('\r');
    resaved.push_back(c);
  }
  dir_.write("corpus/nam.md", resaved + "\r\n\r\n");
  const auto resaved_run = concord({"ingest", (dir_.path() / "corpus").string()});
  EXPECT_NE(resaved_run.out.find("1 unchanged"), std::string::npos) << resaved_run.out;

  dir_.write("corpus/nam.md", std::string(kNam) + "\n3. Decides to remain seized of the matter.\n");
  const auto changed = concord({"ingest", (dir_.path() / "corpus").string()});
  EXPECT_NE(changed.out.find("1 replaced"), std::string::npos) << changed.out;
  EXPECT_EQ(Database::open_for_reading(dir_.path() / "db").paragraph_count(), 3u);
}

TEST_F(CliTest, ACopyOfAStoredFileIsStoredAndNamedAsACopy) {
  dir_.write("corpus/nam.md", kNam);
  ASSERT_EQ(concord({"ingest", (dir_.path() / "corpus").string()}).exit_code, 0);
  dir_.write("downloads/nam-communique.md", kNam);
  dir_.write("downloads/friends.md", kFriends);
  const auto copy = concord({"ingest", "--format", "json", (dir_.path() / "downloads").string()});
  EXPECT_EQ(copy.exit_code, 0) << copy.err;
  EXPECT_NE(copy.err.find("nam-communique.md: the same text as statement nam"), std::string::npos)
      << copy.err;
  EXPECT_EQ(std::count(copy.err.begin(), copy.err.end(), '\n'), 1) << copy.err;
  const auto json = nlohmann::json::parse(copy.out);
  ASSERT_EQ(json["files"].size(), 2u);
  EXPECT_FALSE(json["files"][0].contains("same_as"));  // friends.md
  EXPECT_EQ(json["files"][1]["same_as"], "nam");
  EXPECT_EQ(json["added"], 2);
  // Run again, nothing is stored and nothing is said.
  const auto again = concord({"ingest", (dir_.path() / "downloads").string()});
  EXPECT_TRUE(again.err.empty()) << again.err;
}

// A folder ingested when its UN XML was not read holds the text copy; read now, the XML
// replaces that statement instead of adding a second one.
TEST_F(CliTest, AkomaNtosoFileReplacesTheStatementIngestedFromItsTextCopy) {
  dir_.write("series/A_RES_79_7.txt",
             "A/RES/79/7\n\nGeneral Assembly\n\nRecalling its resolution 78/7,\n");
  ASSERT_EQ(concord({"ingest", (dir_.path() / "series" / "A_RES_79_7.txt").string()}).exit_code, 0);
  dir_.write("series/A_RES_79_7.xml",
             "<akomaNtoso><statement><coverPage><p><docNumber refersTo=\"#symbol\">A/RES/79/7"
             "</docNumber></p></coverPage><preamble><container><p>Recalling its resolution "
             "78/7,</p></container></preamble><mainBody><paragraph><num>1.</num><content><p>"
             "Decides to remain seized of the matter.</p></content></paragraph></mainBody>"
             "</statement></akomaNtoso>");
  const auto run = concord({"ingest", (dir_.path() / "series").string()});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("1 replaced"), std::string::npos) << run.out;
  const auto db = Database::open_for_reading(dir_.path() / "db");
  ASSERT_EQ(db.list().size(), 1u);
  const auto statement = db.find("a-res-79-7");
  ASSERT_TRUE(statement);
  EXPECT_TRUE(statement->source_path.ends_with("A_RES_79_7.xml")) << statement->source_path;
  EXPECT_EQ(statement->symbol, "A/RES/79/7");
  ASSERT_EQ(statement->paragraphs.size(), 3u);
  EXPECT_EQ(statement->paragraphs[2].label, "1.");
}

// A database from before the stemming record keeps plain Snowball: ingest says so once.
TEST_F(CliTest, IngestIntoADatabaseThatMatchesSpellingsApartSaysSo) {
  const std::string metadata_tool = "/usr/bin/xapian-metadata";
  if (!std::filesystem::exists(metadata_tool)) GTEST_SKIP() << "xapian-tools is absent";
  dir_.write("corpus/nam.md", kNam);
  const auto first = concord({"ingest", (dir_.path() / "corpus").string()});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.err.find("spellings"), std::string::npos) << first.err;
  const std::string db = (dir_.path() / "db").string();
  ASSERT_EQ(testing::run_process(metadata_tool, {"set", db, "concord.stemming", ""}).exit_code, 0);
  dir_.write("corpus/nam.md", std::string(kNam) + "\n3. Decides to remain seized of the matter.\n");
  const auto old = concord({"ingest", (dir_.path() / "corpus").string()});
  EXPECT_EQ(old.exit_code, 0) << old.err;
  EXPECT_NE(old.err.find("matching them apart"), std::string::npos) << old.err;
  EXPECT_EQ(std::count(old.err.begin(), old.err.end(), '\n'), 1) << old.err;
}

TEST_F(CliTest, BadFilesAreReportedOneLineEachAndTheRestIngested) {
  dir_.write("corpus/good.md", kNam);
  dir_.write("corpus/empty.txt", "");
  dir_.write("corpus/latin1.txt", "Declaraci\xF3n de paz");
  dir_.write("corpus/broken.pdf", "%PDF-1.7 this is not a PDF");
  const auto ingest = concord({"ingest", (dir_.path() / "corpus").string()});
  EXPECT_EQ(ingest.exit_code, 1);
  EXPECT_EQ(std::count(ingest.err.begin(), ingest.err.end(), '\n'), 3) << ingest.err;
  EXPECT_NE(ingest.err.find("empty.txt: empty file"), std::string::npos) << ingest.err;
  EXPECT_NE(ingest.err.find("latin1.txt: invalid UTF-8 at byte 9"), std::string::npos)
      << ingest.err;
  EXPECT_NE(ingest.err.find("broken.pdf: malformed PDF"), std::string::npos) << ingest.err;
  EXPECT_EQ(concord({"list"}).exit_code, 0);
  EXPECT_EQ(Database::open_for_reading(dir_.path() / "db").list().size(), 1u);
}

TEST_F(CliTest, UnsupportedOrMissingFileNamedExplicitlyIsAnError) {
  const auto json = dir_.write("a.json", "{}");
  const auto result = concord({"ingest", json.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("a.json: unsupported file type '.json'"), std::string::npos)
      << result.err;
  const auto missing = concord({"ingest", (dir_.path() / "nope.txt").string()});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("no such file or folder"), std::string::npos);
}

TEST_F(CliTest, MissingPathAmongOthersIsReportedAndTheRestIngested) {
  dir_.write("corpus/good.md", kNam);
  dir_.write("corpus/empty.txt", "");
  const auto missing = dir_.path() / "nope.txt";
  const auto ingest =
      concord({"ingest", "--format", "json", (dir_.path() / "corpus").string(), missing.string()});
  EXPECT_EQ(ingest.exit_code, 1);
  EXPECT_NE(ingest.err.find("nope.txt: no such file or folder"), std::string::npos) << ingest.err;
  EXPECT_NE(ingest.err.find("empty.txt: empty file"), std::string::npos) << ingest.err;
  const auto summary = nlohmann::json::parse(ingest.out);
  EXPECT_EQ(summary["added"], 1) << ingest.out;
  EXPECT_EQ(summary["failed"], 2) << ingest.out;
  EXPECT_EQ(Database::open_for_reading(dir_.path() / "db").list().size(), 1u);
}

TEST_F(CliTest, MalformedQueryExitsWithStatusTwoAndOneLine) {
  dir_.write("corpus/nam.md", kNam);
  ASSERT_EQ(concord({"ingest", (dir_.path() / "corpus").string()}).exit_code, 0);
  for (const char* query : {"\"zone of peace", "(peace", "peace AND", "author:x"}) {
    const auto result = concord({"search", query});
    EXPECT_EQ(result.exit_code, 2) << query;
    EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
    EXPECT_NE(result.err.find("malformed query"), std::string::npos) << result.err;
  }
  EXPECT_EQ(concord({"search", "peace"}).exit_code, 0);
}

TEST_F(CliTest, DatabaseComesFromFlagThenEnvironment) {
  dir_.write("corpus/nam.md", kNam);
  const std::string env_db = (dir_.path() / "env-db").string();
  ASSERT_EQ(run_concord({"ingest", (dir_.path() / "corpus").string()}, {{"CONCORD_DB", env_db}})
                .exit_code,
            0);
  EXPECT_TRUE(std::filesystem::exists(env_db));
  const auto missing =
      run_concord({"list", "--db", (dir_.path() / "none").string()}, {{"CONCORD_DB", env_db}});
  EXPECT_EQ(missing.exit_code, 3);
  EXPECT_NE(missing.err.find("no database at"), std::string::npos);
}

TEST_F(CliTest, MetadataFlagsOverrideTheDocument) {
  const auto file = dir_.write("nam.md", kNam);
  ASSERT_EQ(
      concord({"ingest", "--body", "NAM Bureau", "--date", "2025-11-20", file.string()}).exit_code,
      0);
  const auto show = nlohmann::json::parse(concord({"show", "--format", "json", "nam"}).out);
  EXPECT_EQ(show["body"], "NAM Bureau");
  EXPECT_EQ(show["date"], "2025-11-20");
  EXPECT_EQ(show["title"], "NAM communiqué");
}

TEST_F(CliTest, RemovesStatements) {
  dir_.write("corpus/nam.md", kNam);
  ASSERT_EQ(concord({"ingest", (dir_.path() / "corpus").string()}).exit_code, 0);
  EXPECT_EQ(concord({"remove", "nam"}).exit_code, 0);
  EXPECT_EQ(concord({"remove", "nam"}).exit_code, 1);
  EXPECT_EQ(concord({"show", "nam"}).exit_code, 1);
}

// A large ingest killed with SIGKILL leaves a database that opens and searches, and the
// same ingest run again completes it.
TEST_F(CliTest, KilledIngestLeavesAValidDatabaseAndResumes) {
  constexpr int kFiles = 600;
  constexpr int kParagraphs = 40;
  for (int f = 0; f < kFiles; ++f) {
    std::string text = fmt::format(
        "---\ntitle: Statement {0}\nbody: Body {1}\ndate: 2025-01-01\nlanguage: en\n---\n\n", f,
        f % 7);
    for (int p = 0; p < kParagraphs; ++p) {
      text += fmt::format(
          "{}. Calls upon all States to uphold principle number {} of statement {} "
          "and to refrain from the threat or use of force.\n\n",
          p + 1, p, f);
    }
    dir_.write(fmt::format("corpus/s{:04}.md", f), text);
  }
  const std::string db = (dir_.path() / "db").string();
  const pid_t pid = testing::start_process(
      CONCORD_BINARY,
      {"--db", db, "ingest", "--quiet", "--batch", "400", (dir_.path() / "corpus").string()});
  // Wait for the first committed batch, then kill without warning.
  bool committed = false;
  for (int attempt = 0; attempt < 5000 && !committed; ++attempt) {
    const auto list = run_concord({"--db", db, "list", "--format", "json"});
    committed = list.exit_code == 0 && !nlohmann::json::parse(list.out).empty();
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(committed);

  const auto list = run_concord({"--db", db, "list", "--format", "json"});
  ASSERT_EQ(list.exit_code, 0) << list.err;
  const auto statements = nlohmann::json::parse(list.out);
  for (const auto& s : statements)
    EXPECT_EQ(s["paragraphs"], kParagraphs);  // never half a statement
  EXPECT_EQ(run_concord({"--db", db, "search", "refrain"}).exit_code, 0);

  const auto resumed =
      run_concord({"--db", db, "ingest", "--quiet", (dir_.path() / "corpus").string()});
  ASSERT_EQ(resumed.exit_code, 0) << resumed.err;
  const auto reader = Database::open_for_reading(db);
  EXPECT_EQ(reader.list().size(), static_cast<std::size_t>(kFiles));
  EXPECT_EQ(reader.paragraph_count(), static_cast<std::size_t>(kFiles * kParagraphs));
}

}  // namespace
}  // namespace concord
