#include "model/internal/tsv.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "common/utf8.h"

namespace qonun::model::internal {

namespace {

std::string Trim(const std::string& s) {
  const auto begin = s.find_first_not_of(" \t\r");
  if (begin == std::string::npos) {
    return "";
  }
  const auto end = s.find_last_not_of(" \t\r");
  return s.substr(begin, end - begin + 1);
}

std::string Join(const std::vector<std::string>& parts) {
  std::string out;
  for (const auto& p : parts) {
    out += (out.empty() ? "" : "\\t") + p;
  }
  return out;
}

}  // namespace

void SortByLine(std::vector<Diagnostic>& diagnostics, std::size_t first) {
  std::stable_sort(diagnostics.begin() + static_cast<std::ptrdiff_t>(first), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
}

std::vector<std::string> SplitTerms(const std::string& cell, char separator) {
  std::vector<std::string> out;
  std::stringstream stream(cell);
  for (std::string part; std::getline(stream, part, separator);) {
    if (std::string t = Trim(part); !t.empty()) {
      out.push_back(std::move(t));
    }
  }
  return out;
}

std::vector<TsvRow> ReadTsv(const std::string& path, const std::vector<std::string>& header,
                            std::vector<Diagnostic>& diagnostics) {
  std::vector<TsvRow> rows;
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    diagnostics.push_back({path, 0, Severity::kError, "cannot open file"});
    return rows;
  }
  bool header_seen = false;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    if (FindInvalidUtf8(line)) {
      diagnostics.push_back({path, number, Severity::kError, "line is not valid UTF-8"});
      continue;
    }
    if (Trim(line).empty() || line.front() == '#') {
      continue;
    }
    std::vector<std::string> cells;
    std::stringstream stream(line);
    for (std::string cell; std::getline(stream, cell, '\t');) {
      cells.push_back(Trim(cell));
    }
    if (!line.empty() && line.back() == '\t') {
      cells.emplace_back();
    }
    if (!header_seen) {
      header_seen = true;
      if (cells != header) {
        diagnostics.push_back({path, number, Severity::kError,
                               "header must be '" + Join(header) + "' (tab-separated)"});
        return rows;
      }
      continue;
    }
    if (cells.size() != header.size()) {
      diagnostics.push_back({path, number, Severity::kError,
                             "expected " + std::to_string(header.size()) +
                                 " tab-separated cells, found " + std::to_string(cells.size())});
      continue;
    }
    rows.push_back({number, std::move(cells)});
  }
  if (!header_seen) {
    diagnostics.push_back({path, 0, Severity::kError, "the table is empty: no header line"});
  }
  return rows;
}

}  // namespace qonun::model::internal
