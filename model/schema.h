#pragma once
// The index schema: every term prefix, value slot, metadata key and stored
// field that the indexer writes and the searcher reads. Both include this
// header and nothing else of each other, so a change of layout is a change
// here (and a bump of kSchemaVersion, which forces a full rebuild).
//
// Prefixes follow Omega's convention: a capital letter (or 'X' + capitals)
// starts a prefix, so terms made from text never start with an ASCII capital
// (the analysis chain lower-cases them).

#include <cstddef>
#include <string_view>

namespace qonun::schema {

inline constexpr std::string_view kSchemaVersion = "qonun-index-8";

// ---- the index folder ---------------------------------------------------
// DIR/current is a Xapian stub file ("auto gen-000007") naming the live
// generation; DIR/gen-NNNNNN/ are generations; DIR/.lock serialises builders.
inline constexpr std::string_view kCurrentStub = "current";
inline constexpr std::string_view kGenerationPrefix = "gen-";
inline constexpr std::string_view kLockFile = ".lock";

// ---- terms ----------------------------------------------------------------
// Free text: the analysis key of each word, unprefixed, with positions; the
// stem with kStem, with positions (so phrases match inflected forms too).
inline constexpr std::string_view kStem = "Z";
// Heading words again under their own prefixes, for `heading:` queries.
inline constexpr std::string_view kHeading = "XH";
inline constexpr std::string_view kHeadingStem = "ZXH";
// Boolean terms (no positions, wdf 0).
inline constexpr std::string_view kUniqueId = "Q";     // expression URI + "/~" + eId
inline constexpr std::string_view kLanguage = "L";     // "eng", "rus", "uzb"
inline constexpr std::string_view kWork = "XW";        // work URI
inline constexpr std::string_view kExpression = "XE";  // expression URI
inline constexpr std::string_view kKind = "XK";        // "code", "law", "convention", ...
inline constexpr std::string_view kCountry = "XC";     // "uz", "un"
inline constexpr std::string_view kLevel = "XV";       // "national", "international"
inline constexpr std::string_view kElement = "XT";     // "article", "paragraph", "point", ...
inline constexpr std::string_view kProvision = "XP";   // work URI + "#" + identity (all versions)
inline constexpr std::string_view kCitation =
    "XCITE";  // canonical citation from nums: "art135.p2.pa"
inline constexpr std::string_view kReference = "XREF";  // a reference found in the text: "art135"
// What a provision is for ranking (model/ranking.h weighs them): "operative"
// (not a preamble, title or heading-only provision), "definition" (in an
// article of terms or concepts), "sanction" (in an article of a code, which
// defines an offence and its punishment).
inline constexpr std::string_view kRole = "XG";
// An article's heading as one term: ranking::TopicTerm of its content stems.
inline constexpr std::string_view kTopic = "XS";
// A term a part or point of an article of terms defines (model::DefinedTerms),
// as ranking::TopicTerm of its content stems.
inline constexpr std::string_view kDefinedTerm = "XDT";

inline constexpr std::string_view kLevelNational = "national";
inline constexpr std::string_view kLevelInternational = "international";

// Xapian rejects terms over 245 bytes; the analysis chain already caps words
// well below this, and the indexer skips anything that would still exceed it.
inline constexpr std::size_t kMaxTermBytes = 245;

// Positions: heading words first, then body text after this gap, so that a
// phrase never spans heading and body; blocks of text are separated likewise.
inline constexpr unsigned kPositionGap = 100;

// ---- value slots ------------------------------------------------------------
enum ValueSlot : unsigned {
  kSlotValidFrom = 0,     // "YYYY-MM-DD"; sorts as a string
  kSlotValidTo = 1,       // exclusive end "YYYY-MM-DD", or kOpenEnd
  kSlotWork = 2,          // work URI (facet)
  kSlotProvisionKey = 3,  // work URI + "#" + identity
  kSlotArticleKey = 4,    // work URI + "#" + identity of the enclosing article (grouping)
  kSlotLanguage = 5,      // "eng", "rus", "uzb" (facet)
  kSlotKind = 6,          // act kind (facet)
  kSlotLevel = 7,         // national / international (facet)
};

inline constexpr std::string_view kOpenEnd = "9999-12-31";

// ---- database metadata --------------------------------------------------
inline constexpr std::string_view kMetaSchema = "qonun:schema";
inline constexpr std::string_view kMetaWorks = "qonun:works";              // JSON array
inline constexpr std::string_view kMetaThesaurus = "qonun:thesaurus";      // JSON array
inline constexpr std::string_view kMetaConcordance = "qonun:concordance";  // JSON array
inline constexpr std::string_view kMetaChecksums = "qonun:checksums";      // JSON object uri→hash
inline constexpr std::string_view kMetaBuiltAt = "qonun:built-at";         // ISO timestamp
inline constexpr std::string_view kMetaGeneration = "qonun:generation";    // "gen-000007"

// The concordance's gap rows (not_covered / not_applicable) as a JSON array;
// absent in indexes built before gap rows existed.
inline constexpr std::string_view kMetaConcordanceGaps = "qonun:concordance-gaps";

// The Akoma Ntoso source of every indexed expression, so that a generation is
// a complete snapshot: the server reads versions and diffs from the same
// generation it searches. Key: this prefix + expression URI.
inline constexpr std::string_view kMetaSourcePrefix = "qonun:source:";

// ---- stored document data (a JSON object) ---------------------------------
namespace field {
inline constexpr const char* kWork = "work";              // work URI
inline constexpr const char* kExpression = "expression";  // expression URI
inline constexpr const char* kLanguage = "lang";
inline constexpr const char* kEid = "eId";
inline constexpr const char* kWid = "wId";
inline constexpr const char* kElement = "element";
inline constexpr const char* kNum = "num";
inline constexpr const char* kHeading = "heading";
inline constexpr const char* kText = "text";              // full text, children included
inline constexpr const char* kBreadcrumb = "breadcrumb";  // [{eId, element, num, heading}]
inline constexpr const char* kCitation = "citation";      // {article, part, point}
inline constexpr const char* kValidFrom = "valid_from";
inline constexpr const char* kValidTo = "valid_to";     // absent when open-ended
inline constexpr const char* kLanguages = "languages";  // languages of the same provision and date
inline constexpr const char* kStatus = "status";        // q:status
inline constexpr const char* kKind = "kind";
inline constexpr const char* kCountry = "country";
}  // namespace field

}  // namespace qonun::schema
