#!/usr/bin/env python3
"""Times `concord compare` and its peers on the inputs of compare_make_inputs.py and prints
the comparison table (run by bench/compare_bench.sh; see bench/README.md, "compare").

Every command is timed as a whole process, output to /dev/null: with hyperfine when it is
installed (-N, one warm-up run, median of --runs), else with a Python loop (one warm-up
run, median of --runs, CPU = user+sys of the child from getrusage). The naive difflib
paragraph aligner runs once, untimed by hyperfine, and is stopped at --cap seconds.
After the timings, the Concord and naive-aligner outputs are read once more (untimed) to
print what they found, and their links are checked against the generator's truth.json.

usage: compare_report.py --concord PATH --inputs DIR [--runs 5] [--cap 120]
                         [--pairs all|consecutive] [--no-hyperfine]
"""

import argparse
import collections
import itertools
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
PEERS = os.path.join(BENCH_DIR, "compare_peers.py")


def log(message):
    print(f"[compare-bench] {message}", file=sys.stderr, flush=True)


class Timer:
    def __init__(self, runs, use_hyperfine, scratch):
        self.runs = runs
        self.hyperfine = shutil.which("hyperfine") if use_hyperfine else None
        self.scratch = scratch

    def describe(self):
        if self.hyperfine:
            version = subprocess.run([self.hyperfine, "--version"], capture_output=True,
                                     text=True).stdout.strip()
            return f"{version} -N, 1 warm-up + median of {self.runs} runs"
        return f"Python loop (no hyperfine), 1 warm-up + median of {self.runs} runs"

    def time(self, name, argv, ok_codes=(0,), runs=None):
        """Median wall seconds and CPU seconds (user+sys) of running argv."""
        runs = runs or self.runs
        if self.hyperfine:
            export = os.path.join(self.scratch, f"{name}.json")
            command = [self.hyperfine, "-N", "--style", "none", "--warmup", "1", "--runs",
                       str(runs), "--export-json", export]
            if any(code != 0 for code in ok_codes):
                command.append("--ignore-failure")
            # hyperfine -N splits the command line as a shell would: quote each word.
            command.append(" ".join(shell_quote(a) for a in argv))
            done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                  text=True)
            if done.returncode != 0:
                sys.exit(f"compare_report: hyperfine failed on {name}:\n{done.stderr}")
            result = json.load(open(export))["results"][0]
            bad = [c for c in result.get("exit_codes", []) if c not in ok_codes]
            if bad:
                sys.exit(f"compare_report: {name} exited with {bad[0]}")
            return result["median"], result["user"] + result["system"]
        walls, cpus = [], []
        for run in range(runs + 1):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            started = time.perf_counter()
            done = subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            wall = time.perf_counter() - started
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if done.returncode not in ok_codes:
                sys.exit(f"compare_report: {name} exited with {done.returncode}:\n"
                         f"{done.stderr.decode(errors='replace')}")
            if run > 0:  # the first run warms the caches
                walls.append(wall)
                cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        return statistics.median(walls), statistics.median(cpus)


def shell_quote(word):
    if word and all(c.isalnum() or c in "-_./=:,+@%" for c in word):
        return word
    return "'" + word.replace("'", "'\\''") + "'"


def run_once(argv, timeout=None):
    """Runs argv once; returns (seconds, exit status, stdout) or (seconds, None, '') when the
    timeout struck."""
    started = time.perf_counter()
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return time.perf_counter() - started, None, ""
    return time.perf_counter() - started, done.returncode, done.stdout


