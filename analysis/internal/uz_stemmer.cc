#include "analysis/internal/uz_stemmer.h"

#include <array>
#include <set>

namespace qonun::analysis::internal {

namespace {

// Letters in the key: the modifier U+02BB (2 bytes) belongs to the letter
// before it, other characters are counted by their first byte.
std::size_t Letters(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) == 0x80) {
      continue;
    }
    if (s.compare(i, 2, "\u02BB") == 0) {
      continue;
    }
    ++n;
  }
  return n;
}

// Words whose ending looks like a suffix but is part of the word.
const std::set<std::string, std::less<>>& Protected() {
  static const std::set<std::string, std::less<>> words = {
      "modda", "qoida",    "foyda",  "ifoda",  "vada",     "bunda",   "shunda",
      "unda",  "avvalida", "soda",   "ganda",  "banda",    "ilgari",  "keyin",
      "hamda", "orqali",   "boshqa", "tarzda", "darajada", "asosida",
  };
  return words;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Strips the first suffix of `group` that fits, keeping at least
// `min_letters` letters; true when one was stripped.
bool StripOne(std::string& word, std::initializer_list<std::string_view> group,
              std::size_t min_letters) {
  for (std::string_view suffix : group) {
    if (EndsWith(word, suffix) &&
        Letters(std::string_view(word).substr(0, word.size() - suffix.size())) >= min_letters) {
      word.resize(word.size() - suffix.size());
      return true;
    }
  }
  return false;
}

// Stems that lose a vowel before a possessive (shahar → shahri).
const std::array<std::pair<std::string_view, std::string_view>, 9> kVowelDrop = {{
    {"shahr", "shahar"},
    {"burn", "burun"},
    {"og\u02BBz", "og\u02BBiz"},
    {"qorn", "qorin"},
    {"bag\u02BBr", "bag\u02BBir"},
    {"ko\u02BBngl", "ko\u02BBngil"},
    {"singl", "singil"},
    {"o\u02BBgl", "o\u02BBg\u02BBil"},
    {"mehr", "mehr"},
}};

std::string Repair(std::string word) {
  // Consonant repairs: a stem-final k and q voice before a vowel
  // (yurak → yuragi, qishloq → qishlogʻi); fold both ways to the voiceless form.
  if (EndsWith(word, "g\u02BB") && Letters(word) >= 4) {
    word.replace(word.size() - 3, 3, "q");
  } else if (EndsWith(word, "g") && Letters(word) >= 4) {
    word.back() = 'k';
  }
  for (const auto& [short_form, full] : kVowelDrop) {
    if (word == short_form) {
      word = std::string(full);
    }
  }
  return word;
}

}  // namespace

std::string StemUzbekKey(std::string_view key) {
  std::string word(key);
  if (Letters(word) < 4 || Protected().contains(word)) {
    return word;
  }
  // Verb forms first: participles, the present-future and the continuous.
  // They end a word, so nothing nominal needs stripping after them. The
  // voice and causative suffixes before them stay.
  if (StripOne(word, {"moqda", "adi", "aydi", "ydi", "gan", "kan", "qan"}, 4)) {
    return Repair(word);
  }
  // Outside in: particles, predicate endings, case, possessive, plural. Each
  // group strips at most one suffix. Derivational suffixes (-lik, -chi, -li,
  // -siz) carry legal meaning and stay.
  StripOne(word, {"mi", "ku", "yu"}, 4);
  StripOne(word, {"dir"}, 4);
  // The accusative -ni is ambiguous after u: qonuni is qonun + i, not qonu + ni.
  if (EndsWith(word, "ni") && word.size() > 2 && word[word.size() - 3] != 'u' &&
      Letters(std::string_view(word).substr(0, word.size() - 2)) >= 3) {
    word.resize(word.size() - 2);
  } else {
    StripOne(word, {"ning", "dagi", "gacha", "dan", "ga", "ka", "qa", "da", "dek"}, 3);
  }
  if (!Protected().contains(word)) {
    // Possessive: -lari; -si after a vowel (bolasi), -i after a consonant
    // (shaxsi). -i after -ch (ishtirokchi) or -l (aybli) is derivational.
    if (EndsWith(word, "lari") && Letters(word) > 6) {
      word.resize(word.size() - 4);
    } else if (EndsWith(word, "si") && Letters(word) >= 5 &&
               std::string_view("aeiou").find(word[word.size() - 3]) != std::string::npos) {
      word.resize(word.size() - 2);
    } else if (EndsWith(word, "i") && !EndsWith(word, "chi") && !EndsWith(word, "li") &&
               !EndsWith(word, "iy") && Letters(word) >= 5) {
      word.resize(word.size() - 1);
    }
  }
  StripOne(word, {"lar"}, 3);
  return Repair(word);
}

}  // namespace qonun::analysis::internal
