#!/usr/bin/env python3
"""Score `concord compare` against every gold alignment: the project's (tests/data/alignment)
and the development set of ../shared/eval/dev.

usage: scripts/score_gold.py [--concord PATH] [--verbose] [--jobs N] [FILTER ...]

Runs `concord compare --format json` on each case's documents (files of ../shared/corpus, no
database: CONCORD_DB points nowhere, so term rarity comes from the shipped background table)
and prints precision, recall and F1 of its paragraph links per case, then the mean F1 of each
set. FILTER keeps the cases whose file name holds one of them. --verbose lists each false and
missed link with the start of both paragraphs.

Links are scored as ../shared/eval/score_alignment.py scores them (its quote matching is
imported from there): pairs of paragraphs in different statements, paragraphs of fewer than
6 words left out. A project gold names paragraphs by index ("paragraphs": [a, b]) rather than
by quote, so that no text of ../shared is copied into the project. This is the tool for
measuring a change to alignment; tests/cli/alignment_gold_test.cc holds each case at a floor.
"""
import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent
SHARED = SOURCE.parent / "shared"
MIN_WORDS = 6


def score_case(concord, gold_path, scorer):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    documents = [str(SHARED / "corpus" / d) for d in gold["documents"]]
    run = subprocess.run([concord, "compare", "--format", "json", "--no-diff", *documents],
                         capture_output=True, text=True,
                         env=dict(os.environ, CONCORD_DB="/nonexistent"))
    if run.returncode != 0:
        raise RuntimeError(f"{gold_path.name}: concord failed: {run.stderr.strip()}")
    output = json.loads(run.stdout)
    texts = [[p["text"] for p in s["paragraphs"]] for s in output["statements"]]
    folded = [[scorer.norm(t) for t in statement] for statement in texts]
    scored = [[len(t.split()) >= MIN_WORDS for t in statement] for statement in texts]

    def key(x, a, y, b):
        return tuple(sorted([(x, a), (y, b)]))

    expected = set()
    for link in gold["links"]:
        x, y = link["docs"]
        if "paragraphs" in link:
            a, b = link["paragraphs"]
        else:
            a = scorer.locate(link["quotes"][0], folded[x])
            b = scorer.locate(link["quotes"][1], folded[y])
        if a is None or b is None:
            raise RuntimeError(f"{gold_path.name}: a link's paragraph was not found: {link}")
        if scored[x][a] and scored[y][b]:
            expected.add(key(x, a, y, b))
    predicted = set()
    for group in output["groups"]:
        members = [(m["statement"], m["paragraph"]) for m in group["members"]]
        for i, (x, a) in enumerate(members):
            for y, b in members[i + 1:]:
                if x != y and scored[x][a] and scored[y][b]:
                    predicted.add(key(x, a, y, b))
    correct = len(expected & predicted)
    precision = correct / len(predicted) if predicted else 0.0
    recall = correct / len(expected) if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    details = [("false", k) for k in sorted(predicted - expected)]
    details += [("missed", k) for k in sorted(expected - predicted)]
    return precision, recall, f1, len(expected), len(predicted), details, texts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--concord", default=str(SOURCE / "build" / "release" / "cli" / "concord"))
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("filters", nargs="*")
    args = parser.parse_args()
    if not (SHARED / "eval" / "score_alignment.py").exists():
        sys.exit(f"score_gold: {SHARED}/eval/score_alignment.py is absent")
    sys.path.insert(0, str(SHARED / "eval"))
    import score_alignment as scorer  # noqa: E402

    cases = [("project", p) for p in sorted((SOURCE / "tests" / "data" / "alignment").glob("*.json"))
             if p.name != "friends-draft.json"]  # the demo corpus's draft: tests only
    cases += [("dev", p) for p in sorted((SHARED / "eval" / "dev").glob("dev-*.json"))]
    cases = [c for c in cases if not args.filters or any(f in c[1].name for f in args.filters)]
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda c: score_case(args.concord, c[1], scorer), cases))
    means = {}
    for (group, path), (p, r, f1, n_gold, n_pred, details, texts) in zip(cases, results):
        name = path.name.split(".")[0]
        print(f"{group:7} {name:50} P {p:.3f} R {r:.3f} F1 {f1:.3f}  gold {n_gold} system {n_pred}")
        means.setdefault(group, []).append(f1)
        if args.verbose:
            for kind, ((x, a), (y, b)) in details:
                print(f"    {kind:6} [{x}:{a}] {texts[x][a][:70]}  <->  [{y}:{b}] {texts[y][b][:70]}")
    for group, values in means.items():
        print(f"mean F1 {group}: {sum(values) / len(values):.4f} over {len(values)} cases")


if __name__ == "__main__":
    main()
