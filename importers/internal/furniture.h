#pragma once
// What is printed with a law but is not its text: the furniture of pages
// saved or copied from lex.uz ("Oldingi tahrirga qarang.", "LexUZ sharhi"),
// and editorial notes in parentheses. Used by the text and the lex.uz
// importers and the tree builder.

#include <string_view>
#include <vector>

#include "importers/internal/builder.h"

namespace qonun::importers::internal {

// Lines that a page saved or copied from lex.uz adds around the law text.
enum class Furniture {
  kNone,
  kLine,  // "Oldingi tahrirga qarang.", "См. предыдущую редакцию": dropped
  kCommentary,  // "LexUZ sharhi", "Комментарий LexUz": dropped with the one line after
                // it (or the rest of its own line), the editor's comment
};

Furniture ClassifyFurniture(std::string_view line);

// True when a commentary line holds only its marker ("LexUZ sharhi"), so
// that the comment is the line after it.
bool IsBareCommentaryMarker(std::string_view line);

// True for a block wholly in parentheses: an editorial note ("(статья
// утратила силу)", "(Izoh: …)"), kept apart from the body text.
bool IsParenthesisedNote(std::string_view block);

// True for a block wholly in parentheses that records an amendment:
// "(в редакции Закона …)", "(… Qonuni tahririda)", "(as amended by …)".
bool IsAmendmentNote(std::string_view block);

// True for the line that opens an act's signature block: "Oʻzbekiston
// Respublikasining Prezidenti Sh. MIRZIYOYEV", "Президент Республики
// Узбекистан", "President of the Republic of Uzbekistan". The block (it,
// the city, the date, the number) is the act's conclusions, not law text.
bool IsSignatureLine(std::string_view line);

// True for a line that heads an annex: "ILOVA", "1-ilova", "…qaroriga
// 2-ILOVA", "Приложение", "Приложение № 1", "ПРИЛОЖЕНИЕ 2 к Закону…",
// "Annex", "Annex 1", "Appendix 2".
bool IsAnnexHeading(std::string_view line);

// `items` without furniture lines and the comments after "LexUZ sharhi".
std::vector<Item> WithoutFurniture(const std::vector<Item>& items);

}  // namespace qonun::importers::internal
