// Word-diff latency on a pair of 20,000-word documents with scattered edits,
// side by side with `git diff --no-index --word-diff` on the same two files
// (the ratio is the figure). The text is the bundled corpus's English
// provisions, repeated; the edits replace, insert and delete a word every
// few hundred words, deterministically.
//
// Then the worst case for memory: full rewrites (every word replaced) of
// 2,000 and 20,000 words and of two texts at the size limit (kMaxDiffBytes),
// each diffed in a fresh process of this program (`--rewrite WORDS`) that
// reports its peak resident memory (getrusage) before and after the diff.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "analysis/analyzer.h"
#include "model/corpus.h"

#include "versions/word_diff.h"

namespace {

double Median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

double Time(const std::function<void()>& run) {
  const auto start = std::chrono::steady_clock::now();
  run();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
      .count();
}

int Run(const std::vector<std::string>& argv) {
  const pid_t pid = fork();
  if (pid == 0) {
    std::freopen("/dev/null", "w", stdout);
    std::vector<char*> args;
    for (const auto& a : argv) {
      args.push_back(const_cast<char*>(a.c_str()));
    }
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

long PeakKiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// Two texts of `words` words with no word in common (one vocabulary per
// side, like a provision rewritten from scratch), diffed once; prints
// "words ms peak_before_kib peak_after_kib".
int RewriteChild(std::size_t words) {
  auto analyzer = qonun::analysis::Analyzer::Create();
  std::string a;
  std::string b;
  std::mt19937 rng(20000);
  for (std::size_t i = 0; i < words; ++i) {
    a += "old" + std::to_string(rng() % 5000) + (i % 15 == 14 ? "\n" : " ");
    b += "new" + std::to_string(rng() % 5000) + (i % 15 == 14 ? "\n" : " ");
  }
  a.resize(std::min(a.size(), qonun::versions::kMaxDiffBytes));
  b.resize(std::min(b.size(), qonun::versions::kMaxDiffBytes));
  const long before = PeakKiB();
  std::size_t changed = 0;
  const double ms = Time([&] {
    const auto d = qonun::versions::DiffWords(*analyzer, a, b);
    changed = d.deleted_words + d.inserted_words;
  });
  std::printf("%zu %zu %.1f %ld %ld %zu\n", words, a.size() + b.size(), ms, before, PeakKiB(),
              changed);
  return 0;
}

// Runs RewriteChild in a fresh process and prints its row.
void RewriteRow(const char* self, std::size_t words, const char* label) {
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) {
    return;
  }
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(pipe_fds[1], STDOUT_FILENO);
    close(pipe_fds[0]);
    const std::string arg = std::to_string(words);
    execl(self, self, "--rewrite", arg.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(pipe_fds[1]);
  char buffer[256] = {};
  const ssize_t n = read(pipe_fds[0], buffer, sizeof buffer - 1);
  close(pipe_fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  std::size_t w = 0, bytes = 0, changed = 0;
  double ms = 0;
  long before = 0, after = 0;
  if (n <= 0 || std::sscanf(buffer, "%zu %zu %lf %ld %ld %zu", &w, &bytes, &ms, &before, &after,
                            &changed) != 6) {
    std::printf("%-40s failed\n", label);
    return;
  }
  std::printf("%-40s %10.1f %10.1f %12.1f %10zu\n", label, ms, static_cast<double>(after) / 1024,
              static_cast<double>(after - before) / 1024, bytes);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string(argv[1]) == "--rewrite") {
    return RewriteChild(std::stoul(argv[2]));
  }
  const std::string corpus_dir = argc > 1 ? argv[1] : "corpus";
  const int rounds = argc > 2 ? std::stoi(argv[2]) : 9;
  const auto load = qonun::model::LoadCorpus(corpus_dir);
  std::vector<std::string> words;
  for (const auto& work : load.corpus.works()) {
    for (const auto& e : work.expressions) {
      if (e.language != qonun::Language::kEnglish) {
        continue;
      }
      for (const auto& p : e.provisions) {
        std::istringstream in(p.text);
        for (std::string w; in >> w;) {
          words.push_back(w);
        }
      }
    }
  }
  std::vector<std::string> a;
  while (a.size() < 20000) {
    a.insert(a.end(), words.begin(), words.end());
  }
  a.resize(20000);
  std::vector<std::string> b = a;
  std::mt19937 rng(135);
  int edits = 0;
  for (std::size_t at = 150; at + 1 < b.size(); at += 150 + rng() % 300) {
    switch (rng() % 3) {
      case 0:
        b[at] = "amended";
        break;
      case 1:
        b.insert(b.begin() + static_cast<long>(at), "inserted");
        break;
      default:
        b.erase(b.begin() + static_cast<long>(at));
        break;
    }
    ++edits;
  }
  auto join = [](const std::vector<std::string>& v) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
      out += v[i];
      out += (i % 15 == 14) ? "\n" : " ";
    }
    return out;
  };
  const std::string text_a = join(a);
  const std::string text_b = join(b);
  const auto dir =
      std::filesystem::temp_directory_path() / ("qonun-diff-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "a.txt") << text_a;
  std::ofstream(dir / "b.txt") << text_b;

  auto analyzer = qonun::analysis::Analyzer::Create();
  std::vector<double> ours;
  std::size_t changed = 0;
  for (int r = 0; r < rounds; ++r) {
    ours.push_back(Time([&] {
      // git's --word-diff compares runs of non-space characters, so line
      // breaks that moved are no change to it; the same option here.
      const auto d =
          qonun::versions::DiffWords(*analyzer, text_a, text_b, {.ignore_whitespace = true});
      changed = d.deleted_words + d.inserted_words;
    }));
  }
  std::vector<double> git;
  for (int r = 0; r < rounds; ++r) {
    git.push_back(Time([&] {
      Run({"git", "diff", "--no-index", "--word-diff", "--no-color", (dir / "a.txt").string(),
           (dir / "b.txt").string()});
    }));
  }
  std::filesystem::remove_all(dir);
  std::printf("documents: %zu and %zu words, %d scattered edits, %zu words changed\n", a.size(),
              b.size(), edits, changed);
  std::printf("%-40s %10s\n", "", "median ms");
  std::printf("%-40s %10.1f\n", "qonun DiffWords (ICU words, Myers, -w)", Median(ours));
  std::printf("%-40s %10.1f\n", "git diff --no-index --word-diff", Median(git));
  std::printf("ratio qonun / git: %.2f\n", Median(ours) / Median(git));
  std::printf("\nfull rewrites, each in a fresh process\n");
  std::printf("%-40s %10s %10s %12s %10s\n", "", "ms", "peak MiB", "diff MiB", "bytes");
  RewriteRow(argv[0], 2000, "2,000 words rewritten");
  RewriteRow(argv[0], 20000, "20,000 words rewritten");
  RewriteRow(argv[0], 200000, "two texts at the limit (1 MiB each)");
  return 0;
}
