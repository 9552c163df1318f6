# os.path on path strings, as CPython's posixpath: join, split, basename, dirname, splitext,
# normpath, isabs, abspath, relpath, commonprefix; `import os.path` and `from os.path import`.
import os
import os.path
from os.path import join, splitext

for parts in [("a", "b"), ("a/", "b"), ("/a", "/b", "c"), ("", "x"), ("a", ""), ("a", "b", "c.txt")]:
    print(parts, repr(os.path.join(*parts)))
for p in ["a/b/c.txt", "/a", "a", "/", "", "a/", "//x//y", "///z", "a//b"]:
    print(repr(p), os.path.split(p), repr(os.path.basename(p)), repr(os.path.dirname(p)))
for p in ["a.txt", "a.tar.gz", ".profile", "..x", "dir.d/file", "dir/.hidden.txt", "noext", "a."]:
    print(repr(p), splitext(p))
for p in ["", ".", "a/./b", "a/../b", "../a", "/../a", "//a/b", "///a", "a/b/../../..", "/a/b/", "a//b"]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.abspath("/a/b/../c"))
print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/a", "/a"))
print(repr(os.path.commonprefix(["interspecies", "interstellar", "interstate"])), repr(os.path.commonprefix([])))
print(os.path.sep, os.sep, os.path.curdir, os.path.pardir, join("x", "y") == os.path.join("x", "y"))
try:
    os.path.join("a", 3)
except TypeError as e:
    print("TypeError", e)
print(os.path.exists("/surely/not/here.txt"), os.path.isfile("/surely/not/here.txt"), os.path.isdir("/surely/not/"))
