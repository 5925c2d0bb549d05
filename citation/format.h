#pragma once
// How a provision is cited, in each language and script, the way lawyers in
// each tradition write it — one table of forms (format.cc) for the short
// citation, the full citation and the choice of the work's short title:
//   eng  Art. 135(2)(a), Criminal Code
//   rus  п. «а» ч. 2 ст. 135 УК РУз
//   uzb  JK 135-modda 2-qism «a» bandi   (Cyrillic: ЖК 135-модда 2-қисм «а» банди)
// Treaties number paragraphs and subparagraphs where codes have parts and
// points, so they have forms of their own (п. 2 ст. 18 rather than ч. 2 ст. 18).
//
//   FormatCitation({"135", "2", "а"}, Language::kRussian, Script::kCyrillic, "УК")
//       == "п. «а» ч. 2 ст. 135 УК"
//
// A new way of citing is a new row of the table, not a new code path.
// Pure functions over plain values; thread-safe.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/language.h"
#include "common/utf8.h"

namespace qonun {

struct CitationParts {
  std::string article;      // canonical number: "135", "135-1"
  std::string part;         // "2", or empty
  std::string point_label;  // the point as printed, without brackets: "а", "b", "1"
};

enum class CitedLevel { kNational, kInternational };

// One row of the table: how one language, in one script, cites a provision
// of a national act or of a treaty. Each piece is a template whose "{}" is
// replaced by the value; a piece is left out when its value is empty.
// `layout` orders the pieces, naming them {title} {article} {part} {point}.
struct CitationForm {
  Language language;
  Script script;  // kOther: any script
  CitedLevel level;
  std::string_view layout;
  std::string_view title;
  std::string_view article;
  std::string_view part;
  std::string_view point;
};

// The table, in lookup order (the first row that fits is used).
const std::vector<CitationForm>& CitationForms();

// The point label from a printed num: "(a)" → "a", "а)" → "а".
std::string PointLabel(std::string_view num);

// "135-1" as printed in citations: 135¹.
std::string PrintedNumber(std::string_view canonical);

// The short citation. `short_title` is the work's short name in that
// language ("УК РУз"), or empty. `script` chooses the Uzbek script. Empty
// when there is no article.
std::string FormatCitation(const CitationParts& parts, Language language, Script script,
                           std::string_view short_title, CitedLevel level = CitedLevel::kNational);

// What a work is called in a citation in `language`, written in `script`:
// its short title in that language, else the first alias written in that
// script (a Russian citation never ends in "JK"), else `name`.
std::string ShortTitle(const std::map<Language, std::string>& short_titles,
                       const std::vector<std::string>& aliases, Language language, Script script,
                       const std::string& name);

// The full citation: the provision as cited without a title (`cited`), the
// work's full name, and, when `amended_by` is not empty, the latest
// amending act ("as amended by …"), in the language's own order.
std::string FullCitation(std::string_view cited, std::string_view work_name, Language language,
                         Script script, std::string_view amended_by);

// The permanent address of a provision: its expression URI and eId.
std::string Permalink(std::string_view expression_uri, std::string_view eid);

}  // namespace qonun
