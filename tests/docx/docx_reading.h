#pragma once
// For tests of .docx packages: the parts of a zip held in memory, read back
// with libzip, and a conversion to PDF by LibreOffice headless when soffice
// is installed (Debian: libreoffice-writer-nogui).

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <zip.h>

#include "tests/support/process.h"

namespace qonun::testing {

// Every file of the archive by name; throws when the bytes are no zip.
inline std::map<std::string, std::string> ReadZip(const std::string& bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    throw std::runtime_error(zip_error_strerror(&error));
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive == nullptr) {
    zip_source_free(source);
    throw std::runtime_error(std::string("not a zip: ") + zip_error_strerror(&error));
  }
  std::map<std::string, std::string> files;
  const zip_int64_t n = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_stat_t stat;
    zip_stat_index(archive, i, 0, &stat);
    std::string content(static_cast<std::size_t>(stat.size), '\0');
    zip_file_t* file = zip_fopen_index(archive, i, 0);
    if (file == nullptr ||
        zip_fread(file, content.data(), stat.size) != static_cast<zip_int64_t>(stat.size)) {
      zip_discard(archive);
      throw std::runtime_error(std::string("cannot read ") + stat.name);
    }
    zip_fclose(file);
    files[stat.name] = content;
  }
  zip_discard(archive);
  return files;
}

// True under CI (CI=true, as .ci/run is started), where every tool that
// scripts/install-deps.sh installs must be present.
inline bool InCi() {
  const char* ci = std::getenv("CI");
  return ci != nullptr && std::string_view(ci) != "" && std::string_view(ci) != "false";
}

// The path of soffice, or nullopt when LibreOffice is not installed.
inline std::optional<std::string> FindSoffice() {
  for (const char* candidate :
       {"/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"}) {
    if (std::filesystem::exists(candidate)) {
      return std::string(candidate);
    }
  }
  return std::nullopt;
}

// Writes `docx` to `dir`, converts it with LibreOffice headless (its own
// profile in `dir`) and returns the PDF's bytes; throws when the conversion fails.
inline std::string ConvertToPdf(const std::string& soffice, const std::string& docx,
                                const std::filesystem::path& dir) {
  const std::filesystem::path input = dir / "handout.docx";
  std::ofstream(input, std::ios::binary) << docx;
  const ProcessResult r =
      RunProcess({soffice, "-env:UserInstallation=file://" + (dir / "profile").string(),
                  "--headless", "--convert-to", "pdf", "--outdir", dir.string(), input.string()});
  const std::filesystem::path pdf = dir / "handout.pdf";
  if (r.exit_code != 0 || !std::filesystem::exists(pdf)) {
    throw std::runtime_error("soffice could not convert the document (exit " +
                             std::to_string(r.exit_code) + "): " + r.out + r.err);
  }
  std::ifstream in(pdf, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace qonun::testing
