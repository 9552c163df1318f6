# os: MicroPython's os module for a board without a filesystem: uname, urandom, getcwd,
# environ/getenv; every file and directory operation raises OSError(ENODEV, "no filesystem").
# os.path (os_path.py) works on path strings.
import collections
import errno
import random
import sys
import os.path as path

sep = "/"
linesep = "\n"
environ = {}

uname_result = collections.namedtuple(
    "uname_result", ["sysname", "nodename", "release", "version", "machine"])


def uname():
    return uname_result("mpyc", "mpyc", "0.1.0", "mpyc 0.1.0", sys.platform)


def urandom(n):
    # n bytes from the random module's generator. NOT cryptographically secure: that generator
    # is the Mersenne Twister, predictable from its output and seeded from the clock.
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError("negative argument not allowed")
    out = bytearray(n)
    for i in range(n):
        out[i] = random.getrandbits(8)
    return bytes(out)


def getcwd():
    return "/"


def getenv(key, default=None):
    return environ.get(key, default)


def _no_filesystem():
    raise OSError(errno.ENODEV, "no filesystem")


def listdir(path="/"):
    _no_filesystem()


def ilistdir(path="/"):
    _no_filesystem()


def mkdir(path, mode=0o777):
    _no_filesystem()


def rmdir(path):
    _no_filesystem()


def remove(path):
    _no_filesystem()


def unlink(path):
    _no_filesystem()


def rename(old, new):
    _no_filesystem()


def stat(path):
    _no_filesystem()


def statvfs(path):
    _no_filesystem()


def chdir(path):
    _no_filesystem()


def sync():
    # Nothing is buffered for a filesystem that is not there.
    pass


def mount(fsobj, mount_point, *, readonly=False):
    _no_filesystem()


def umount(mount_point):
    _no_filesystem()


def dupterm(stream_object, index=0):
    raise OSError(errno.ENODEV, "dupterm is not supported")
