#include "importers/text_importer.h"

#include <utility>
#include <vector>

#include "importers/internal/builder.h"
#include "importers/internal/furniture.h"
#include "importers/internal/input.h"
#include "importers/internal/numbering.h"

namespace qonun::importers {

namespace {

using internal::Item;
using internal::ItemKind;

struct Line {
  std::string_view text;
  int number = 0;
};

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  int number = 1;
  while (true) {
    const auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty() && line.back() == '\r') {
      line.remove_suffix(1);
    }
    lines.push_back({line, number++});
    if (end == std::string_view::npos) {
      break;
    }
    text.remove_prefix(end + 1);
  }
  return lines;
}

// A line that ends a sentence (or a list item) starts no continuation.
bool EndsSentence(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  if (line.empty()) {
    return true;
  }
  const char last = line.back();
  if (last == '.' || last == ';' || last == ':' || last == '!' || last == '?' || last == ')') {
    return true;
  }
  for (std::string_view end : {"\u2026", "\u00BB", "\u201D"}) {
    if (line.size() >= end.size() && line.substr(line.size() - end.size()) == end) {
      return true;
    }
  }
  return false;
}

// A point that ends in "—" leads into the sanction of its part: the line
// after it is the part's wrap-up, not more of the point.
bool LeadsOutOfPoint(const Item& item, std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) {
    line.remove_suffix(1);
  }
  return item.kind == ItemKind::kUnit && item.unit.kind == internal::UnitKind::kPoint &&
         (line.ends_with("\u2014") || line.ends_with("\u2013"));
}

// A line in capitals (a title, "OʻZBEKISTON RESPUBLIKASINING … KODEKSI"):
// letters and no lower-case one.
bool IsCapitals(std::string_view line) {
  bool letter = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (internal::StartsLowerCase(line, i)) {
      return false;
    }
    const auto c = static_cast<unsigned char>(line[i]);
    letter = letter || (c >= 'A' && c <= 'Z') || c == 0xD0 || c == 0xD1 || c == 0xD2;
  }
  return letter;
}

}  // namespace

Result<ImportResult> ImportText(std::string_view bytes, const ImportOptions& options) {
  Result<ImportResult> started = internal::StartImport(bytes, options);
  if (!started.ok()) {
    return started.status();
  }
  ImportResult result = std::move(started).value();

  // Blocks: a structural line always starts one; a text line continues the
  // previous block when that did not end a sentence and no blank line came
  // between. Page furniture copied with the text is dropped first, so that
  // it neither joins a block nor counts as a part; a line wholly in
  // parentheses (an amendment note) is a block of its own.
  std::vector<Item> items;
  std::vector<std::string> conclusions;  // the signature block after the body
  bool body = false;                     // a unit was read
  bool in_signature = false;             // the lines read go to `conclusions`
  bool open = false;                     // the last item may take a continuation line
  bool drop_comment = false;             // the line after a bare "LexUZ sharhi"
  for (const Line& line : SplitLines(internal::StripBom(bytes))) {
    const std::string text = internal::CollapseSpaces(line.text);
    if (text.empty()) {
      open = false;
      continue;
    }
    auto unit = internal::RecogniseUnit(text);
    if (std::exchange(drop_comment, false) && !unit) {
      continue;
    }
    if (const auto furniture = internal::ClassifyFurniture(text);
        furniture != internal::Furniture::kNone) {
      drop_comment =
          furniture == internal::Furniture::kCommentary && internal::IsBareCommentaryMarker(text);
      continue;
    }
    if (!unit && body && internal::IsAnnexHeading(text)) {
      internal::Unit annex;
      annex.kind = internal::UnitKind::kAnnex;
      annex.num = text;
      items.push_back({ItemKind::kUnit, std::move(annex), {}, line.number});
      in_signature = open = false;
      continue;
    }
    if (!unit && body && (in_signature || internal::IsSignatureLine(text))) {
      // The signature block: the President, the city, the date, the number.
      conclusions.push_back(text);
      in_signature = true;
      continue;
    }
    if (std::exchange(in_signature, false)) {
      // Units after it: it was not the end of the act after all.
      for (std::string& block : conclusions) {
        items.push_back({ItemKind::kText, {}, std::move(block), line.number});
      }
      conclusions.clear();
    }
    if (unit) {
      body = true;
      const bool heading =
          unit->kind != internal::UnitKind::kParagraph && unit->kind != internal::UnitKind::kPoint;
      items.push_back({ItemKind::kUnit, std::move(*unit), {}, line.number});
      open = !heading && !EndsSentence(text) && !LeadsOutOfPoint(items.back(), text);
      continue;
    }
    if (internal::IsParenthesisedNote(text)) {
      items.push_back({ItemKind::kText, {}, text, line.number});
      open = false;
      continue;
    }
    // A title in capitals takes no line in running case (the preamble) after it.
    if (open && !items.empty() &&
        !(items.back().kind == ItemKind::kText && IsCapitals(items.back().text) &&
          !IsCapitals(text))) {
      Item& last = items.back();
      std::string& target = last.kind == ItemKind::kUnit ? last.unit.rest : last.text;
      target += " " + text;
      open = !EndsSentence(text) && !LeadsOutOfPoint(last, text);
      continue;
    }
    items.push_back({ItemKind::kText, {}, text, line.number});
    open = !EndsSentence(text);
  }
  for (Item& item : items) {
    if (item.kind == ItemKind::kText && internal::IsParenthesisedNote(item.text)) {
      item.kind = ItemKind::kNote;
    }
  }

  // Before the first unit: the title, then the preamble.
  std::size_t first_unit = 0;
  while (first_unit < items.size() && items[first_unit].kind != ItemKind::kUnit) {
    ++first_unit;
  }
  if (first_unit == items.size()) {
    return internal::InputError(
        options.source_name, items.empty() ? 1 : items.front().line,
        "no structure recognised: no chapter, article or numbered paragraph heading (such as "
        "'Article 1.', 'Статья 1.', '1-modda.', '1.')");
  }
  std::vector<std::string> preamble;
  model::Expression& e = result.expression;
  for (std::size_t i = 0; i < first_unit; ++i) {
    // A note has no provision yet to carry it: it joins the preamble.
    if (items[i].kind != ItemKind::kNote && e.long_title.empty() && options.title.empty()) {
      e.long_title = items[i].text;
      e.work.name = items[i].text;
    } else {
      preamble.push_back(items[i].text);
    }
  }
  if (e.long_title.empty()) {
    result.warnings.push_back({options.source_name, items.front().line, model::Severity::kWarning,
                               "no title: give one with --title"});
  }
  internal::AddPreamble(preamble, e);
  items.erase(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(first_unit));
  internal::BuildTree(items, conclusions, options, e, result.warnings);
  return result;
}

}  // namespace qonun::importers
