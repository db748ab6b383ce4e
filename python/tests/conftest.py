"""Shared fixtures of the Python package's tests (ctest runs them: python_*).

Paths: the checkout is two folders up; ../shared beside it holds the outside
test material (tests that need it skip, saying why, without it). The CLI the
tests compare with is $DYAD_CLI (ctest gives build/dyad), else build/dyad.
PostgreSQL tests use $DYAD_TEST_PG (scripts/test starts a throw-away
server) and skip without it.

A file whose every test was skipped exits 77, which ctest reports as a
skip (with the reasons, -rs) rather than a pass.
"""
import itertools
import json
import os
import subprocess
import uuid

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SHARED = os.path.abspath(os.path.join(ROOT, "..", "shared"))
EXAMPLES = os.path.join(ROOT, "examples")


def cli_path():
    return os.environ.get("DYAD_CLI") or os.path.join(ROOT, "build", "dyad")


# Commands that load dyad's data: the tests give them the package's copy, so
# that events carry the same data_version (a hash over the data files' paths
# relative to the data folder; the build tree's folder links elsewhere, which
# gives the same files another hash).
_WITH_DATA = ("code", "explain", "actors", "parse", "ingest")


def package_data():
    from dyad.coder import default_data_dir

    return default_data_dir()


def run_cli(*args, check=True):
    """Runs the dyad CLI on the package's data: (stdout bytes, stderr text, exit status)."""
    args = list(args)
    if args and args[0] in _WITH_DATA and package_data():
        args[1:1] = ["--data", package_data()]
    r = subprocess.run([cli_path(), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if check and r.returncode not in (0, 1):
        raise AssertionError(f"dyad {' '.join(args)} failed ({r.returncode}): {r.stderr.decode()}")
    return r.stdout, r.stderr.decode(), r.returncode


def jsonl(data):
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line]


@pytest.fixture(scope="session")
def cli():
    path = cli_path()
    if not os.access(path, os.X_OK):
        pytest.skip(f"no dyad CLI at {path} to compare with (build it, or set DYAD_CLI)")
    return path


@pytest.fixture(scope="session")
def coder():
    import dyad

    return dyad.Coder()


@pytest.fixture(scope="session")
def shared():
    if not os.path.isdir(SHARED):
        pytest.skip(f"{SHARED} is absent: the outside test material is not here")
    return SHARED


@pytest.fixture(scope="session")
def voa(shared):
    path = os.path.join(shared, "corpora", "voa", "voa_stories.jsonl")
    if not os.path.exists(path):
        pytest.skip(f"{path} is absent")
    return path


_pg_counter = itertools.count()


@pytest.fixture
def postgres():
    """A fresh, empty database on the DYAD_TEST_PG server."""
    base = os.environ.get("DYAD_TEST_PG")
    if not base:
        pytest.skip("DYAD_TEST_PG is not set: no PostgreSQL server to test against (scripts/test starts one)")
    name = f"dyad_py_{os.getpid()}_{next(_pg_counter)}_{uuid.uuid4().hex[:6]}"
    r = subprocess.run(["psql", base, "-q", "-v", "ON_ERROR_STOP=1", "-c", f"CREATE DATABASE {name}"],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert r.returncode == 0, f"cannot create a test database on DYAD_TEST_PG: {r.stderr.decode()}"
    yield base + ("&" if "?" in base else "?") + "dbname=" + name
    subprocess.run(["psql", base, "-q", "-c", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


_all_skipped = []  # the reasons, when every test of the run skipped


def pytest_sessionfinish(session, exitstatus):
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is None or exitstatus != 0:
        return
    passed = len(reporter.stats.get("passed", []))
    skipped = reporter.stats.get("skipped", [])
    if passed == 0 and skipped:
        session.exitstatus = 77
        for report in skipped:
            reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
            reason = reason.replace("Skipped: ", "", 1)
            if reason not in _all_skipped:
                _all_skipped.append(reason)


def pytest_unconfigure(config):
    # Last line of the output: scripts/skipped_tests.py shows it as the reason.
    if _all_skipped:
        print("skipped: " + "; ".join(_all_skipped))
