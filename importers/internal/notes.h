#pragma once
// Reading the editorial notes lex.uz and official texts print after a unit
// ("(1-moddaning birinchi qismi … 2021-yil 21-apreldagi OʻRQ-683-sonli
// Qonuni tahririda …)", "(часть вторая в редакции Закона от 18.04.2018 г.
// № ЗРУ-476)"): the amending act's signing date and number, what kind of
// change it made, and which unit the note names. Each scan is linear in
// the note's length.

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "model/diagnostic.h"
#include "model/document.h"

namespace qonun::importers::internal {

// The date of the amending act a note names: the signing date, which is
// printed before the act's number ("2021-yil 21-apreldagi OʻRQ-683-sonli
// Qonuni", "от 18.04.2018 г. № ЗРУ-476"), not the publication date after
// it ("— … 21.04.2021-y."). The date closest before `number_at`, else the
// first one; dd.mm.yyyy, ISO, or with the month in words.
std::optional<model::Date> FindSigningDate(std::string_view text, std::size_t number_at);

// The amending act's number as the work URI spells it: "ЗРУ-683" → "zru-683",
// "254-II" → "254-ii"; `at` is where it is printed.
std::optional<std::string> FindActNumber(std::string_view text, std::size_t& at);

// "в редакции" / "tahririda" / "as amended" replace a text ("substitution");
// "введена" / "kiritilgan" / "inserted" add one ("insertion"); "утратила
// силу" / "kuchini yoʻqotgan" / "chiqarilgan" / "repealed" remove one
// ("repeal"). Empty when the note says none of these.
std::string_view ModificationType(std::string_view note);

// The unit a note names, as far as it names one: "85-moddaning beshinchi
// qismi", "170-modda ikkinchi qismining sanksiyasi", "2-qism", "32-modda
// uchinchi qismining “b” bandi", "часть вторая статьи 5", "пункт «в»
// части второй", "(4) of section 2". Empty fields when not named, and no
// part when several are ("ikkinchi va uchinchi qismlari").
struct NoteSubject {
  std::string article;  // as the eId spells it: "85", "135-1"
  int part = 0;         // 1-based
  std::string point;    // the point's label as printed, without brackets: "b", "в", "3"
};

NoteSubject SubjectOfNote(std::string_view note);

// Whether the article a note names ("85", or "451" for 45¹ flattened in
// copying) is the article with eId `eid` ("art_85", "art_45-1").
bool NoteNamesArticle(std::string_view eid, std::string_view number);

// Turns amendment notes into the expression's record of its amendments: a
// `passiveRef` per amending act (/akn/uz/act/DATE/zru-683), an `amendment`
// lifecycle event at its signing date, and a `textualMod` of the given type
// on the unit carrying the note.
class AmendmentLog {
 public:
  AmendmentLog(std::string source_name, model::Expression& e);

  // `note` as attached to the provision `target_eid`; `type` as
  // ModificationType says. A note that reads as an amendment but names no
  // date or act number is a warning.
  void Record(std::string_view note, std::string_view type, const std::string& target_eid, int line,
              std::vector<model::Diagnostic>& warnings);

  // Appends the amendment events, by date, after the generation event.
  void Finish();

 private:
  std::string source_name_;
  model::Expression& e_;
  std::unordered_map<std::string, std::string> reference_by_href_;
  std::vector<model::LifecycleEvent> pending_events_;
  int count_ = 0;
};

}  // namespace qonun::importers::internal
