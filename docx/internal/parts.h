#pragma once
// What the package writer (package.cc) shares with the document writer (docx.cc).

#include <string>
#include <vector>

#include "docx/docx.h"

namespace qonun::docx {

// The distinct link targets of the document, in order of first use: link
// n (0-based) is relationship "rIdLink<n+1>" of word/document.xml.
std::vector<std::string> DocumentLinks(const Document& document);

}  // namespace qonun::docx
