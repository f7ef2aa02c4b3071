#!/usr/bin/env python3
"""Writes the inputs of the compare benchmark (bench/compare_bench.sh) from a corpus folder.

From the .txt files of CORPUS_DIR (bench/prepare_corpus.sh unpacks the UN bulk archives of
../shared/corpus there, or writes the synthetic corpus when they are absent) it takes the
body paragraphs of real resolutions (the blocks after "The General Assembly," / "The
Security Council," and before the "plenary meeting" / "meeting" line, at least 8 words,
no exact repeats) and writes, under OUT_DIR:

  two/A.txt       statement A: 1,000 real paragraphs, in the order of their resolutions
  two/B.txt       statement B: A edited as a new version would be: about 10% of the
                  paragraphs reworded (word substitutions, inserted phrases, dropped words),
                  3% deleted, 3% inserted from resolutions not in A, a few moved far, a few
                  split in two and a few pairs merged; B has as many paragraphs as A
  two/truth.json  which paragraph of A each paragraph of B comes from (the link set that a
                  paragraph aligner should find) and the list of edits
  ten/V01.txt ... ten/V10.txt
                  ten versions of one 100-paragraph base text, each the previous version
                  with the same kinds of edit (10 reworded, 3 deleted, 3 inserted, 1 moved,
                  1 split, 1 merge), 100 paragraphs each, as yearly renewals drift
  inputs.json     the counts, the seed and the corpus used

Paragraphs are one line each, separated by a blank line, as in the derived UN texts, so
that `concord compare`, difflib and `git diff` read the same blocks. Everything is
deterministic for a given corpus and --seed.

usage: compare_make_inputs.py CORPUS_DIR OUT_DIR [--paragraphs 1000] [--versions 10]
                              [--version-paragraphs 100] [--seed S]
"""

import argparse
import json
import os
import random
import re
import sys

BODY_START = re.compile(r"^The (General Assembly|Security Council|Economic and Social Council),$")
BODY_END = re.compile(r"^\d+(st|nd|rd|th) (plenary )?meeting\b|^Adopted by the ")
WORD = re.compile(r"\S+")

# Rewording as drafters do it: formula verbs traded, qualifiers added, words dropped.
SUBSTITUTIONS = {
    "Calls": "Urges", "Urges": "Calls upon", "Welcomes": "Notes with appreciation",
    "Recalling": "Recalling also", "Reaffirming": "Reaffirming further", "Notes": "Takes note of",
    "Requests": "Further requests", "Encourages": "Strongly encourages",
    "Condemns": "Strongly condemns", "Decides": "Further decides", "Invites": "Encourages",
    "Expresses": "Reiterates", "Stresses": "Underlines", "Emphasizes": "Stresses",
    "Recognizing": "Acknowledging", "concern": "grave concern", "all": "all relevant",
    "States": "Member States", "international": "regional and international",
    "full": "full and effective", "support": "continued support", "efforts": "ongoing efforts",
    "measures": "appropriate measures", "report": "latest report", "shall": "should",
    "including": "including, inter alia,", "important": "essential", "effective": "efficient",
    "promote": "advance", "ensure": "guarantee", "strengthen": "enhance",
}
INSERTIONS = [
    "as appropriate", "in accordance with international law", "within existing resources",
    "without delay", "at all levels", "in close consultation with Member States",
    "in particular women and girls", "inter alia", "on a voluntary basis",
    "taking into account national circumstances", "and in this regard",
    "consistent with the Charter of the United Nations",
]


def blocks_of(path):
    with open(path, encoding="utf-8", errors="replace") as f:
        text = f.read()
    return [" ".join(b.split()) for b in re.split(r"\n[ \t\r\f\v\u00a0]*\n", text) if b.strip()]


def body_paragraphs(path):
    """The preambular and operative paragraphs of one resolution, in order."""
    blocks = blocks_of(path)
    start = next((i + 1 for i, b in enumerate(blocks) if BODY_START.match(b)), None)
    if start is None:
        return []
    out = []
    for b in blocks[start:]:
        if BODY_END.search(b) or b.startswith("Annex"):
            break
        # Whole paragraphs only: a block the source cut at a page break (it starts in lower
        # case or stops mid-sentence) is read joined to its neighbour by concord.
        whole = not b[0].islower() and b[-1] in ".,;:"
        if whole and len(WORD.findall(b)) >= 8 and re.search(r"[a-z]", b):
            out.append(b)
    return out


