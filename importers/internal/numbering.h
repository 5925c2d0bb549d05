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
// kAnnex: an annex ("1-ILOVA", "Приложение № 2", "Annex"), which the text
// importer finds (IsAnnexHeading) and RecogniseUnit never returns.
enum class UnitKind {
  kPart,
  kSection,
  kChapter,
  kSubchapter,
  kArticle,
  kParagraph,
  kPoint,
  kAnnex
};

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

// Text copied from a page loses superscripts: "571-modda" between 57 and
// 58 is 57¹. A number that is neither the next one nor smaller, and that
// begins with the previous article's number `previous` (or the one after
// it, when that article is missing), is read as that number with a
// superscript: `article`'s id and num are rewritten ("57-1", "57¹-modda")
// and the number as printed ("57¹") returned; else nullopt.
std::optional<std::string> UnflattenedArticleNumber(const std::string& previous, Unit& article);

// The value of a roman numeral in upper-case ASCII (I…MMM), or 0.
int RomanValue(std::string_view roman);

// True when the text at `pos` starts with a lower-case letter (ASCII or
// Russian/Uzbek Cyrillic): running text rather than a heading, or an item
// of a list rather than a new part.
bool StartsLowerCase(std::string_view s, std::size_t pos = 0);

// Lower-cases ASCII and the Cyrillic letters of Russian and Uzbek, keeping
// every character's byte length (so offsets into the result match the input).
std::string LowerSameLength(std::string_view text);

}  // namespace qonun::importers::internal
