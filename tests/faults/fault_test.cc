// Faults, with nothing lost: real `qonun` processes and real Xapian indexes
// in temporary folders. An index build killed midway, a disk that fills up
// during a build, a damaged index file, and SIGTERM with requests in flight.

#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <thread>

#include <arpa/inet.h>
#include <catch2/catch.hpp>
#include <fcntl.h>
#include <netinet/in.h>
#include <nlohmann/json.hpp>
#include <poll.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tests/support/http_client.h"
#include "tests/support/process.h"
#include "tests/support/temp_dir.h"
#include "tests/support/wait.h"

namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using qonun::testing::ConnectLoopback;
using qonun::testing::Get;
using qonun::testing::ReadUntilClosed;
using qonun::testing::RunProcess;
using qonun::testing::ServerProcess;
using qonun::testing::TempDir;

const std::string kMinimal = std::string(QONUN_TEST_DATA_DIR) + "/minimal";
const std::string kBundled = std::string(QONUN_SOURCE_DIR) + "/corpus";

std::string Current(const fs::path& db) {
  std::ifstream in(db / "current");
  std::string backend;
  std::string generation;
  in >> backend >> generation;
  return generation;
}

// `qonun search` on the index answers from the minimal corpus's work.
bool CliSearchFindsMinimal(const fs::path& db) {
  const auto r = RunProcess(
      {QONUN_BINARY, "search", "recruiting", "--db", db.string(), "--at", "2021-01-01", "--json"});
  return r.exit_code == 0 && r.out.find("/akn/uz/act/1994-09-22/test-1") != std::string::npos;
}

bool ServerSearchWorks(int port) {
  const auto r = Get(port, "/api/v1/search?q=recruiting&at=2021-01-01");
  return r.status == 200 && json::parse(r.body)["results"].size() == 1;
}

