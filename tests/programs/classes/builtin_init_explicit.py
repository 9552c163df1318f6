# A subclass's __init__ calling its built-in base's by name, as older code does
# (`Exception.__init__(self, msg)`, `dict.__init__(self, ...)`), not through super().


class AppError(Exception):
    def __init__(self, msg, code):
        Exception.__init__(self, msg)
        self.code = code


class DiskError(AppError):
    def __init__(self, path):
        AppError.__init__(self, "disk full: " + path, 507)
        self.path = path


class BadValue(ValueError):
    def __init__(self, value):
        ValueError.__init__(self, "bad value", value)


for make in (lambda: AppError("disk full", 507), lambda: DiskError("/flash"), lambda: BadValue(42)):
    try:
        raise make()
    except Exception as e:
        print(type(e).__name__, str(e), e.args, getattr(e, "code", None))


class Registry(dict):
    def __init__(self, *args, **kw):
        dict.__init__(self, *args, **kw)
        self.created = True


class Doubled(list):
    def __init__(self, it):
        list.__init__(self, (x * 2 for x in it))


class Tags(set):
    def __init__(self, words):
        set.__init__(self, (w.lower() for w in words))


class Plain:
    def __init__(self):
        object.__init__(self)
        self.ok = True


r = Registry([("b", 2)], a=1)
print(sorted(r.items()), r.created)
print(Doubled([1, 2, 3]), sorted(Tags(["A", "b", "a"])), Plain().ok)
print(Exception.__init__ is Exception.__init__, dict.__init__ is dict.__init__)
