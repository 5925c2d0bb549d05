#include "model/akn_writer.h"

#include <sstream>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "common/language.h"
#include "model/akn_reader.h"

namespace qonun::model {

namespace {

void SetValue(pugi::xml_node parent, const char* element, const char* attribute,
              const std::string& value) {
  parent.append_child(element).append_attribute(attribute).set_value(value.c_str());
}

std::vector<std::string_view> Blocks(std::string_view text) {
  std::vector<std::string_view> blocks;
  while (!text.empty()) {
    const auto newline = text.find('\n');
    const std::string_view block = text.substr(0, newline);
    if (!block.empty()) {
      blocks.push_back(block);
    }
    if (newline == std::string_view::npos) {
      break;
    }
    text.remove_prefix(newline + 1);
  }
  return blocks;
}

// Writes blocks as <p> children of `parent`, marking each cross-reference at
// the first place its text occurs; `next_ref` carries over between blocks so
// that each reference is marked once.
void AppendParagraphs(pugi::xml_node parent, std::string_view text,
                      const std::vector<CrossReference>& refs, std::size_t& next_ref) {
  for (std::string_view block : Blocks(text)) {
    pugi::xml_node p = parent.append_child("p");
    std::size_t done = 0;
    while (next_ref < refs.size()) {
      const CrossReference& ref = refs[next_ref];
      const std::size_t at = ref.text.empty() ? std::string_view::npos : block.find(ref.text, done);
      if (at == std::string_view::npos) {
        break;
      }
      if (at > done) {
        p.append_child(pugi::node_pcdata)
            .set_value(std::string(block.substr(done, at - done)).c_str());
      }
      pugi::xml_node r = p.append_child("ref");
      r.append_attribute("href").set_value(ref.href.c_str());
      r.append_child(pugi::node_pcdata).set_value(ref.text.c_str());
      done = at + ref.text.size();
      ++next_ref;
    }
    if (done < block.size()) {
      p.append_child(pugi::node_pcdata).set_value(std::string(block.substr(done)).c_str());
    }
  }
}

void WriteIdentification(pugi::xml_node meta, const Expression& e, const WriteOptions& options) {
  pugi::xml_node identification = meta.append_child("identification");
  identification.append_attribute("source").set_value("#qonun");
  const WorkMetadata& w = e.work;

  pugi::xml_node work = identification.append_child("FRBRWork");
  SetValue(work, "FRBRthis", "value", w.uri + "/!main");
  SetValue(work, "FRBRuri", "value", w.uri);
  if (w.date) {
    pugi::xml_node date = work.append_child("FRBRdate");
    date.append_attribute("date").set_value(w.date->ToString().c_str());
    date.append_attribute("name").set_value("adoption");
  }
  if (!w.author.empty()) {
    SetValue(work, "FRBRauthor", "href", w.author);
  }
  if (!w.country.empty()) {
    SetValue(work, "FRBRcountry", "value", w.country);
  }
  if (!w.number.empty()) {
    SetValue(work, "FRBRnumber", "value", w.number);
  }
  if (!w.name.empty()) {
    SetValue(work, "FRBRname", "value", w.name);
  }
  for (const std::string& alias : w.aliases) {
    pugi::xml_node a = work.append_child("FRBRalias");
    a.append_attribute("value").set_value(alias.c_str());
    a.append_attribute("name").set_value("short");
  }

  const std::string date = e.date.ToString();
  pugi::xml_node expression = identification.append_child("FRBRExpression");
  SetValue(expression, "FRBRthis", "value", e.uri + "/!main");
  SetValue(expression, "FRBRuri", "value", e.uri);
  pugi::xml_node expression_date = expression.append_child("FRBRdate");
  expression_date.append_attribute("date").set_value(date.c_str());
  expression_date.append_attribute("name").set_value("consolidation");
  SetValue(expression, "FRBRauthor", "href", "#qonun");
  SetValue(expression, "FRBRlanguage", "language", std::string(LanguageCode(e.language)));

  pugi::xml_node manifestation = identification.append_child("FRBRManifestation");
  SetValue(manifestation, "FRBRthis", "value", e.uri + "/!main.xml");
  SetValue(manifestation, "FRBRuri", "value", e.uri + ".akn");
  pugi::xml_node transform = manifestation.append_child("FRBRdate");
  transform.append_attribute("date").set_value(
      options.transform_date.value_or(e.date).ToString().c_str());
  transform.append_attribute("name").set_value("transform");
  SetValue(manifestation, "FRBRauthor", "href", "#qonun");
}

void WriteLifecycleAndReferences(pugi::xml_node meta, const Expression& e) {
  if (!e.events.empty()) {
    pugi::xml_node lifecycle = meta.append_child("lifecycle");
    lifecycle.append_attribute("source").set_value("#qonun");
    for (const LifecycleEvent& event : e.events) {
      pugi::xml_node ref = lifecycle.append_child("eventRef");
      ref.append_attribute("eId").set_value(event.eid.c_str());
      ref.append_attribute("date").set_value(event.date.ToString().c_str());
      ref.append_attribute("source").set_value(("#" + event.source).c_str());
      ref.append_attribute("type").set_value(event.type.c_str());
    }
  }
  if (!e.modifications.empty()) {
    pugi::xml_node passive = meta.append_child("analysis").append_child("passiveModifications");
    passive.parent().append_attribute("source").set_value("#qonun");
    int ordinal = 0;
    for (const TextualModification& m : e.modifications) {
      pugi::xml_node mod = passive.append_child("textualMod");
      mod.append_attribute("eId").set_value(("pmod_" + std::to_string(++ordinal)).c_str());
      mod.append_attribute("type").set_value(m.type.c_str());
      mod.append_child("source").append_attribute("href").set_value(("#" + m.source).c_str());
      for (const std::string& destination : m.destinations) {
        mod.append_child("destination")
            .append_attribute("href")
            .set_value(("#" + destination).c_str());
      }
    }
  }
  if (!e.references.empty()) {
    pugi::xml_node references = meta.append_child("references");
    references.append_attribute("source").set_value("#qonun");
    for (const ActReference& r : e.references) {
      pugi::xml_node ref = references.append_child(r.element.c_str());
      ref.append_attribute("eId").set_value(r.eid.c_str());
      ref.append_attribute("href").set_value(r.href.c_str());
      ref.append_attribute("showAs").set_value(r.show_as.c_str());
    }
  }
}

bool HasProprietary(const Expression& e) {
  return e.status != TextStatus::kUnstated || !e.official_source.empty() ||
         !e.short_title.empty() || e.verification != Verification::kUnstated;
}

void WriteProprietary(pugi::xml_node meta, const Expression& e) {
  pugi::xml_node proprietary = meta.append_child("proprietary");
  proprietary.append_attribute("source").set_value("#qonun");
  if (e.status != TextStatus::kUnstated) {
    proprietary.append_child("q:status")
        .append_child(pugi::node_pcdata)
        .set_value(std::string(TextStatusName(e.status)).c_str());
  }
  if (!e.official_source.empty()) {
    SetValue(proprietary, "q:officialSource", "href", e.official_source);
  }
  if (!e.short_title.empty()) {
    proprietary.append_child("q:shortTitle")
        .append_child(pugi::node_pcdata)
        .set_value(e.short_title.c_str());
  }
  if (e.verification != Verification::kUnstated) {
    pugi::xml_node v = proprietary.append_child("q:verification");
    v.append_attribute("status").set_value(std::string(VerificationName(e.verification)).c_str());
    v.append_child(pugi::node_pcdata).set_value(e.verification_note.c_str());
  }
}

void WriteHeader(pugi::xml_node node, const Provision& p) {
  if (!p.eid.empty()) {
    node.append_attribute("eId").set_value(p.eid.c_str());
  }
  if (!p.wid.empty() && p.wid != p.eid) {
    node.append_attribute("wId").set_value(p.wid.c_str());
  }
  if (!p.num.empty()) {
    node.append_child("num").append_child(pugi::node_pcdata).set_value(p.num.c_str());
  }
  if (!p.heading.empty()) {
    node.append_child("heading").append_child(pugi::node_pcdata).set_value(p.heading.c_str());
  }
  int ordinal = 0;
  for (const std::string& note : p.notes) {
    pugi::xml_node n = node.append_child("authorialNote");
    n.append_attribute("marker").set_value(std::to_string(++ordinal).c_str());
    n.append_attribute("placement").set_value("bottom");
    n.append_child("p").append_child(pugi::node_pcdata).set_value(note.c_str());
  }
}

bool IsFrontOrBack(const Provision& p) {
  return p.parent == kNoProvision && (p.element == "preamble" || p.element == "conclusions");
}

void WriteProvisions(pugi::xml_node act, pugi::xml_node body, const Expression& e) {
  std::vector<pugi::xml_node> nodes(e.provisions.size());
  std::vector<std::size_t> next_ref(e.provisions.size(), 0);
  pugi::xml_node attachments;  // after <body> and <conclusions>, made by the first annex
  for (std::size_t i = 0; i < e.provisions.size(); ++i) {
    const Provision& p = e.provisions[i];
    pugi::xml_node parent;
    if (p.parent != kNoProvision && p.parent < i) {
      parent = nodes[p.parent];
    } else if (IsFrontOrBack(p)) {
      parent = act;
    } else {
      parent = body;
    }
    pugi::xml_node node;
    if (p.parent == kNoProvision && p.element == "preamble") {
      node = act.insert_child_before(p.element.c_str(), body);
    } else if (p.parent == kNoProvision && p.element == "conclusions") {
      node = act.insert_child_after(p.element.c_str(), body);
    } else if (p.parent == kNoProvision && p.element == "attachment") {
      // Annexes go in <attachments>, after the body and its conclusions.
      attachments = attachments ? attachments : act.append_child("attachments");
      node = attachments.append_child(p.element.c_str());
    } else {
      node = parent.append_child(p.element.c_str());
    }
    nodes[i] = node;
    WriteHeader(node, p);
    if (p.element == "preamble" || p.element == "conclusions") {
      AppendParagraphs(node, p.text, p.refs, next_ref[i]);
    } else if (!p.children.empty()) {
      if (!p.text.empty()) {
        AppendParagraphs(node.append_child("intro"), p.text, p.refs, next_ref[i]);
      }
    } else {
      pugi::xml_node content = node.append_child("content");
      AppendParagraphs(content, p.text, p.refs, next_ref[i]);
      if (!content.first_child()) {
        content.append_child("p");
      }
    }
  }
  // Wrap-ups follow all of a provision's children, so they are added last.
  for (std::size_t i = 0; i < e.provisions.size(); ++i) {
    const Provision& p = e.provisions[i];
    if (!p.wrap_up.empty()) {
      if (p.children.empty() && p.element != "preamble" && p.element != "conclusions") {
        AppendParagraphs(nodes[i].child("content"), p.wrap_up, p.refs, next_ref[i]);
      } else {
        AppendParagraphs(nodes[i].append_child("wrapUp"), p.wrap_up, p.refs, next_ref[i]);
      }
    }
  }
}

}  // namespace

std::string WriteExpression(const Expression& expression, const WriteOptions& options) {
  pugi::xml_document document;
  pugi::xml_node declaration = document.append_child(pugi::node_declaration);
  declaration.append_attribute("version").set_value("1.0");
  declaration.append_attribute("encoding").set_value("UTF-8");
  pugi::xml_node root = document.append_child("akomaNtoso");
  root.append_attribute("xmlns").set_value(std::string(kAknNamespace).c_str());
  const bool proprietary = HasProprietary(expression);
  if (proprietary) {
    root.append_attribute("xmlns:q").set_value("urn:qonun");
  }
  const std::string doc_type = expression.work.doc_type.empty() ? "act" : expression.work.doc_type;
  pugi::xml_node act = root.append_child(doc_type.c_str());
  if (!expression.work.kind.empty()) {
    act.append_attribute("name").set_value(expression.work.kind.c_str());
  }
  pugi::xml_node meta = act.append_child("meta");
  WriteIdentification(meta, expression, options);
  WriteLifecycleAndReferences(meta, expression);
  if (proprietary) {
    WriteProprietary(meta, expression);
  }
  if (!expression.long_title.empty()) {
    act.append_child("preface")
        .append_child("longTitle")
        .append_child("p")
        .append_child(pugi::node_pcdata)
        .set_value(expression.long_title.c_str());
  }
  pugi::xml_node body = act.append_child("body");
  WriteProvisions(act, body, expression);

  std::ostringstream out;
  document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return out.str();
}

}  // namespace qonun::model
