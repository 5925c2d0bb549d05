// The `qonun` executable: the composition root. It only wires subcommands to
// the libraries; no engine logic lives here.

#include <exception>
#include <iostream>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/command.h"

int main(int argc, char** argv) {
  CLI::App app{"Qonun: legal reference and legislation-change search"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "qonun 0.1.0");

  const std::vector<qonun::cli::Command> commands = {
      qonun::cli::RegisterCheckCommand(app),    qonun::cli::RegisterAnalyzeCommand(app),
      qonun::cli::RegisterIndexCommand(app),    qonun::cli::RegisterSearchCommand(app),
      qonun::cli::RegisterVersionsCommand(app), qonun::cli::RegisterDiffCommand(app),
      qonun::cli::RegisterServeCommand(app),    qonun::cli::RegisterImportCommand(app),
      qonun::cli::RegisterExportCommand(app),
  };

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? 0 : qonun::cli::kExitUsage;
  }
  try {
    for (const qonun::cli::Command& command : commands) {
      if (command.subcommand->parsed()) {
        return command.run();
      }
    }
  } catch (const std::exception& e) {
    // Last resort: the libraries report errors as Status; anything that gets
    // here is a bug, but the user still gets a message, not a core dump.
    std::cerr << "qonun: internal error: " << e.what() << "\n";
    return qonun::cli::kExitFailure;
  }
  return qonun::cli::kExitUsage;
}
