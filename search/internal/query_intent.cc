#include "search/internal/query_intent.h"

#include <set>
#include <string>
#include <string_view>

namespace qonun::search::internal {

namespace {

using WordList = std::set<std::string, std::less<>>;

// One list of cue words per language. A word is looked up in all of them by
// its key: the query's analysis keeps one reading for a word that reads the
// same in two languages ("is", "fine" as Uzbek and as English), so the
// reading's language may not be the cue's.
struct CueWords {
  WordList english;
  WordList russian;
  WordList uzbek;

  bool Contains(const std::string& key) const {
    return english.contains(key) || russian.contains(key) || uzbek.contains(key);
  }
};

// Keys as the analysis chain makes them: lower case, ё as е, Uzbek folded to
// Latin (so Cyrillic "жазо" is "jazo").
const CueWords& SanctionWords() {
  static const CueWords words = {
      .english = {"punishment", "punishments", "punishable", "punished", "punish", "penalty",
                  "penalties", "sentence", "sentenced", "prison", "imprisonment", "jail", "years",
                  "fine", "fines", "sanction", "sanctions"},
      .russian = {"наказание",    "наказания", "наказанию", "наказанием", "наказуемо",
                  "наказывается", "наказать",  "накажут",   "срок",       "срока",
                  "сроки",        "лет",       "штраф",     "штрафа",     "штрафы",
                  "санкция",      "санкции",   "тюрьма",    "тюрьму",     "тюрьмы"},
      .uzbek = {"jazo", "jazosi", "jazoga", "jazolanadi", "jazolash", "qamoq", "qamoqqa", "muddat",
                "muddati", "yil", "yilga", "yilgacha", "jarima", "jarimasi", "sanksiya"},
  };
  return words;
}

// Words that ask for a meaning wherever they stand.
const CueWords& DefinitionWords() {
  static const CueWords words = {
      .english = {"definition", "define", "defined", "meaning", "mean", "means"},
      .russian = {"понятие", "определение", "означает", "понимается", "считается"},
      .uzbek = {"degani", "deganda", "deyiladi", "aytiladi", "tushunchasi", "tarifi"},
  };
  return words;
}

// Sanction words that name a kind of sanction, not only that there is one.
const WordList& SanctionKinds() {
  static const WordList words = {"fine",   "fines",  "prison",   "imprisonment", "jail",
                                 "штраф",  "штрафа", "штрафы",   "тюрьма",       "тюрьму",
                                 "тюрьмы", "jarima", "jarimasi", "qamoq",        "qamoqqa"};
  return words;
}

bool Has(const QueryWord& word, const WordList& list) {
  for (const analysis::Token& t : word.readings) {
    if (list.contains(t.key)) {
      return true;
    }
  }
  return false;
}

bool HasAny(const QueryWord& word, const CueWords& words) {
  for (const analysis::Token& t : word.readings) {
    if (words.Contains(t.key)) {
      return true;
    }
  }
  return false;
}

}  // namespace

QueryIntent FindIntent(const std::vector<QueryWord>& words) {
  QueryIntent found;
  found.cue.assign(words.size(), false);
  found.only_cue.assign(words.size(), false);
  bool sanction = false;
  bool definition = false;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (HasAny(words[i], SanctionWords())) {
      found.cue[i] = true;
      sanction = true;
    } else if (HasAny(words[i], DefinitionWords())) {
      found.cue[i] = true;
      definition = true;
    }
  }
  // Question words that ask for a meaning only in these places: "what is X",
  // "who is X", "what counts as X"; "что такое X", "кто такой X", "кто
  // считается X"; "X nima", "X kim" (last word) in either Uzbek script.
  static const WordList english_what = {"what", "who"};
  static const WordList english_is = {"is", "counts"};
  static const WordList russian_what = {"что", "кто"};
  static const WordList russian_such = {"такое", "такой",     "такая",
                                        "такие", "считается", "является"};
  static const WordList uzbek_last = {"nima", "kim", "hisoblanadi"};
  for (std::size_t i = 0; i + 1 < words.size(); ++i) {
    if ((Has(words[i], english_what) && Has(words[i + 1], english_is)) ||
        (Has(words[i], russian_what) && Has(words[i + 1], russian_such))) {
      found.cue[i + 1] = true;
      definition = true;
    }
  }
  if (words.size() >= 2 && Has(words.back(), uzbek_last)) {
    found.cue.back() = true;
    definition = true;
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    found.only_cue[i] = found.cue[i] && !Has(words[i], SanctionKinds());
  }
  found.intent = sanction ? Intent::kSanction : definition ? Intent::kDefinition : Intent::kNone;
  return found;
}

}  // namespace qonun::search::internal
