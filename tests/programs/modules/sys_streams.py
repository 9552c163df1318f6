# sys.stdout and sys.stderr: write (returns the count of characters), flush, print(file=),
# errors for what is not a str.
import sys
n = sys.stdout.write("héllo\n")
print(n)
print("to", "stdout", file=sys.stdout, sep="-")
sys.stdout.flush()
print(sys.stderr.write(""), hasattr(sys.stderr, "flush"))
try:
    sys.stdout.write(b"x")
except TypeError as e:
    print("TypeError", e)
out = sys.stdout
out.write("via a name\n")
