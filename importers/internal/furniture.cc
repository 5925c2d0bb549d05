#include "importers/internal/furniture.h"

#include <algorithm>
#include <string>

#include "importers/internal/numbering.h"

namespace qonun::importers::internal {

namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::size_t SkipSpaces(std::string_view s, std::size_t pos) {
  while (pos < s.size() && IsSpace(s[pos])) {
    ++pos;
  }
  return pos;
}

}  // namespace

Furniture ClassifyFurniture(std::string_view line) {
  line.remove_prefix(SkipSpaces(line, 0));
  if (line.size() > 200) {
    return Furniture::kNone;
  }
  std::string lower = LowerSameLength(line);
  for (std::string_view marker :
       {"lexuz sharhi", "lexuz шарҳи", "комментарий lexuz", "lexuz commentary"}) {
    if (lower.starts_with(marker)) {
      return Furniture::kCommentary;
    }
  }
  while (!lower.empty() && (IsSpace(lower.back()) || lower.back() == '.')) {
    lower.pop_back();
  }
  for (std::string_view link :
       {"oldingi tahrirga qarang", "олдинги таҳрирга қаранг", "см. предыдущую редакцию",
        "предыдущая редакция", "see the previous version", "previous version",
        "sud amaliyotiga qarang", "суд амалиётига қаранг", "см. судебную практику"}) {
    if (lower == link) {
      return Furniture::kLine;
    }
  }
  return Furniture::kNone;
}

bool IsBareCommentaryMarker(std::string_view line) {
  line.remove_prefix(SkipSpaces(line, 0));
  while (!line.empty() && (IsSpace(line.back()) || line.back() == ':' || line.back() == '.')) {
    line.remove_suffix(1);
  }
  const std::string lower = LowerSameLength(line);
  return lower == "lexuz sharhi" || lower == "lexuz шарҳи" || lower == "комментарий lexuz" ||
         lower == "lexuz commentary";
}

bool IsParenthesisedNote(std::string_view block) {
  while (!block.empty() && (IsSpace(block.back()) || block.back() == '.')) {
    block.remove_suffix(1);
  }
  block.remove_prefix(SkipSpaces(block, 0));
  if (block.size() < 3 || block.front() != '(' || block.back() != ')') {
    return false;
  }
  // "(a) … (b)" opens and closes two brackets: not one note.
  int depth = 0;
  for (std::size_t i = 0; i + 1 < block.size(); ++i) {
    depth += block[i] == '(' ? 1 : block[i] == ')' ? -1 : 0;
    if (depth == 0) {
      return false;
    }
  }
  return true;
}

bool IsAmendmentNote(std::string_view block) {
  if (!IsParenthesisedNote(block)) {
    return false;
  }
  const std::string lower = LowerSameLength(block);
  for (std::string_view marker :
       {"редакц", "введен", "дополн", "изменен", "исключен", "утратил", "tahrir", "kiritil",
        "chiqaril", "kuchini yo", "таҳрир", "киритил", "чиқарил", "кучини йў", "amended",
        "inserted by", "added by", "repealed", "substituted by"}) {
    if (lower.find(marker) != std::string::npos) {
      return true;
    }
  }
  return false;
}

bool IsSignatureLine(std::string_view line) {
  line.remove_prefix(SkipSpaces(line, 0));
  if (line.size() > 160) {
    return false;
  }
  // Only the opening words matter: lower-case no more than them.
  const std::string lower = LowerSameLength(line.substr(0, 96));
  for (std::string_view opening :
       {"o\u02bbzbekiston respublikasining prezidenti", "o'zbekiston respublikasining prezidenti",
        "o\u2018zbekiston respublikasining prezidenti", "ўзбекистон республикасининг президенти",
        "ўзбекистон республикаси президенти", "президент республики узбекистан",
        "president of the republic of uzbekistan"}) {
    if (lower.starts_with(opening)) {
      // The name follows, the surname in capitals ("Sh. MIRZIYOYEV"), or
      // nothing; a sentence ("… Prezidenti Kengashni tuzadi.") does not.
      std::string_view rest = line.substr(opening.size());
      while (!rest.empty() && (IsSpace(rest.back()) || rest.back() == ',')) {
        rest.remove_suffix(1);
      }
      if (rest.empty()) {
        return true;
      }
      const std::string_view surname = rest.substr(rest.find_last_of(' ') + 1);
      for (std::size_t i = 0; i < surname.size(); ++i) {
        if (StartsLowerCase(surname, i) || surname[i] == '.') {
          return false;
        }
      }
      return surname.size() >= 2 && rest.size() < 80;
    }
  }
  return false;
}

