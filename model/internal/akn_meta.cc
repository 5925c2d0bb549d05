#include "model/internal/akn_meta.h"

#include <algorithm>
#include <string>

#include "model/akn_reader.h"

namespace qonun::model::internal {

namespace {

// Values publishers' templates leave unfilled: "#varWork", "{{title}}".
bool IsPlaceholder(std::string_view value) {
  return value.starts_with("#") || value.find("{{") != std::string_view::npos;
}

class MetaReader {
 public:
  MetaReader(Expression& expression, Reporter& reporter, std::vector<int>& modification_lines)
      : expression_(expression), reporter_(reporter), modification_lines_(modification_lines) {}

  void Read(pugi::xml_node meta) {
    pugi::xml_node identification = AknChild(meta, "identification");
    pugi::xml_node work = AknChild(identification, "FRBRWork");
    pugi::xml_node expression = AknChild(identification, "FRBRExpression");
    const int meta_line = LineOf(meta);
    if (!work) {
      Error(identification ? LineOf(identification) : meta_line,
            "missing <FRBRWork> in <identification>");
    } else {
      ReadWork(work);
    }
    if (!expression) {
      Error(identification ? LineOf(identification) : meta_line,
            "missing <FRBRExpression> in <identification>");
    } else if (work) {
      ReadExpressionIdentity(expression);
    }
    if (pugi::xml_node lifecycle = AknChild(meta, "lifecycle")) {
      ReadLifecycle(lifecycle);
    }
    if (pugi::xml_node references = AknChild(meta, "references")) {
      ReadReferences(references);
    }
    if (pugi::xml_node analysis = AknChild(meta, "analysis")) {
      ReadAnalysis(analysis);
    }
    for (pugi::xml_node proprietary : meta.children()) {
      if (proprietary.type() == pugi::node_element && IsAkn(proprietary) &&
          LocalName(proprietary.name()) == "proprietary") {
        ReadProprietary(proprietary);
      }
    }
    CheckEventSources();
  }

  void ReadWork(pugi::xml_node work) {
    WorkMetadata& w = expression_.work;
    pugi::xml_node uri = AknChild(work, "FRBRuri");
    w.uri = uri.attribute("value").value();
    if (w.uri.empty()) {
      Error(uri ? LineOf(uri) : LineOf(work), "missing work URI (<FRBRWork>/<FRBRuri value=…>)");
    } else if (const auto parts = ParseWorkUri(w.uri)) {
      w.country = parts->country;
      if (parts->doc_type != w.doc_type) {
        Error(LineOf(uri), "work URI '" + w.uri + "' names document type '" + parts->doc_type +
                               "' but the document element is <" + w.doc_type + ">");
      }
    } else {
      Error(LineOf(uri), "work URI '" + w.uri +
                             "' is not of the form /akn/COUNTRY/TYPE/…/DATE/NUMBER with a valid "
                             "ISO date");
    }
    if (pugi::xml_node country = AknChild(work, "FRBRcountry")) {
      const std::string value = country.attribute("value").value();
      if (!w.country.empty() && value != w.country) {
        Error(LineOf(country), "FRBRcountry '" + value + "' differs from the work URI's country '" +
                                   w.country + "'");
      }
    }
    if (pugi::xml_node date = AknChild(work, "FRBRdate")) {
      const std::string value = date.attribute("date").value();
      w.date = Date::Parse(value);
      if (!w.date) {
        Error(LineOf(date), "work date '" + value + "' is not a valid ISO date (YYYY-MM-DD)");
      }
    }
    w.number = AknChild(work, "FRBRnumber").attribute("value").value();
    w.author = AknChild(work, "FRBRauthor").attribute("href").value();
    w.name = AknChild(work, "FRBRname").attribute("value").value();
    for (pugi::xml_node alias : work.children()) {
      if (alias.type() == pugi::node_element && LocalName(alias.name()) == "FRBRalias") {
        std::string value = CollapseWhitespace(alias.attribute("value").value());
        if (value.empty() || IsPlaceholder(value)) {
          continue;  // a template's "#varWork" names nothing
        }
        if (std::string_view(alias.attribute("name").value()) == "title") {
          // Laws.Africa puts the title here: a name, not a short name people cite by.
          if (w.name.empty()) {
            w.name = std::move(value);
          }
          continue;
        }
        if (std::find(w.aliases.begin(), w.aliases.end(), value) == w.aliases.end()) {
          w.aliases.push_back(std::move(value));
        }
      }
    }
  }

