#pragma once
// Each `qonun` subcommand is a thin adapter in its own file: it declares its
// options on a CLI11 subcommand and, when chosen, calls the libraries and
// turns their Status into output and an exit code.

#include <functional>

namespace CLI {
class App;
}

namespace qonun::cli {

// Exit codes shared by every subcommand.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the command ran and found problems
inline constexpr int kExitUsage = 2;    // bad flags or arguments

// A registered subcommand and what it runs once CLI11 has parsed its options.
struct Command {
  CLI::App* subcommand = nullptr;
  std::function<int()> run;
};

// Each Register function adds one subcommand to `app`.
Command RegisterCheckCommand(CLI::App& app);
Command RegisterAnalyzeCommand(CLI::App& app);
Command RegisterIndexCommand(CLI::App& app);
Command RegisterSearchCommand(CLI::App& app);
Command RegisterVersionsCommand(CLI::App& app);
Command RegisterDiffCommand(CLI::App& app);
Command RegisterServeCommand(CLI::App& app);
Command RegisterImportCommand(CLI::App& app);
Command RegisterExportCommand(CLI::App& app);

}  // namespace qonun::cli
