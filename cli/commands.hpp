// The concord commands; each takes the words after its name and returns the exit status.
#pragma once

#include <string>
#include <vector>

namespace concord::cli {

int run_ingest(const std::vector<std::string>& args);
int run_search(const std::vector<std::string>& args);
int run_list(const std::vector<std::string>& args);
int run_show(const std::vector<std::string>& args);
int run_remove(const std::vector<std::string>& args);
int run_compare(const std::vector<std::string>& args);
int run_demands(const std::vector<std::string>& args);
int run_matrix(const std::vector<std::string>& args);
int run_report(const std::vector<std::string>& args);
int run_term_table(const std::vector<std::string>& args);
int run_serve(const std::vector<std::string>& args);
int run_precedent(const std::vector<std::string>& args);

}  // namespace concord::cli
