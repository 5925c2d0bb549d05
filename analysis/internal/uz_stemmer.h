#pragma once
// A light inflectional stemmer for Uzbek, working on uz-fold keys. Rules and
// their reasons are in analysis/README.md.

#include <string>
#include <string_view>

namespace qonun::analysis::internal {

std::string StemUzbekKey(std::string_view key);

}  // namespace qonun::analysis::internal
