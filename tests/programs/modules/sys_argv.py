# runs on the host only: sys.argv holds the program's path, as CPython's (a board's program
# has an empty sys.argv, as MicroPython's).
import sys

print(len(sys.argv), sys.argv[0].endswith("sys_argv.py"))
if len(sys.argv) == 1:
    print("no arguments")
