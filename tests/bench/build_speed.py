#!/usr/bin/env python3
"""Build speed: how long `mpyc build` takes (parse to ELF, the runtime already built) for
generated programs of 200 to 10,000 lines, each a module of functions and classes of the kinds
users write (loops, dicts, strings, methods, exceptions). The best of five runs, on every core
of the machine (the backend compiles functions in parallel) and pinned to one core.

Usage: python3 tests/bench/build_speed.py [MPYC] [BOARD]   (defaults: target/release/mpyc, qemu)
Prints a Markdown table: lines, functions, seconds (all cores, one core), microseconds per
line (all cores). Not a timed test:
the figures are reported in docs/benchmarks.md by hand.
"""
import os
import subprocess
import sys
import tempfile
import time

UNIT = '''
def work_{i}(items, scale):
    total = 0
    seen = {{}}
    for k, x in enumerate(items):
        if x % 3 == {m}:
            total += x * scale
        elif x in seen:
            total -= seen[x]
        else:
            seen[x] = k
    return total, len(seen)


class Shape_{i}:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def describe(self):
        try:
            ratio = self.w / self.h
        except ZeroDivisionError:
            ratio = 0.0
        return "shape {i}: %d x %d (%.2f)" % (self.w, self.h, ratio)
'''
UNIT_LINES = UNIT.count("\n")
MAIN = '''
results = []
for i in range({n}):
    results.append(i)
print(work_0(results, 2), Shape_0(3, 4).describe())
'''


def program(lines):
    units = max(1, lines // UNIT_LINES)
    text = "".join(UNIT.format(i=i, m=i % 3) for i in range(units)) + MAIN.format(n=units)
    return text, units


def best_of(cmd, runs=5):
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        t = time.perf_counter() - start
        best = t if best is None else min(best, t)
    return best


def main():
    mpyc = sys.argv[1] if len(sys.argv) > 1 else "target/release/mpyc"
    board = sys.argv[2] if len(sys.argv) > 2 else "qemu"
    pin = ["taskset", "-c", "0"] if os.path.exists("/usr/bin/taskset") else []
    with tempfile.TemporaryDirectory() as d:
        print(f"| lines | functions and methods | build (s), {os.cpu_count()} cores | build (s), 1 core | µs per line |")
        print("|---|---|---|---|---|")
        for lines in (200, 1000, 2000, 5000, 10000):
            text, units = program(lines)
            src = os.path.join(d, f"p{lines}.py")
            with open(src, "w") as f:
                f.write(text)
            out = os.path.join(d, "p.elf")
            cmd = [mpyc, "build", src, "--board", board, "-o", out]
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)  # warm the page cache
            t = best_of(cmd)
            t1 = best_of(pin + cmd) if pin else t
            n = text.count("\n")
            print(f"| {n} | {units * 4} | {t:.3f} | {t1:.3f} | {t / n * 1e6:.0f} |")


if __name__ == "__main__":
    main()
