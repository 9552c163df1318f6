#!/usr/bin/env python3
# Turns profile.c's "pc count" output into a per-function table of guest instructions, or (--lines FUNC) one function's disassembly with per-instruction counts.
"""Usage:
  profile.py ELF PROFILE [-n N] [--mangled]      top N functions (default 40) and the total
  profile.py ELF PROFILE --lines FUNC            FUNC's disassembly, each instruction with its count

PROFILE is what tests/bench/profile.c writes (out=PATH): one "pc count" line per instruction
(hex pc, decimal count). Functions come from `arm-none-eabi-nm -n --defined-only -S ELF`
(text symbols; Thumb bit 0 cleared); names are demangled by arm-none-eabi-c++filt with Rust's
hashes and crate disambiguators dropped. FUNC is a demangled or raw symbol name, or failing an
exact match, a substring that picks one function. Standard library only.
"""
import argparse
import bisect
import re
import subprocess
import sys

TOOL = "arm-none-eabi-"


def tidy(name):
    """A demangled name without Rust's noise: `::h<hash>`, `[crate hash]`, `.llvm.N` clones."""
    name = re.sub(r"::h[0-9a-f]{16}\b", "", name)
    name = re.sub(r"\[[0-9a-f]{8,}\]", "", name)
    name = re.sub(r"(\.llvm\.\d+| \[clone \.llvm\.\d+\])", "", name)
    return name


class Symbol:
    def __init__(self, addr, size, raw):
        self.addr, self.size, self.raw, self.name = addr, size, raw, raw


def symbols(elf):
    out = subprocess.run([TOOL + "nm", "-n", "--defined-only", "-S", elf], check=True, capture_output=True, text=True).stdout
    syms = []
    for line in out.splitlines():
        f = line.split()
        if len(f) == 4:
            addr, size, kind, raw = int(f[0], 16), int(f[1], 16), f[2], f[3]
        elif len(f) == 3:
            addr, size, kind, raw = int(f[0], 16), 0, f[1], f[2]
        else:
            continue
        if kind in "TtWw":
            syms.append(Symbol(addr & ~1, size, raw))
    names = subprocess.run([TOOL + "c++filt"], input="".join(s.raw + "\n" for s in syms), check=True,
                           capture_output=True, text=True).stdout.splitlines()
    if len(names) == len(syms):
        for s, n in zip(syms, names):
            s.name = tidy(n)
    syms.sort(key=lambda s: (s.addr, -s.size))
    # Aliases (two names, one address): keep the first, which has the largest size.
    unique = []
    for s in syms:
        if unique and unique[-1].addr == s.addr:
            continue
        unique.append(s)
    return unique


def read_profile(path):
    counts = {}
    with open(path) as f:
        for line in f:
            f2 = line.split()
            if len(f2) == 2:
                counts[int(f2[0], 16)] = counts.get(int(f2[0], 16), 0) + int(f2[1])
    return counts


def attribute(syms, counts):
    """Instructions per function; a pc outside every sized symbol goes to `<unknown>` (or to the
    size-less symbol before it, named with a `?`)."""
    starts = [s.addr for s in syms]
    per = {}
    for pc, n in counts.items():
        i = bisect.bisect_right(starts, pc) - 1
        if i < 0:
            key = "<unknown>"
        else:
            s = syms[i]
            if pc < s.addr + s.size:
                key = s
            elif s.size == 0:
                key = s.name + " ?"
            else:
                key = "<unknown>"
        per[key] = per.get(key, 0) + n
    return per


def label(key, mangled):
    if isinstance(key, Symbol):
        return key.raw if mangled else key.name
    return key


def table(syms, counts, top, mangled):
    per = attribute(syms, counts)
    total = sum(counts.values())
    rows = sorted(per.items(), key=lambda kv: -kv[1])
    print(f"{'instructions':>14} {'%':>7} {'cum %':>7}  function")
    cum = 0
    for key, n in rows[:top]:
        cum += n
        print(f"{n:>14,} {100 * n / total:>6.2f}% {100 * cum / total:>6.2f}%  {label(key, mangled)}")
    if len(rows) > top:
        rest = sum(n for _, n in rows[top:])
        print(f"{rest:>14,} {100 * rest / total:>6.2f}%          ({len(rows) - top} more functions)")
    print(f"{total:>14,} {100.0:>6.2f}%          total ({len(rows)} functions)")


def find(syms, func):
    exact = [s for s in syms if func in (s.name, s.raw)]
    if exact:
        return exact[0]
    part = [s for s in syms if func in s.name or func in s.raw]
    if len(part) == 1:
        return part[0]
    if not part:
        sys.exit(f"profile.py: no function matches {func!r}")
    listing = "\n  ".join(s.name for s in part[:30])
    sys.exit(f"profile.py: {len(part)} functions match {func!r}; say which:\n  {listing}")


def lines(elf, syms, counts, func):
    s = find(syms, func)
    end = s.addr + max(s.size, 2)
    if s.size == 0:
        nxt = [t.addr for t in syms if t.addr > s.addr]
        end = nxt[0] if nxt else s.addr + 2
    dis = subprocess.run([TOOL + "objdump", "-d", "-C", f"--start-address={s.addr:#x}", f"--stop-address={end:#x}", elf],
                         check=True, capture_output=True, text=True).stdout
    inside = {pc: n for pc, n in counts.items() if s.addr <= pc < end}
    fn_total = sum(inside.values())
    total = sum(counts.values())
    share = f"{100 * fn_total / total:.2f}% of {total:,}" if total else "no instructions counted"
    print(f"{s.name}  [{s.addr:#x}, {end:#x})  {fn_total:,} instructions ({share})")
    print(f"{'count':>12} {'% fn':>6}  disassembly")
    seen = set()
    insn = re.compile(r"^\s*([0-9a-f]+):\t")
    for line in dis.splitlines():
        m = insn.match(line)
        if not m:
            if line.endswith(">:"):
                print(f"{'':>12} {'':>6}  {line}")
            continue
        pc = int(m.group(1), 16)
        n = inside.get(pc)
        seen.add(pc)
        if n:
            print(f"{n:>12,} {100 * n / fn_total:>5.1f}%  {line.rstrip()}")
        else:
            print(f"{'':>12} {'':>6}  {line.rstrip()}")
    stray = {pc: n for pc, n in inside.items() if pc not in seen}
    for pc, n in sorted(stray.items()):
        print(f"{n:>12,} {100 * n / fn_total:>5.1f}%  {pc:8x}: (counted, but not an instruction objdump shows)")


def main():
    ap = argparse.ArgumentParser(description="Per-function guest instruction counts from profile.c's output.")
    ap.add_argument("elf")
    ap.add_argument("profile")
    ap.add_argument("-n", "--top", type=int, default=40, help="functions to list (default 40)")
    ap.add_argument("--lines", metavar="FUNC", help="one function's disassembly with per-instruction counts")
    ap.add_argument("--mangled", action="store_true", help="show raw symbol names")
    a = ap.parse_args()
    syms = symbols(a.elf)
    counts = read_profile(a.profile)
    if not counts:
        sys.exit("profile.py: the profile is empty (did the marker's window open?)")
    if a.lines:
        lines(a.elf, syms, counts, a.lines)
    else:
        table(syms, counts, a.top, a.mangled)


if __name__ == "__main__":
    main()
