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

std::string Excerpt(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) {
    return std::string(text);
  }
  std::size_t end = max_bytes;
  // Back off continuation bytes (10xxxxxx) to the start of their character.
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) {
    --end;
  }
  return std::string(text.substr(0, end)) + "\u2026";
}

}  // namespace qonun::model
