# A module with PEP 562's __getattr__ and __dir__ (imported by module_getattr.py).
real = 1


def __getattr__(name):
    if name.startswith("bad"):
        raise AttributeError("no " + name)
    if name == "boom":
        raise ValueError("boom")
    return "dyn_" + name


def __dir__():
    return ["zeta", "alpha", "real"]
