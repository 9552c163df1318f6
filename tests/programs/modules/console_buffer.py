# sys.stdout.buffer and sys.stderr.buffer write bytes; sys.stdin.buffer reads them. (Each
# switch between the text and the bytes of stdout flushes first, as CPython needs.)
import sys

out = sys.stdout.buffer
n = out.write(b"raw bytes\n")
out.write(bytearray(b"from a bytearray\n"))
out.write(memoryview(b"a view\n"))
out.flush()
print(n, type(sys.stdin.buffer).__name__)
print(sys.stdin.buffer.readable(), out.writable(), out.readable())
try:
    out.write("text")
except TypeError as e:
    print("TypeError", e)
sys.stdout.flush()
out.write(b"".join(b"%d," % i for i in range(5)) + b"\n")
out.flush()
