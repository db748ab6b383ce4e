#!/usr/bin/env python3
"""Throughput of dyad.dask (1 and 2 workers) against `dyad code --threads 1/2`.

    .venv/bin/python bench/dask_bench.py [--copies 8] [--files 8] [--dyad build/dyad]

The corpus is ../shared/corpora/voa/voa_stories.jsonl repeated --copies
times over --files files (--keep-duplicates on both paths, so every copy is
coded). Each path is timed from start to the last event written, coder
loading included: `dyad code --threads N FILES` once, and a fresh
LocalCluster of N single-threaded worker processes on 127.0.0.1 (started
before the clock starts) running dyad.dask.code_lines over the same files,
one file per partition. Prints documents/s and events/s of each, the Dask
path's overhead against the threads of one process, and the peak resident
memory (ru_maxrss) of a worker.
"""
import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def make_corpus(voa, copies, files, folder):
    with open(voa, encoding="utf-8") as f:
        lines = [line if line.endswith("\n") else line + "\n" for line in f if line.strip()]
    allx = lines * copies
    size = -(-len(allx) // files)
    paths = []
    for i in range(files):
        p = os.path.join(folder, f"part-{i:02d}.jsonl")
        with open(p, "w", encoding="utf-8") as f:
            f.writelines(allx[i * size:(i + 1) * size])
        paths.append(p)
    return paths, len(allx)


def time_cli(dyad, threads, paths):
    t = time.perf_counter()
    r = subprocess.run([dyad, "code", "--keep-duplicates", "--threads", str(threads), *paths],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
    return time.perf_counter() - t, r.stdout.count(b"\n")


def time_dask(workers, paths):
    import distributed

    import dyad.dask

    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, silence_logs=40) as cluster, \
            distributed.Client(cluster) as client:
        t = time.perf_counter()
        results = dyad.dask.code_lines(paths, client, partition_size=1, keep_duplicates=True)
        elapsed = time.perf_counter() - t
        events = sum(lines.count(b"\n") for lines, _ in results)
        rss = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
    return elapsed, events, max(rss.values()) / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--copies", type=int, default=8)
    ap.add_argument("--files", type=int, default=8)
    ap.add_argument("--dyad", default=os.path.join(ROOT, "build", "dyad"))
    ap.add_argument("--voa", default=os.path.join(ROOT, "..", "shared", "corpora", "voa", "voa_stories.jsonl"))
    a = ap.parse_args()
    if not os.path.exists(a.voa):
        sys.exit(f"dask_bench: {a.voa} is absent")
    with tempfile.TemporaryDirectory() as folder:
        paths, docs = make_corpus(a.voa, a.copies, a.files, folder)
        print(f"corpus: {docs} documents in {len(paths)} files")
        for n in (1, 2):
            t_cli, ev_cli = time_cli(a.dyad, n, paths)
            t_dask, ev_dask, rss = time_dask(n, paths)
            assert ev_cli == ev_dask, (ev_cli, ev_dask)
            print(f"{n} thread(s)/worker(s): dyad code {t_cli:6.2f} s ({docs / t_cli:6.1f} docs/s, "
                  f"{ev_cli / t_cli:7.1f} events/s); dask {t_dask:6.2f} s ({docs / t_dask:6.1f} docs/s, "
                  f"{ev_dask / t_dask:7.1f} events/s); overhead {100 * (t_dask / t_cli - 1):+.1f}%; "
                  f"worker peak RSS {rss:.0f} MiB")


if __name__ == "__main__":
    main()
