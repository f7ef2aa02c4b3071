#!/usr/bin/env python3
"""Writes data/spelling-variants/en.tsv: the British and American spellings of one word.

A British-only word of Debian's SCOWL lists (package scowl: british and british_z words up
to size 70, "large") is paired with the one American or common word that spelling rules
make of it ("organisation" -> "organization", "programme" -> "program", "manoeuvre" ->
"maneuver"), or that a rule for its own family of words makes ("practise" -> "practice",
"sceptical" -> "skeptical", "sulphur" -> "sulfur"). A word that the rules map to no word, or to two, stays out: the lists, not the
rules, decide what a word is.

Concord also renames the Snowball stem of the British word to that of the American one
(in corpus counts and shipped tables), so a pair stays out too when its British stem is the
stem of another word: "concentre" / "concenter" would rename "concentrate". Another word
does not count when it starts with the American word ("programmer" for "programme" /
"program") or is itself a British spelling of it ("centreing"). The stems come from Snowball
(Debian's libstemmer0d), as Concord's.

    scripts/make_spelling_variants.py > data/spelling-variants/en.tsv

The stems are in the table so that Concord need not stem 6,600 words each time it starts.
"""
import argparse
import ctypes
import os
import re

SIZES = (10, 20, 35, 40, 50, 55, 60, 70)

# One spelling difference each, British -> American. "ae"/"oe" not before "r" nor at the
# end: "aerose" and Latin plurals ("areolae") are no variants.
RULES = [
    (r"is(e|ed|es|ing|er|ers|ation|ations|able|ability)$", r"iz\1"),
    (r"ys(e|ed|es|ing|er|ers)$", r"yz\1"),
    (r"our", "or"),
    (r"([bcdgtv])re(s|d|ing)?$", r"\1er\2"),
    (r"ence(s)?$", r"ense\1"),
    (r"mme(s|d)?$", r"m\1"),
    (r"ogue(s)?$", r"og\1"),
    (r"ll(ed|ing|er|ers)$", r"l\1"),
    (r"ae(?=[^r])", "e"),
    (r"oe(?=[^r])", "e"),
    (r"l(s|ment|ments)?$", r"ll\1"),
    (r"dgement(s)?$", r"dgment\1"),
    # Words whose spellings differ in their own way.
    (r"^practis", "practic"),
    (r"^sceptic", "skeptic"),
    (r"^grey", "gray"),
    (r"^ageing$", "aging"),
    (r"^sulph", "sulf"),
    (r"^aluminium", "aluminum"),
    (r"^plough", "plow"),
    (r"^mould", "mold"),
    (r"^smould", "smold"),
    (r"^moult", "molt"),
    (r"^jewellery$", "jewelry"),
    (r"^artefact", "artifact"),
    (r"^enquir", "inquir"),
    (r"^annexe$", "annex"),
    (r"^specialit(y|ies)$", r"specialt\1"),
    (r"^pyjama", "pajama"),
]


def words(directory, category):
    out = set()
    for size in SIZES:
        path = os.path.join(directory, f"{category}-words.{size}")
        if os.path.exists(path):
            with open(path, encoding="latin-1") as f:
                out.update(w.strip() for w in f if w.strip().isalpha() and w.strip().islower())
    return out


class Stemmer:
    """Snowball's English stemmer through libstemmer, as Concord stems."""

    def __init__(self):
        lib = ctypes.CDLL("libstemmer.so.0d")
        lib.sb_stemmer_new.restype = ctypes.c_void_p
        lib.sb_stemmer_new.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
        lib.sb_stemmer_stem.restype = ctypes.POINTER(ctypes.c_ubyte)
        lib.sb_stemmer_stem.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        lib.sb_stemmer_length.argtypes = [ctypes.c_void_p]
        self.lib = lib
        self.handle = lib.sb_stemmer_new(b"en", b"UTF_8")

    def __call__(self, word):
        data = word.encode()
        out = self.lib.sb_stemmer_stem(self.handle, data, len(data))
        return bytes(out[: self.lib.sb_stemmer_length(self.handle)]).decode()


def spellings(word):
    seen = {word}
    frontier = [word]
    for _ in range(2):  # "manoeuvre" -> "maneuver" takes two rules
        nxt = []
        for w in frontier:
            for pattern, replacement in RULES:
                for m in re.finditer(pattern, w):
                    v = w[: m.start()] + m.expand(replacement) + w[m.end():]
                    if v not in seen:
                        seen.add(v)
                        nxt.append(v)
        frontier = nxt
    return seen - {word}


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--scowl", default="/usr/share/dict/scowl")
    args = p.parse_args()
    british = words(args.scowl, "british") | words(args.scowl, "british_z")
    american = words(args.scowl, "american")
    common = words(args.scowl, "english")
    print("# British spellings and American ones of one English word, then the Snowball stems of")
    print("# both, written by scripts/make_spelling_variants.py from Debian's scowl word lists")
    print("# (SCOWL, Kevin Atkinson). Concord reads both as one term. The lists' notice:")
    print("#")
    print("#   Copyright 2000-2011 by Kevin Atkinson")
    print("#")
    print("#   Permission to use, copy, modify, distribute and sell these word lists, the")
    print("#   associated scripts, the output created from the scripts, and its documentation")
    print("#   for any purpose is hereby granted without fee, provided that the above copyright")
    print("#   notice appears in all copies and that both that copyright notice and this")
    print("#   permission notice appear in supporting documentation. Kevin Atkinson makes no")
    print("#   representations about the suitability of this array for any purpose. It is")
    print("#   provided \"as is\" without express or implied warranty.")
    print("#")
    print("# The lists credit further authors: /usr/share/doc/scowl/copyright has them all.")
    pairs = {}
    stem = Stemmer()
    words_of_stem = {}
    for word in american | common:
        words_of_stem.setdefault(stem(word), []).append(word)

    def renames_another_word(b, a):
        american_stem = stem(a)
        for other in words_of_stem.get(stem(b), []):
            if other.startswith(re.sub(r"(e|es|s)$", "", a)):
                continue
            if any(stem(v) == american_stem for v in spellings(other)):
                continue
            return True
        return False

    for b in sorted(british - american - common):
        found = sorted(v for v in spellings(b) if v in american or (v in common and v not in british))
        if len(found) == 1 and (stem(b) == stem(found[0]) or not renames_another_word(b, found[0])):
            pairs[b] = found[0]
    for b, a in sorted(pairs.items()):
        print(f"{b}\t{a}\t{stem(b)}\t{stem(a)}")


if __name__ == "__main__":
    main()