bool IsAnnexHeading(std::string_view line) {
  line.remove_prefix(SkipSpaces(line, 0));
  while (!line.empty() && (IsSpace(line.back()) || line.back() == '.')) {
    line.remove_suffix(1);
  }
  if (line.empty() || line.size() > 200) {
    return false;
  }
  // Cheap test first: the line starts with A, I, П or И (annex, ilova,
  // приложение, илова) or ends in a or а (ilova, илова), in either case.
  const auto first = static_cast<unsigned char>(line[0]);
  const auto second = line.size() > 1 ? static_cast<unsigned char>(line[1]) : 0;
  const bool may_start =
      first == 'A' || first == 'a' || first == 'I' || first == 'i' ||
      (first == 0xD0 && (second == 0x9F || second == 0xBF || second == 0x98 || second == 0xB8));
  const std::string_view end = line.substr(line.size() - std::min<std::size_t>(line.size(), 2));
  const bool may_end =
      end.back() == 'a' || end.back() == 'A' || end == "\xD0\xB0" || end == "\xD0\x90";
  if (!may_start && !may_end) {
    return false;
  }
  const std::string lower = LowerSameLength(line);
  auto number_only = [](std::string_view rest) {
    rest.remove_prefix(SkipSpaces(rest, 0));
    if (rest.starts_with("№")) {
      rest.remove_prefix(std::string_view("№").size());
      rest.remove_prefix(SkipSpaces(rest, 0));
    } else if (rest.starts_with("no")) {
      rest.remove_prefix(2);
      rest.remove_prefix(rest.starts_with(".") ? 1 : 0);
      rest.remove_prefix(SkipSpaces(rest, 0));
    }
    std::size_t digits = 0;
    while (digits < rest.size() && rest[digits] >= '0' && rest[digits] <= '9') {
      ++digits;
    }
    return digits == rest.size() || (digits > 0 && rest[digits] == ' ') ||
           ((rest.starts_with("к ") || rest.starts_with("to ")) && rest.size() < 90);
  };
  // "Приложение", "Приложение № 1", "ПРИЛОЖЕНИЕ 2 к постановлению …", "Annex 1"
  for (std::string_view word : {"приложение", "annex", "appendix", "ilova", "илова"}) {
    if (lower.starts_with(word) && number_only(std::string_view(lower).substr(word.size()))) {
      return true;
    }
  }
  // "1-ILOVA", "…qaroriga 2-ilova", "Vazirlar Mahkamasining … qaroriga ILOVA"
  for (std::string_view word : {"ilova", "илова"}) {
    if (lower.ends_with(word)) {
      const std::size_t at = lower.size() - word.size();
      return at == 0 || lower[at - 1] == ' ' || lower[at - 1] == '-';
    }
  }
  return false;
}

std::vector<Item> WithoutFurniture(const std::vector<Item>& items) {
  std::vector<Item> kept;
  kept.reserve(items.size());
  bool drop_next = false;  // the comment after a bare "LexUZ sharhi" line
  for (const Item& item : items) {
    if (item.kind == ItemKind::kUnit) {
      drop_next = false;
      kept.push_back(item);
      continue;
    }
    if (drop_next) {
      drop_next = false;
      continue;
    }
    switch (ClassifyFurniture(item.text)) {
      case Furniture::kNone:
        kept.push_back(item);
        break;
      case Furniture::kLine:
        break;
      case Furniture::kCommentary:
        drop_next = IsBareCommentaryMarker(item.text);
        break;
    }
  }
  return kept;
}

}  // namespace qonun::importers::internal
