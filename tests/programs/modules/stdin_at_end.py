# sys.stdin at its end (the tests run with stdin empty; `mpyc run --board qemu` gives the board
# a Ctrl-D for each read after the end of its stdin): every read gives nothing, input() raises
# EOFError.
import sys

print(repr(sys.stdin.read()), repr(sys.stdin.readline()), sys.stdin.readlines(), list(sys.stdin))
print(repr(sys.stdin.buffer.read()), repr(sys.stdin.buffer.readline()), sys.stdin.buffer.readlines())
print(repr(sys.stdin.buffer.read(3)), list(sys.stdin.buffer))
for _ in range(2):
    try:
        input("> ")
    except EOFError as e:
        print("EOFError", e)
