#pragma once
// The one place that knows how legal texts number their units, in English,
// Russian and Uzbek (both scripts): "Chapter I", "ГЛАВА 1", "1-bob", "I боб",
// "Раздел 2", "2-boʻlim", "Article 3.", "Статья 135¹.", "135¹-modda.",
// "135-1-модда.", parts "1.", points "a)", "(a)", "а)", "1)" and dashes.
// Used by the text and the lex.uz importers. Scans each line once, left to
// right: linear in the line's length.

#include <optional>
#include <string>
#include <string_view>

namespace qonun::importers::internal {

// kPart: the general and special parts of a code ("UMUMIY QISM", "ОСОБЕННАЯ
// ЧАСТЬ"); kSubchapter: "§ 2." inside a chapter.
enum class UnitKind { kPart, kSection, kChapter, kSubchapter, kArticle, kParagraph, kPoint };

enum class PointStyle { kNone, kLetter, kNumber, kDash };

struct Unit {
  UnitKind kind = UnitKind::kArticle;
  std::string num;   // as printed: "Статья 135¹.", "1-bob.", "а)"; empty for dashes
  std::string rest;  // the heading (sections, chapters, articles) or the text after the number
  std::string id;    // for the eId: "135-1", "9" (roman numerals in arabic), "a"; empty for dashes
  PointStyle style = PointStyle::kNone;
  bool bare_roman = false;  // a line holding only a roman numeral, read as a chapter
};

// The unit a line starts, or nullopt for ordinary text.
std::optional<Unit> RecogniseUnit(std::string_view line);

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

// The value of a roman numeral in upper-case ASCII (I…MMM), or 0.
int RomanValue(std::string_view roman);

// Lower-cases ASCII and the Cyrillic letters of Russian and Uzbek, keeping
// every character's byte length (so offsets into the result match the input).
std::string LowerSameLength(std::string_view text);

}  // namespace qonun::importers::internal
