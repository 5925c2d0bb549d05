#include "search/internal/query_intent.h"

#include <set>
#include <string>
#include <string_view>

namespace qonun::search::internal {

namespace {

using WordList = std::set<std::string, std::less<>>;

// One list of cue words per language, each matched against the word's
// reading in that language (ReadingIn).
struct CueWords {
  WordList english;
  WordList russian;
  WordList uzbek;
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
const CueWords& SanctionKinds() {
  static const CueWords words = {
      .english = {"fine", "fines", "prison", "imprisonment", "jail"},
      .russian = {"штраф", "штрафа", "штрафы", "тюрьма", "тюрьму", "тюрьмы"},
      .uzbek = {"jarima", "jarimasi", "qamoq", "qamoqqa"},
  };
  return words;
}

bool Has(const QueryWord& word, Language language, const WordList& list) {
  const analysis::Token* reading = ReadingIn(word, language);
  return reading != nullptr && list.contains(reading->key);
}

bool HasAny(const QueryWord& word, const CueWords& words) {
  return Has(word, Language::kEnglish, words.english) ||
         Has(word, Language::kRussian, words.russian) || Has(word, Language::kUzbek, words.uzbek);
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
    if ((Has(words[i], Language::kEnglish, english_what) &&
         Has(words[i + 1], Language::kEnglish, english_is)) ||
        (Has(words[i], Language::kRussian, russian_what) &&
         Has(words[i + 1], Language::kRussian, russian_such))) {
      found.cue[i + 1] = true;
      definition = true;
    }
  }
  if (words.size() >= 2 && Has(words.back(), Language::kUzbek, uzbek_last)) {
    found.cue.back() = true;
    definition = true;
  }
  for (std::size_t i = 0; i < words.size(); ++i) {
    found.only_cue[i] = found.cue[i] && !HasAny(words[i], SanctionKinds());
  }
  found.intent = sanction ? Intent::kSanction : definition ? Intent::kDefinition : Intent::kNone;
  return found;
}

}  // namespace qonun::search::internal