void BuildOrFail(const std::string& corpus, const fs::path& db) {
  const auto r = RunProcess({QONUN_BINARY, "index", corpus, "--db", db.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
}

// Starts a program; the child runs `prepare` first (limits, signals).
pid_t Spawn(std::vector<std::string> argv, void (*prepare)() = nullptr) {
  const pid_t pid = fork();
  if (pid == 0) {
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    if (prepare != nullptr) {
      prepare();
    }
    std::vector<char*> args;
    for (std::string& a : argv) {
      args.push_back(a.data());
    }
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  return pid;
}

bool Exists(const fs::path& db, const std::string& suffix) {
  std::error_code error;
  for (const auto& e : fs::directory_iterator(db, error)) {
    if (e.path().filename().string().ends_with(suffix)) {
      return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("an index build killed with SIGKILL leaves the previous generation serving",
          "[faults][e2e]") {
  TempDir dir;
  const fs::path db = dir.path() / "index";
  BuildOrFail(kMinimal, db);
  REQUIRE(Current(db) == "gen-000001");
  ServerProcess server(QONUN_BINARY, {"--db", db.string(), "--corpus", kMinimal});
  REQUIRE(ServerSearchWorks(server.port()));

  // Kill builds of the (larger) bundled corpus at different moments after
  // they started writing their generation: fractions of how long one build
  // takes on this machine now, so a faster indexer or a slower machine moves
  // the moments with it.
  std::chrono::steady_clock::duration build_time;
  {
    TempDir scratch;
    const auto started = std::chrono::steady_clock::now();
    BuildOrFail(kBundled, scratch.path() / "index");
    build_time = std::chrono::steady_clock::now() - started;
  }
  int killed_mid_build = 0;
  for (const double fraction : {0.0, 0.1, 0.25, 0.4, 0.6}) {
    const std::string previous = Current(db);
    const pid_t pid = Spawn({QONUN_BINARY, "index", kBundled, "--db", db.string(), "--full"});
    const bool started = qonun::testing::WaitFor(
        [&] { return Exists(db, ".tmp") || waitpid(pid, nullptr, WNOHANG) != 0; },
        std::chrono::seconds(60), std::chrono::milliseconds(2));
    REQUIRE(started);
    std::this_thread::sleep_for(
        std::chrono::duration_cast<std::chrono::microseconds>(build_time * fraction));
    // Frozen first, so that what is seen is what the kill interrupts.
    kill(pid, SIGSTOP);
    const bool was_building = Exists(db, ".tmp") && Current(db) == previous;
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    INFO("killed " << fraction << " of a build time into the build");
    if (!(was_building && WIFSIGNALED(status))) {
      // The build got to its end first (the machine sped up): nothing was
      // interrupted. Put the minimal corpus back for the next round.
      BuildOrFail(kMinimal, db);
      CHECK(qonun::testing::WaitFor([&] { return ServerSearchWorks(server.port()); }));
      continue;
    }
    ++killed_mid_build;
    CHECK(Current(db) == previous);
    CHECK(CliSearchFindsMinimal(db));
    CHECK(ServerSearchWorks(server.port()));
  }
  std::printf("SIGKILL: %d builds killed mid-build; the previous generation kept serving\n",
              killed_mid_build);
  CHECK(killed_mid_build >= 3);

  // The next build succeeds, removes the unfinished ones, and is served.
  BuildOrFail(kMinimal, db);
  CHECK(Current(db) > "gen-000001");
  CHECK_FALSE(Exists(db, ".tmp"));
  CHECK(CliSearchFindsMinimal(db));
  CHECK(qonun::testing::WaitFor([&] {  // the server checks twice a second
    return json::parse(Get(server.port(), "/health").body)["generation"] == Current(db);
  }));
  CHECK(ServerSearchWorks(server.port()));
}

namespace {

// A small file system for the index: a tmpfs when this process may mount
// one, otherwise nullopt (the caller falls back to RLIMIT_FSIZE).
class SmallDisk {
 public:
  SmallDisk(const fs::path& at, const std::string& size) : at_(at) {
    fs::create_directories(at);
    const std::string options = "size=" + size;
    mounted_ = mount("tmpfs", at.c_str(), "tmpfs", 0, options.c_str()) == 0;
  }

  ~SmallDisk() {
    if (mounted_) {
      umount2(at_.c_str(), MNT_DETACH);
    }
  }

  SmallDisk(const SmallDisk&) = delete;
  SmallDisk& operator=(const SmallDisk&) = delete;

  bool mounted() const { return mounted_; }

 private:
  fs::path at_;
  bool mounted_ = false;
};

void LimitFileSize() {
  // No file the build writes may grow past 256 KiB: writes then fail with
  // EFBIG, as they would with ENOSPC on a full disk.
  signal(SIGXFSZ, SIG_IGN);
  rlimit limit{256 * 1024, 256 * 1024};
  setrlimit(RLIMIT_FSIZE, &limit);
}

}  // namespace

TEST_CASE("a disk that fills up during a build gives a clear error and keeps the index",
          "[faults][e2e]") {
  TempDir dir;
  // 3 MiB holds the minimal corpus's index but not the bundled corpus's.
  SmallDisk disk(dir.path() / "disk", "3m");
  const fs::path db = dir.path() / "disk" / "index";
  BuildOrFail(kMinimal, db);
  REQUIRE(CliSearchFindsMinimal(db));

  qonun::testing::ProcessResult r;
  if (disk.mounted()) {
    r = RunProcess({QONUN_BINARY, "index", kBundled, "--db", db.string(), "--full"});
  } else {
    // No mount here: run the build under a file size limit instead.
    const pid_t pid =
        Spawn({QONUN_BINARY, "index", kBundled, "--db", db.string(), "--full"}, LimitFileSize);
    int status = 0;
    waitpid(pid, &status, 0);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  INFO("mounted tmpfs: " << disk.mounted() << "\n" << r.err);
  std::printf("disk full (%s): exit %d: %s", disk.mounted() ? "tmpfs" : "RLIMIT_FSIZE", r.exit_code,
              r.err.c_str());
  CHECK(r.exit_code == 1);
  if (disk.mounted()) {
    CHECK_THAT(r.err, Catch::Contains("No space left on device"));
    CHECK_THAT(r.err, Catch::Contains("previous index is unchanged"));
  }
  CHECK(Current(db) == "gen-000001");
  CHECK(CliSearchFindsMinimal(db));
  CHECK_FALSE(Exists(db, ".tmp"));  // the partial generation was removed, freeing the space
  // With the space back, the next build of the same corpus succeeds.
  BuildOrFail(kMinimal, db);
  CHECK(Current(db) == "gen-000002");
  CHECK(CliSearchFindsMinimal(db));
}

namespace {

// Overwrites every byte of the generation's Xapian tables with garbage.
void Damage(const fs::path& generation) {
  int damaged = 0;
  for (const auto& e : fs::directory_iterator(generation)) {
    const std::string name = e.path().filename().string();
    if (name.ends_with(".glass") && name != "docdata.glass") {
      std::fstream file(e.path(), std::ios::in | std::ios::out | std::ios::binary);
      const std::string junk(fs::file_size(e.path()), '\xA5');
      file.write(junk.data(), static_cast<std::streamsize>(junk.size()));
      ++damaged;
    }
  }
  REQUIRE(damaged >= 2);
}

}  // namespace

TEST_CASE("a damaged index is reported, never served", "[faults][e2e]") {
  TempDir dir;
  const fs::path db = dir.path() / "index";
  BuildOrFail(kMinimal, db);
  ServerProcess server(QONUN_BINARY, {"--db", db.string(), "--corpus", kMinimal});
  REQUIRE(ServerSearchWorks(server.port()));

  Damage(db / Current(db));
  // A search for words not read before must touch the damaged tables.
  int damaged_answers = 0;
  for (const std::string q : {"exploitation", "harbouring", "penalty", "recruiting"}) {
    const auto r = Get(server.port(), "/api/v1/search?q=" + q);
    INFO(q << " -> " << r.status << " " << r.body);
    REQUIRE(r.status != 0);  // the server did not crash
    CHECK((r.status == 503 || r.status == 200));
    if (r.status == 503) {
      CHECK(json::parse(r.body)["error"]["code"] == "index_damaged");
      ++damaged_answers;
    }
  }
  CHECK(damaged_answers >= 1);
  const auto health = Get(server.port(), "/health");
  CHECK(health.status == 503);
  CHECK(json::parse(health.body)["status"] == "damaged");
  // Once found damaged, no search is answered from that generation.
  const auto after = Get(server.port(), "/api/v1/search?q=recruiting&at=2021-01-01");
  CHECK(after.status == 503);

  // A server started on the damaged index reports it and does not serve it.
  ServerProcess fresh(QONUN_BINARY, {"--db", db.string(), "--corpus", kMinimal});
  const auto fresh_health = Get(fresh.port(), "/health");
  CHECK(fresh_health.status == 503);
  const auto fresh_search = Get(fresh.port(), "/api/v1/search?q=recruiting");
  CHECK(fresh_search.status == 503);
  CHECK_FALSE(json::parse(fresh_search.body)["error"]["code"].get<std::string>().empty());
  // `qonun search` fails with a message, not a crash.
  const auto cli = RunProcess({QONUN_BINARY, "search", "recruiting", "--db", db.string()});
  CHECK(cli.exit_code == 1);
  CHECK_FALSE(cli.err.empty());

  // A rebuild (a full one: the damaged generation cannot be reused) heals both servers.
  const auto rebuilt = RunProcess({QONUN_BINARY, "index", kMinimal, "--db", db.string()});
  INFO(rebuilt.err);
  REQUIRE(rebuilt.exit_code == 0);
  CHECK(qonun::testing::WaitFor([&] { return ServerSearchWorks(server.port()); }));
  CHECK(qonun::testing::WaitFor([&] { return ServerSearchWorks(fresh.port()); }));
  CHECK(Get(server.port(), "/health").status == 200);
}

TEST_CASE("SIGTERM lets the requests in flight finish, then the server exits 0", "[faults][http]") {
  TempDir dir;
  const fs::path db = dir.path() / "index";
  BuildOrFail(kMinimal, db);
  ServerProcess server(QONUN_BINARY, {"--db", db.string(), "--threads", "2"});
  REQUIRE(ServerSearchWorks(server.port()));
  // Requests fully sent before the signal, more of them than worker threads,
  // the expensive kind (a whole-work comparison) and searches.
  std::vector<int> in_flight;
  for (int i = 0; i < 24; ++i) {
    const int fd = ConnectLoopback(server.port());
    REQUIRE(fd >= 0);
    const std::string target =
        i % 2 == 0 ? "/api/v1/diff?work=TK&lang=rus&from=2000-01-01&to=2021-01-01&format=html"
                   : "/api/v1/search?q=recruiting+OR+exploitation&limit=100";
    const std::string request =
        "GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    REQUIRE(send(fd, request.data(), request.size(), MSG_NOSIGNAL) ==
            static_cast<ssize_t>(request.size()));
    in_flight.push_back(fd);
  }
  kill(server.pid(), SIGTERM);
  int completed = 0;
  for (int fd : in_flight) {
    const std::string response = ReadUntilClosed(fd, 10000);
    completed += response.rfind("HTTP/1.1 200", 0) == 0 ? 1 : 0;
    close(fd);
  }
  std::printf("SIGTERM: %d of %zu requests in flight completed\n", completed, in_flight.size());
  CHECK(completed == static_cast<int>(in_flight.size()));
  CHECK(server.Stop() == 0);
  CHECK_THAT(server.log(), Catch::Contains("SIGTERM"));
}
