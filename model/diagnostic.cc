#include "model/diagnostic.h"

#include <algorithm>

namespace qonun::model {

std::string Diagnostic::ToString() const {
  std::string out = file;
  if (line > 0) {
    out += ":" + std::to_string(line);
  }
  switch (severity) {
    case Severity::kError:
      out += ": error: ";
      break;
    case Severity::kWarning:
      out += ": warning: ";
      break;
    case Severity::kNote:
      out += ": note: ";
      break;
  }
  return out + message;
}

bool HasErrors(const std::vector<Diagnostic>& diagnostics) {
  return CountSeverity(diagnostics, Severity::kError) > 0;
}

int CountSeverity(const std::vector<Diagnostic>& diagnostics, Severity severity) {
  return static_cast<int>(
      std::count_if(diagnostics.begin(), diagnostics.end(),
                    [&](const Diagnostic& d) { return d.severity == severity; }));
}

}  // namespace qonun::model
