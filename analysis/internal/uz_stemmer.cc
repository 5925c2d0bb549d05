#include "analysis/internal/uz_stemmer.h"

#include <array>
#include <set>
#include <span>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "analysis/internal/uz_lexicon.h"
#include "analysis/internal/uz_suffixes.h"

// How the stemmer reads a word (analysis/README.md has the reasons):
//  1. Every analysis the suffix order allows is listed: nominal
//     (root - plural - possessive - case - particle) and verbal
//     (root - passive/reciprocal - negation - tense/aspect/mood - person,
//     and the participles and verbal nouns, which then take nominal suffixes).
//  2. If any analysis ends on a root of the lexicon, the longest such root
//     wins: it protects roots that end like a suffix (asos-i, not aso-si;
//     tanga, not tan-ga) and picks kun-i over ku-ni.
//  3. Otherwise a verb reading with an unambiguous verbal ending wins
//     (-moqda, -yapti, -gan, -adi, -di after a consonant ...), then one with
//     a weaker ending (-di after a vowel, -ib, -sa, -ish) on a root that looks
//     like a verb (-la, -lan, -tir, -ir ...), then the nominal reading.
// Derivational suffixes (-lik, -chi, -li, -siz, -uvchi) are never stripped.

namespace qonun::analysis::internal {

namespace {

constexpr std::string_view kModifier = "\u02BB";  // the sign of oʻ and gʻ

// Letters in the key: the modifier U+02BB belongs to the letter before it,
// other characters are counted by their first byte.
std::size_t Letters(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) == 0x80 || s.compare(i, kModifier.size(), kModifier) == 0) {
      continue;
    }
    ++n;
  }
  return n;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// oʻ is a vowel, gʻ a consonant.
bool EndsInVowel(std::string_view s) {
  if (EndsWith(s, "o\u02BB")) {
    return true;
  }
  return !s.empty() && std::string_view("aeiou").find(s.back()) != std::string_view::npos;
}

bool EndsInConsonant(std::string_view s) {
  return !s.empty() && !EndsInVowel(s);
}

using WordSet = std::unordered_set<std::string_view>;

WordSet Split(const char* blob) {
  WordSet out;
  std::string_view rest(blob);
  while (!rest.empty()) {
    const auto space = rest.find(' ');
    if (space != 0) {
      out.insert(rest.substr(0, space));
    }
    if (space == std::string_view::npos) {
      break;
    }
    rest.remove_prefix(space + 1);
  }
  return out;
}

const WordSet& NominalRoots() {
  static const WordSet roots = Split(kUzNominalRoots);
  return roots;
}

const WordSet& VerbRoots() {
  static const WordSet roots = Split(kUzVerbRoots);
  return roots;
}

// Function words whose ending looks like a case suffix: left alone.
const std::set<std::string, std::less<>>& Protected() {
  static const std::set<std::string, std::less<>> words = {
      "avvalida", "ganda", "ilgari", "keyin", "hamda", "orqali", "boshqa", "endi",
      "hali",     "yana",  "ham",    "faqat", "kabi",  "uchun",  "bilan",  "soda",
      "vada",     "modda", "qoida",  "foyda", "ifoda", "banda",  "qanday",
  };
  return words;
}

// Stems that lose a vowel before a possessive (shahar → shahri).
constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kVowelDrop = {{
    {"shahr", "shahar"},
    {"burn", "burun"},
    {"og\u02BBz", "og\u02BBiz"},
    {"qorn", "qorin"},
    {"bag\u02BBr", "bag\u02BBir"},
    {"ko\u02BBngl", "ko\u02BBngil"},
    {"singl", "singil"},
    {"o\u02BBg\u02BBl", "o\u02BBg\u02BBil"},
    {"o\u02BBrn", "o\u02BBrin"},
    {"bo\u02BByn", "bo\u02BByin"},
}};

// A root's form before a vowel back to its dictionary form: a final g/gʻ
// (voiced from k/q: yuragi, qishlogʻi) on roots of 4 letters or more, and
// the vowel-drop list.
std::string Repair(std::string word) {
  for (const auto& [short_form, full] : kVowelDrop) {
    if (word == short_form) {
      return std::string(full);
    }
  }
  if (EndsWith(word, "g\u02BB") && Letters(word) >= 4) {
    word.replace(word.size() - 3, 3, "q");
  } else if (EndsWith(word, "g") && !EndsWith(word, "ng") && Letters(word) >= 4) {
    word.back() = 'k';
  }
  return word;
}