def corpus_files(corpus_dir):
    files = []
    for root, _, names in os.walk(corpus_dir):
        files.extend(os.path.join(root, n) for n in names if n.endswith(".txt"))
    return sorted(files)


class Pool:
    """Real paragraphs, taken resolution by resolution in a seeded order, never twice."""

    def __init__(self, files, rng):
        self.files = list(files)
        rng.shuffle(self.files)
        self.next_file = 0
        self.seen = set()
        self.buffer = []

    def take(self, count, whole_files=True):
        out = []
        while len(out) < count:
            while not self.buffer:
                if self.next_file >= len(self.files):
                    sys.exit(f"compare_make_inputs: the corpus has too few paragraphs "
                             f"({len(out)} of {count} found)")
                path = self.files[self.next_file]
                self.next_file += 1
                self.buffer = body_paragraphs(path)
                if not whole_files:
                    self.buffer = self.buffer[:3]
            p = self.buffer.pop(0)
            if p not in self.seen:
                self.seen.add(p)
                out.append(p)
        self.buffer = []  # the next request starts with a new resolution
        return out


def reword(text, rng):
    words = text.split(" ")
    edits = rng.randint(1, 4)
    for _ in range(edits):
        kind = rng.random()
        if kind < 0.5:
            candidates = [i for i, w in enumerate(words) if w.strip(",;.") in SUBSTITUTIONS]
            # a word prepended to the first would open the paragraph in lower case
            i = rng.choice(candidates) if candidates else rng.randrange(1, len(words))
            word = words[i]
            core = word.strip(",;.")
            tail = word[len(core):] if word.startswith(core) else ""
            if core in SUBSTITUTIONS:
                words[i] = SUBSTITUTIONS[core] + tail
            else:  # a word of another paragraph's vocabulary
                words[i] = rng.choice(["relevant", "further", "concrete", "practical",
                                       "sustainable", "comprehensive", "national"]) + " " + word
        elif kind < 0.85:
            i = rng.randrange(1, len(words))
            words.insert(i, rng.choice(INSERTIONS) + ("," if rng.random() < 0.3 else ""))
        elif len(words) > 12:
            i = rng.randrange(2, len(words) - 4)
            del words[i:i + rng.randint(1, 3)]
    return " ".join(words)


def split(text):
    """Two paragraphs, cut at the clause boundary nearest the middle; the second opens with a
    capital, as a drafter who splits a paragraph writes it (a lower-case opening reads as a
    paragraph cut by a page break, which concord joins again)."""
    words = text.split(" ")
    middle = len(words) // 2
    cuts = [i for i, w in enumerate(words[:-3], 1) if w.endswith((";", ",")) and i > 3]
    cut = min(cuts, key=lambda i: abs(i - middle)) if cuts else middle
    second = " ".join(words[cut:])
    return " ".join(words[:cut]), second[:1].upper() + second[1:]


def edit_version(paragraphs, rng, pool, reworded, deleted, inserted, moved, splits, merges):
    """A new version of `paragraphs`: returns the new paragraphs, each with the indexes of
    the old paragraphs it comes from, and the list of edits."""
    n = len(paragraphs)
    free = list(range(n))
    rng.shuffle(free)
    used = set()

    def pick(count, ok=lambda i: True):
        chosen = []
        for i in free:
            if len(chosen) == count:
                break
            if i not in used and ok(i):
                chosen.append(i)
                used.add(i)
        return chosen

    merge_first = pick(merges, lambda i: i + 1 < n and i + 1 not in used and i - 1 not in used)
    used.update(i + 1 for i in merge_first)
    split_at = pick(splits, lambda i: len(paragraphs[i].split()) >= 24)
    deleted_at = pick(deleted)
    reworded_at = pick(reworded)
    moved_at = pick(moved)
    edits = ([{"edit": "merge", "old": [i, i + 1]} for i in sorted(merge_first)] +
             [{"edit": "split", "old": [i]} for i in sorted(split_at)] +
             [{"edit": "delete", "old": [i]} for i in sorted(deleted_at)] +
             [{"edit": "reword", "old": [i]} for i in sorted(reworded_at)])

    merge_first, split_at, deleted_at, reworded_at = (
        set(merge_first), set(split_at), set(deleted_at), set(reworded_at))
    items = []  # (text, origins)
    i = 0
    while i < n:
        if i in merge_first:
            items.append((paragraphs[i] + " " + paragraphs[i + 1], [i, i + 1]))
            i += 2
            continue
        if i in deleted_at:
            pass
        elif i in split_at:
            first, second = split(paragraphs[i])
            items.append((first, [i]))
            items.append((second, [i]))
        elif i in reworded_at:
            items.append((reword(paragraphs[i], rng), [i]))
        else:
            items.append((paragraphs[i], [i]))
        i += 1
    for old in moved_at:
        at = next(k for k, item in enumerate(items) if item[1] == [old])
        item = items.pop(at)
        # Far away: at least a fifth of the text from where it was.
        distance = max(2, len(items) // 5)
        targets = [k for k in range(len(items) + 1) if abs(k - at) >= distance]
        to = rng.choice(targets)
        items.insert(to, item)
        edits.append({"edit": "move", "old": [old], "from": at, "to": to})
    for text in pool.take(inserted, whole_files=False):
        to = rng.randrange(len(items) + 1)
        items.insert(to, (text, []))
        edits.append({"edit": "insert", "to": to})
    return items, edits


def write_statement(path, paragraphs):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(paragraphs) + "\n")


