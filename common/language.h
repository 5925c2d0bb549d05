#pragma once
// The languages Qonun reads and searches. Documents carry one; a query may be
// read in several (see analysis/).

#include <array>
#include <optional>
#include <string_view>

namespace qonun {

enum class Language { kEnglish, kRussian, kUzbek };

inline constexpr std::array<Language, 3> kAllLanguages = {Language::kEnglish, Language::kRussian,
                                                          Language::kUzbek};

// ISO 639-2 code used in Akoma Ntoso URIs: "eng", "rus", "uzb".
constexpr std::string_view LanguageCode(Language language) {
  switch (language) {
    case Language::kEnglish:
      return "eng";
    case Language::kRussian:
      return "rus";
    case Language::kUzbek:
      return "uzb";
  }
  return "";
}

// Accepts the ISO 639-2 code ("rus") and the ISO 639-1 code ("ru").
constexpr std::optional<Language> ParseLanguageCode(std::string_view code) {
  if (code == "eng" || code == "en") {
    return Language::kEnglish;
  }
  if (code == "rus" || code == "ru") {
    return Language::kRussian;
  }
  if (code == "uzb" || code == "uz") {
    return Language::kUzbek;
  }
  return std::nullopt;
}

}  // namespace qonun