bool Fits(std::string_view root, After after) {
  switch (after) {
    case After::kAny:
      return !root.empty();
    case After::kVowel:
      return EndsInVowel(root);
    case After::kConsonant:
      return EndsInConsonant(root);
    case After::kK:
      return EndsWith(root, "k");
    case After::kQ:
      return EndsWith(root, "q");
    case After::kL:
      return EndsWith(root, "l");
    case After::kNotL:
      return EndsInConsonant(root) && !EndsWith(root, "l");
  }
  return false;
}

bool IsShortPersonPossessive(std::string_view s) {
  return s == "im" || s == "ing" || s == "m" || s == "ng";
}

// Participles and verbal nouns take nominal suffixes after them
// (qilinganlarning, berishni); the other endings end the word.
bool TakesNominalSuffixes(std::string_view ending) {
  for (std::string_view e : {"gan", "kan", "qan", "adigan", "ydigan", "ayotgan", "yotgan", "moq",
                             "ish", "sh", "maslik", "gani", "moqchi", "ganlik"}) {
    if (ending == e) {
      return true;
    }
  }
  return false;
}

// Derived verbs end like this (ishla, boshlan, oʻzgartir, chiqar, kamay).
bool LooksLikeVerb(std::string_view root) {
  for (std::string_view end : {"la", "lan", "lash", "tir", "dir", "kaz", "qaz", "giz", "sat"}) {
    if (EndsWith(root, end) && Letters(root) > end.size() + 1) {
      return true;
    }
  }
  // Shorter endings only on longer roots (chiqar, oshir, kamay; not nar-sa).
  for (std::string_view end : {"ir", "ar", "il", "in", "ay"}) {
    if (EndsWith(root, end) && Letters(root) >= 5) {
      return true;
    }
  }
  return false;
}

struct Candidate {
  std::string root;
  bool verb = false;
  bool strong = false;        // a verb reading with an unambiguous ending
  bool short_poss = false;    // used -im, -ing, -m or -ng
  bool lexicon_only = false;  // a verb reading that needs a lexicon root
};

// Every nominal reading: each slot optional, at most one suffix a slot.
void Nominal(const std::string& word, std::size_t slot, bool short_poss,
             std::vector<Candidate>& out) {
  out.push_back({word, false, false, short_poss});
  auto each = [&](const auto& suffixes, std::size_t next) {
    for (const Suffix& s : suffixes) {
      if (!EndsWith(word, s.text) || word.size() == s.text.size()) {
        continue;
      }
      const std::string root = word.substr(0, word.size() - s.text.size());
      if (Letters(root) < 2 || !Fits(root, s.after)) {
        continue;
      }
      Nominal(root, next, short_poss || IsShortPersonPossessive(s.text), out);
    }
  };
  if (slot <= 0) {
    each(kParticles, 1);
  }
  if (slot <= 1) {
    each(kCases, 2);
  }
  if (slot <= 2) {
    each(kPossessives, 3);
  }
  if (slot <= 3 && EndsWith(word, "lar") && Letters(word) >= 5) {
    Nominal(word.substr(0, word.size() - 3), 4, short_poss, out);
  }
  // The comparative (kattaroq), innermost.
  if (slot <= 4 && EndsWith(word, "roq") && Letters(word) >= 6) {
    out.push_back({word.substr(0, word.size() - 3), false, false, short_poss});
  }
}

// Voice suffixes before the tense: passive -il/-in/-n, reciprocal -ish/-sh,
// and the fused auxiliaries. Up to three (qoʻllanil → qoʻllan → qoʻlla).
void Voice(const std::string& root, bool strong, bool lexicon_only, int depth,
           std::vector<Candidate>& out) {
  out.push_back({root, true, strong, false, lexicon_only});
  if (depth == 3) {
    return;
  }
  auto strip = [&](std::string_view suffix, After after, bool keeps_strength,
                   std::size_t min_letters = 2) {
    if (!EndsWith(root, suffix)) {
      return;
    }
    const std::string inner = root.substr(0, root.size() - suffix.size());
    if (Letters(inner) >= min_letters && Fits(inner, after)) {
      Voice(inner, strong && keeps_strength, lexicon_only, depth + 1, out);
    }
  };
  strip("il", After::kNotL, true);
  strip("in", After::kL, true);
  // -n after a vowel is passive; a sure sign of it only after -la (boshlan,
  // aniqlan): elsewhere (oʻqin) it needs a lexicon root.
  strip("n", After::kVowel, EndsWith(root, "lan"));
  strip("ish", After::kConsonant, true);
  strip("sh", After::kVowel, true);
  // Ability and aspect fused to the stem: bil-ol-maydi, bor-a-ver-di,
  // ket-vor-gan.
  strip("ol", After::kConsonant, true);
  strip("yol", After::kVowel, true);
  strip("aver", After::kConsonant, true, 3);
  strip("yver", After::kVowel, true, 3);
  strip("vor", After::kAny, true, 3);
}

