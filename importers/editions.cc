#include "importers/editions.h"

#include <algorithm>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <utility>

namespace qonun::importers {

namespace {

// The first YYYY-MM-DD in a file name that is a real day.
std::optional<model::Date> DateInName(const std::string& name) {
  for (std::size_t i = 0; i + 10 <= name.size(); ++i) {
    if (auto date = model::Date::Parse(name.substr(i, 10))) {
      return date;
    }
  }
  return std::nullopt;
}

Result<std::vector<Edition>> ReadManifest(const std::filesystem::path& folder) {
  const std::filesystem::path manifest = folder / kEditionsManifest;
  std::ifstream in(manifest);
  if (!in) {
    return InvalidArgumentError(manifest.string() + ": cannot open file");
  }
  std::vector<Edition> editions;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
      line.pop_back();
    }
    if (line.empty() || line.front() == '#') {
      continue;
    }
    const auto space = line.find_first_of(" \t");
    const auto date = model::Date::Parse(line.substr(0, space));
    const auto name_at = space == std::string::npos ? space : line.find_first_not_of(" \t", space);
    const std::string where = manifest.string() + ":" + std::to_string(number) + ": ";
    if (!date || name_at == std::string::npos) {
      return InvalidArgumentError(where + "expected 'YYYY-MM-DD FILE', found '" + line + "'");
    }
    const std::filesystem::path file = folder / line.substr(name_at);
    if (!std::filesystem::is_regular_file(file)) {
      return InvalidArgumentError(where + "no file '" + file.string() + "'");
    }
    editions.push_back({*date, file});
  }
  return editions;
}

}  // namespace

Result<std::vector<Edition>> ListEditions(const std::filesystem::path& folder) {
  std::vector<Edition> editions;
  if (std::filesystem::exists(folder / kEditionsManifest)) {
    Result<std::vector<Edition>> listed = ReadManifest(folder);
    if (!listed.ok()) {
      return listed.status();
    }
    editions = std::move(listed).value();
  } else {
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
      if (entry.is_regular_file() && entry.path().filename().string().front() != '.') {
        if (auto date = DateInName(entry.path().filename().string())) {
          editions.push_back({*date, entry.path()});
        }
      }
    }
    if (error) {
      return InvalidArgumentError(folder.string() + ": cannot list the folder: " + error.message());
    }
  }
  std::sort(editions.begin(), editions.end(),
            [](const Edition& a, const Edition& b) { return a.date < b.date; });
  for (std::size_t i = 1; i < editions.size(); ++i) {
    if (editions[i].date == editions[i - 1].date) {
      return InvalidArgumentError(folder.string() + ": two editions of " +
                                  editions[i].date.ToString() + ": " +
                                  editions[i - 1].file.filename().string() + " and " +
                                  editions[i].file.filename().string());
    }
  }
  if (editions.empty()) {
    return InvalidArgumentError(folder.string() +
                                ": no editions: name each file by its date "
                                "(2021-04-21.txt) or list them in " +
                                kEditionsManifest);
  }
  return editions;
}

void ShareLifecycle(std::vector<model::Expression>& expressions) {
  std::set<model::Date> dates;
  for (const model::Expression& e : expressions) {
    dates.insert(e.date);
  }
  for (model::Expression& e : expressions) {
    std::set<model::Date> present;
    for (const model::LifecycleEvent& event : e.events) {
      present.insert(event.date);
    }
    for (const model::Date& date : dates) {
      if (!present.contains(date)) {
        e.events.push_back({"", date, "amendment", ""});
      }
    }
    // The generation first, then the rest by date.
    auto key = [](const model::LifecycleEvent& event) {
      return std::pair(event.type != "generation", event.date);
    };
    std::stable_sort(e.events.begin(), e.events.end(),
                     [&](const model::LifecycleEvent& a, const model::LifecycleEvent& b) {
                       return key(a) < key(b);
                     });
    for (std::size_t i = 0; i < e.events.size(); ++i) {
      e.events[i].eid = "evt_" + std::to_string(i + 1);
    }
  }
}

}  // namespace qonun::importers
