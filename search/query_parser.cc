#include "search/query_parser.h"

namespace qonun::search {

namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool IsAsciiLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

std::string Position(std::size_t offset) {
  return "at character " + std::to_string(offset + 1);
}

// The field a "name:" prefix names, when `word` starts with one.
Result<Field> FieldOf(std::string_view name, std::size_t offset) {
  if (name == "heading" || name == "title") {
    return Field::kHeading;
  }
  return InvalidArgumentError("unknown field '" + std::string(name) + ":' " + Position(offset) +
                              " (the field is heading:)");
}

}  // namespace

Result<ParsedQuery> ParseQuery(std::string_view query) {
  if (query.size() > kMaxQueryBytes) {
    return InvalidArgumentError("the query is too long (" + std::to_string(query.size()) +
                                " bytes; at most " + std::to_string(kMaxQueryBytes) + ")");
  }
  ParsedQuery parsed;
  bool pending_or = false;
  int next_group = 0;
  std::size_t i = 0;
  while (i < query.size()) {
    if (IsSpace(query[i])) {
      ++i;
      continue;
    }
    Clause clause;
    clause.start = i;
    if (query[i] == '+' || query[i] == '-') {
      clause.occurrence = query[i] == '+' ? Occurrence::kMust : Occurrence::kExclude;
      ++i;
      if (i == query.size() || IsSpace(query[i])) {
        // A lone "-" or "+" between words is punctuation ("art. 5 - 6"), not an operator.
        continue;
      }
    }
    // field:
    std::size_t name_end = i;
    while (name_end < query.size() && IsAsciiLetter(query[name_end])) {
      ++name_end;
    }
    if (name_end > i && name_end + 1 < query.size() && query[name_end] == ':' &&
        !IsSpace(query[name_end + 1])) {
      Result<Field> field = FieldOf(query.substr(i, name_end - i), i);
      if (!field.ok()) {
        return field.status();
      }
      clause.field = *field;
      i = name_end + 1;
    }
    if (query[i] == '"') {
      const std::size_t close = query.find('"', i + 1);
      if (close == std::string_view::npos) {
        return InvalidArgumentError("unbalanced quote: the phrase " + Position(i) +
                                    " has no closing \"");
      }
      clause.phrase = true;
      clause.text = std::string(query.substr(i + 1, close - i - 1));
      i = close + 1;
      if (clause.text.find_first_not_of(" \t\r\n") == std::string::npos) {
        continue;  // "" is nothing to search for
      }
    } else {
      const std::size_t begin = i;
      while (i < query.size() && !IsSpace(query[i]) && query[i] != '"') {
        ++i;
      }
      clause.text = std::string(query.substr(begin, i - begin));
    }
    clause.end = i;
    if (clause.text == "OR" && !clause.phrase && clause.occurrence == Occurrence::kDefault &&
        clause.field == Field::kAny) {
      if (parsed.clauses.empty() || pending_or) {
        return InvalidArgumentError("OR " + Position(clause.start) + " needs a word before it");
      }
      pending_or = true;
      continue;
    }
    if (pending_or) {
      Clause& previous = parsed.clauses.back();
      if (previous.or_group < 0) {
        previous.or_group = next_group++;
      }
      clause.or_group = previous.or_group;
      pending_or = false;
    }
    parsed.clauses.push_back(std::move(clause));
    if (parsed.clauses.size() > kMaxClauses) {
      return InvalidArgumentError("the query has too many words (at most " +
                                  std::to_string(kMaxClauses) + ")");
    }
  }
  if (pending_or) {
    return InvalidArgumentError("OR at the end of the query needs a word after it");
  }
  bool any_positive = false;
  for (const Clause& c : parsed.clauses) {
    any_positive = any_positive || c.occurrence != Occurrence::kExclude;
  }
  if (parsed.clauses.empty()) {
    return InvalidArgumentError("the query is empty");
  }
  if (!any_positive) {
    return InvalidArgumentError("the query only excludes words; add a word to search for");
  }
  return parsed;
}

}  // namespace qonun::search
