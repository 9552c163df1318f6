# A module that defines names through its own namespace (globals_namespace.py imports it).
HANDLERS = ["on_start", "on_stop"]

for i, name in enumerate(HANDLERS):
    globals()[name] = (lambda n: lambda: n * 10)(i + 1)


def define(name, value):
    globals()[name] = value


def lookup(name):
    return globals().get(name, "missing")


if __name__ == "__main__":
    print(on_start(), on_stop(), lookup("on_stop") is on_stop, lookup("nothing"))
