#pragma once
// XML helpers shared by the Akoma Ntoso reader's parts: which elements are
// provisions, blocks or transparent wrappers, namespace-aware lookups, and
// diagnostics located by line. Internal to model/.

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "common/utf8.h"
#include "model/diagnostic.h"

namespace qonun::model::internal {

// Hierarchical containers: each becomes a Provision. The value is the eId
// abbreviation of the Akoma Ntoso naming convention.
const std::map<std::string, std::string, std::less<>>& HierarchyElements();

// Containers that hold blocks but are not provisions themselves: their
// children are read as if they stood in the enclosing provision.
const std::set<std::string, std::less<>>& TransparentElements();

// Block elements whose whole content, inline markup included, is one block of text.
const std::set<std::string, std::less<>>& BlockElements();

// Runs of white space become one space; both ends trimmed.
std::string CollapseWhitespace(std::string_view text);

std::string_view LocalName(std::string_view qualified_name);

// The namespace URI bound to the node's prefix, looked up the ancestor chain.
std::string_view NamespaceOf(pugi::xml_node node);

bool IsAkn(pugi::xml_node node);

// Child element in the Akoma Ntoso namespace with this local name.
pugi::xml_node AknChild(pugi::xml_node parent, std::string_view local_name);

// "#amd_1" → "amd_1".
std::string StripHash(std::string_view href);

// The diagnostics of one file, each located by the line of a node or offset.
class Reporter {
 public:
  Reporter(std::string file, std::string_view xml) : file_(std::move(file)), lines_(xml) {}

  int LineAtOffset(std::size_t offset) const { return lines_.LineOf(offset); }

  int ColumnOf(std::size_t offset) const { return lines_.ColumnOf(offset); }

  int LineOf(pugi::xml_node node) const;

  void Report(Severity severity, int line, std::string message) {
    diagnostics_.push_back({file_, line, severity, std::move(message)});
  }

  void Error(int line, std::string message) { Report(Severity::kError, line, std::move(message)); }

  const std::string& file() const { return file_; }

  std::vector<Diagnostic>& diagnostics() { return diagnostics_; }

 private:
  std::string file_;
  LineIndex lines_;
  std::vector<Diagnostic> diagnostics_;
};

}  // namespace qonun::model::internal
