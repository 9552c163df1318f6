# open() on a machine without files: CPython's checks of the arguments, then the OSError a
# missing file (reading) or a read-only file system (writing) gives, so fallbacks run.
import errno

try:
    with open("config.json") as f:
        cfg = f.read()
except OSError:
    cfg = "{}"
print("config:", cfg)

for mode in ["r", "rb", "r+", "rt"]:
    try:
        open("missing.txt", mode)
    except FileNotFoundError as e:
        print(mode, type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename, e.args)

try:
    open("data.bin", mode="rb")
except OSError as e:
    print(type(e).__name__, e)

try:
    open()
except TypeError as e:
    print("TypeError", e)
try:
    open(3.5)
except TypeError as e:
    print("TypeError", e)
try:
    open("x", 5)
except TypeError as e:
    print("TypeError", e)
for bad in ["q", "rw", "rr", "", "bt", "r++"]:
    try:
        open("x", bad)
    except ValueError as e:
        print("ValueError", e)


def load(name):
    try:
        with open(name) as f:
            return f.read()
    except FileNotFoundError:
        return None


print(load("settings.txt"))
for call in [lambda: open(None, "rr"), lambda: open("f", "rb", encoding="utf-8"), lambda: open("f", "rb", newline=""),
             lambda: open("a\0b"), lambda: open("a", "r", -1, None, None, None, True, None, 9),
             lambda: open(file="nothing.txt"), lambda: open("f", bogus=1)]:
    try:
        call()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
