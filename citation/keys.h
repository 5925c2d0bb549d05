#pragma once
// Canonical citation keys: the one spelling of "article 135, part 2, point b"
// that the indexer derives from printed numbers (<num>) and the query side
// derives from what a user types ("ч. 2 ст. 135", "135-modda 2-qism",
// "Article 3(b)"). Both must produce the same key, so both call these.
//
//   CitationKey("135", "2", "b") == "art135.p2.pb"
//   CanonicalNumber("Статья 135¹.") == "135-1"
//   CanonicalPoint("б)") == "b"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace qonun {

// ---- recognising ----

// What a word of a citation says, read on its uz-fold key (Latin, lower
// case, so "ст", "st" and "СТ" are one word): "ст." and "Article" name the
// article before its number, "modda" after it (135-modda); "ч.", "part",
// "qism" a part; "п.", "point", "band" a point.
enum class CitationWordRole { kNone, kArticle, kArticleAfterNumber, kPart, kPoint };

// One row of the table of citation words.
struct CitationWord {
  std::string_view fold;
  CitationWordRole role;
  // Whether longer words starting with `fold` count ("statya", "statyi",
  // "qismi"), and up to how many bytes (0: any length).
  bool prefix = false;
  std::size_t max_bytes = 0;
};

// The table, and the words that never cite although a prefix would take
// them ("status", "state").
const std::vector<CitationWord>& CitationWords();

CitationWordRole RoleOfCitationWord(std::string_view fold);

// ---- keys ----

// The number in a printed article or part number: "Статья 135." → "135",
// "135¹-modda." → "135-1", "Article 148-2" → "148-2", "2." → "2"; "" when
// there is no arabic number (roman chapter numbers are not cited).
std::string CanonicalNumber(std::string_view num);

// The letter or number of a point: "(a)" → "a", "а)" → "a", "б)" → "b"
// (Cyrillic letters map by their place in the alphabet, skipping ё й ъ ы ь,
// so that Russian and Uzbek lettering meets the English one; the Uzbek
// letters after я are z1…z6: "ў)" → "z3"), "1)" → "1".
std::string CanonicalPoint(std::string_view num);

// The same for a point printed in an Uzbek text: Uzbek Latin letters spell
// the Cyrillic ones, so "v)" → "c" as "в)" does, "g)" → "d", "j)" → "g".
std::string CanonicalUzbekPoint(std::string_view num);

// The id of one Cyrillic list letter: "а" → "a", "в" → "c", "ю" → "z1",
// "ҳ" → "z6"; "" for another character. Either case.
std::string CyrillicPointId(char32_t letter);

// The id of one Uzbek Latin list letter, by the Cyrillic letter it spells:
// 'v' → "c", 'q' → "z4"; "" for c, w, y (not Uzbek list letters).
std::string UzbekLatinPointId(char letter);

// A canonical point written in a script: PointLetter("c", true) == "в",
// PointLetter("c", false) == "c"; numbers stay as they are.
std::string PointLetter(std::string_view canonical, bool cyrillic);

// "art135", "art135.p2", "art135.p2.pb", "art3.pa"; part and point may be
// empty. Empty when `article` is empty.
std::string CitationKey(std::string_view article, std::string_view part, std::string_view point);

// The key of a provision numbered at the top of an act that has no articles,
// as a decree's points are: "unit4" for п. 4 Указа УП-5775, PF-5775 4-band,
// paragraph 4 of Decree PF-5775. Empty when `number` is empty.
std::string UnitCitationKey(std::string_view number);

}  // namespace qonun
