// Regular expressions over document text: Boost.Regex, not std::regex.
#pragma once

#include <boost/regex.hpp>

namespace concord {

/// A regular expression whose "^", "$" and "." mean what they mean in std::regex's ECMAScript
/// grammar (the ends of the whole text; any character but a line end). libstdc++'s std::regex
/// recurses once per character a repeat matches, so one 70 KB line of a document overflowed
/// the stack; Boost.Regex keeps its backtracking state on the heap, within a bound past which
/// it throws std::runtime_error.
[[nodiscard]] inline boost::regex text_regex(const char* pattern) {
  return boost::regex(pattern,
                      boost::regex::perl | boost::regex::no_mod_m | boost::regex::no_mod_s);
}

}  // namespace concord