// An ending as written after `root`: g- becomes k- after k and q- after q
// (chiqqan, tikkuncha).
bool EndsWithEnding(std::string_view word, std::string_view ending) {
  if (!EndsWith(word, ending)) {
    if (ending.front() != 'g' || word.size() <= ending.size()) {
      return false;
    }
    const std::size_t at = word.size() - ending.size();
    const char voiceless = word[at - 1];
    return (voiceless == 'k' || voiceless == 'q') && word[at] == voiceless &&
           word.substr(at + 1) == ending.substr(1);
  }
  return true;
}

void Verbal(const std::string& word, bool after_nominal, std::vector<Candidate>& out) {
  for (const Ending& e : kVerbEndings) {
    // The last letter first: most endings fail there, cheaply.
    if (word.size() <= e.text.size() || word.back() != e.text.back() ||
        !EndsWithEnding(word, e.text) || (after_nominal && !TakesNominalSuffixes(e.text))) {
      continue;
    }
    std::string root = word.substr(0, word.size() - e.text.size());
    if (!Fits(root, e.after)) {
      continue;
    }
    bool strong = e.strength == Strength::kStrong;
    if (e.strength == Strength::kConsonantStrong) {
      strong = EndsInConsonant(root) && !EndsWith(root, "s");
    }
    // angla-di, not angl-adi; berma-di, not berm-adi: a consonant + l or m
    // before -adi is rare, verbs in -la and negations are common (but
    // tarqatil-adi, kel-adi).
    if ((e.text == "adi" || e.text == "adilar") && root.size() >= 2 &&
        (root.back() == 'l' || root.back() == 'm') &&
        std::string_view("aeiou").find(root[root.size() - 2]) == std::string_view::npos) {
      strong = false;
    }
    if (e.strength == Strength::kPast) {
      // -di after a consonant is the past (keldi, yozdi); after n only as
      // a passive (qilindi, boshlandi), since -ndi also ends band-i.
      strong = EndsInConsonant(root) &&
               (!EndsWith(root, "n") || EndsWith(root, "lin") || EndsWith(root, "lan"));
    }
    // Negation -ma sits between the voice and the tense.
    const bool lexicon_only = e.strength == Strength::kLexicon;
    if (EndsWith(root, "ma") && Letters(root) >= 4) {
      Voice(root.substr(0, root.size() - 2), strong, lexicon_only, 0, out);
    }
    Voice(root, strong, lexicon_only, 0, out);
  }
}

std::vector<Candidate> Readings(const std::string& word) {
  std::vector<Candidate> nominal;
  Nominal(word, 0, false, nominal);
  std::vector<Candidate> out;
  for (Candidate& c : nominal) {
    // Participles and verbal nouns take nominal suffixes; finite verbs
    // take the particles, tried on the whole word only.
    // A verbal noun in -lik before a vowel is -lig (sotganligi,
    // bermasligi): the verb endings are written with the -lik.
    Verbal(EndsWith(c.root, "lig") ? Repair(c.root) : c.root, c.root.size() != word.size(), out);
    c.root = Repair(std::move(c.root));
    out.push_back(std::move(c));
  }
  for (std::string_view particle : kVerbParticles) {
    if (EndsWith(word, particle) && Letters(word) > particle.size() + 2) {
      Verbal(word.substr(0, word.size() - particle.size()), false, out);
    }
  }
  return out;
}

bool InLexicon(const Candidate& c) {
  const std::size_t letters = Letters(c.root);
  if (letters < 2) {
    return false;
  }
  if (c.short_poss) {  // -im, -ing, -m, -ng: only on a noun (olim is not ol + im)
    return NominalRoots().contains(c.root);
  }
  return c.verb ? VerbRoots().contains(c.root)
                : NominalRoots().contains(c.root) || VerbRoots().contains(c.root);
}

