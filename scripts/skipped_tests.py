#!/usr/bin/env python3
"""Prints one line per skipped test, with the reason, from ctest's JUnit file.

scripts/test runs it after ctest, so that the end of the run says what was
not tested and why (GoogleTest's GTEST_SKIP message, or the last line a
script test printed before exiting with its skip code).

    scripts/skipped_tests.py build/logs/ctest-junit.xml

With --failed it prints, for each pass, its count of tests and every failed
one with the first lines that say why. scripts/test ends with it, so that
the last lines of a long run (all a CI log may keep) name what failed in
either pass, not only in the last one.

    scripts/skipped_tests.py --failed "first pass=build/logs/ctest-junit.xml" ...
"""
import re
import sys
import xml.etree.ElementTree as ET


def reason(case):
    """The skip message: the line after GoogleTest's "Skipped", else the last line of output."""
    out = "".join(e.text or "" for e in case.iter("system-out"))
    lines = [l.strip() for l in out.splitlines() if l.strip()]
    for i, line in enumerate(lines):
        if line.endswith(": Skipped") and i + 1 < len(lines) and not lines[i + 1].startswith("["):
            return lines[i + 1]
    lines = [l for l in lines if not l.startswith("[") and "SKIPPED" not in l]
    if lines:
        return lines[-1]
    skipped = case.find("skipped")
    if skipped is not None and skipped.get("message"):
        return skipped.get("message")
    return "(no reason given)"


def main(path):
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        print(f"dyad: cannot read the test results ({e})", file=sys.stderr)
        return 1
    skipped = []
    for case in root.iter("testcase"):
        status = case.get("status", "")
        if case.find("skipped") is not None or status in ("notrun", "disabled", "skipped"):
            name = case.get("name", "?").split("  # ")[0]  # drop GoogleTest's parameter dump
            skipped.append((name, reason(case)))
    if not skipped:
        print("dyad: no test was skipped")
        return 0
    print(f"dyad: {len(skipped)} tests skipped:")
    for name, why in skipped:
        print(f"  SKIPPED {name}: {why}")
    return 0


def why_failed(case, limit=6):
    """The first lines of a failed test's output that say why (assertions, errors, timeouts)."""
    out = "".join(e.text or "" for e in case.iter("system-out"))
    lines = [l.rstrip() for l in out.splitlines() if l.strip()]
    keep = [l for l in lines if re.search(r"Failure|Expected|Which is|Value of|Actual|error|Error|FAIL|Timeout|assert", l)]
    if not keep:
        keep = lines[-limit:]
    failure = case.find("failure")
    if not keep and failure is not None and failure.get("message"):
        keep = [failure.get("message")]
    return [l[:300] for l in keep[:limit]] or ["(no output)"]


def failed(specs):
    """One summary per "LABEL=PATH"; returns 1 when a test failed or a file is missing."""
    rc = 0
    for spec in specs:
        label, _, path = spec.partition("=")
        try:
            root = ET.parse(path).getroot()
        except (OSError, ET.ParseError) as e:
            print(f"dyad: {label}: no test results ({e})")
            rc = 1
            continue
        cases = list(root.iter("testcase"))
        bad = [c for c in cases if c.get("status", "") == "fail" or c.find("failure") is not None
               or c.find("error") is not None]
        if not bad:
            print(f"dyad: {label}: {len(cases)} tests, none failed")
            continue
        rc = 1
        print(f"dyad: {label}: {len(bad)} of {len(cases)} tests FAILED:")
        for case in bad:
            print(f"  FAILED {case.get('name', '?').split('  # ')[0]}")
            for line in why_failed(case):
                print(f"    {line}")
    return rc


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--failed":
        sys.exit(failed(sys.argv[2:]))
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