def words(paragraphs):
    return sum(len(p.split()) for p in paragraphs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus_dir")
    parser.add_argument("out_dir")
    parser.add_argument("--paragraphs", type=int, default=1000)
    parser.add_argument("--versions", type=int, default=10)
    parser.add_argument("--version-paragraphs", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20260301)
    args = parser.parse_args()

    files = corpus_files(args.corpus_dir)
    if not files:
        sys.exit(f"compare_make_inputs: no .txt files in {args.corpus_dir}")
    rng = random.Random(args.seed)
    pool = Pool(files, rng)
    n = args.paragraphs

    a = pool.take(n)
    pct = lambda share: max(1, round(n * share))  # noqa: E731
    few = max(1, n // 200)
    items, edits = edit_version(a, rng, pool, reworded=pct(0.10), deleted=pct(0.03),
                                inserted=pct(0.03), moved=few, splits=few, merges=few)
    b = [text for text, _ in items]
    two = os.path.join(args.out_dir, "two")
    os.makedirs(two, exist_ok=True)
    write_statement(os.path.join(two, "A.txt"), a)
    write_statement(os.path.join(two, "B.txt"), b)
    links = sorted([old, new] for new, (_, origins) in enumerate(items) for old in origins)
    with open(os.path.join(two, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"paragraphs": [len(a), len(b)], "links": links, "edits": edits}, f)

    m = args.version_paragraphs
    base = pool.take(m)
    ten = os.path.join(args.out_dir, "ten")
    os.makedirs(ten, exist_ok=True)
    for name in os.listdir(ten):
        if name.endswith(".txt"):
            os.remove(os.path.join(ten, name))
    versions = [base]
    share = lambda s: max(1, round(m * s))  # noqa: E731
    while len(versions) < args.versions:
        items, _ = edit_version(versions[-1], rng, pool, reworded=share(0.10),
                                deleted=share(0.03), inserted=share(0.03), moved=1, splits=1,
                                merges=1)
        versions.append([text for text, _ in items])
    names = []
    for k, version in enumerate(versions, 1):
        names.append(f"V{k:02d}.txt")
        write_statement(os.path.join(ten, names[-1]), version)

    summary = {
        "seed": args.seed, "corpus": os.path.abspath(args.corpus_dir), "corpus_files": len(files),
        "two": {"files": ["two/A.txt", "two/B.txt"], "paragraphs": [len(a), len(b)],
                "words": [words(a), words(b)], "links": len(links),
                "edits": {k: sum(e["edit"] == k for e in edits)
                          for k in ("reword", "delete", "insert", "move", "split", "merge")}},
        "ten": {"files": [f"ten/{x}" for x in names], "paragraphs": [len(v) for v in versions],
                "words": [words(v) for v in versions]},
    }
    with open(os.path.join(args.out_dir, "inputs.json"), "w", encoding="utf-8") as f:
        json.dump(summary, f, indent=1)
    print(f"compare inputs: {args.out_dir}: A {len(a)} / B {len(b)} paragraphs "
          f"({words(a)} / {words(b)} words, edits {summary['two']['edits']}); "
          f"{len(versions)} versions of {m} paragraphs")


if __name__ == "__main__":
    main()
