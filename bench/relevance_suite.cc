#include "bench/relevance_suite.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>

namespace qonun::bench {

namespace {

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream stream(s);
  for (std::string part; std::getline(stream, part, sep);) {
    if (!part.empty()) {
      out.push_back(part);
    }
  }
  return out;
}

bool OneOf(const std::string& value, const auto& allowed) {
  return std::find_if(std::begin(allowed), std::end(allowed),
                      [&](const char* a) { return value == a; }) != std::end(allowed);
}

// Does a hit ("WORK#eId") fall on the judged provision or one of its parts?
bool Covers(const std::string& judged, const std::string& hit) {
  return hit == judged || hit.rfind(judged + "__", 0) == 0;
}

}  // namespace

Result<std::vector<RelevanceCase>> ReadRelevanceSuite(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) {
    return NotFoundError("cannot read " + file.string());
  }
  std::map<std::string, std::string> works;  // alias -> work URI
  std::vector<RelevanceCase> cases;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    const std::string where = file.string() + ":" + std::to_string(number) + ": ";
    if (line.rfind("#@", 0) == 0) {
      const std::vector<std::string> words = Split(line.substr(2), ' ');
      if (words.size() != 2) {
        return InvalidArgumentError(where + "a work alias line is '#@ ALIAS URI'");
      }
      works[words[0]] = words[1];
      continue;
    }
    if (line.empty() || line[0] == '#') {
      continue;
    }
    std::vector<std::string> cells;
    std::stringstream stream(line);
    for (std::string cell; std::getline(stream, cell, '\t');) {
      cells.push_back(cell);
    }
    if (cells.size() != 5) {
      return InvalidArgumentError(where + "expected 5 tab-separated cells, found " +
                                  std::to_string(cells.size()));
    }
    RelevanceCase c;
    c.line = number;
    c.query = cells[0];
    for (const std::string& option : Split(cells[1], ';')) {
      const auto eq = option.find('=');
      if (eq == std::string::npos) {
        return InvalidArgumentError(where + "option '" + option + "' is not KEY=VALUE");
      }
      const std::string key = option.substr(0, eq);
      const std::string value = option.substr(eq + 1);
      if (key == "at") {
        c.at = value;
      } else if (key == "lang") {
        c.display_language = value;
      } else if (key == "in") {
        c.in_language = value;
      } else if (key == "all") {
        c.all_versions = value == "1";
      } else {
        return InvalidArgumentError(where + "unknown option '" + key + "'");
      }
    }
    c.language = cells[2];
    if (!OneOf(c.language, kSuiteLanguages)) {
      return InvalidArgumentError(where + "language '" + c.language +
                                  "' is not one of uzl, uzc, ru, en");
    }
    c.kind = cells[3];
    if (!OneOf(c.kind, kSuiteKinds)) {
      return InvalidArgumentError(where + "kind '" + c.kind +
                                  "' is not one of question, keywords, citation");
    }
    int grade = 2;
    for (const std::string& entry : Split(cells[4], ' ')) {
      if (entry == "|") {
        grade = 1;
        continue;
      }
      const auto hash = entry.find('#');
      const auto work = works.find(entry.substr(0, hash));
      if (hash == std::string::npos || work == works.end()) {
        return InvalidArgumentError(where + "judgement '" + entry +
                                    "' is not ALIAS#eId with an alias defined by '#@'");
      }
      c.judgements.push_back({work->second + entry.substr(hash), grade});
    }
    if (std::none_of(c.judgements.begin(), c.judgements.end(),
                     [](const Judgement& j) { return j.grade == 2; })) {
      return InvalidArgumentError(where + "no provision answers the query");
    }
    cases.push_back(std::move(c));
  }
  return cases;
}

CaseScore ScoreCase(const RelevanceCase& c, const std::vector<std::string>& hit_ids) {
  CaseScore score;
  score.no_hits = hit_ids.empty();
  std::set<std::size_t> seen;  // judgements already credited
  double dcg = 0;
  int answers_in_5 = 0;
  for (std::size_t rank = 0; rank < hit_ids.size() && rank < 10; ++rank) {
    for (std::size_t j = 0; j < c.judgements.size(); ++j) {
      if (seen.contains(j) || !Covers(c.judgements[j].id, hit_ids[rank])) {
        continue;
      }
      seen.insert(j);
      const int grade = c.judgements[j].grade;
      dcg += (std::pow(2.0, grade) - 1) / std::log2(static_cast<double>(rank) + 2);
      if (grade == 2) {
        if (score.first_answer_rank == 0) {
          score.first_answer_rank = static_cast<int>(rank) + 1;
        }
        answers_in_5 += rank < 5 ? 1 : 0;
      }
      break;
    }
  }
  std::vector<int> grades;
  for (const Judgement& j : c.judgements) {
    grades.push_back(j.grade);
  }
  std::sort(grades.begin(), grades.end(), std::greater<>());
  double ideal = 0;
  for (std::size_t i = 0; i < grades.size() && i < 10; ++i) {
    ideal += (std::pow(2.0, grades[i]) - 1) / std::log2(static_cast<double>(i) + 2);
  }
  score.ndcg_at_10 = ideal > 0 ? dcg / ideal : 0;
  const auto answers = std::count(grades.begin(), grades.end(), 2);
  score.recall_at_5 = answers_in_5 / static_cast<double>(std::min<long>(5, answers));
  return score;
}

void RelevanceTally::Add(const RelevanceCase& c, const CaseScore& score) {
  for (const std::string& group : {std::string("all"), "kind:" + c.kind, "lang:" + c.language}) {
    Sum& s = sums_[group];
    ++s.queries;
    s.reciprocal += score.first_answer_rank > 0 ? 1.0 / score.first_answer_rank : 0.0;
    s.recall += score.recall_at_5;
    s.ndcg += score.ndcg_at_10;
    s.no_hits += score.no_hits ? 1 : 0;
  }
}

std::map<std::string, RelevanceSummary> RelevanceTally::Summaries() const {
  std::map<std::string, RelevanceSummary> out;
  for (const auto& [group, s] : sums_) {
    const double n = s.queries;
    out[group] = {s.queries, s.reciprocal / n, s.recall / n, s.ndcg / n, s.no_hits};
  }
  return out;
}

}  // namespace qonun::bench
