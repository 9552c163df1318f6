class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None, v)
        return self.swallow
with Ctx("a") as c:
    print("body", c.name)
with Ctx("b", True):
    raise ValueError("hidden")
print("after b")
def f():
    with Ctx("c"):
        return "returned"
print(f())
for i in range(3):
    with Ctx(i):
        if i == 1:
            break
with Ctx("d"), Ctx("e"):
    print("two")
with Ctx("f"):
    raise KeyError("k")
