#include "model/akn_reader.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include <pugixml.hpp>

#include "common/utf8.h"

namespace qonun::model {

namespace {

// Hierarchical containers: each becomes a Provision. The value is the eId
// abbreviation of the Akoma Ntoso naming convention, used when a file omits
// an eId and one has to be made up.
const std::map<std::string, std::string, std::less<>>& HierarchyElements() {
  static const std::map<std::string, std::string, std::less<>> elements{
      {"alinea", "al"},
      {"article", "art"},
      {"attachment", "att"},
      {"book", "book"},
      {"chapter", "chp"},
      {"clause", "cl"},
      {"conclusions", "conclusions"},
      {"division", "dvs"},
      {"hcontainer", "hcontainer"},
      {"indent", "indent"},
      {"level", "lvl"},
      {"paragraph", "para"},
      {"part", "part"},
      {"point", "point"},
      {"preamble", "preamble"},
      {"proviso", "prov"},
      {"rule", "rule"},
      {"section", "sec"},
      {"subchapter", "subchp"},
      {"subclause", "subcl"},
      {"subdivision", "subdvs"},
      {"subparagraph", "subpara"},
      {"subpart", "subpart"},
      {"subpoint", "subpoint"},
      {"subrule", "subrule"},
      {"subsection", "subsec"},
      {"subtitle", "subtitle"},
      {"title", "title"},
      {"tome", "tome"},
      {"transitional", "trans"},
  };
  return elements;
}

// Containers that hold blocks but are not provisions themselves: their
// children are read as if they stood in the enclosing provision.
const std::set<std::string, std::less<>>& TransparentElements() {
  static const std::set<std::string, std::less<>> elements{
      "attachments", "blockContainer", "blockList", "body", "component",
      "components",  "content",        "intro",     "item", "list",
      "mainBody",    "table",          "tbody",     "tr",   "wrapUp"};
  return elements;
}

// Block elements whose whole content, inline markup included, is one block of text.
const std::set<std::string, std::less<>>& BlockElements() {
  static const std::set<std::string, std::less<>> elements{
      "p", "listIntroduction", "listWrapUp", "subheading", "td", "th", "tblock", "crossHeading"};
  return elements;
}

std::string CollapseWhitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) {
      out += ' ';
      pending_space = false;
    }
    out += c;
  }
  return out;
}

std::string_view Prefix(std::string_view qualified_name) {
  const auto colon = qualified_name.find(':');
  return colon == std::string_view::npos ? std::string_view{} : qualified_name.substr(0, colon);
}

std::string_view LocalName(std::string_view qualified_name) {
  const auto colon = qualified_name.find(':');
  return colon == std::string_view::npos ? qualified_name : qualified_name.substr(colon + 1);
}

// The namespace URI bound to the node's prefix, looked up the ancestor chain.
std::string_view NamespaceOf(pugi::xml_node node) {
  const std::string_view prefix = Prefix(node.name());
  const std::string attribute = prefix.empty() ? "xmlns" : "xmlns:" + std::string(prefix);
  for (pugi::xml_node at = node; at; at = at.parent()) {
    if (pugi::xml_attribute a = at.attribute(attribute.c_str())) {
      return a.value();
    }
  }
  return {};
}

bool IsAkn(pugi::xml_node node) {
  return NamespaceOf(node) == kAknNamespace;
}

// Child element in the Akoma Ntoso namespace with this local name.
pugi::xml_node AknChild(pugi::xml_node parent, std::string_view local_name) {
  for (pugi::xml_node child = parent.first_child(); child; child = child.next_sibling()) {
    if (child.type() == pugi::node_element && LocalName(child.name()) == local_name &&
        IsAkn(child)) {
      return child;
    }
  }
  return {};
}

std::string StripHash(std::string_view href) {
  if (!href.empty() && href.front() == '#') {
    href.remove_prefix(1);
  }
  return std::string(href);
}

const char* const kSuperscriptDigits[] = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};

// Reads one file. Holds the per-file state: line index, eIds seen so far,
// unknown elements already reported.
class FileReader {
 public:
  FileReader(std::string_view xml, std::string file_name)
      : xml_(xml), file_(std::move(file_name)), lines_(xml) {}

