class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
class Both:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
class Neither:
    pass
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()], Both(), repr(Both()), [Both()], f"{Both()} {Both()!r}")
print(type(Neither()).__name__, str(Neither()).startswith("<__main__.Neither object at"))
