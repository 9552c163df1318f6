# sys.stdout / sys.stderr / sys.stdin as text streams: their attributes and writelines.
import sys

sys.stdout.writelines(["a\n", "b", "c\n"])
sys.stdout.writelines(x + "\n" for x in "xyz")
print(sys.stdout.writable(), sys.stdout.readable())
print(sys.stdin.readable(), sys.stdin.writable())
print(sys.stdout.encoding, sys.stderr.errors, sys.stdout.closed)
print(sys.stdin.name, sys.stdout.name, sys.stderr.name, sys.stdin.mode, sys.stdout.mode)
try:
    sys.stdout.writelines([1])
except TypeError as e:
    print("TypeError", e)
print(hasattr(sys.stdin, "readlines"), hasattr(sys.stdout, "writelines"), hasattr(sys.stdout, "isatty"))
