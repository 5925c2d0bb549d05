// Import speed: a generated real-size Uzbek code (about 1.75 MB of text in
// the shape of a lex.uz copy: unnumbered parts, furniture lines, "LexUZ
// sharhi" comments, dash sanctions, lettered and numbered points, lists of
// unmarked items, amendment notes naming parts, repealed parts, a signature
// block and an annex), or the files given, through the text importer and
// the corpus writer. Prints the best of ROUNDS runs (default 9).
//
//   import_bench [ROUNDS] [FILE...]
//
// Under callgrind: `valgrind --tool=callgrind bench/import_bench 1`.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "model/akn_writer.h"

#include "importers/text_importer.h"

namespace {

using qonun::Language;

// Article n: 1 + n % 4 parts; the second lists 2 + n % 4 lettered points
// ending in a dash and the sanction; every 7th starts with a lead-in and
// numbered points; every 11th has a repealed first part.
std::string GeneratedCode(std::size_t target_bytes) {
  static const char* const kLetters[] = {"a", "b", "v", "g", "d", "e"};
  std::string text =
      "OʻZBEKISTON RESPUBLIKASINING NAMUNAVIY KODEKSI\nUshbu Kodeks namunaviy "
      "munosabatlarni tartibga soladi.\nUMUMIY QISM\n";
  for (int n = 1; text.size() < target_bytes; ++n) {
    const std::string number = std::to_string(n);
    if (n % 25 == 1) {
      text += std::to_string(n / 25 + 1) + "-bob. Namunaviy bob\n";
    }
    text += "Oldingi tahrirga qarang.\n" + number + "-modda. Namunaviy modda nomi\n";
    if (n % 11 == 0) {
      text += "(" + number +
              "-moddaning birinchi qismi Oʻzbekiston Respublikasining 2019-yil 14-yanvardagi "
              "OʻRQ-602-sonli Qonuniga asosan chiqarilgan — Qonun hujjatlari maʼlumotlari milliy "
              "bazasi, 15.01.2019-y., 03/19/602/0001-son)\n";
    }
    if (n % 7 == 0) {
      text +=
          "Namunaviy harakatlar quyidagilardan iborat:\n1) birinchi harakat;\n2) ikkinchi "
          "harakat.\n";
    }
    const int parts = 1 + n % 4;
    for (int p = 1; p <= parts; ++p) {
      if (p == 2) {
        text += "Oʻsha harakatlar:\n";
        const int points = 2 + n % 4;
        for (int k = 0; k < points; ++k) {
          text += std::string(kLetters[k]) + ") namunaviy holatda sodir etilgan boʻlsa" +
                  (k + 1 == points ? ", —\n" : ";\n");
        }
        text += "besh yildan oʻn yilgacha ozodlikdan mahrum qilish bilan jazolanadi.\n";
      } else {
        text +=
            "Namunaviy qilmishni sodir etish, agar bu harakatlar uchun maʼmuriy jazo "
            "qoʻllanilganidan keyin bir yil davomida sodir etilgan boʻlsa —\n"
            "bazaviy hisoblash miqdorining yuz baravarigacha miqdorda jarima bilan "
            "jazolanadi.\n";
      }
      if (p == 3) {
        text += "(" + number +
                "-moddaning uchinchi qismi Oʻzbekiston Respublikasining 2021-yil "
                "21-apreldagi OʻRQ-683-sonli Qonuni tahririda — Qonunchilik "
                "maʼlumotlari milliy bazasi, 22.04.2021-y., 03/21/683/0375-son)\n";
      }
    }
    if (n % 9 == 0) {
      text += "LexUZ sharhi\nUshbu moddaga namunaviy sharh.\n";
    }
    if (n % 13 == 0) {
      text += "Quyidagilar taqiqlanadi:\nnamunaviy harakatlar;\nboshqa harakatlar.\n";
    }
  }
  text +=
      "Oʻzbekiston Respublikasining Prezidenti A. NAMUNAVIY\nToshkent sh.,\n2020-yil "
      "1-iyun,\nOʻRQ-999-son\n1-ILOVA\nNamunaviy roʻyxat\n1. Birinchi.\n2. Ikkinchi.\n";
  return text;
}

double Milliseconds(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

int Run(const std::string& name, const std::string& text, int rounds) {
  qonun::importers::ImportOptions options;
  options.source_name = name;
  options.work_uri = "/akn/uz/act/1994-09-22/bench-1";
  options.language = Language::kUzbek;
  options.date = *qonun::model::Date::Parse("2026-06-01");
  double best_import = 1e300;
  double best_write = 1e300;
  std::size_t provisions = 0;
  std::size_t warnings = 0;
  std::size_t xml_bytes = 0;
  for (int round = 0; round < rounds; ++round) {
    auto start = std::chrono::steady_clock::now();
    auto result = qonun::importers::ImportText(text, options);
    best_import = std::min(best_import, Milliseconds(start));
    if (!result.ok()) {
      std::fprintf(stderr, "%s: %s\n", name.c_str(), result.status().message().c_str());
      return 1;
    }
    start = std::chrono::steady_clock::now();
    const std::string xml = qonun::model::WriteExpression(result->expression);
    best_write = std::min(best_write, Milliseconds(start));
    provisions = result->expression.provisions.size();
    warnings = result->warnings.size();
    xml_bytes = xml.size();
  }
  std::printf(
      "%-28s %7.2f MB text  %7zu provisions  %5zu warnings  import %7.1f ms  "
      "(%5.1f MB/s)  write %6.1f ms (%.1f MB XML)\n",
      name.c_str(), static_cast<double>(text.size()) / 1e6, provisions, warnings, best_import,
      static_cast<double>(text.size()) / 1e3 / best_import, best_write,
      static_cast<double>(xml_bytes) / 1e6);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 9;
  if (argc <= 2) {
    return Run("generated code (best of " + std::to_string(rounds) + ")", GeneratedCode(1750000),
               rounds);
  }
  int status = 0;
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "%s: cannot read\n", argv[i]);
      return 1;
    }
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    std::string name = argv[i];
    name = name.substr(name.find_last_of('/') + 1);
    status |= Run(name, text, rounds);
  }
  return status;
}
