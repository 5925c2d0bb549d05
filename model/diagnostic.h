#pragma once
// A problem found while reading the corpus, located by file and line so that
// a person can open the file and fix it.

#include <string>
#include <string_view>
#include <vector>

namespace qonun::model {

enum class Severity {
  kError,    // the file is rejected
  kWarning,  // the file is read, but something in it was probably meant differently
  kNote,     // tolerant reading worth knowing about (an unknown element kept as text)
};

struct Diagnostic {
  std::string file;
  int line = 0;  // 1-based; 0 when the problem concerns the whole file or folder
  Severity severity = Severity::kError;
  std::string message;

  // "corpus/x.xml:12: error: duplicate eId 'art_1' (first at line 8)"
  std::string ToString() const;
};

bool HasErrors(const std::vector<Diagnostic>& diagnostics);

int CountSeverity(const std::vector<Diagnostic>& diagnostics, Severity severity);

// The start of `text` for quoting in a message: at most `max_bytes` bytes,
// cut before a UTF-8 character rather than inside one, with "…" when cut.
std::string Excerpt(std::string_view text, std::size_t max_bytes);

}  // namespace qonun::model
