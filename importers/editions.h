#pragma once
// A folder of editions of one act: one file per edition (consolidated
// version), each in force from its date. `qonun import … DIR` imports them
// all in one run.
//
//   DIR/2018-04-18.txt, DIR/uzb@2021-04-21.html, …  (the date in the name), or
//   DIR/editions.txt: one "YYYY-MM-DD FILE" line per edition ('#' comments).

#include <filesystem>
#include <vector>

#include "common/status.h"
#include "model/date.h"
#include "model/document.h"

namespace qonun::importers {

struct Edition {
  model::Date date;
  std::filesystem::path file;
};

inline constexpr const char* kEditionsManifest = "editions.txt";

// The editions in `folder`, by date: from its manifest when it has one, else
// every file whose name holds an ISO date. InvalidArgument (naming the file
// and line) for a bad manifest line, a listed file that is missing, two
// editions on one date, or a folder with none.
Result<std::vector<Edition>> ListEditions(const std::filesystem::path& folder);

// Gives every expression (editions of one work in one language) the whole
// lifecycle: after the generation, an amendment event at each edition's
// date, so each file tells when every version began.
void ShareLifecycle(std::vector<model::Expression>& expressions);

}  // namespace qonun::importers