  ReadOutcome Read() {
    if (const auto bad = FindInvalidUtf8(xml_)) {
      Error(LineAtOffset(*bad), "file is not valid UTF-8 (first bad byte at column " +
                                    std::to_string(lines_.ColumnOf(*bad)) + ")");
      return Finish();
    }
    pugi::xml_document document;
    const pugi::xml_parse_result parsed = document.load_buffer(
        xml_.data(), xml_.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    if (!parsed) {
      const auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(parsed.offset, 0));
      Error(LineAtOffset(offset), std::string("XML is not well-formed: ") + parsed.description() +
                                      " (column " + std::to_string(lines_.ColumnOf(offset)) + ")");
      return Finish();
    }
    ReadDocument(document);
    return Finish();
  }

 private:
  ReadOutcome Finish() {
    ReadOutcome outcome;
    outcome.diagnostics = std::move(diagnostics_);
    if (!HasErrors(outcome.diagnostics)) {
      expression_.file = file_;
      outcome.expression = std::move(expression_);
    }
    return outcome;
  }

  int LineAtOffset(std::size_t offset) const { return lines_.LineOf(offset); }

  int LineOf(pugi::xml_node node) const {
    const std::ptrdiff_t offset = node.offset_debug();
    return offset < 0 ? 0 : lines_.LineOf(static_cast<std::size_t>(offset));
  }

  void Report(Severity severity, int line, std::string message) {
    diagnostics_.push_back({file_, line, severity, std::move(message)});
  }

  void Error(int line, std::string message) { Report(Severity::kError, line, std::move(message)); }

  void ReadDocument(const pugi::xml_document& document) {
    pugi::xml_node root = document.document_element();
    if (!root) {
      Error(1, "no root element");
      return;
    }
    const std::string_view root_namespace = NamespaceOf(root);
    if (LocalName(root.name()) != "akomaNtoso" || root_namespace != kAknNamespace) {
      Error(LineOf(root), "unsupported document variant: root element <" +
                              std::string(root.name()) + "> in namespace '" +
                              std::string(root_namespace) + "'; only Akoma Ntoso 3.0 (" +
                              std::string(kAknNamespace) + ") is read");
      return;
    }
    pugi::xml_node doc;
    for (pugi::xml_node child : root.children()) {
      if (child.type() == pugi::node_element && IsAkn(child) &&
          LocalName(child.name()) != "components") {
        doc = child;
        break;
      }
    }
    if (!doc) {
      Error(LineOf(root), "<akomaNtoso> holds no document element (such as <act>)");
      return;
    }
    expression_.work.doc_type = std::string(LocalName(doc.name()));
    expression_.work.kind = doc.attribute("name").value();

    pugi::xml_node meta = AknChild(doc, "meta");
    if (!meta) {
      Error(LineOf(doc), "<" + expression_.work.doc_type + "> has no <meta>");
    } else {
      ReadMeta(meta);
    }
    for (pugi::xml_node child : doc.children()) {
      if (child.type() != pugi::node_element || !IsAkn(child)) {
        continue;
      }
      const std::string_view name = LocalName(child.name());
      if (name == "meta") {
        continue;
      }
      if (name == "preface" || name == "coverPage") {
        ReadPreface(child);
      } else {
        Walk(child, kNoProvision);
      }
    }
    CheckModifications();
  }

  // ---- metadata -------------------------------------------------------------

