#pragma once
// How a provision is cited in each interface language, the way lawyers in
// each tradition write it:
//   eng  Art. 135(2)(a), Criminal Code
//   rus  п. «а» ч. 2 ст. 135 УК РУз
//   uzb  JK 135-modda 2-qism «a» bandi   (Cyrillic: ЖК 135-модда 2-қисм «а» банди)

#include <string>
#include <string_view>

#include "common/language.h"

namespace qonun::search {

struct CitationParts {
  std::string article;      // canonical number: "135", "135-1"
  std::string part;         // "2", or empty
  std::string point_label;  // the point as printed, without brackets: "а", "b", "1"
};

// The point label from a printed num: "(a)" → "a", "а)" → "а".
std::string PointLabel(std::string_view num);

// An act's title as Russian citations name it, in the genitive: the head noun
// ("Протокол о …" → "Протокола о …"), with its adjective ("Уголовный кодекс" →
// "Уголовного кодекса"); titles that start otherwise ("УК РУз") unchanged.
std::string RussianGenitiveTitle(const std::string& title);

// `short_title` is the work's short name in that language ("УК РУз").
// `cyrillic` chooses the Uzbek script. Treaties number paragraphs and
// subparagraphs where codes have parts and points (п. 2 ст. 18 rather than
// ч. 2 ст. 18): `international` chooses those words. Empty when there is no
// article.
std::string FormatCitation(const CitationParts& parts, Language language, bool cyrillic,
                           const std::string& short_title, bool international = false);

}  // namespace qonun::search
