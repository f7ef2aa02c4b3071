#!/usr/bin/env python3
"""Writes a deterministic synthetic corpus of UN-style resolutions for bench/run_bench.sh.

Used when ../shared/corpus (the real UN bulk archives) is absent. Each file is a .txt
resolution: a cover page, preambular paragraphs ("Recalling ...") and numbered operative
paragraphs ("3. Calls upon ..."), blocks separated by blank lines, as in the derived UN
texts. The same seed always gives the same files, so runs stay comparable.

usage: generate_corpus.py OUT_DIR [--paragraphs N] [--seed S]
"""

import argparse
import os
import random

PREAMBULAR = [
    "Recalling", "Reaffirming", "Recognizing", "Noting with concern", "Welcoming",
    "Expressing deep concern", "Bearing in mind", "Emphasizing", "Stressing", "Taking note of",
    "Deeply concerned", "Guided by", "Acknowledging", "Underlining", "Noting also",
]
OPERATIVE = [
    "Decides", "Calls upon", "Urges", "Requests the Secretary-General", "Condemns",
    "Encourages", "Demands", "Invites", "Reiterates", "Welcomes", "Affirms", "Expresses",
    "Emphasizes", "Authorizes", "Strongly condemns", "Further decides",
]
PHRASES = [
    "the sovereignty, independence and territorial integrity of all States",
    "international humanitarian law and international human rights law",
    "the maintenance of international peace and security",
    "the protection of civilians in armed conflict",
    "the right of peoples to self-determination",
    "the full, equal and meaningful participation of women",
    "the Sustainable Development Goals and the 2030 Agenda for Sustainable Development",
    "the unilateral coercive measures imposed on developing countries",
    "the elimination of weapons of mass destruction, including nuclear weapons",
    "the arms embargo established by its previous resolutions",
    "the mandate of the United Nations peacekeeping operation",
    "safe, rapid and unimpeded humanitarian access",
    "the return of refugees and internally displaced persons",
    "sexual and gender-based violence in conflict",
    "the fight against terrorism and its financing",
    "a comprehensive ceasefire and the cessation of hostilities",
    "the adverse effects of climate change on stability",
    "the sanctions measures imposed under Chapter VII of the Charter",
    "the Charter of the United Nations and the principles of international law",
    "a zone of peace and cooperation in the region",
    "the use of mercenaries as a means of violating human rights",
    "the economic, commercial and financial embargo",
    "the reports of the Secretary-General on the situation",
    "the promotion of a democratic and equitable international order",
    "the rule of law at the national and international levels",
]
PLACES = [
    "Haiti", "Cyprus", "Colombia", "Western Sahara", "Libya", "Somalia", "Mali", "Sudan",
    "South Sudan", "Afghanistan", "Iraq", "Yemen", "the Central African Republic",
    "the Democratic Republic of the Congo", "Lebanon", "the Syrian Arab Republic", "Cuba",
]
BODIES = ["General Assembly", "Security Council"]
FILLER = (
    "all Member States relevant regional organizations the international community the parties "
    "concerned national authorities civil society the Government transitional institutions "
    "the Special Representative the Panel of Experts the Committee the Human Rights Council "
    "effective measures further steps concrete action full cooperation timely reports "
    "in accordance with its obligations without delay at all levels in close consultation "
    "with a view to in particular as appropriate within existing resources"
).split()


def word_salad(rng, n):
    # Pseudo-words widen the vocabulary, as real text does, without touching the query terms.
    words = []
    for _ in range(n):
        if rng.random() < 0.15:
            words.append("".join(rng.choice("abcdefghiklmnoprstuvz") for _ in range(rng.randint(4, 11))))
        else:
            words.append(rng.choice(FILLER))
    return " ".join(words)


def paragraph(rng, operative_number):
    phrase = rng.choice(PHRASES)
    place = rng.choice(PLACES)
    tail = word_salad(rng, rng.randint(8, 45))
    if operative_number is None:
        return f"{rng.choice(PREAMBULAR)} {phrase}, and the situation in {place}, {tail},"
    return f"{operative_number}. {rng.choice(OPERATIVE)} {tail} regarding {phrase} in {place};"


def write_file(path, rng, index, paragraphs):
    body = rng.choice(BODIES)
    year = 2000 + index % 26
    lines = [
        f"S/RES/{1000 + index} ({year})" if body == "Security Council" else f"A/RES/{year - 1945}/{index}",
        body,
        f"Resolution adopted by the {body} on {rng.randint(1, 28)} December {year}",
        f"{index}. Synthetic resolution on {rng.choice(PLACES)}",
        f"The {body},",
    ]
    preambular = paragraphs // 2
    for _ in range(preambular):
        lines.append(paragraph(rng, None))
    for n in range(1, paragraphs - len(lines) + 1):
        lines.append(paragraph(rng, n))
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n\n".join(lines) + "\n")
    return len(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--paragraphs", type=int, default=210000)
    parser.add_argument("--seed", type=int, default=20260101)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = os.path.join(args.out_dir, "synthetic-resolutions")
    os.makedirs(folder, exist_ok=True)
    total = 0
    index = 0
    while total < args.paragraphs:
        index += 1
        per_file = rng.randint(15, 80)
        total += write_file(os.path.join(folder, f"SYN_RES_{index:05d}.txt"), rng, index, per_file)
    print(f"generated {index} files, {total} paragraphs in {folder}")


if __name__ == "__main__":
    main()
