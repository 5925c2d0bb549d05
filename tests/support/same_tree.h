#pragma once
// Catch2 checks that two expressions hold the same provision tree, shared by
// the writer's round trip and the text exporter's round trip. Header-only
// because it expands Catch2 assertions in the calling test.

#include <string>

#include <catch2/catch.hpp>

#include "model/document.h"

namespace qonun::testing {

// Element, eId, num, heading, text and tree shape of every provision.
inline void CheckSameTree(const model::Expression& want, const model::Expression& got,
                          const std::string& what) {
  INFO(what);
  REQUIRE(got.provisions.size() == want.provisions.size());
  for (std::size_t i = 0; i < want.provisions.size(); ++i) {
    const model::Provision& a = want.provisions[i];
    const model::Provision& b = got.provisions[i];
    INFO("provision " << i << " '" << a.eid << "'");
    CHECK(b.element == a.element);
    CHECK(b.eid == a.eid);
    CHECK(b.num == a.num);
    CHECK(b.heading == a.heading);
    CHECK(b.text == a.text);
    CHECK(b.parent == a.parent);
    CHECK(b.children == a.children);
  }
}

// Everything the writer must keep, on top of the tree.
inline void CheckSameExpression(const model::Expression& want, const model::Expression& got,
                                const std::string& what) {
  CheckSameTree(want, got, what);
  INFO(what);
  for (std::size_t i = 0; i < want.provisions.size(); ++i) {
    const model::Provision& a = want.provisions[i];
    const model::Provision& b = got.provisions[i];
    INFO("provision '" << a.eid << "'");
    CHECK(b.wid == a.wid);
    CHECK(b.wrap_up == a.wrap_up);
    CHECK(b.notes == a.notes);
    REQUIRE(b.refs.size() == a.refs.size());
    for (std::size_t r = 0; r < a.refs.size(); ++r) {
      CHECK(b.refs[r].href == a.refs[r].href);
      CHECK(b.refs[r].text == a.refs[r].text);
    }
  }
  const model::WorkMetadata& w = want.work;
  const model::WorkMetadata& g = got.work;
  CHECK(g.uri == w.uri);
  CHECK(g.country == w.country);
  CHECK(g.doc_type == w.doc_type);
  CHECK(g.kind == w.kind);
  CHECK(g.date == w.date);
  CHECK(g.number == w.number);
  CHECK(g.author == w.author);
  CHECK(g.name == w.name);
  CHECK(g.aliases == w.aliases);
  CHECK(got.uri == want.uri);
  CHECK(got.language == want.language);
  CHECK(got.date == want.date);
  CHECK(got.long_title == want.long_title);
  CHECK(got.status == want.status);
  CHECK(got.official_source == want.official_source);
  CHECK(got.short_title == want.short_title);
  CHECK(got.verification == want.verification);
  CHECK(got.verification_note == want.verification_note);
  REQUIRE(got.events.size() == want.events.size());
  for (std::size_t i = 0; i < want.events.size(); ++i) {
    CHECK(got.events[i].eid == want.events[i].eid);
    CHECK(got.events[i].date == want.events[i].date);
    CHECK(got.events[i].type == want.events[i].type);
    CHECK(got.events[i].source == want.events[i].source);
  }
  REQUIRE(got.references.size() == want.references.size());
  for (std::size_t i = 0; i < want.references.size(); ++i) {
    CHECK(got.references[i].eid == want.references[i].eid);
    CHECK(got.references[i].element == want.references[i].element);
    CHECK(got.references[i].href == want.references[i].href);
    CHECK(got.references[i].show_as == want.references[i].show_as);
  }
  REQUIRE(got.modifications.size() == want.modifications.size());
  for (std::size_t i = 0; i < want.modifications.size(); ++i) {
    CHECK(got.modifications[i].type == want.modifications[i].type);
    CHECK(got.modifications[i].source == want.modifications[i].source);
    CHECK(got.modifications[i].destinations == want.modifications[i].destinations);
  }
}

}  // namespace qonun::testing
