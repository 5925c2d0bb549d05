#include "versions/versions_json.h"

namespace qonun::versions {

using nlohmann::json;

json WordDiffJson(const WordDiff& diff) {
  json ops = json::array();
  for (const DiffOp& op : diff.ops) {
    ops.push_back({{"op", DiffOpKindName(op.kind)},
                   {"text", op.text},
                   {"a", {op.a_start, op.a_end}},
                   {"b", {op.b_start, op.b_end}}});
  }
  return {
      {"ops", ops}, {"deleted_words", diff.deleted_words}, {"inserted_words", diff.inserted_words}};
}

json TimelineJson(const Timeline& timeline) {
  json versions = json::array();
  for (const TimelineEntry& e : timeline.entries) {
    json acts = json::array();
    for (const AmendingAct& a : e.acts) {
      acts.push_back({{"href", a.href},
                      {"show_as", a.show_as},
                      {"type", a.type},
                      {"touches_provision", a.touches_provision}});
    }
    json languages = json::array();
    for (Language l : e.languages) {
      languages.push_back(std::string(LanguageCode(l)));
    }
    json entry = {{"valid_from", e.valid_from.ToString()},
                  {"valid_to", e.valid_to ? json(e.valid_to->ToString()) : json(nullptr)},
                  {"expression", e.expression.empty() ? json(nullptr) : json(e.expression)},
                  {"languages", languages},
                  {"acts", acts}};
    if (!timeline.identity.empty()) {
      entry["change"] = ProvisionChangeName(e.change);
      entry["eId"] = e.eid.empty() ? json(nullptr) : json(e.eid);
      entry["num"] = e.num;
      entry["heading"] = e.heading;
      entry["wording_from"] = e.wording_from ? json(e.wording_from->ToString()) : json(nullptr);
      entry["wording_to"] = e.wording_to ? json(e.wording_to->ToString()) : json(nullptr);
    }
    versions.push_back(std::move(entry));
  }
  json out = {{"work", timeline.work},
              {"lang", std::string(LanguageCode(timeline.language))},
              {"versions", versions}};
  if (!timeline.identity.empty()) {
    out["eId"] = timeline.identity;
    json numbers = json::array();
    for (const NumberSpan& n : timeline.numbers) {
      numbers.push_back({{"num", n.num}, {"eId", n.eid}, {"from", n.from.ToString()}});
    }
    out["numbers"] = numbers;
    out["numbers_line"] = NumbersLine(timeline);
  }
  return out;
}

json ComparisonJson(const Comparison& comparison) {
  json units = json::array();
  for (const UnitDiff& u : comparison.units) {
    units.push_back({{"change", UnitChangeName(u.change)},
                     {"element", u.element},
                     {"identity", u.identity},
                     {"eId_from", u.eid_from.empty() ? json(nullptr) : json(u.eid_from)},
                     {"eId_to", u.eid_to.empty() ? json(nullptr) : json(u.eid_to)},
                     {"num_from", u.num_from},
                     {"num_to", u.num_to},
                     {"heading", u.heading},
                     {"label", u.label},
                     {"label_from", u.label_from},
                     {"moved", u.moved},
                     {"depth", u.depth},
                     {"diff", WordDiffJson(u.words)},
                     {"html", WordDiffToHtml(u.words)}});
  }
  return {{"summary", comparison.summary},
          {"changed_units", comparison.changed_units},
          {"units", units}};
}

}  // namespace qonun::versions
