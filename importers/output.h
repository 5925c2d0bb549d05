#pragma once
// Where imported expressions go and how they are written: the conventional
// path in a corpus folder, and an atomic write that never replaces a file
// unless asked to.
//
//   auto path = ConventionalPath("corpus", expression);  //
//   corpus/uz/act/tip-law/uzb@2021-02-19.xml Status s = WriteFileAtomically(*path, xml,
//   Overwrite::kRefuse);

#include <filesystem>
#include <string_view>

#include "common/status.h"
#include "model/document.h"

namespace qonun::importers {

// CORPUS/COUNTRY/TYPE/FOLDER/LANG@DATE.xml. FOLDER is the folder that
// already holds files of the same work (found by their FRBRWork URI), else
// the work number from the URI ("zru-154"). InvalidArgument when the
// expression's work URI does not parse.
Result<std::filesystem::path> ConventionalPath(const std::filesystem::path& corpus,
                                               const model::Expression& expression);

// The file in `corpus` whose FRBRExpression URI is `expression_uri`;
// NotFound when there is none.
Result<std::filesystem::path> FindExpressionFile(const std::filesystem::path& corpus,
                                                 std::string_view expression_uri);

enum class Overwrite { kRefuse, kAllow };

// Writes `content` to a temporary file beside `path` and renames it into
// place, creating missing folders: readers see the old file or the new one,
// never half of it. AlreadyExists when `path` exists and `overwrite` is
// kRefuse; Unavailable when the file system fails. Nothing is left behind
// on failure.
Status WriteFileAtomically(const std::filesystem::path& path, std::string_view content,
                           Overwrite overwrite);

}  // namespace qonun::importers
