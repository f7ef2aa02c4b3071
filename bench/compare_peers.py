#!/usr/bin/env python3
"""The Python peers of the compare benchmark (bench/compare_bench.sh): what a difflib user
would write to compare statements. Each subcommand reads .txt statements (paragraphs =
blank-line blocks), does its work, and prints one summary line (key=value ...).

  words A B         difflib.SequenceMatcher(None, a_words, b_words).get_opcodes() over the
                    whole texts' word lists (str.split()), the diff `python3 -m difflib`-style
                    tools print, with SequenceMatcher's defaults (autojunk on). Word runs
                    only: no paragraph alignment.
  naive A B         the naive paragraph aligner: every pair of paragraphs (a, b) scored
                    with SequenceMatcher on their words, prefiltered as
                    difflib.get_close_matches does (real_quick_ratio, quick_ratio, then
                    ratio), and greedy one-to-one links, most similar first, for ratio > 0.5.
                    Gives up after --cap seconds (exit status 3, "timeout=1").
                    --links FILE writes the links as JSON [[a, b, ratio], ...].
  pairs F1 F2 ...   `words` over pairs of statements, in one process: --pairs all (every
                    pair, 45 for ten statements, the default) or consecutive (F1-F2, F2-F3...)

usage: compare_peers.py words A B
       compare_peers.py naive A B [--cap 120] [--threshold 0.5] [--links FILE]
       compare_peers.py pairs F1 F2 ... [--pairs all|consecutive]
"""

import argparse
import difflib
import itertools
import json
import re
import sys
import time

BLANK = re.compile(r"\n[ \t\r\f\v\u00a0]*\n")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def paragraphs(text):
    return [b for b in BLANK.split(text) if b.strip()]


def word_opcodes(a_text, b_text):
    a_words, b_words = a_text.split(), b_text.split()
    matcher = difflib.SequenceMatcher(None, a_words, b_words)
    ops = matcher.get_opcodes()
    equal = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    return len(a_words), len(b_words), len(ops), equal


def run_words(args):
    started = time.perf_counter()
    a_count, b_count, ops, equal = word_opcodes(read(args.a), read(args.b))
    print(f"words={a_count}/{b_count} opcodes={ops} equal_words={equal} "
          f"seconds={time.perf_counter() - started:.3f}")


def run_pairs(args):
    started = time.perf_counter()
    texts = [read(f) for f in args.files]
    if args.pairs == "all":
        pairs = list(itertools.combinations(range(len(texts)), 2))
    else:
        pairs = [(i, i + 1) for i in range(len(texts) - 1)]
    total_ops = total_equal = 0
    for i, j in pairs:
        _, _, ops, equal = word_opcodes(texts[i], texts[j])
        total_ops += ops
        total_equal += equal
    print(f"pairs={len(pairs)} opcodes={total_ops} equal_words={total_equal} "
          f"seconds={time.perf_counter() - started:.3f}")


def run_naive(args):
    started = time.perf_counter()
    deadline = started + args.cap
    xs = [p.split() for p in paragraphs(read(args.a))]
    ys = [p.split() for p in paragraphs(read(args.b))]
    scored = []
    matcher = difflib.SequenceMatcher(None)
    for j, y in enumerate(ys):
        matcher.set_seq2(y)  # SequenceMatcher caches what it knows about the second sequence
        for i, x in enumerate(xs):
            matcher.set_seq1(x)
            if (matcher.real_quick_ratio() > args.threshold and
                    matcher.quick_ratio() > args.threshold):
                r = matcher.ratio()
                if r > args.threshold:
                    scored.append((r, i, j))
        if time.perf_counter() > deadline:
            print(f"timeout=1 cap={args.cap:g} rows_done={j + 1}/{len(ys)} "
                  f"seconds={time.perf_counter() - started:.3f}")
            sys.exit(3)
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_x, used_y, links = set(), set(), []
    for r, i, j in scored:
        if i in used_x or j in used_y:
            continue
        used_x.add(i)
        used_y.add(j)
        links.append([i, j, round(r, 3)])
    links.sort()
    if args.links:
        with open(args.links, "w", encoding="utf-8") as f:
            json.dump(links, f)
    print(f"paragraphs={len(xs)}/{len(ys)} pairs_scored={len(scored)} links={len(links)} "
          f"seconds={time.perf_counter() - started:.3f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    words = sub.add_parser("words")
    words.add_argument("a")
    words.add_argument("b")
    naive = sub.add_parser("naive")
    naive.add_argument("a")
    naive.add_argument("b")
    naive.add_argument("--cap", type=float, default=120.0)
    naive.add_argument("--threshold", type=float, default=0.5)
    naive.add_argument("--links")
    pairs = sub.add_parser("pairs")
    pairs.add_argument("files", nargs="+")
    pairs.add_argument("--pairs", choices=["all", "consecutive"], default="all")
    args = parser.parse_args()
    {"words": run_words, "naive": run_naive, "pairs": run_pairs}[args.command](args)


if __name__ == "__main__":
    main()
