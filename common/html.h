#pragma once
// HTML escaping for the fragments the engine produces (snippets, diffs).

#include <string>
#include <string_view>

namespace qonun {

// Escapes & < > " ' so that `text` is safe as HTML text and in attributes.
std::string EscapeHtml(std::string_view text);

}  // namespace qonun