// The nominal reading of a word none of whose readings is in the lexicon:
// outside in, one suffix a slot, roots of at least 3 letters.
std::string NominalGuess(std::string word) {
  auto strip = [&](std::span<const Suffix> group) {
    for (const Suffix& s : group) {
      if (!EndsWith(word, s.text)) {
        continue;
      }
      const std::string_view root(word.data(), word.size() - s.text.size());
      if (Letters(root) >= 3 && Fits(root, s.after)) {
        word.resize(root.size());
        return;
      }
    }
  };
  // The same tables as the full readings, in part: no predicate endings
  // (-mi, -man ...), no -day and -cha, no short person possessives.
  strip(std::span(kParticles).first(4));  // -gina, -kina, -qina, -dir
  // -ni and -ning after o or u are read as n + i, n + ing (vijdoni,
  // qonuning): those roots end in -on/-un far more often than in -o/-u.
  auto after_o_or_u = [&](std::size_t suffix_size) {
    return word.size() > suffix_size + 1 &&
           std::string_view("ou").find(word[word.size() - suffix_size - 1]) !=
               std::string_view::npos;
  };
  if (EndsWith(word, "ni") && after_o_or_u(2)) {
    word.pop_back();
  } else if (EndsWith(word, "ning") && after_o_or_u(4)) {
    word.resize(word.size() - 3);  // tovon-ing
  } else {
    strip(std::span(kCases).first(12));  // -ning … -dek
  }
  // -chi and -li before a final -i are derivational (ishtirokchi, aybli).
  if (!EndsWith(word, "chi") && !EndsWith(word, "li") && !EndsWith(word, "iy")) {
    strip(std::span(kPossessives).first(7));  // -lari … -i
  }
  constexpr Suffix kPlural[] = {{"lar"}};
  strip(kPlural);
  if (EndsWith(word, "roq") && Letters(word) >= 7) {
    word.resize(word.size() - 3);
  }
  return Repair(std::move(word));
}

// Pronouns decline with a stem of their own (u → unga, uning; men → mening).
std::string_view PronounBase(std::string_view word) {
  constexpr std::string_view kThird[] = {"ning", "nga",     "ni",    "nda",   "ndan",  "ndagi",
                                         "lar",  "larning", "larga", "larni", "larda", "lardan"};
  for (std::string_view base : {"u", "bu", "shu", "o\u02BBsha"}) {
    if (word.starts_with(base)) {
      for (std::string_view rest : kThird) {
        if (word.substr(base.size()) == rest) {
          return base;
        }
      }
    }
  }
  for (std::string_view base : {"men", "sen"}) {
    if (word.starts_with(base)) {
      for (std::string_view rest : {"ing", "ga", "i", "dan", "da"}) {
        if (word.substr(base.size()) == rest) {
          return base;
        }
      }
    }
  }
  return {};
}

}  // namespace

std::string StemUzbekKey(std::string_view key) {
  if (const std::string_view base = PronounBase(key); !base.empty()) {
    return std::string(base);
  }
  std::string word(key);
  if (Letters(word) < 3 || Protected().contains(word) || NominalRoots().contains(word) ||
      VerbRoots().contains(word)) {
    return word;  // a root of the lexicon is the longest root it can have
  }
  const std::vector<Candidate> readings = Readings(word);
  // A lexicon root: the longest one.
  const Candidate* best = nullptr;
  for (const Candidate& c : readings) {
    if (InLexicon(c) && (best == nullptr || c.root.size() > best->root.size())) {
      best = &c;
    }
  }
  if (best != nullptr) {
    return best->root;
  }
  // No lexicon root: a verb reading if its ending says so, the shortest
  // root of 3 letters or more.
  for (bool strong : {true, false}) {
    for (const Candidate& c : readings) {
      if (!c.verb || c.lexicon_only || Letters(c.root) < 3 ||
          (strong ? !c.strong : !LooksLikeVerb(c.root))) {
        continue;
      }
      if (best == nullptr || c.root.size() < best->root.size()) {
        best = &c;
      }
    }
    if (best != nullptr) {
      return best->root;
    }
  }
  return NominalGuess(word);
}

}  // namespace qonun::analysis::internal
