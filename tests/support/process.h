#pragma once
// Runs a program (the real `qonun` binary in end-to-end tests) and captures
// its exit status and output, without a shell.

#include <string>
#include <vector>

namespace qonun::testing {

struct ProcessResult {
  int exit_code = -1;  // -1 when the process did not exit normally
  std::string out;
  std::string err;
};

ProcessResult RunProcess(const std::vector<std::string>& argv);

}  // namespace qonun::testing
