#pragma once
// An inflectional stemmer for Uzbek, working on uz-fold keys: it lists the
// readings Uzbek suffix order allows and prefers roots of its lexicon
// (uz_lexicon.cc). Rules and their reasons are in analysis/README.md §5.

#include <string>
#include <string_view>

namespace qonun::analysis::internal {

std::string StemUzbekKey(std::string_view key);

}  // namespace qonun::analysis::internal
