#pragma once
// What a question asks for, from its words in any of the four scripts: the
// punishment for an offence ("наказание за …", "… uchun qanday jazo",
// "how many years …") or the meaning of a term ("что такое …", "… nima",
// "who is …"). The words that say so are cues: they steer ranking
// (model/ranking.h's kSanctionBonus, kDefinitionBonus) and are not required
// in the results, since the law says "is punishable" where users ask "what
// is the punishment".

#include <vector>

#include "search/internal/query_builder.h"

namespace qonun::search::internal {

enum class Intent { kNone, kSanction, kDefinition };

struct QueryIntent {
  Intent intent = Intent::kNone;
  std::vector<bool> cue;  // per word of the query: says the intent
  // Per word: a cue that names no more than the intent ("punishment",
  // "наказание", "nima"), so it names no thesaurus concept either; a cue
  // that names a kind of sanction ("fine", "штраф", "jarima") still does.
  std::vector<bool> only_cue;
};

QueryIntent FindIntent(const std::vector<QueryWord>& words);

}  // namespace qonun::search::internal
