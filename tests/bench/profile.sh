#!/bin/sh
# Profiles a Python program compiled by mpyc: guest instructions per function on QEMU (tests/bench/profile.c + profile.py).
#
# Usage: tests/bench/profile.sh PROGRAM.py [BOARD] [profile.py options...]
#   BOARD defaults to qemu (any board whose targets/BOARD.toml, or a board it inherits, has an
#   [emulator]). Options after it go to profile.py: -n N (top N, default 40), --lines FUNC
#   (FUNC's disassembly with per-instruction counts), --mangled.
#
# The window: by default the instructions between the FIRST and SECOND calls of rt_print, i.e.
# from the start of the program's first print() (counted) to the start of its second (not
# counted). The same window as the first "icount N" line of tests/bench/icount.c.
#   MARK=sym|0xADDR   another marker function (default rt_print); MARK=none counts the whole run
#   NTH=K             between the K-th and (K+1)-th marker calls instead (default 1); for
#                     kernels as the benchmark test assembles them (../shared/bench/kernels/k_*.py followed by
#                     print(1), print(2), print(bench())): NTH=2 is bench()
#   CHECK=1           also run icount.c on the same window and show its count beside ours
#   CODE=bytecode     profile the program compiled to bytecode (or auto; default native)
# If the marker is not in the firmware or never runs, the whole run is counted; if it runs only
# NTH times, the window goes on to the end.
#
# Files: /tmp/mpyc-profile.so (plugin), /tmp/prof.elf (firmware), /tmp/prof.txt ("pc count"
# lines), /tmp/prof.out (the program's output), /tmp/prof.log (QEMU's log: the plugin's line).
#
# icount.c counts whole translation blocks when they start; under -icount, a block whose
# memory-mapped I/O access (UART) is not its last instruction is abandoned at that access and
# the rest runs as a new block, so icount.c counts the instructions after the access twice
# (mps2 write_out: 4 per character printed). profile.c counts each instruction when it runs, so
# its total is that much lower over a window that prints; elsewhere they are equal.
set -eu

usage() {
    sed -n '4,7p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
}
[ $# -ge 1 ] || usage
program=$1
shift
board=qemu
if [ $# -ge 1 ] && [ "${1#-}" = "$1" ]; then
    board=$1
    shift
fi

root=$(cd "$(dirname "$0")/../.." && pwd)
mpyc=${MPYC:-$root/target/release/mpyc}
mark=${MARK:-rt_print}
nth=${NTH:-1}
plugin=/tmp/mpyc-profile.so
elf=/tmp/prof.elf
prof=/tmp/prof.txt

# The board's emulator command, {elf} filled in, one argument per line (boards inherit).
emulator=$(python3 - "$root/targets" "$board" "$elf" <<'EOF'
import sys, tomllib
targets, board, elf = sys.argv[1:]
name = board
while name:
    try:
        f = open(f"{targets}/{name}.toml", "rb")
    except FileNotFoundError:
        sys.exit(f"profile.sh: no board {name} (targets/{name}.toml)")
    with f:
        t = tomllib.load(f)
    if "emulator" in t:
        for a in t["emulator"]["command"]:
            print(a.replace("{elf}", elf))
        break
    name = t.get("inherits")
else:
    sys.exit(f"profile.sh: board {board} has no [emulator]")
EOF
)

cc -shared -fPIC -O2 -o "$plugin" "$root/tests/bench/profile.c"
"$mpyc" build "$program" --board "$board" --code "${CODE:-native}" -o "$elf"

# The marker's address, Thumb bit cleared; empty for the whole run.
addr=""
case "$mark" in
none | "") ;;
0x* | 0X*) addr=$(printf '0x%x' $(($mark & ~1))) ;;
*)
    hex=$(arm-none-eabi-nm --defined-only "$elf" | awk -v s="$mark" '$3 == s { print $1; exit }')
    if [ -n "$hex" ]; then
        addr=$(printf '0x%x' $((0x$hex & ~1)))
    else
        echo "profile.sh: no symbol $mark in the firmware: counting the whole run" >&2
    fi
    ;;
esac

run() { # run PLUGIN-ARGS: QEMU with the plugin; output to /tmp/prof.out, log to /tmp/prof.log
    old_ifs=$IFS
    IFS='
'
    # shellcheck disable=SC2086
    set -- $emulator -icount shift=0,sleep=off -plugin "$1" -d plugin
    IFS=$old_ifs
    status=0
    "$@" >/tmp/prof.out 2>/tmp/prof.log || status=$?
}

rm -f "$prof"
if [ -n "$addr" ]; then
    run "$plugin,mark=$addr,nth=$nth,out=$prof"
    if grep -q "window never opened" /tmp/prof.log; then
        echo "profile.sh: $mark ran fewer than $nth times: counting the whole run" >&2
        addr=""
    fi
fi
if [ -z "$addr" ]; then
    run "$plugin,out=$prof"
fi
[ "$status" -eq 0 ] || echo "profile.sh: the program exited with status $status (output: /tmp/prof.out)" >&2
grep '^profile:' /tmp/prof.log >&2 || { cat /tmp/prof.log >&2; exit 1; }

if [ "${CHECK:-0}" = 1 ]; then
    if [ -n "$addr" ]; then
        cc -shared -fPIC -O2 -fvisibility=hidden -o /tmp/mpyc-icount.so "$root/tests/bench/icount.c"
        run "/tmp/mpyc-icount.so,mark=$addr"
        n=$(grep '^icount ' /tmp/prof.log | sed -n "${nth}p" | cut -d' ' -f2)
        echo "icount.c, same window: ${n:-no figure (the window reaches the end of the run)}" >&2
    else
        echo "CHECK=1: icount.c needs a marker; none for this run" >&2
    fi
fi

python3 "$root/tests/bench/profile.py" "$elf" "$prof" "$@"
