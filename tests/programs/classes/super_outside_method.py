# super() without arguments outside a method compiles (with a warning) and raises CPython's
# RuntimeError when it runs; with arguments it works anywhere.
class Base:
    def hello(self):
        return "base hello"


class Child(Base):
    def hello(self):
        return "child, then " + super().hello()


def helper(obj):
    return super(Child, obj).hello()


def broken():
    try:
        return super()
    except RuntimeError as e:
        return "RuntimeError: " + str(e)


print(Child().hello(), helper(Child()), broken())
if False:
    super()