  void ReadExpressionIdentity(pugi::xml_node expression) {
    pugi::xml_node uri = AknChild(expression, "FRBRuri");
    expression_.uri = uri.attribute("value").value();
    const int line = uri ? LineOf(uri) : LineOf(expression);
    if (expression_.uri.empty()) {
      Error(line, "missing expression URI (<FRBRExpression>/<FRBRuri value=…>)");
    }

    pugi::xml_node language = AknChild(expression, "FRBRlanguage");
    const std::string code = language.attribute("language").value();
    const auto parsed_language = ParseLanguageCode(code);
    if (!language || code.empty()) {
      Error(LineOf(expression), "missing <FRBRlanguage language=…> in <FRBRExpression>");
    } else if (!parsed_language || code.size() != 3) {
      Error(LineOf(language), "language '" + code + "' is not supported (use eng, rus or uzb)");
    } else {
      expression_.language = *parsed_language;
    }

    pugi::xml_node date = AknChild(expression, "FRBRdate");
    const std::string date_text = date.attribute("date").value();
    std::optional<Date> parsed_date = Date::Parse(date_text);
    if (!date) {
      Error(LineOf(expression), "missing <FRBRdate date=…> in <FRBRExpression>");
    } else if (!parsed_date) {
      Error(LineOf(date),
            "expression date '" + date_text + "' is not a valid ISO date (YYYY-MM-DD)");
    } else {
      expression_.date = *parsed_date;
    }

    // The expression URI must be WORK/LANG@DATE and agree with the elements.
    const std::string& work_uri = expression_.work.uri;
    if (expression_.uri.empty() || work_uri.empty()) {
      return;
    }
    if (expression_.uri.rfind(work_uri + "/", 0) != 0) {
      Error(line, "expression URI '" + expression_.uri + "' does not start with the work URI '" +
                      work_uri + "/'");
      return;
    }
    const std::string suffix = expression_.uri.substr(work_uri.size() + 1);
    const auto at = suffix.find('@');
    const std::string uri_language = suffix.substr(0, at);
    if (!code.empty() && uri_language != code) {
      Error(line, "expression URI language '" + uri_language + "' differs from <FRBRlanguage> '" +
                      code + "'");
    }
    if (at != std::string::npos && parsed_date) {
      const std::string uri_date = suffix.substr(at + 1);
      if (!Date::Parse(uri_date)) {
        Error(line, "expression URI date '" + uri_date + "' is not a valid ISO date (YYYY-MM-DD)");
      } else if (uri_date != parsed_date->ToString()) {
        Error(line,
              "expression URI date '" + uri_date + "' differs from <FRBRdate> '" + date_text + "'");
      }
    }
  }

  void ReadLifecycle(pugi::xml_node lifecycle) {
    for (pugi::xml_node event : lifecycle.children()) {
      if (event.type() != pugi::node_element || LocalName(event.name()) != "eventRef") {
        continue;
      }
      LifecycleEvent e;
      e.eid = event.attribute("eId").value();
      e.type = event.attribute("type").value();
      e.source = StripHash(event.attribute("source").value());
      const std::string date = event.attribute("date").value();
      if (const auto parsed = Date::Parse(date)) {
        e.date = *parsed;
        expression_.events.push_back(std::move(e));
        event_lines_.push_back(LineOf(event));
      } else {
        Error(LineOf(event), "lifecycle event '" + e.eid + "' has date '" + date +
                                 "', which is not a valid ISO date (YYYY-MM-DD)");
      }
    }
  }

