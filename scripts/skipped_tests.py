#!/usr/bin/env python3
"""Prints one line per skipped test, with the reason, from ctest's JUnit file.

scripts/test runs it after ctest, so that the end of the run says what was
not tested and why (GoogleTest's GTEST_SKIP message, or the last line a
script test printed before exiting with its skip code).

    scripts/skipped_tests.py build/logs/ctest-junit.xml
"""
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


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
