// The speech-act lexicons shipped in data/lexicons, read once per test program.
#pragma once

#include <string>

#include "concord/indexer/lexicon_loader.hpp"

namespace concord::testing {

inline const SpeechActLexicon& shipped_lexicon() {
  static const SpeechActLexicon shipped =
      read_speech_act_lexicon(std::string(CONCORD_SOURCE_DIR) + "/data/lexicons");
  return shipped;
}

}  // namespace concord::testing