def loop_script(path, lines):
    """A bash script that runs each line (a command) in turn, for the N-pair cases."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("#!/usr/bin/env bash\n# written by bench/compare_report.py\n")
        for argv, ok in lines:
            command = " ".join(shell_quote(a) for a in argv)
            check = " || [[ $? == 1 ]] || exit 1" if 1 in ok else " || exit 1"
            f.write(f"{command} > /dev/null{check}\n")
        f.write("exit 0\n")
    return ["bash", path]


def concord_links(comparison, x, y):
    """(paragraph of statement x, paragraph of statement y) pairs that share a group."""
    links = set()
    for group in comparison["groups"]:
        xs = [m["paragraph"] for m in group["members"] if m["statement"] == x]
        ys = [m["paragraph"] for m in group["members"] if m["statement"] == y]
        links.update(itertools.product(xs, ys))
    return links


def quality(found, truth):
    hits = len(found & truth)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(truth) if truth else 0.0
    return f"links {len(found)}, precision {precision:.3f}, recall {recall:.3f} " \
           f"against the {len(truth)} of truth.json"


def group_summary(comparison):
    kinds = collections.Counter(g["kind"] for g in comparison["groups"])
    moved = sum(g["moved"] for g in comparison["groups"])
    orders = collections.Counter(o["order"] for o in comparison["orders"])
    paragraphs = [len(s["paragraphs"]) for s in comparison["statements"]]
    return (f"{len(comparison['groups'])} groups ({kinds['shared']} shared, "
            f"{kinds['partial']} partial, {kinds['unique']} unique, {moved} moved); "
            f"order {', '.join(f'{k} x{v}' for k, v in sorted(orders.items()))}; "
            f"paragraphs read {'/'.join(map(str, paragraphs)) if len(paragraphs) <= 2 else sum(paragraphs)}")


def fmt_seconds(s):
    return f"{s:.3f}" if s < 100 else f"{s:.1f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concord", required=True)
    parser.add_argument("--inputs", required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cap", type=float, default=120.0)
    parser.add_argument("--pairs", choices=["all", "consecutive"], default="all")
    parser.add_argument("--no-hyperfine", action="store_true")
    parser.add_argument("--goal-seconds", type=float, default=0.5,
                        help='what "well under a second" means for 2 x 1,000 paragraphs')
    args = parser.parse_args()

    inputs = json.load(open(os.path.join(args.inputs, "inputs.json")))
    a, b = (os.path.join(args.inputs, f) for f in inputs["two"]["files"])
    versions = [os.path.join(args.inputs, f) for f in inputs["ten"]["files"]]
    if args.pairs == "all":
        pairs = list(itertools.combinations(range(len(versions)), 2))
    else:
        pairs = [(i, i + 1) for i in range(len(versions) - 1)]
    # The outputs of the last run stay there for inspection (two.json, ten.json, scripts).
    scratch = os.path.join(args.inputs, "last-run")
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    timer = Timer(args.runs, not args.no_hyperfine, scratch)
    python = sys.executable or "python3"
    concord = [args.concord, "--db", "/nonexistent", "compare"]
    git = ["git", "diff", "--no-index", "--word-diff=porcelain"]

    # Concord's output, untimed, for the summaries; also checks that it runs at all.
    two_json = os.path.join(scratch, "two.json")
    ten_json = os.path.join(scratch, "ten.json")
    for argv, out in ((concord + ["--format", "json", a, b], two_json),
                      (concord + ["--format", "json"] + versions, ten_json)):
        with open(out, "w") as f:
            done = subprocess.run(argv, stdout=f, stderr=subprocess.PIPE, text=True)
        if done.returncode != 0:
            sys.exit(f"compare_report: {' '.join(argv)} failed:\n{done.stderr}")
    two = json.load(open(two_json))
    ten = json.load(open(ten_json))
    truth = {tuple(link) for link in json.load(open(os.path.join(args.inputs, "two/truth.json")))["links"]}

    rows_two, rows_ten = [], []
    log(f"timing 2 x {inputs['two']['paragraphs'][0]} paragraphs ({timer.describe()})")
    wall, cpu = timer.time("concord-json", concord + ["--format", "json", a, b])
    rows_two.append(["concord compare --format json", wall, cpu,
                     "yes: " + group_summary(two)])
    wall, cpu = timer.time("concord-text", concord + ["--format", "text", a, b])
    rows_two.append(["concord compare --format text", wall, cpu, "yes: same groups, as text"])
    _, _, out = run_once([python, PEERS, "words", a, b])
    wall, cpu = timer.time("difflib-words", [python, PEERS, "words", a, b])
    ops = dict(kv.split("=") for kv in out.split())
    rows_two.append(["difflib SequenceMatcher, words (i)", wall, cpu,
                     f"no: {ops['opcodes']} word opcodes over the whole texts"])
    _, _, out = run_once(git + [a, b])
    hunks = sum(line.startswith("@@") for line in out.splitlines())
    wall, cpu = timer.time("git-word-diff", git + [a, b], ok_codes=(0, 1))
    rows_two.append(["git diff --no-index --word-diff", wall, cpu,
                     f"no: {hunks} hunks; identical lines (paragraphs) only are matched"])
    # What no amount of work on the algorithms removes: the process start, most of it the
    # dynamic loading of the libraries (Xapian, ICU, poppler and their dependencies).
    start_wall, _ = timer.time("concord-start", [args.concord, "--version"])
    libraries = sum("=>" in line or line.lstrip().startswith("/")
                    for line in run_once(["ldd", args.concord])[2].splitlines())
    log(f"naive difflib paragraph aligner: one run, cap {args.cap:g} s")
    naive_links = os.path.join(scratch, "naive-links.json")
    wall, status, out = run_once([python, PEERS, "naive", a, b, "--cap", f"{args.cap:g}",
                                  "--links", naive_links], timeout=args.cap + 30)
    if status == 0:
        found = {(x, y) for x, y, _ in json.load(open(naive_links))}
        rows_two.append(["difflib naive paragraph aligner (ii)", wall, None,
                         "yes: one-to-one, no split/merge; " + quality(found, truth)])
    elif status in (3, None):
        rows_two.append(["difflib naive paragraph aligner (ii)", None, None,
                         f"> cap: stopped after {args.cap:g} s"])
    else:
        sys.exit(f"compare_report: the naive aligner failed ({status})")

    log(f"timing {len(versions)} x {inputs['ten']['paragraphs'][0]} paragraphs, "
        f"{len(pairs)} {args.pairs} pairs")
    wall, cpu = timer.time("concord-nway", concord + ["--format", "json"] + versions)
    rows_ten.append([f"concord compare, {len(versions)}-way, one call", wall, cpu,
                     "yes: " + group_summary(ten)])
    script = loop_script(os.path.join(scratch, "concord-pairs.sh"),
                         [(concord + ["--format", "json", versions[i], versions[j]], (0,))
                          for i, j in pairs])
    wall, cpu = timer.time("concord-pairs", script)
    rows_ten.append([f"concord compare, {len(pairs)} pair calls", wall, cpu,
                     "yes: per pair (not grouped across all)"])
    wall, cpu = timer.time("difflib-pairs", [python, PEERS, "pairs", "--pairs", args.pairs]
                           + versions)
    rows_ten.append([f"difflib words (i), {len(pairs)} pairs, 1 process", wall, cpu,
                     "no: word opcodes per pair"])
    script = loop_script(os.path.join(scratch, "git-pairs.sh"),
                         [(git + [versions[i], versions[j]], (0, 1)) for i, j in pairs])
    wall, cpu = timer.time("git-pairs", script, ok_codes=(0,))
    rows_ten.append([f"git diff --word-diff, {len(pairs)} pair calls", wall, cpu,
                     "no: identical lines only, per pair"])

    load = open("/proc/loadavg").read().split()[0]
    revision = subprocess.run(["git", "-C", BENCH_DIR, "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True).stdout.strip() or "?"
    print()
    print(f"Concord compare vs difflib and git diff — {time.strftime('%Y-%m-%dT%H:%MZ', time.gmtime())}, "
          f"{os.cpu_count()} cores, load {load}, {revision}")
    print(f"inputs: {args.inputs} (seed {inputs['seed']}, from {inputs['corpus']}); "
          f"timing: {timer.describe()}; whole processes, output to /dev/null")
    print("ratio = peer seconds / concord seconds (above 1: Concord is faster)")

    def table(title, rows, reference, second=None):
        print()
        print(title)
        header = f"  {'tool':<44} {'wall s':>8} {'cpu s':>8} {'ratio':>7}"
        if second:
            header += f" {'ratio2':>7}"
        print(header + "  paragraph alignment")
        for name, wall, cpu, note in rows:
            ratio = f"{wall / reference:.2f}" if wall is not None else ">cap"
            line = (f"  {name:<44} {fmt_seconds(wall) if wall is not None else '>' + fmt_seconds(args.cap):>8} "
                    f"{fmt_seconds(cpu) if cpu is not None else '-':>8} {ratio:>7}")
            if second:
                line += f" {wall / second:>7.2f}" if wall is not None else f" {'>cap':>7}"
            print(line + "  " + note)

    w = inputs["two"]["words"]
    edits = inputs["two"]["edits"]
    table(f"2 x {inputs['two']['paragraphs'][0]} paragraphs: two/A.txt, two/B.txt "
          f"({w[0]}/{w[1]} words; B = A with {', '.join(f'{v} {k}' for k, v in edits.items())}); "
          f"ratio against concord --format json", rows_two, rows_two[0][1])
    table(f"{len(versions)} x {inputs['ten']['paragraphs'][0]} paragraphs: ten/V01..V{len(versions):02d} "
          f"(versions of one text); ratio against the one {len(versions)}-way call, "
          f"ratio2 against the {len(pairs)} concord pair calls", rows_ten, rows_ten[0][1],
          rows_ten[1][1])

    print()
    print(f"concord 2 x {inputs['two']['paragraphs'][0]}: {group_summary(two)}")
    read = [len(st["paragraphs"]) for st in two["statements"]]
    if read != inputs["two"]["paragraphs"]:
        print(f"concord 2 x {inputs['two']['paragraphs'][0]}: read {'/'.join(map(str, read))} "
              f"paragraphs where the inputs have {'/'.join(map(str, inputs['two']['paragraphs']))}: "
              "truth.json's indexes do not apply (regenerate the inputs)")
    else:
        print(f"concord 2 x {inputs['two']['paragraphs'][0]}: "
              f"{quality(concord_links(two, 0, 1), truth)}")
    print(f"concord {len(versions)}-way: {group_summary(ten)}")
    concord_two = rows_two[0][1]
    peers = {name: wall for name, wall, _, _ in rows_two[2:]}
    slower = [name for name, wall in peers.items() if wall is not None and wall < concord_two]
    goal = "met" if concord_two < args.goal_seconds else (
        "NOT met (under 1 s, not well under)" if concord_two < 1 else "NOT met")
    print(f"goal: 2 x {inputs['two']['paragraphs'][0]} paragraphs well under a second "
          f"(< {args.goal_seconds:g} s): {concord_two:.3f} s -> {goal}")
    print(f"goal: faster than every peer on 2 x {inputs['two']['paragraphs'][0]}: "
          + ("met" if not slower else "NOT met: faster than Concord: " + "; ".join(slower)))
    print(f"process start: concord --version takes {start_wall:.3f} s ({libraries} shared "
          f"libraries loaded), git's whole word diff {peers['git diff --no-index --word-diff']:.3f} s")
    peers_ten = {name: wall for name, wall, _, _ in rows_ten[2:]}
    slower_ten = [name for name, wall in peers_ten.items() if wall < rows_ten[0][1]]
    print(f"goal: faster than every peer on {len(versions)} x {inputs['ten']['paragraphs'][0]} "
          f"({len(versions)}-way call): "
          + ("met" if not slower_ten else "NOT met: faster than Concord: " + "; ".join(slower_ten)))


if __name__ == "__main__":
    main()