  void ReadMeta(pugi::xml_node meta) {
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
        if (!value.empty() &&
            std::find(w.aliases.begin(), w.aliases.end(), value) == w.aliases.end()) {
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

  void CheckModifications() {
    for (std::size_t i = 0; i < expression_.modifications.size(); ++i) {
      const TextualModification& m = expression_.modifications[i];
      if (!m.source.empty() && !expression_.FindReference(m.source)) {
        Error(modification_lines_[i],
              "textualMod source '#" + m.source + "' is not in <references>");
      }
      for (const std::string& destination : m.destinations) {
        if (m.type != "repeal" && !eid_lines_.contains(destination)) {
          Report(Severity::kWarning, modification_lines_[i],
                 "textualMod destination '#" + destination + "' names no provision of this file");
        }
      }
    }
  }

  // ---- front matter and provisions ------------------------------------------

  void ReadPreface(pugi::xml_node preface) {
    Provision scratch;
    std::string text;
    if (pugi::xml_node long_title = AknChild(preface, "longTitle")) {
      CollectInline(long_title, text, scratch);
    } else {
      CollectInline(preface, text, scratch);
    }
    expression_.long_title = CollapseWhitespace(text);
  }

  // Appends the text of `node` and its descendants to `out`, keeping
  // authorial notes and cross-references apart in `owner`.
  void CollectInline(pugi::xml_node node, std::string& out, Provision& owner) {
    for (pugi::xml_node child : node.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        out += child.value();
        continue;
      }
      if (child.type() != pugi::node_element) {
        continue;
      }
      const std::string_view name = LocalName(child.name());
      if (name == "authorialNote") {
        std::string note;
        CollectInline(child, note, owner);
        if (std::string collapsed = CollapseWhitespace(note); !collapsed.empty()) {
          owner.notes.push_back(std::move(collapsed));
        }
        continue;
      }
      if (name == "eol" || name == "br" || name == "eop") {
        out += ' ';
        continue;
      }
      if (name == "sup") {
        // Article numbers such as 135<sup>1</sup> are cited as 135¹.
        const std::string digits = CollapseWhitespace(child.text().get());
        if (!digits.empty() && std::all_of(digits.begin(), digits.end(),
                                           [](char c) { return c >= '0' && c <= '9'; })) {
          for (char c : digits) {
            out += kSuperscriptDigits[c - '0'];
          }
          continue;
        }
      }
      if (BlockElements().contains(name)) {
        out += ' ';  // a block nested in inline content still separates words
      }
      const std::size_t before = out.size();
      CollectInline(child, out, owner);
      if (name == "ref") {
        owner.refs.push_back({child.attribute("href").value(),
                              CollapseWhitespace(std::string_view(out).substr(before))});
      }
    }
  }

  void AddBlock(std::size_t owner, std::string_view raw, int line) {
    std::string block = CollapseWhitespace(raw);
    if (block.empty()) {
      return;
    }
    if (owner == kNoProvision) {
      Report(Severity::kWarning, line,
             "text outside any provision is kept apart and not searched: '" + block.substr(0, 60) +
                 "'");
      expression_.loose_text += (expression_.loose_text.empty() ? "" : "\n") + block;
      return;
    }
    Provision& p = expression_.provisions[owner];
    std::string& target = p.children.empty() ? p.text : p.wrap_up;
    if (!target.empty()) {
      target += '\n';
    }
    target += block;
  }

  // Reads the children of `container` into provision `owner` (or at top level).
  void WalkChildren(pugi::xml_node container, std::size_t owner) {
    for (pugi::xml_node child : container.children()) {
      if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
        AddBlock(owner, child.value(), LineOf(container));
      } else if (child.type() == pugi::node_element) {
        Walk(child, owner);
      }
    }
  }

  void Walk(pugi::xml_node node, std::size_t owner) {
    const std::string_view name = LocalName(node.name());
    const bool akn = IsAkn(node);
    if (akn && HierarchyElements().contains(name)) {
      AddProvision(node, owner);
      return;
    }
    if (akn && (name == "num" || name == "heading") && owner != kNoProvision) {
      std::string text;
      CollectInline(node, text, expression_.provisions[owner]);
      Provision& p = expression_.provisions[owner];
      (name == "num" ? p.num : p.heading) = CollapseWhitespace(text);
      return;
    }
    if (akn && BlockElements().contains(name)) {
      std::string text;
      Provision scratch;
      CollectInline(node, text, owner == kNoProvision ? scratch : expression_.provisions[owner]);
      AddBlock(owner, text, LineOf(node));
      return;
    }
    if (akn && name == "authorialNote" && owner != kNoProvision) {
      std::string text;
      CollectInline(node, text, expression_.provisions[owner]);
      expression_.provisions[owner].notes.push_back(CollapseWhitespace(text));
      return;
    }
    if (!akn || !TransparentElements().contains(name)) {
      // Tolerant reading: keep the text (and any provisions inside) where we are.
      const std::string element(node.name());
      if (reported_unknown_.insert(element).second) {
        const std::string where = owner == kNoProvision
                                      ? "at top level"
                                      : "in '" + expression_.provisions[owner].eid + "'";
        Report(Severity::kNote, LineOf(node),
               "unknown element <" + element + "> read tolerantly: its text is kept " + where);
      }
    }
    WalkChildren(node, owner);
  }

