#pragma once
// Finds a provision in the corpus from what a user writes: a work (URI or
// alias) with an eId, an Akoma Ntoso provision URI, or a citation such as
// "ч. 2 ст. 135 УК", "135-modda 2-qism JK", "Article 3 Protocol". Citations
// are resolved through the works' aliases and names and the printed numbers
// (<num>), never by guessing eIds.

#include <optional>
#include <string>
#include <string_view>

#include "analysis/analyzer.h"
#include "common/status.h"
#include "model/corpus.h"

namespace qonun::versions {

// Locate and ResolveAknUri read the corpus only; Locate borrows the
// analyzer (one per thread). Work pointers point into the corpus.
struct Located {
  const model::Work* work = nullptr;
  std::string identity;  // empty: the whole work
};

// `text` forms, in the order tried:
//   "/akn/uz/act/1994-09-22/2012-xii/~art_135"   work URI + "/~" + eId
//   "УК art_135", "/akn/…/2012-xii art_135"      work and eId
//   "УК", "/akn/…"                               a whole work
//   "ч. 2 ст. 135 УК"                           a citation
// kNotFound names what could not be found; kInvalidArgument when nothing in
// the text names a work or provision.
Result<Located> Locate(const model::Corpus& corpus, const analysis::Analyzer& analyzer,
                       std::string_view text);

// What an Akoma Ntoso URI path names: "/akn/uz/act/1994-09-22/test-1"
// (a work), with "/rus" or "/rus@2019-01-01" (a language, and the day the
// text stood), and "/~art_5__para_2" (a provision). Absent parts are left to
// the caller's defaults. The work pointer points into `corpus`.
struct AknTarget {
  const model::Work* work = nullptr;
  std::optional<Language> language;
  std::optional<model::Date> date;
  std::string eid;  // empty: the whole work
};

// kNotFound when no work has that URI or what follows it is not LANG or
// LANG@DATE; kInvalidArgument when DATE is not a real day.
Result<AknTarget> ResolveAknUri(const model::Corpus& corpus, std::string_view path);

}  // namespace qonun::versions
