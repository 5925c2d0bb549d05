// `qonun serve`: the HTTP API and the web page. Builds an index from the
// corpus on first start, binds 127.0.0.1 unless told otherwise, and shuts
// down gracefully on SIGINT or SIGTERM.

#include <csignal>
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>
#include <pthread.h>

#include "api/server.h"
#include "cli/command.h"
#include "indexer/indexer.h"
#include "search/snapshot.h"

namespace qonun::cli {

namespace {

struct ServeOptions {
  api::ServerOptions server;
  std::string db = "var/index";
  std::string corpus = "corpus";
  std::string web = "web";
  std::size_t cache_mb = 64;
  bool quiet = false;
};

int RunServe(ServeOptions& o) {
  // Signals are waited for in this thread; block them before any thread
  // starts so that the server's threads inherit the mask. A client that
  // disconnects mid-response must not kill the process (SIGPIPE).
  std::signal(SIGPIPE, SIG_IGN);
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  if (!search::CurrentGeneration(o.db).ok()) {
    std::cerr << "qonun serve: no index at " << o.db << "; building one from " << o.corpus << "\n";
    indexer::IndexReport report;
    const Status built = indexer::BuildIndex({.corpus_dir = o.corpus, .db_dir = o.db}, report);
    for (const model::Diagnostic& d : report.diagnostics) {
      if (d.severity == model::Severity::kError) {
        std::cerr << d.ToString() << "\n";
      }
    }
    if (!built.ok()) {
      std::cerr << "qonun serve: " << built.message() << "\n";
      return kExitFailure;
    }
    std::cerr << "qonun serve: indexed " << report.documents << " provisions in " << report.seconds
              << " s\n";
  }
  o.server.service.db_dir = o.db;
  o.server.service.web_root = o.web;
  o.server.service.cache_bytes = o.cache_mb * 1024 * 1024;
  o.server.access_log = !o.quiet;
  Result<std::unique_ptr<api::Server>> server = api::Server::Start(o.server);
  if (!server.ok()) {
    std::cerr << "qonun serve: " << server.status().message() << "\n";
    return kExitFailure;
  }
  std::cerr << "qonun serve: listening on http://" << o.server.host << ":" << (*server)->port()
            << "/ (index " << o.db << ")" << std::endl;
  int received = 0;
  sigwait(&signals, &received);
  std::cerr << "qonun serve: " << (received == SIGINT ? "SIGINT" : "SIGTERM")
            << ", finishing requests in flight and stopping\n";
  (*server)->Shutdown();
  return kExitOk;
}

}  // namespace

Command RegisterServeCommand(CLI::App& app) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* sub = app.add_subcommand("serve", "Serve the HTTP API and the web page");
  sub->add_option("--db", o->db, "Index folder (default var/index; built on first start)");
  sub->add_option("--corpus", o->corpus, "Corpus to index when there is no index yet");
  sub->add_option("--host", o->server.host, "Address to bind (default 127.0.0.1)");
  sub->add_option("--port", o->server.port, "Port (default 8080; 0 picks a free one)");
  sub->add_option("--threads", o->server.threads, "Worker threads (default 2)")
      ->check(CLI::Range(1, 64));
  sub->add_option("--cache-mb", o->cache_mb,
                  "Memory for cached replies in MiB (default 64; 0: none)")
      ->check(CLI::Range(0, 65536));
  sub->add_option("--web", o->web, "Web root (default web)");
  sub->add_flag("--quiet", o->quiet, "No access log");
  return {sub, [o] {
            return RunServe(*o);
          }};
}

}  // namespace qonun::cli
