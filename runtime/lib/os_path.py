# os.path: CPython's posixpath for the path strings themselves (join, split, basename,
# dirname, splitext, normpath, isabs, abspath, relpath, commonprefix), compiled with the
# program only when it imports os. A board has no filesystem: the questions about files
# (exists, isfile, isdir, getsize) answer as for an empty one, as os.stat raises.
import os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."


def _check(p):
    if isinstance(p, (str, bytes)):
        return p
    if hasattr(p, "__fspath__"):
        return p.__fspath__()
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)


def isabs(s):
    return _check(s).startswith("/")


def join(a, *p):
    for x in (a,) + p:
        if not isinstance(x, (str, bytes)) and not hasattr(x, "__fspath__"):
            raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'"
                            % type(x).__name__)
    path = _check(a)
    for b in p:
        b = _check(b)
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _check(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def basename(p):
    p = _check(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    p = _check(p)
    slash = p.rfind("/")
    dot = p.rfind(".")
    if dot > slash:
        # A leading dot (".profile") is no extension.
        i = slash + 1
        while i < dot:
            if p[i] != ".":
                return p[:dot], p[dot:]
            i += 1
    return p, p[:0]


def normpath(path):
    path = _check(path)
    if path == "":
        return "."
    initial = 1 if path.startswith("/") else 0
    # POSIX keeps two leading slashes, and makes three or more one.
    if initial and path.startswith("//") and not path.startswith("///"):
        initial = 2
    comps = path.split("/")
    new = []
    for comp in comps:
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not new) or (new and new[-1] == ".."):
            new.append(comp)
        elif new:
            new.pop()
    path = "/".join(new)
    if initial:
        path = "/" * initial + path
    return path or "."


def abspath(path):
    path = _check(path)
    if not isabs(path):
        path = join(os.getcwd(), path)
    return normpath(path)


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = "." if start is None else start
    start_list = [x for x in abspath(start).split("/") if x]
    path_list = [x for x in abspath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [".."] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return "."
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def exists(path):
    return False


def isfile(path):
    return False


def isdir(path):
    return False


def getsize(filename):
    return os.stat(filename).st_size