  void ReadReferences(pugi::xml_node references) {
    for (pugi::xml_node ref : references.children()) {
      if (ref.type() != pugi::node_element) {
        continue;
      }
      const std::string_view name = LocalName(ref.name());
      if (name != "original" && name != "passiveRef" && name != "activeRef") {
        continue;  // TLCPerson, TLCOrganization, ...: not acts
      }
      expression_.references.push_back({ref.attribute("eId").value(), std::string(name),
                                        ref.attribute("href").value(),
                                        CollapseWhitespace(ref.attribute("showAs").value())});
    }
  }

  void ReadAnalysis(pugi::xml_node analysis) {
    pugi::xml_node passive = AknChild(analysis, "passiveModifications");
    for (pugi::xml_node mod : passive.children()) {
      if (mod.type() != pugi::node_element || LocalName(mod.name()) != "textualMod") {
        continue;
      }
      TextualModification m;
      m.type = mod.attribute("type").value();
      m.source = StripHash(AknChild(mod, "source").attribute("href").value());
      for (pugi::xml_node dest : mod.children()) {
        if (dest.type() == pugi::node_element && LocalName(dest.name()) == "destination") {
          m.destinations.push_back(StripHash(dest.attribute("href").value()));
        }
      }
      expression_.modifications.push_back(std::move(m));
      modification_lines_.push_back(LineOf(mod));
    }
  }

  void ReadProprietary(pugi::xml_node proprietary) {
    for (pugi::xml_node item : proprietary.children()) {
      if (item.type() != pugi::node_element || NamespaceOf(item) != kQonunNamespace) {
        continue;
      }
      const std::string_view name = LocalName(item.name());
      const std::string text = CollapseWhitespace(item.text().get());
      if (name == "status") {
        if (text == "official") {
          expression_.status = TextStatus::kOfficial;
        } else if (text == "translation") {
          expression_.status = TextStatus::kTranslation;
        } else if (text == "summary") {
          expression_.status = TextStatus::kSummary;
        } else {
          Error(LineOf(item),
                "q:status '" + text + "' is not one of official, translation, summary");
        }
      } else if (name == "officialSource") {
        expression_.official_source = item.attribute("href").value();
      } else if (name == "shortTitle") {
        expression_.short_title = text;
      } else if (name == "verification") {
        const std::string status = item.attribute("status").value();
        if (status == "confirmed") {
          expression_.verification = Verification::kConfirmed;
        } else if (status == "illustrative") {
          expression_.verification = Verification::kIllustrative;
        } else {
          Error(LineOf(item),
                "q:verification status '" + status + "' is not one of confirmed, illustrative");
        }
        expression_.verification_note = text;
      }
    }
  }

  void CheckEventSources() {
    for (std::size_t i = 0; i < expression_.events.size(); ++i) {
      const LifecycleEvent& e = expression_.events[i];
      if (!e.source.empty() && !expression_.FindReference(e.source)) {
        Error(event_lines_[i], "lifecycle event '" + e.eid + "' names source '#" + e.source +
                                   "', which is not in <references>");
      }
    }
  }

 private:
  int LineOf(pugi::xml_node node) const { return reporter_.LineOf(node); }

  void Report(Severity severity, int line, std::string message) {
    reporter_.Report(severity, line, std::move(message));
  }

  void Error(int line, std::string message) { reporter_.Error(line, std::move(message)); }

  Expression& expression_;
  Reporter& reporter_;
  std::vector<int>& modification_lines_;
  std::vector<int> event_lines_;
};

}  // namespace

void ReadMeta(pugi::xml_node meta, Expression& expression, Reporter& reporter,
              std::vector<int>& modification_lines) {
  MetaReader(expression, reporter, modification_lines).Read(meta);
}

}  // namespace qonun::model::internal
