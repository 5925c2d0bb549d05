#pragma once
// The route handlers, grouped by resource in the files named below, and the
// few helpers they share. A handler reads its parameters (Params), answers
// from the snapshot and the borrowed worker in its Context, and returns a
// reply; it never throws on bad input and knows nothing of the transport.
//
// Every reference in a Context lives for the whole call and no longer.

#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "api/http.h"
#include "api/internal/serving_state.h"
#include "common/language.h"
#include "common/status.h"
#include "model/corpus.h"
#include "model/date.h"
#include "search/snapshot.h"

namespace qonun::api::internal {

// What a handler gets: the request, the snapshot it answers from, the worker
// (searcher and analyzer) it borrowed for this request alone, and the serving
// state (to report a damaged generation).
struct Context {
  const HttpRequest& request;
  const search::Snapshot& snapshot;
  Worker& worker;
  ServingState& serving;
};

using Handler = HttpReply (*)(Context&);

// search_handlers.cc
HttpReply Search(Context& c);
HttpReply Suggest(Context& c);

// work_handlers.cc
HttpReply Works(Context& c);
HttpReply WorkDetail(Context& c);
HttpReply Concordance(Context& c);

// concordance_handlers.cc
HttpReply ConcordanceMatrix(Context& c);

// provision_handlers.cc
HttpReply Provision(Context& c);
HttpReply Akn(Context& c);

// version_handlers.cc
HttpReply Versions(Context& c);
HttpReply Diff(Context& c);

// cite_handler.cc
HttpReply Cite(Context& c);

// transliterate_handler.cc
HttpReply Transliterate(Context& c);

// feed_handler.cc
HttpReply Feed(Context& c);

// changes_handler.cc
HttpReply Changes(Context& c);

// handout_docx_handler.cc
HttpReply HandoutDocx(Context& c);

// ---- shared by the handlers (replies.cc) ----

// Compact JSON; invalid UTF-8 in a string is replaced, never thrown on.
std::string Dump(const nlohmann::json& value);
HttpReply JsonReply(const nlohmann::json& value, int status = 200);

// The reply for a library Status: 400 (bad_param when `param` names the
// parameter at fault), 404, 503, or 500 for anything else.
HttpReply FromStatus(const Status& status, const std::string& param = "");

// "TK" for ".../act/2020-12-31/TK".
std::string Slug(const std::string& uri);

nlohmann::json LanguagesJson(const std::vector<Language>& languages);

// What every reply about an expression says of it: URI, language, validity,
// text status and verification.
nlohmann::json ExpressionJson(const model::Expression& e);

// The 404 reply for a work the index does not have.
HttpReply NoSuchWork(const std::string& id);

// A work by URI or slug; null when the snapshot has none. The pointer lives
// as long as the snapshot.
const model::Work* FindWork(const search::Snapshot& snapshot, const std::string& id);

// A work, its expression in force on a day in a language, and a provision
// of it (kNoProvision: the whole expression). Pointers into the snapshot.
struct FoundProvision {
  const model::Work* work = nullptr;
  const model::Expression* expression = nullptr;
  std::size_t index = model::kNoProvision;
};

// Looks up work + eId (or identity) as in force on a day in a language;
// a 404 reply when it cannot (provision_handlers.cc).
// wording_from/wording_to (the dates this wording stood), numbers_line and
// moved (where an older text cited by this eId went) for a provision.
void AddWording(Context& c, const FoundProvision& f, const model::Date& day, nlohmann::json& out);

std::variant<FoundProvision, HttpReply> FindProvisionAt(const search::Snapshot& snapshot,
                                                        const std::string& work_id,
                                                        const std::string& eid, Language language,
                                                        const model::Date& day);

}  // namespace qonun::api::internal
