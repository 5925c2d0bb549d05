#pragma once

// Root lists for the Uzbek stemmer: space-separated uz-fold keys.

namespace qonun::analysis::internal {

extern const char* const kUzNominalRoots;
extern const char* const kUzVerbRoots;

}  // namespace qonun::analysis::internal