  void AddProvision(pugi::xml_node node, std::size_t parent) {
    Provision p;
    p.element = std::string(LocalName(node.name()));
    p.eid = node.attribute("eId").value();
    p.wid = node.attribute("wId").value();
    p.parent = parent;
    p.line = LineOf(node);
    p.depth = parent == kNoProvision ? 0 : expression_.provisions[parent].depth + 1;
    if (p.wid == p.eid) {
      p.wid.clear();
    }
    if (p.eid.empty()) {
      p.eid = MakeUpEid(p.element, parent);
      if (p.element != "preamble" && p.element != "conclusions") {
        Report(Severity::kWarning, p.line,
               "<" + p.element + "> has no eId; it is read as '" + p.eid + "'");
      }
    }
    if (const auto [it, inserted] = eid_lines_.emplace(p.eid, p.line); !inserted) {
      Error(p.line,
            "duplicate eId '" + p.eid + "' (first at line " + std::to_string(it->second) + ")");
    }
    const std::size_t index = expression_.provisions.size();
    expression_.provisions.push_back(std::move(p));
    if (parent != kNoProvision) {
      expression_.provisions[parent].children.push_back(index);
    }
    WalkChildren(node, index);
  }

  std::string MakeUpEid(const std::string& element, std::size_t parent) {
    const std::string& abbreviation = HierarchyElements().find(element)->second;
    if (element == "preamble" || element == "conclusions") {
      return abbreviation;
    }
    const std::string prefix =
        parent == kNoProvision ? "" : expression_.provisions[parent].eid + "__";
    int ordinal = 1;
    while (eid_lines_.contains(prefix + abbreviation + "_" + std::to_string(ordinal))) {
      ++ordinal;
    }
    return prefix + abbreviation + "_" + std::to_string(ordinal);
  }

  std::string_view xml_;
  std::string file_;
  LineIndex lines_;
  Expression expression_;
  std::vector<Diagnostic> diagnostics_;
  std::unordered_map<std::string, int> eid_lines_;
  std::vector<int> event_lines_;
  std::vector<int> modification_lines_;
  std::set<std::string> reported_unknown_;
};

}  // namespace

std::optional<WorkUriParts> ParseWorkUri(std::string_view uri) {
  // /akn/COUNTRY/TYPE[/SUBTYPE][/ACTOR]/DATE/NUMBER
  if (uri.rfind("/akn/", 0) != 0) {
    return std::nullopt;
  }
  std::vector<std::string> parts;
  std::stringstream stream{std::string(uri.substr(5))};
  for (std::string part; std::getline(stream, part, '/');) {
    if (part.empty()) {
      return std::nullopt;
    }
    parts.push_back(part);
  }
  if (parts.size() < 4) {
    return std::nullopt;
  }
  for (std::size_t i = 2; i + 1 < parts.size(); ++i) {
    if (const auto date = Date::Parse(parts[i])) {
      if (i + 2 != parts.size()) {
        return std::nullopt;  // the number must be the last component
      }
      return WorkUriParts{parts[0], parts[1], *date, parts[i + 1]};
    }
  }
  return std::nullopt;
}

ReadOutcome ReadExpression(std::string_view xml, const std::string& file_name) {
  return FileReader(xml, file_name).Read();
}

ReadOutcome ReadExpressionFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ReadOutcome outcome;
    outcome.diagnostics.push_back({path, 0, Severity::kError, "cannot open file"});
    return outcome;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return ReadExpression(buffer.str(), path);
}

}  // namespace qonun::model
