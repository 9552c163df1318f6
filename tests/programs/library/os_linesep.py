# os.linesep.
import os

print(repr(os.linesep), os.linesep == "\n", len(os.linesep))
print(repr("a" + os.linesep + "b"), repr(os.sep))
print("x".join(["1", "2"]) + os.linesep, end="")
