// The one rule by which a phrase names a work (analysis/name_match.h), used
// by the searcher's citations and by versions::Locate.

#include "analysis/name_match.h"

#include <catch2/catch.hpp>

namespace {

using qonun::analysis::FirstNamedPosition;
using qonun::analysis::StemsByWord;
using qonun::analysis::Stopwords;

const qonun::analysis::Analyzer& A() {
  static const auto analyzer = qonun::analysis::Analyzer::Create().value();
  return analyzer;
}

}  // namespace

TEST_CASE("a phrase names the name that holds all its words and the earliest one",
          "[search][unit]") {
  const auto convention =
      StemsByWord(A(), "Convention against Transnational Organized Crime", Stopwords::kKeep);
  const auto protocol =
      StemsByWord(A(), "Protocol to Prevent Trafficking in Persons, supplementing the Convention",
                  Stopwords::kKeep);
  const auto typed = StemsByWord(A(), "convention", Stopwords::kDrop);
  CHECK(FirstNamedPosition(typed, convention) == 0u);
  CHECK(FirstNamedPosition(typed, protocol) > FirstNamedPosition(typed, convention));
  // Inflected Russian meets the name's own form.
  CHECK(FirstNamedPosition(StemsByWord(A(), "уголовного кодекса", Stopwords::kDrop),
                           StemsByWord(A(), "Уголовный кодекс", Stopwords::kKeep)) == 0u);
  CHECK_FALSE(FirstNamedPosition(StemsByWord(A(), "labour code", Stopwords::kDrop), convention));
  CHECK_FALSE(FirstNamedPosition({}, convention));
}
