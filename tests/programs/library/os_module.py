# os: sep, urandom's length and type, and an OSError from listdir (no filesystem on the boards).
import os

print(os.sep, len(os.urandom(8)), type(os.urandom(4)).__name__, len(os.urandom(0)))
try:
    os.listdir("/nonexistent-dir-xyz")
    print("listed")
except OSError as e:
    print(isinstance(e, OSError))
