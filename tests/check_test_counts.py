#!/usr/bin/env python3
"""Checks that ctest runs every test case the sources declare, each exactly once.

A test case can silently stop running: catch_discover_tests splits a name at ';' (a CMake list separator) into
ctest entries whose filters match nothing, and Catch2 exits 0 on "No test cases matched" unless told otherwise.
For each Catch2 binary this compares three lists and fails on any difference:
  - the TEST_CASEs declared in its sources (hidden ones, tagged [.], left out),
  - the names the binary lists (--list-test-names-only),
  - the ctest entries that run the binary with a name filter (and -w NoTests, so a filter that matches nothing
    fails).
Hidden test cases must each be run by a ctest entry that runs the binary by tags (e.g. [english] with an
environment of its own), and every entry, by name or by tags, runs with -w NoTests.

Usage: check_test_counts.py --ctest CTEST --build-dir DIR --suite PREFIX BINARY SOURCE_DIR [--suite ...]
"""

import argparse
import glob
import json
import os
import re
import subprocess
import sys

# A C++ string literal (no raw strings in the test names).
STRING = r'"(?:[^"\\\n]|\\.)*"'
DECLARATION = re.compile(r'\bTEST_CASE\s*\(\s*((?:' + STRING + r'\s*)+)(?:,\s*((?:' + STRING + r'\s*)+))?\)')


def literal_text(literals):
    """The text of adjacent C++ string literals, with the simple escapes a test name may hold."""
    text = ''.join(m[1:-1] for m in re.findall(STRING, literals))
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), text)


def declared_names(source_dir, hidden=False):
    """The visible test cases (or, with hidden, the hidden ones with their tags) as (name, place[, tags])."""
    names = []
    for path in sorted(glob.glob(os.path.join(source_dir, '*.cpp'))):
        with open(path, encoding='utf-8') as f:
            source = f.read()
        # Comments may mention TEST_CASE( in prose.
        source = re.sub(r'//[^\n]*', lambda m: '' if '"' not in m.group(0) else m.group(0), source)
        for match in DECLARATION.finditer(source):
            name = literal_text(match.group(1))
            tags = literal_text(match.group(2) or '')
            place = '%s:%d' % (os.path.basename(path), source.count('\n', 0, match.start()) + 1)
            is_hidden = bool(re.search(r'\[(\.|!hide)', tags))
            if hidden and is_hidden:
                names.append((name, place, set(re.findall(r'\[([^\]]+)\]', tags))))
            elif not hidden and not is_hidden:
                names.append((name, place))
    return names


def listed_names(binary):
    # Catch2 v2 exits with the number of test cases it listed, so only a crash counts as failure here.
    result = subprocess.run([binary, '--list-test-names-only'], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            universal_newlines=True, env=dict(os.environ, QT_QPA_PLATFORM='offscreen'))
    names = [line.strip() for line in result.stdout.splitlines() if line.strip()]
    if result.returncode < 0:
        sys.exit('%s --list-test-names-only failed (exit %d): %s' % (binary, result.returncode, result.stderr))
    return names


def ctest_entries(ctest, build_dir):
    result = subprocess.run([ctest, '--show-only=json-v1'], cwd=build_dir, stdout=subprocess.PIPE, check=True,
                            universal_newlines=True)
    return json.loads(result.stdout)['tests']


def unescape_filter(text):
    return re.sub(r'\\([,\[\]])', r'\1', text)


def check_suite(prefix, binary, source_dir, entries):
    problems = []
    declared = declared_names(source_dir)
    declared_set = {name for name, _ in declared}
    for name in sorted(declared_set):
        places = [place for n, place in declared if n == name]
        if len(places) > 1:
            problems.append('declared more than once: "%s" (%s)' % (name, ', '.join(places)))
        if ';' in name:
            problems.append('a ";" in a name splits its ctest entry in two: "%s" (%s)' % (name, places[0]))
    listed = listed_names(binary)
    run = []
    tag_runs = []
    for entry in entries:
        command = entry.get('command') or []
        # The binary itself, or run through xvfb-run: what follows it is what it is given.
        starts = [0] + (list(range(1, len(command))) if command and os.path.basename(command[0]) == 'xvfb-run' else [])
        at = next((i for i in starts if os.path.realpath(command[i]) == os.path.realpath(binary)), None)
        if at is None or at + 1 >= len(command):
            continue
        command = command[at:]
        if '-w' not in command or 'NoTests' not in command:
            problems.append('ctest entry "%s" lacks -w NoTests: a filter matching nothing would pass' % entry['name'])
        if command[1].startswith('['):
            # A run by tags (the HiDPI run, the English run, the screenshots under Xvfb), on top of the per-name
            # entries.
            tag_runs.append((entry['name'], set(re.findall(r'\[([^\]]+)\]', command[1]))))
            continue
        run.append(unescape_filter(command[1]))
    for name, place, tags in declared_names(source_dir, hidden=True):
        if not any(run_tags and run_tags <= tags for _, run_tags in tag_runs):
            problems.append('hidden test case (%s) run by no ctest entry by its tags: "%s"' % (place, name))
    for label, names in (('listed by the binary', listed), ('run by ctest', run)):
        for name in sorted(declared_set - set(names)):
            where = next(place for n, place in declared if n == name)
            problems.append('declared (%s) but not %s: "%s"' % (where, label, name))
        for name in sorted(set(names) - declared_set):
            problems.append('%s but not declared in %s: "%s"' % (label, source_dir, name))
        for name in sorted({n for n in names if names.count(n) > 1}):
            problems.append('%s more than once: "%s"' % (label, name))
    print('%-6s %d test cases declared, %d listed by %s, %d ctest entries run them%s' %
          (prefix.strip(), len(declared), len(listed), os.path.basename(binary), len(run),
           ' (and %d by tag)' % len(tag_runs) if tag_runs else ''))
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--ctest', required=True)
    parser.add_argument('--build-dir', required=True)
    parser.add_argument('--suite', nargs=3, action='append', required=True, metavar=('PREFIX', 'BINARY', 'SOURCES'))
    args = parser.parse_args()
    entries = ctest_entries(args.ctest, args.build_dir)
    problems = []
    for prefix, binary, source_dir in args.suite:
        problems += ['%s %s' % (prefix.strip(), p) for p in check_suite(prefix, binary, source_dir, entries)]
    if problems:
        print('\nFAILED: the test cases ctest runs are not the ones declared:', file=sys.stderr)
        for problem in problems:
            print('  ' + problem, file=sys.stderr)
        sys.exit(1)
    print('every declared test case has one ctest entry that runs it')


if __name__ == '__main__':
    main()
