// `dyad ingest`, `dyad query`, `dyad series` and `dyad export`: the event
// store's commands (the work is in the library, include/dyad/store.h).
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <thread>

#include "commands.h"
#include "dyad/run.h"
#include "dyad/store.h"

namespace dyad::cli {
namespace {

constexpr const char* kDefaultDb = "dyad.sqlite";
constexpr const char* kDbHelp =
    "Store: a SQLite file (default ./dyad.sqlite) or a postgresql://user@host:port/db URI";

bool IsPostgres(const std::string& db) {
  return db.starts_with("postgresql://") || db.starts_with("postgres://");
}

std::unique_ptr<EventStore> OpenStore(const std::string& db, bool must_exist) {
  if (must_exist && !IsPostgres(db) && !std::filesystem::exists(db)) {
    std::fprintf(stderr, "dyad: no store at %s (create one with dyad ingest --db %s)\n", db.c_str(), db.c_str());
    return nullptr;
  }
  // Only ingest writes; the other commands read, and must be able to read a
  // store they cannot write.
  auto s = EventStore::Open(db, must_exist ? StoreAccess::kReadOnly : StoreAccess::kReadWrite);
  if (!s.ok()) {
    std::fprintf(stderr, "dyad: %s\n", s.status().ToString().c_str());
    return nullptr;
  }
  return std::move(s).value();
}

// A YYYY-MM-DD (or ISO 8601) date option, normalised in place.
bool CheckDate(std::string* d, const char* name) {
  if (d->empty()) return true;
  std::string norm;
  if (!NormalizeDate(*d, &norm)) {
    std::fprintf(stderr, "dyad: %s must be a date (YYYY-MM-DD, 1800-01-01 to 2200-12-31), not \"%s\"\n", name,
                 d->c_str());
    return false;
  }
  *d = norm;
  return true;
}

bool SplitDyad(const std::string& s, EventFilter* f) {
  if (s.empty()) return true;
  size_t comma = s.find(',');
  if (comma == std::string::npos || comma == 0 || comma + 1 == s.size() ||
      s.find(',', comma + 1) != std::string::npos) {
    std::fprintf(stderr, "dyad: --dyad takes two actor codes: A,B (e.g. CHN,RUS), not \"%s\"\n", s.c_str());
    return false;
  }
  f->dyad_a = s.substr(0, comma);
  f->dyad_b = s.substr(comma + 1);
  return true;
}

std::string Duration(double s) {
  if (!std::isfinite(s) || s < 0) return "?";
  long t = static_cast<long>(s + 0.5);
  char buf[32];
  if (t >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", t / 60, t % 60);
  return buf;
}

// Progress of an ingest on stderr: a live line on a terminal, else nothing
// until the one-line summary.
class Progress {
 public:
  explicit Progress(const std::vector<std::string>& inputs) : tty_(isatty(2) != 0) {
    for (const std::string& in : inputs) {
      std::error_code ec;
      if (in == "-") { total_bytes_ = 0; break; }
      auto n = std::filesystem::file_size(in, ec);
      if (!ec) total_bytes_ += n;
    }
  }
  void Update(uint64_t docs, uint64_t events, uint64_t bytes) {
    docs_ = docs;
    events_ = events;
    if (!tty_) return;
    double t = Elapsed();
    if (t - last_ < 0.25) return;
    last_ = t;
    std::string eta = "?";
    if (total_bytes_ > 0 && bytes > 0) {
      double frac = std::min(1.0, static_cast<double>(bytes) / static_cast<double>(total_bytes_));
      eta = Duration(t / frac - t);
    }
    std::fprintf(stderr, "\r  %llu documents (%.0f/s), %llu events (%.0f/s), elapsed %s, left ~%s   ",
                 static_cast<unsigned long long>(docs), docs / std::max(t, 1e-9),
                 static_cast<unsigned long long>(events), events / std::max(t, 1e-9), Duration(t).c_str(),
                 eta.c_str());
    shown_ = true;
  }
  void Finish() {
    if (shown_) std::fprintf(stderr, "\r\033[K");
  }
  double Elapsed() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  }

 private:
  bool tty_;
  bool shown_ = false;
  uint64_t total_bytes_ = 0;
  uint64_t docs_ = 0, events_ = 0;
  double last_ = -1;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

struct IngestOptions : InputOptions {
  std::string db = kDefaultDb;
  unsigned threads = 0;
  size_t batch = 256;
};

void RegisterIngest(CLI::App* app, int* rc) {
  auto* o = NewOptions<IngestOptions>();
  CLI::App* cmd = app->add_subcommand(
      "ingest",
      "Code documents and store them, their events and the mentions of each event.\n"
      "A document already in the store (same text and URL, whatever its file or id) is skipped and named\n"
      "with the stored one, so running again adds nothing. Documents are committed in batches: an interrupted ingest leaves\n"
      "a consistent store and running it again completes it. The same event (day, source, target, code,\n"
      "place) reported by several documents is stored once, with its mentions, articles and sources counted.");
  AddInputOptions(cmd, o, /*with_output=*/false);
  cmd->add_option("--db", o->db, kDbHelp);
  cmd->add_option("--threads", o->threads, "Worker threads, 1 to " + std::to_string(kMaxThreads) + " (default: all cores)")
      ->check(CLI::Range(1u, kMaxThreads));
  cmd->add_option("--batch", o->batch, "Documents per transaction (default 256)")->check(CLI::Range(1, 1000000));
  cmd->callback([o, rc] {
    CoderOptions co;
    co.pipeline.data_dir = o->data_dir;
    auto coder = Coder::Create(co);
    if (!coder.ok()) {
      std::fprintf(stderr, "dyad: %s\n", coder.status().ToString().c_str());
      *rc = 1;
      return;
    }
    for (const std::string& note : (*coder)->load_notes()) std::fprintf(stderr, "dyad: %s\n", note.c_str());
    auto store = OpenStore(o->db, /*must_exist=*/false);
    if (!store) { *rc = 1; return; }
    Corpus corpus(MakeReadOptions(*o));
    corpus.ReportEvents();
    Progress progress(o->inputs);
    dyad::IngestOptions io;
    io.run.threads = o->threads;
    io.run.batch_size = o->batch;
    uint64_t seen_docs = 0, seen_events = 0;
    io.progress = [&](uint64_t docs, uint64_t events, uint64_t bytes) {
      seen_docs = docs;
      seen_events = events;
      progress.Update(docs, events, bytes);
    };
    AddCounts counts;
    const Status failure = IngestDocuments(**coder, store.get(), RunInput{o->inputs, {}}, io, &corpus, &counts);
    progress.Finish();
    double t = progress.Elapsed();
    if (!failure.ok()) std::fprintf(stderr, "dyad: %s\n", failure.ToString().c_str());
    std::fprintf(stderr,
                 "dyad: %s store %s: %llu new documents (%llu already stored), %llu new events, %llu mentions; "
                 "%.1f s, %.0f documents/s, %.0f events/s\n",
                 store->backend(), IsPostgres(o->db) ? "(postgresql)" : o->db.c_str(),
                 static_cast<unsigned long long>(counts.documents_added),
                 static_cast<unsigned long long>(counts.documents_skipped),
                 static_cast<unsigned long long>(counts.events_added),
                 static_cast<unsigned long long>(counts.mentions_added), t, seen_docs / std::max(t, 1e-9),
                 seen_events / std::max(t, 1e-9));
    if (auto st = store->Stats(); st.ok()) {
      std::fprintf(stderr, "dyad: the store now holds %lld documents, %lld events, %lld mentions\n",
                   static_cast<long long>(st->documents), static_cast<long long>(st->events),
                   static_cast<long long>(st->mentions));
    }
    std::fputs(corpus.Summary("coded").c_str(), stderr);
    *rc = failure.ok() ? corpus.ExitCode() : 1;
  });
}

// Options shared by the commands that read the store.
struct ReadStoreOptions {
  std::string db = kDefaultDb;
  std::string dyad, format, output, from, to, by = "month", plot, near;
  EventFilter filter;
};

// Which filters a command takes: dates only (export), also a dyad
// (series), or all of them (query).
enum class Filters { kDates, kDyad, kAll };

void AddFilterOptions(CLI::App* cmd, ReadStoreOptions* o, Filters filters) {
  const bool all = filters == Filters::kAll;
  cmd->add_option("--db", o->db, kDbHelp);
  if (all) {
    cmd->add_option("--source", o->filter.source, "Source actor code prefix (CHN matches CHN, CHNGOV, CHNMIL...)");
    cmd->add_option("--target", o->filter.target, "Target actor code prefix");
  }
  if (filters != Filters::kDates) {
    cmd->add_option("--dyad", o->dyad,
                    "A,B: events between the actors A and B (code prefixes) in BOTH directions, A->B and B->A, "
                    "as GDELT users expect; add --directed for A->B only");
    cmd->add_flag("--directed", o->filter.directed, "With --dyad A,B: only events with source A and target B");
  }
  if (all) {
    cmd->add_option("--code", o->filter.code, "CAMEO event code: exact (0311) or a prefix ending in * (03*)");
    cmd->add_option("--root", o->filter.root, "CAMEO root code (two digits, e.g. 19)");
    cmd->add_option("--quad", o->filter.quad_class,
                    "Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict")
        ->check(CLI::Range(1, 4));
  }
  cmd->add_option("--actor-type", o->filter.actor_type,
                  "Events whose source or target code has this type unit (MIL, REB, GOV; any case)");
  cmd->add_option("--country", o->filter.country, "Events that took place in this country (ISO alpha-3: UKR, CIV)");
  cmd->add_option("--near", o->near, "LAT,LON,KM: events that took place within KM kilometres of LAT,LON");
  cmd->add_option("--from", o->filter.from, "First day (YYYY-MM-DD), inclusive");
  cmd->add_option("--to", o->filter.to, "Last day (YYYY-MM-DD), inclusive");
  cmd->add_option("-o,--output", o->output, "Write to this file instead of standard output");
}

// --near LAT,LON,KM into the filter.
bool SplitNear(const std::string& s, EventFilter* f) {
  if (s.empty()) return true;
  double lat = 0, lon = 0, km = 0;
  char end = 0;
  if (std::sscanf(s.c_str(), "%lf,%lf,%lf%c", &lat, &lon, &km, &end) != 3 || !(lat >= -90 && lat <= 90) ||
      !(lon >= -180 && lon <= 180) || !(km > 0)) {
    std::fprintf(stderr, "dyad: --near takes LAT,LON,KM (e.g. 50.45,30.52,100), not \"%s\"\n", s.c_str());
    return false;
  }
  f->lat = lat;
  f->lon = lon;
  f->radius_km = km;
  return true;
}

bool PrepareFilter(ReadStoreOptions* o) {
  return SplitDyad(o->dyad, &o->filter) && SplitNear(o->near, &o->filter) && CheckDate(&o->filter.from, "--from") &&
         CheckDate(&o->filter.to, "--to");
}

// Writes `header`, then each event that matches the filter as `append`
// formats it, to the output in 64 KiB pieces; *count (when given) is the
// number of events. Returns the exit code: 0, or 1 after a message.
int WriteEvents(const ReadStoreOptions& o, bool with_mentions, std::string header,
                const std::function<void(const StoredEvent&, std::string*)>& append, uint64_t* count = nullptr) {
  auto store = OpenStore(o.db, true);
  if (!store) return 1;
  FILE* out = OpenOutput(o.output);
  if (!out) return 1;
  std::string buf = std::move(header);
  uint64_t n = 0;
  Status s = store->Query(o.filter, with_mentions, [&](const StoredEvent& e) {
    ++n;
    append(e, &buf);
    if (buf.size() > (1 << 16)) {
      WriteOutput(out, buf);
      buf.clear();
    }
    return true;
  });
  WriteOutput(out, buf);
  const bool written = CloseOutput(out, o.output);
  if (count) *count = n;
  if (!s.ok()) {
    std::fprintf(stderr, "dyad: %s\n", s.ToString().c_str());
    return 1;
  }
  if (!written) return 1;
  return 0;
}

void RegisterQuery(CLI::App* app, int* rc) {
  auto* o = NewOptions<ReadStoreOptions>();
  o->format = "table";
  CLI::App* cmd = app->add_subcommand("query", "List stored events that match filters, in date order");
  AddFilterOptions(cmd, o, Filters::kAll);
  cmd->add_option("--limit", o->filter.limit, "At most this many events");
  cmd->add_option("--format", o->format, "table (default), jsonl (with mentions and evidence) or csv")
      ->check(CLI::IsMember({"table", "jsonl", "csv"}));
  cmd->callback([o, rc] {
    if (!PrepareFilter(o)) { *rc = 2; return; }
    std::string header;
    if (o->format == "table") {
      header =
          "     id  date        source      target      code  quad  goldstein  mentions  sources  articles  event\n";
    } else if (o->format == "csv") {
      AppendStoredEventCsvHeader(&header);
    }
    uint64_t n = 0;
    *rc = WriteEvents(*o, o->format == "jsonl", std::move(header), [&](const StoredEvent& e, std::string* buf) {
      if (o->format == "jsonl") {
        AppendStoredEventJson(e, buf);
      } else if (o->format == "csv") {
        AppendStoredEventCsv(e, buf);
      } else {
        char line[256];
        std::snprintf(line, sizeof line, "%7lld  %-10s  %-10s  %-10s  %-4s  %4d  %9.1f  %8lld  %7lld  %8lld  ",
                      static_cast<long long>(e.id), e.date.c_str(), e.source.c_str(), e.target.c_str(),
                      e.code.c_str(), e.quad_class, e.goldstein, static_cast<long long>(e.num_mentions),
                      static_cast<long long>(e.num_sources), static_cast<long long>(e.num_articles));
        buf->append(line).append(e.name).push_back('\n');
      }
    }, &n);
    if (*rc == 0 && o->format == "table") {
      std::fprintf(stderr, "dyad: %llu events\n", static_cast<unsigned long long>(n));
    }
  });
}

void RegisterSeries(CLI::App* app, int* rc) {
  auto* o = NewOptions<ReadStoreOptions>();
  o->format = "table";
  CLI::App* cmd = app->add_subcommand(
      "series",
      "Events between two actors per day, week (starting Monday) or month: events per quad class\n"
      "(q1 verbal cooperation, q2 material cooperation, q3 verbal conflict, q4 material conflict),\n"
      "the sum and mean of their Goldstein values, and the cooperation-minus-conflict index\n"
      "(q1 + q2 - q3 - q4) / events, from -1 (all conflict) to +1 (all cooperation); none for a period without events.\n"
      "Periods without events between the first and the last are listed with zero counts and no mean\n"
      "or index (null in JSON, an empty cell in CSV).");
  AddFilterOptions(cmd, o, Filters::kDyad);
  cmd->get_option("--dyad")->required();
  cmd->add_option("--by", o->by, "Period: day, week or month (default)")->check(CLI::IsMember({"day", "week", "month"}));
  cmd->add_option("--format", o->format, "table (default), csv or jsonl")
      ->check(CLI::IsMember({"table", "csv", "jsonl"}));
  cmd->add_option("--plot", o->plot, "Also draw the series to FILE.svg or FILE.png");
  cmd->callback([o, rc] {
    if (!PrepareFilter(o)) { *rc = 2; return; }
    if (!o->plot.empty() && !o->plot.ends_with(".svg") && !o->plot.ends_with(".png")) {
      std::fprintf(stderr, "dyad: --plot needs a file ending in .svg or .png\n");
      *rc = 2;
      return;
    }
    SeriesPeriod by;
    ParseSeriesPeriod(o->by, &by);
    auto store = OpenStore(o->db, true);
    if (!store) { *rc = 1; return; }
    auto rows = store->Series(o->filter, by);
    if (!rows.ok()) {
      std::fprintf(stderr, "dyad: %s\n", rows.status().ToString().c_str());
      *rc = 1;
      return;
    }
    FILE* out = OpenOutput(o->output);
    if (!out) { *rc = 1; return; }
    const bool table = o->format == "table", csv = o->format == "csv";
    std::string buf;
    if (table) {
      buf = "period        q1     q2     q3     q4  events  goldstein_sum  goldstein_mean  coop_minus_conflict\n";
    } else if (csv) {
      buf = "period,q1,q2,q3,q4,events,goldstein_sum,goldstein_mean,coop_minus_conflict\n";
    }
    for (const SeriesRow& r : *rows) {
      if (!table) {
        AppendSeriesRow(r, /*json=*/!csv, &buf);
        if (!csv) buf.push_back('\n');
        continue;
      }
      char line[256];
      std::snprintf(line, sizeof line, "%-10s %6lld %6lld %6lld %6lld %7lld %14.1f %15.2f %20.3f\n", r.period.c_str(),
                    static_cast<long long>(r.quad[0]), static_cast<long long>(r.quad[1]),
                    static_cast<long long>(r.quad[2]), static_cast<long long>(r.quad[3]),
                    static_cast<long long>(r.total), r.goldstein_sum, r.goldstein_mean, r.coop_conflict);
      buf.append(line);
    }
    WriteOutput(out, buf);
    if (!CloseOutput(out, o->output)) {
      *rc = 1;
      return;
    }
    if (!o->plot.empty()) {
      std::string title = o->filter.dyad_a + (o->filter.directed ? " -> " : " <-> ") + o->filter.dyad_b +
                          ": events per " + o->by;
      Status s = PlotSeries(*rows, title, o->plot);
      if (!s.ok()) {
        std::fprintf(stderr, "dyad: %s\n", s.ToString().c_str());
        *rc = 1;
        return;
      }
    }
    *rc = 0;
  });
}

void RegisterExport(CLI::App* app, int* rc) {
  auto* o = NewOptions<ReadStoreOptions>();
  o->format = "jsonl";
  CLI::App* cmd = app->add_subcommand(
      "export",
      "Write stored events in a research format:\n"
      "  gdelt   GDELT 2.0 event records: 61 tab-separated columns in GDELT's order, no header;\n"
      "          place country codes in FIPS 10-4, as GDELT's; fields dyad does not compute (tone,\n"
      "          religion, ethnicity, ADM2) are empty (docs/export.md, column by column)\n"
      "  phoenix the 26 Phoenix columns, tab-separated, no header\n"
      "  jsonl   one event per line with its mentions and their evidence");
  AddFilterOptions(cmd, o, Filters::kDates);
  cmd->add_option("--format", o->format, "gdelt, phoenix or jsonl (default)")
      ->check(CLI::IsMember({"gdelt", "phoenix", "jsonl"}));
  cmd->callback([o, rc] {
    if (!PrepareFilter(o)) { *rc = 2; return; }
    *rc = WriteEvents(*o, o->format != "gdelt", "", [&](const StoredEvent& e, std::string* buf) {
      if (o->format == "gdelt") AppendGdeltRow(e, buf);
      else if (o->format == "phoenix") AppendPhoenixRow(e, buf);
      else AppendStoredEventJson(e, buf);
    });
  });
}

struct RecodeCliOptions {
  std::string db = kDefaultDb;
  std::string data_dir;
  unsigned threads = 0;
  size_t batch = 256;
  bool all = false;
};

void RegisterRecode(CLI::App* app, int* rc) {
  auto* o = NewOptions<RecodeCliOptions>();
  CLI::App* cmd = app->add_subcommand(
      "recode",
      "Code the stored documents again with this dyad and its data, from the text the store keeps, and\n"
      "replace their events (a document keeps its row, provenance and time of ingest; events no document\n"
      "reports any more go, the others' counts follow). Documents already coded by this dyad and data\n"
      "version are skipped unless --all. One transaction per batch: an interrupted recode leaves a\n"
      "consistent store, and running it again finishes it.");
  cmd->add_option("--db", o->db, kDbHelp);
  cmd->add_option("--data", o->data_dir, "Data folder (default: the installed data)");
  cmd->add_option("--threads", o->threads,
                  "Worker threads, 1 to " + std::to_string(kMaxThreads) + " (default: all cores)")
      ->check(CLI::Range(1u, kMaxThreads));
  cmd->add_option("--batch", o->batch, "Documents per transaction (default 256)")->check(CLI::Range(1, 1000000));
  cmd->add_flag("--all", o->all, "Recode also the documents this dyad and data version coded");
  cmd->callback([o, rc] {
    CoderOptions co;
    if (!o->data_dir.empty()) co.pipeline.data_dir = o->data_dir;
    auto coder = Coder::Create(co);
    if (!coder.ok()) {
      std::fprintf(stderr, "dyad: %s\n", coder.status().ToString().c_str());
      *rc = 1;
      return;
    }
    if (!IsPostgres(o->db) && !std::filesystem::exists(o->db)) {
      std::fprintf(stderr, "dyad: no store at %s\n", o->db.c_str());
      *rc = 1;
      return;
    }
    auto store = OpenStore(o->db, /*must_exist=*/false);
    if (!store) {
      *rc = 1;
      return;
    }
    RecodeOptions ro;
    ro.run.threads = o->threads;
    ro.run.batch_size = o->batch;
    ro.all = o->all;
    RecodeCounts counts;
    const auto start = std::chrono::steady_clock::now();
    const Status st = RecodeStore(**coder, store.get(), ro, &counts);
    const double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!st.ok()) std::fprintf(stderr, "dyad: %s\n", st.ToString().c_str());
    std::fprintf(stderr,
                 "dyad: %llu documents: %llu recoded (%llu events now), %llu already coded by %s data %s; %.1f s\n",
                 static_cast<unsigned long long>(counts.documents), static_cast<unsigned long long>(counts.recoded),
                 static_cast<unsigned long long>(counts.mentions), static_cast<unsigned long long>(counts.current),
                 Coder::Version(), (*coder)->data_version().c_str(), t);
    if (auto stats = store->Stats(); stats.ok()) {
      std::fprintf(stderr, "dyad: the store now holds %lld documents, %lld events, %lld mentions\n",
                   static_cast<long long>(stats->documents), static_cast<long long>(stats->events),
                   static_cast<long long>(stats->mentions));
    }
    *rc = st.ok() ? 0 : 1;
  });
}

struct MergeOptions {
  std::vector<std::string> inputs;
  std::string output;
};

void RegisterMerge(CLI::App* app, int* rc) {
  auto* o = NewOptions<MergeOptions>();
  CLI::App* cmd = app->add_subcommand(
      "merge",
      "Combine stores (coded on different machines, or from parts of a corpus) into one: each input's\n"
      "documents, in the order they were stored, are added to the output as an ingest adds them (a\n"
      "document the output holds is skipped, the same event is one event with its mentions counted).\n"
      "Event ids are the same in every store, so the merged store keeps them.");
  cmd->add_option("stores", o->inputs, "Input stores (SQLite files or postgresql:// URIs)")
      ->required()
      ->expected(1, -1);
  cmd->add_option("-o,--output", o->output, "The store to merge into (created when missing; may hold events)")
      ->required();
  cmd->callback([o, rc] {
    auto out = OpenStore(o->output, /*must_exist=*/false);
    if (!out) {
      *rc = 1;
      return;
    }
    AddCounts counts;
    for (const std::string& in : o->inputs) {
      if (in == o->output) {
        std::fprintf(stderr, "dyad: %s is the output store\n", in.c_str());
        *rc = 2;
        return;
      }
      auto from = OpenStore(in, /*must_exist=*/true);
      if (!from) {
        *rc = 1;
        return;
      }
      const AddCounts before = counts;
      if (Status st = MergeStores(from.get(), out.get(), &counts); !st.ok()) {
        std::fprintf(stderr, "dyad: %s: %s\n", in.c_str(), st.ToString().c_str());
        *rc = 1;
        return;
      }
      std::fprintf(stderr, "dyad: %s: %llu documents added (%llu already there), %llu new events, %llu mentions\n",
                   in.c_str(), static_cast<unsigned long long>(counts.documents_added - before.documents_added),
                   static_cast<unsigned long long>(counts.documents_skipped - before.documents_skipped),
                   static_cast<unsigned long long>(counts.events_added - before.events_added),
                   static_cast<unsigned long long>(counts.mentions_added - before.mentions_added));
    }
    if (auto stats = out->Stats(); stats.ok()) {
      std::fprintf(stderr, "dyad: %s now holds %lld documents, %lld events, %lld mentions\n",
                   IsPostgres(o->output) ? "the PostgreSQL store" : o->output.c_str(),
                   static_cast<long long>(stats->documents), static_cast<long long>(stats->events),
                   static_cast<long long>(stats->mentions));
    }
    *rc = 0;
  });
}

}  // namespace

void RegisterStore(CLI::App* app, int* rc) {
  RegisterIngest(app, rc);
  RegisterQuery(app, rc);
  RegisterSeries(app, rc);
  RegisterExport(app, rc);
  RegisterRecode(app, rc);
  RegisterMerge(app, rc);
}

}  // namespace dyad::cli
