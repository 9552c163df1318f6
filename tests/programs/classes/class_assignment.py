# Assigning an object's __class__ (the state pattern), and the TypeErrors where layouts differ.
class Idle:
    name = "idle"
    def step(self):
        self.__class__ = Running
        return "start"

class Running:
    name = "running"
    def step(self):
        self.__class__ = Idle
        return "stop"

m = Idle()
m.count = 0
for _ in range(4):
    print(m.name, m.step(), type(m).__name__, isinstance(m, Running), m.count)
    m.count += 1

class A:
    def hello(self):
        return "A"
class B:
    def hello(self):
        return "B"
a = A()
a.hello = lambda: "own"
a.__class__ = B
print(a.hello(), type(a).__name__)
del a.hello
print(a.hello())

class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("y",)
for target in (S2, 5, int):
    try:
        o = S1()
        o.__class__ = target
    except TypeError as e:
        print(e)
