# select and sys.stdin on a board's console: a poll that finds nothing, one that waits for the
# keys tests/programs.rs types after "ready", then reads of characters and a line (Enter's CR
# ends it), and a select that times out.
import select
import sys

p = select.poll()
p.register(sys.stdin, select.POLLIN)
print(p.poll(0), p.poll(20))
print("ready")
ready = p.poll(10000)
print(len(ready), ready[0][0] is sys.stdin, ready[0][1])
print(repr(sys.stdin.read(3)), repr(sys.stdin.read(1)))
print(repr(sys.stdin.readline()))
print(select.select([sys.stdin], [sys.stdout], [], 0.05))
print("more")
for line in sys.stdin:
    print("line", repr(line))
    if line == "end\n":
        break
print("done")
# A prompt without a line end shows before the read waits; a broken UTF-8 sequence reads as
# U+FFFD without swallowing the next character.
print("> ", end="")
print(repr(sys.stdin.read(2)), repr(sys.stdin.readline()))
