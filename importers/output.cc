#include "importers/output.h"

#include <fstream>
#include <string>

#include "common/atomic_file.h"
#include "model/akn_reader.h"

namespace qonun::importers {

namespace {

std::string ReadPrefix(const std::filesystem::path& file, std::size_t limit) {
  std::ifstream in(file, std::ios::binary);
  std::string text(limit, '\0');
  in.read(text.data(), static_cast<std::streamsize>(limit));
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

// Whether an XML file names `uri` as an FRBRuri (its identification comes
// first, so the first few kilobytes suffice).
bool NamesUri(const std::filesystem::path& file, std::string_view uri) {
  const std::string head = ReadPrefix(file, 16384);
  return head.find("<FRBRuri value=\"" + std::string(uri) + "\"") != std::string::npos;
}

}  // namespace

Result<std::filesystem::path> ConventionalPath(const std::filesystem::path& corpus,
                                               const model::Expression& expression) {
  const auto parts = model::ParseWorkUri(expression.work.uri);
  if (!parts) {
    return InvalidArgumentError("work URI '" + expression.work.uri + "' does not parse");
  }
  const std::filesystem::path type_folder = corpus / parts->country / parts->doc_type;
  std::filesystem::path folder = type_folder / parts->number;
  std::error_code error;
  if (std::filesystem::is_directory(type_folder, error)) {
    for (const auto& entry : std::filesystem::directory_iterator(type_folder, error)) {
      if (!entry.is_directory()) {
        continue;
      }
      bool found = false;
      for (const auto& file : std::filesystem::directory_iterator(entry.path(), error)) {
        if (file.path().extension() == ".xml" && NamesUri(file.path(), expression.work.uri)) {
          found = true;
          break;
        }
      }
      if (found) {
        folder = entry.path();
        break;
      }
    }
  }
  return folder / (std::string(LanguageCode(expression.language)) + "@" +
                   expression.date.ToString() + ".xml");
}

Result<std::filesystem::path> FindExpressionFile(const std::filesystem::path& corpus,
                                                 std::string_view expression_uri) {
  std::error_code error;
  for (auto it = std::filesystem::recursive_directory_iterator(corpus, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file() && it->path().extension() == ".xml" &&
        NamesUri(it->path(), expression_uri)) {
      return it->path();
    }
  }
  return NotFoundError("no file in " + corpus.string() + " holds the expression '" +
                       std::string(expression_uri) + "'");
}

Status WriteFileAtomically(const std::filesystem::path& path, std::string_view content,
                           Overwrite overwrite) {
  std::error_code error;
  if (overwrite == Overwrite::kRefuse && std::filesystem::exists(path, error)) {
    return {StatusCode::kAlreadyExists, path.string() + " already exists"};
  }
  if (path.has_parent_path()) {
    std::filesystem::create_directories(path.parent_path(), error);
    if (error) {
      return UnavailableError("cannot create " + path.parent_path().string() + ": " +
                              error.message());
    }
  }
  return qonun::WriteFileAtomically(
      path, content,
      overwrite == Overwrite::kRefuse ? ExistingFile::kRefuse : ExistingFile::kReplace);
}

}  // namespace qonun::importers
