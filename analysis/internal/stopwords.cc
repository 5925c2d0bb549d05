#include "analysis/internal/stopwords.h"

#include <set>
#include <string>

namespace qonun::analysis::internal {

namespace {

const std::set<std::string, std::less<>>& English() {
  static const std::set<std::string, std::less<>> words = {
      "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any",
      "are", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both",
      "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "either",
      "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers",
      "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its",
      "itself", "may", "me", "more", "most", "my", "myself", "neither", "no", "nor", "not", "of",
      "off", "on", "once", "only", "or", "other", "our", "ours", "out", "over", "own", "same",
      "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs",
      "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to",
      "too", "under", "until", "up", "upon", "very", "was", "we", "were", "what", "when", "where",
      "whether", "which", "while", "who", "whom", "why", "will", "with", "within", "would", "you",
      "your", "yours", "thereof", "therein", "hereby", "whereas", "whose",
      // question words
      "many", "much", "get", "gets", "happens", "whom"};
  return words;
}

// ё is already folded to е in keys.
const std::set<std::string, std::less<>>& Russian() {
  static const std::set<std::string, std::less<>> words = {
      "а", "без", "более", "бы", "был", "была", "были", "было", "быть", "в", "вам", "вас", "весь",
      "во", "вот", "все", "всего", "всех", "вы", "где", "да", "даже", "для", "до", "его", "ее",
      "если", "есть", "еще", "же", "за", "здесь", "и", "из", "или", "им", "их", "к", "как", "ко",
      "когда", "кого", "кое", "который", "которая", "которое", "которые", "которого", "которой",
      "которых", "кто", "ли", "либо", "лишь", "между", "меня", "мне", "мы", "на", "над", "надо",
      "наш", "не", "него", "нее", "нет", "ни", "нибудь", "них", "но", "ну", "о", "об", "однако",
      "он", "она", "они", "оно", "от", "перед", "по", "под", "при", "про", "с", "сам", "свой",
      "своего", "своей", "своих", "себе", "себя", "со", "так", "также", "такой", "там", "те", "тем",
      "то", "того", "тоже", "той", "только", "том", "ту", "тут", "у", "уже", "чем", "что", "чтобы",
      "эта", "эти", "этим", "этих", "это", "этого", "этой", "этом", "этот", "я",
      // question words
      "какой", "какая", "какое", "какие", "каким", "какую", "каких", "сколько", "такое", "такой",
      "такая", "такие", "грозит", "является", "ли"};
  return words;
}

// uz-fold keys (Latin, oʻ/gʻ with U+02BB, tutuq dropped).
const std::set<std::string, std::less<>>& Uzbek() {
  static const std::set<std::string, std::less<>> words = {
      "va", "bilan", "uchun", "ham", "bu", "shu", "u", "esa", "yoki", "lekin", "ammo", "hamda",
      "deb", "edi", "ekan", "emas", "kabi", "har", "bo\u02BByicha", "o\u02BBz", "biror", "bunday",
      "shunday", "tomonidan", "haqida", "orqali", "ko\u02BBra", "agar", "chunki", "yani", "hech",
      "qaysi", "qanday", "kim", "nima", "ular", "biz", "siz", "men", "sen", "unga", "uni", "uning",
      "bunda", "shuning", "ushbu", "mazkur", "yana", "balki", "faqat", "hatto", "bo\u02BBlgan",
      "bo\u02BBladi", "bo\u02BBlsa", "etib", "qilib", "qilingan", "ya", "da", "ning", "ni", "ga",
      "dan", "ushbuning", "bular", "shular", "ana", "mana", "xuddi", "endi", "keyin", "oldin",
      "sari", "qadar", "singari",
      // question words
      "necha", "qancha", "qanaqa", "nimaga", "nimani", "kimga", "kimni", "kimning", "qachon",
      "qayerda", "degani", "deganda"};
  return words;
}

}  // namespace

bool IsStopword(Language language, std::string_view key) {
  switch (language) {
    case Language::kEnglish:
      return English().contains(key);
    case Language::kRussian:
      return Russian().contains(key);
    case Language::kUzbek:
      return Uzbek().contains(key);
  }
  return false;
}

}  // namespace qonun::analysis::internal
