#pragma once
// The suffix tables of the Uzbek stemmer (uz_stemmer.cc), outside in: the
// nominal particles, cases and possessives, and the verbal endings with how
// strongly each one marks a verb. analysis/README.md §5 gives the reasons.

#include <string_view>

namespace qonun::analysis::internal {

// A suffix and what the root before it must end in.
enum class After { kAny, kVowel, kConsonant, kK, kQ, kL, kNotL };

struct Suffix {
  std::string_view text;
  After after = After::kAny;
};

// ---- nominal suffixes, outside in ---------------------------------------------

// Particles and the predicate endings of nouns (hayronman); -mi and -ku
// only count when they leave a lexicon root (hokimi is hokim + i).
inline constexpr Suffix kParticles[] = {
    {"gina"}, {"kina"}, {"qina"}, {"dir"}, {"yu", After::kVowel}, {"mi"}, {"ku"}, {"man"}, {"san"}};

inline constexpr Suffix kCases[] = {
    {"ning"},
    {"dagi"},
    {"gacha"},
    {"kacha", After::kK},
    {"qacha", After::kQ},
    {"dan"},
    {"ni"},
    {"ga"},
    {"ka", After::kK},
    {"qa", After::kQ},
    {"da"},
    {"dek"},
    {"day"},
    {"cha"},
};

// 1st/2nd person short forms (-im, -ing, -m, -ng) are accepted only where
// they end on a lexicon root of 3 letters or more: alone they would cut
// too many roots (talim, tizim, hokim).
inline constexpr Suffix kPossessives[] = {
    {"lari"},
    {"imiz", After::kConsonant},
    {"ingiz", After::kConsonant},
    {"miz", After::kVowel},
    {"ngiz", After::kVowel},
    {"si", After::kVowel},
    {"i", After::kConsonant},
    {"im", After::kConsonant},
    {"ing", After::kConsonant},
    {"m", After::kVowel},
    {"ng", After::kVowel},
};

// ---- verbal endings -------------------------------------------------------------

enum class Strength {
  kStrong,           // verbal wherever it stands
  kWeak,             // verbal only on a root that is in the lexicon or looks like a verb
  kPast,             // -di: strong after a consonant other than n, weak otherwise
  kLexicon,          // verbal only on a root in the lexicon (-a, -ar, -ing: nouns end so too)
  kConsonantStrong,  // -sa: strong after a consonant other than s (hissa, kassa)
};

struct Ending {
  std::string_view text;
  After after = After::kAny;
  Strength strength = Strength::kStrong;
};

// Tense/aspect/mood with person, participles, converbs and verbal nouns.
inline constexpr Ending kVerbEndings[] = {
    // continuous
    {"moqdaman"},
    {"moqdasan"},
    {"moqdamiz"},
    {"moqdasiz"},
    {"moqdalar"},
    {"moqda"},
    {"yapman"},
    {"yapsan"},
    {"yapmiz"},
    {"yapsiz"},
    {"yaptilar"},
    {"yaptiy"},
    {"yapti"},
    {"ayotgandi", After::kConsonant},
    {"yotgandi", After::kVowel},
    {"ayotgan", After::kConsonant},
    {"yotgan", After::kVowel},
    {"ayotibdi", After::kConsonant},
    {"yotibdi", After::kVowel},
    {"ayotib", After::kConsonant},
    {"yotib", After::kVowel},
    {"ayotir", After::kConsonant},
    {"yotir", After::kVowel},
    // intention and infinitive
    {"moqchiman"},
    {"moqchisan"},
    {"moqchimiz"},
    {"moqchisiz"},
    {"moqchilar"},
    {"moqchi"},
    {"moq", After::kAny, Strength::kWeak},
    // present-future
    {"adigan", After::kConsonant},
    {"ydigan", After::kVowel},
    {"adilar", After::kConsonant},
    {"ydilar", After::kVowel},
    {"aman", After::kConsonant, Strength::kWeak},
    {"asan", After::kConsonant, Strength::kWeak},
    {"amiz", After::kConsonant, Strength::kWeak},
    {"asiz", After::kConsonant, Strength::kWeak},
    {"adi", After::kConsonant},
    {"yman", After::kVowel},
    {"ysan", After::kVowel},
    {"ymiz", After::kVowel},
    {"ysiz", After::kVowel},
    {"ydi", After::kVowel},
    // negative present-future and negative converbs (after -ma)
    {"masdan"},
    {"maslik"},
    {"masman"},
    {"massan"},
    {"masmiz"},
    {"massiz"},
    {"mas"},
    // past participle and the tenses built on it
    {"gandim"},
    {"gandik"},
    {"gandi"},
    {"ganman"},
    {"gansan"},
    {"ganmiz"},
    {"gansiz"},
    {"gancha"},
    // the participle's abstract noun, "the fact of having done" (sotganlik
    // uchun jazo: the punishment for selling), before the participle itself
    {"ganlik"},
    {"gan"},
    // past
    {"madingiz"},
    {"madilar"},
    {"madim"},
    {"mading"},
    {"madik"},
    {"madi"},
    {"mangizlar"},
    {"mangiz"},
    {"mang"},
    {"dingiz", After::kAny, Strength::kPast},
    {"dilar", After::kAny, Strength::kPast},
    {"dim", After::kAny, Strength::kPast},
    {"ding", After::kAny, Strength::kPast},
    {"dik", After::kAny, Strength::kPast},
    {"di", After::kAny, Strength::kPast},
    {"ardi", After::kConsonant},
    {"rdi", After::kVowel, Strength::kWeak},
    // evidential past, converbs
    {"ibdi", After::kConsonant},
    {"ibman", After::kConsonant},
    {"ibsan", After::kConsonant},
    {"ibmiz", After::kConsonant},
    {"bdi", After::kVowel, Strength::kWeak},
    {"ib", After::kConsonant},
    {"b", After::kVowel, Strength::kWeak},
    {"gach"},
    {"guncha"},
    {"gudek"},
    {"may"},
    // desiderative (borgim keladi), aorist participle, converb -a/-y,
    // imperatives
    {"gimiz"},
    {"gisi"},
    {"gim"},
    {"ging"},
    {"armish", After::kConsonant},
    {"ar", After::kConsonant, Strength::kLexicon},
    {"aylik", After::kConsonant},
    {"ylik", After::kVowel},
    {"ay", After::kConsonant, Strength::kLexicon},
    {"a", After::kConsonant, Strength::kLexicon},
    {"y", After::kVowel, Strength::kLexicon},
    {"ingiz", After::kConsonant, Strength::kLexicon},
    {"ngiz", After::kVowel, Strength::kLexicon},
    {"ing", After::kConsonant, Strength::kLexicon},
    {"ng", After::kVowel, Strength::kLexicon},
    {"gin"},
    // conditional, imperative
    {"sangiz", After::kAny, Strength::kConsonantStrong},
    {"salar", After::kAny, Strength::kConsonantStrong},
    {"sang", After::kAny, Strength::kConsonantStrong},
    {"sam", After::kAny, Strength::kConsonantStrong},
    {"sak", After::kAny, Strength::kConsonantStrong},
    {"sa", After::kAny, Strength::kConsonantStrong},
    {"sinlar"},
    {"sin"},
    // verbal nouns
    {"ish", After::kConsonant},
    {"sh", After::kVowel, Strength::kWeak},
};

// Particles that follow a finite verb (keldimi, boʻlsada).
inline constexpr std::string_view kVerbParticles[] = {"mi", "ku", "chi", "kin", "da"};

}  // namespace qonun::analysis::internal
