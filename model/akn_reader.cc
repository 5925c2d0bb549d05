#include "model/akn_reader.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>
#include <utility>

#include <pugixml.hpp>

#include "common/utf8.h"
#include "model/internal/akn_meta.h"
#include "model/internal/akn_xml.h"

namespace qonun::model {

namespace {

using internal::AknChild;
using internal::BlockElements;
using internal::CollapseWhitespace;
using internal::HierarchyElements;
using internal::IsAkn;
using internal::LocalName;
using internal::NamespaceOf;
using internal::TransparentElements;

// Reads one file. Holds the per-file state: line index, eIds seen so far,
// unknown elements already reported.
class FileReader {
 public:
  FileReader(std::string_view xml, std::string file_name)
      : xml_(xml), reporter_(std::move(file_name), xml) {}

  ReadOutcome Read() {
    if (const auto bad = FindInvalidUtf8(xml_)) {
      Error(LineAtOffset(*bad), "file is not valid UTF-8 (first bad byte at column " +
                                    std::to_string(reporter_.ColumnOf(*bad)) + ")");
      return Finish();
    }
    pugi::xml_document document;
    const pugi::xml_parse_result parsed = document.load_buffer(
        xml_.data(), xml_.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
    if (!parsed) {
      const auto offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(parsed.offset, 0));
      Error(LineAtOffset(offset), std::string("XML is not well-formed: ") + parsed.description() +
                                      " (column " + std::to_string(reporter_.ColumnOf(offset)) +
                                      ")");
      return Finish();
    }
    ReadDocument(document);
    return Finish();
  }

 private:
  ReadOutcome Finish() {
    ReadOutcome outcome;
    outcome.diagnostics = std::move(reporter_.diagnostics());
    if (!HasErrors(outcome.diagnostics)) {
      expression_.file = reporter_.file();
      outcome.expression = std::move(expression_);
    }
    return outcome;
  }

  int LineAtOffset(std::size_t offset) const { return reporter_.LineAtOffset(offset); }

  int LineOf(pugi::xml_node node) const { return reporter_.LineOf(node); }

  void Report(Severity severity, int line, std::string message) {
    reporter_.Report(severity, line, std::move(message));
  }

  void Error(int line, std::string message) { reporter_.Error(line, std::move(message)); }

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
      internal::ReadMeta(meta, expression_, reporter_, modification_lines_);
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
            AppendUtf8(out, SuperscriptDigit(c - '0'));  // common/utf8.h's one table
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

  static bool IsProvisionNode(pugi::xml_node node) {
    return node && IsAkn(node) && HierarchyElements().contains(LocalName(node.name()));
  }

  void AddBlock(std::size_t owner, std::string_view raw, int line) {
    std::string block = CollapseWhitespace(raw);
    if (block.empty()) {
      return;
    }
    if (!pending_label_.empty()) {
      block = std::exchange(pending_label_, {}) + " " + block;
    }
    if (owner == kNoProvision) {
      Report(Severity::kWarning, line,
             "text outside any provision is kept apart and not searched: '" + Excerpt(block, 60) +
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
      if (IsProvisionNode(node.parent())) {
        (name == "num" ? p.num : p.heading) = CollapseWhitespace(text);
      } else if (name == "num") {
        // A list item's label ("(a)" in a blockList): it labels the item's
        // text, never the provision the list stands in.
        pending_label_ = CollapseWhitespace(text);
      } else {
        AddBlock(owner, text, LineOf(node));
      }
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
    pending_label_.clear();
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
    if (!p.eid.empty()) {
      p.eid = ScopedToAttachment(std::move(p.eid), parent);
    } else {
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

  // Publishers restart eIds in each schedule or attachment (each is its own
  // document there): inside one, an eId is scoped by the attachment's.
  std::string ScopedToAttachment(std::string eid, std::size_t parent) const {
    for (std::size_t at = parent; at != kNoProvision; at = expression_.provisions[at].parent) {
      const Provision& a = expression_.provisions[at];
      if (a.element == "attachment") {
        const std::string prefix = a.eid + "__";
        return eid.starts_with(prefix) ? eid : prefix + eid;
      }
    }
    return eid;
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
  internal::Reporter reporter_;
  Expression expression_;
  std::unordered_map<std::string, int> eid_lines_;
  std::vector<int> modification_lines_;
  std::set<std::string> reported_unknown_;
  std::string pending_label_;  // a list item's num, waiting for the item's text
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
