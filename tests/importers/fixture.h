#pragma once
// Helpers for the importer tests: fixtures by name, options, and short
// views of an imported expression.

#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "model/document.h"

#include "importers/import.h"

namespace qonun::testing {

inline std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(QONUN_IMPORTER_FIXTURES) + "/" + name, std::ios::binary);
  REQUIRE(in);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline importers::ImportOptions Options(Language language, const char* source_name) {
  importers::ImportOptions options;
  options.source_name = source_name;
  options.work_uri = "/akn/uz/act/2019-03-04/zru-999";
  options.language = language;
  options.date = *model::Date::Parse("2021-05-01");
  return options;
}

inline std::vector<std::string> Eids(const model::Expression& e) {
  std::vector<std::string> eids;
  for (const model::Provision& p : e.provisions) {
    eids.push_back(p.eid);
  }
  return eids;
}

// The provision with this eId; fails the test when there is none.
inline const model::Provision& At(const model::Expression& e, const std::string& eid) {
  const std::size_t index = e.FindByEid(eid);
  INFO(eid);
  REQUIRE(index != model::kNoProvision);
  return e.provisions[index];
}

}  // namespace qonun::testing
