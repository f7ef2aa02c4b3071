// Names of multilateral bodies (data/bodies.yaml), to recognise the body a statement's title
// names when the statement does not say who issued it.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace concord {

struct BodyName {
  /// How Concord writes the body ("Non-Aligned Movement").
  std::string name;
  /// How titles write it ("NAM", "Movimiento de Países No Alineados").
  std::vector<std::string> spellings;
};

class BodyNames {
 public:
  BodyNames() = default;
  explicit BodyNames(std::vector<BodyName> bodies);

  /// Reads a bodies file. Throws DataError naming the file and line when it is malformed,
  /// EnvironmentError when it cannot be read.
  [[nodiscard]] static BodyNames read(const std::filesystem::path& path);

  /// The body whose spelling comes first in `title`, as whole words (an acronym in its
  /// case, other spellings in any case; the longest spelling where several start at one
  /// place), skipping those after a word that makes them the subject ("on the G20",
  /// "to the Security Council"); nullopt when none is named or the title is a speech's
  /// opening address ("Mr. President of the General Assembly").
  [[nodiscard]] std::optional<std::string> named_in_title(std::string_view title) const;

 private:
  struct Spelling {
    std::string text;  // lower-cased unless an acronym
    bool acronym = false;
    std::size_t body = 0;
  };
  std::vector<BodyName> bodies_;
  std::vector<Spelling> spellings_;
};

}  // namespace concord
