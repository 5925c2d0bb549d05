// Type-ahead answers come from the snapshot's prebuilt table
// (search/type_ahead.h), built once when the snapshot is loaded.

#include "search/suggest.h"

#include "search/type_ahead.h"

namespace qonun::search {

std::vector<Suggestion> Suggest(const Snapshot& snapshot, const analysis::Analyzer& analyzer,
                                std::string_view typed_text, std::size_t limit) {
  std::vector<Suggestion> out;
  for (const TypeAheadEntry* entry :
       snapshot.type_ahead.Find(SuggestWords(analyzer, typed_text), limit)) {
    out.push_back({entry->text, std::string(KindName(entry->kind)), entry->work, entry->eid});
  }
  return out;
}

}  // namespace qonun::search
