#pragma once
// The document model: what Qonun knows about a legal instrument once its
// Akoma Ntoso file has been read. FRBR levels as in ../shared/corpus-format.md:
// a Work (the instrument) has Expressions (one language, in force from one
// date); an Expression holds the provision tree.
//
// The tree is stored flat, in document order, with parent and child indices,
// so a provision's ancestors (for citations and breadcrumbs) and its
// descendants are cheap to walk and the whole Expression stays copyable.
//
// Thread-safety: plain values; const methods may be called concurrently.
// Pointers and indices returned by an Expression (FindReference, provision
// indices) are valid while that Expression lives and is not modified.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/language.h"
#include "model/date.h"

namespace qonun::model {

inline constexpr std::size_t kNoProvision = static_cast<std::size_t>(-1);

// Who wrote the text of an expression (q:status).
enum class TextStatus { kUnstated, kOfficial, kTranslation, kSummary };

// Whether the facts of an expression were checked (q:verification).
enum class Verification { kUnstated, kConfirmed, kIllustrative };

std::string_view TextStatusName(TextStatus status);  // "summary", ...

std::string_view VerificationName(Verification verification);  // "confirmed", ...

// Work-level metadata as one file states it (FRBRWork plus the document element).
struct WorkMetadata {
  std::string uri;                   // "/akn/uz/act/1994-09-22/2012-xii"
  std::string country;               // "uz", "un" (second URI component)
  std::string doc_type;              // "act": the element under <akomaNtoso>
  std::string kind;                  // its name attribute: "code", "law", "convention", ...
  std::optional<Date> date;          // FRBRdate of the work (adoption)
  std::string number;                // FRBRnumber, "2012-XII"
  std::string author;                // FRBRauthor href
  std::string name;                  // FRBRname, in the file's language
  std::vector<std::string> aliases;  // FRBRalias name="short": "УК", "JK", "UNTOC"

  // National or international: instruments of country "un" are international.
  bool IsInternational() const { return country == "un"; }
};

// An act named in <references>: the original, an amending act, ...
struct ActReference {
  std::string eid;      // "amd_1", referred to as "#amd_1"
  std::string element;  // "original", "passiveRef", "activeRef"
  std::string href;     // "/akn/uz/act/2020-08-17/zru-633"
  std::string show_as;  // "Law No. ZRU-633 of 17 August 2020"
};

// <eventRef> in <lifecycle>.
struct LifecycleEvent {
  std::string eid;
  Date date;
  std::string type;    // "generation", "amendment", "repeal", ...
  std::string source;  // eId of an ActReference, without '#'
};

// <textualMod> in <passiveModifications>: which units an amending act changed.
struct TextualModification {
  std::string type;                       // "substitution", "insertion", "repeal", "renumbering"
  std::string source;                     // ActReference eId, without '#'
  std::vector<std::string> destinations;  // provision eIds, without '#'
};

// <ref href="..."> inside provision text.
struct CrossReference {
  std::string href;
  std::string text;
};

struct Provision {
  std::string element;  // "article", "paragraph", "point", "chapter", "preamble", ...
  std::string eid;      // "art_135__para_2__point_a"
  std::string wid;      // persistent id where it differs from eid, else empty
  std::string num;      // as printed: "Статья 135.", "a)"
  std::string heading;  // "Торговля людьми"
  std::string text;     // own text before any child provision (intro, content), '\n' between blocks
  std::string wrap_up;  // own text after the child provisions
  std::vector<std::string> notes;  // authorialNote texts: kept apart, not body text
  std::vector<CrossReference> refs;
  std::size_t parent = kNoProvision;
  std::vector<std::size_t> children;
  int depth = 0;  // 0 for top-level provisions
  int line = 0;   // line of the element in its file

  // The identity used to align a provision across versions and languages.
  const std::string& Identity() const { return wid.empty() ? eid : wid; }
};

struct Expression {
  WorkMetadata work;
  std::string uri;  // "/akn/uz/act/1994-09-22/2012-xii/rus@2020-06-18"
  Language language = Language::kEnglish;
  Date date;                     // in force from this date
  std::optional<Date> valid_to;  // in force until (exclusive); set by the corpus loader
  std::string long_title;
  TextStatus status = TextStatus::kUnstated;
  std::string official_source;  // q:officialSource href
  std::string short_title;      // q:shortTitle
  Verification verification = Verification::kUnstated;
  std::string verification_note;
  std::vector<LifecycleEvent> events;
  std::vector<ActReference> references;
  std::vector<TextualModification> modifications;
  std::vector<Provision> provisions;  // document order; parents come before children
  std::string loose_text;             // text found outside any provision
  std::string file;                   // the file it was read from

  // Index of the provision with this eId, or kNoProvision.
  std::size_t FindByEid(std::string_view eid) const;

  // Indices of the top-level provisions, in document order.
  std::vector<std::size_t> Roots() const;

  // The provision's own text, its children's full text and its wrap-up, in
  // document order, each child prefixed with its num; blocks joined by '\n'.
  std::string FullText(std::size_t index) const;

  // Ancestors of a provision from the outermost down, excluding itself.
  std::vector<std::size_t> Ancestors(std::size_t index) const;

  // The number a part (a paragraph in an article) is cited by: its printed
  // number ("2." → "2"), else, in an article whose parts are all
  // unnumbered (as Uzbek codes print them), its place among them: "2-qism"
  // and "ч. 2" name the second. Empty for other provisions.
  std::string PartNumber(std::size_t index) const;

  // True when PartNumber counted the part's place rather than reading its num.
  bool HasImplicitPartNumber(std::size_t index) const;

  // The ActReference with this eId, or nullptr.
  const ActReference* FindReference(std::string_view eid) const;

  // True when the expression is in force on `day` (date <= day < valid_to).
  bool InForceOn(const Date& day) const { return date <= day && (!valid_to || day < *valid_to); }
};

}  // namespace qonun::model
