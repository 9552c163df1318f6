class Ctx:
    def __enter__(self):
        return 5
    def __exit__(self, *a):
        pass
class A:
    for i in range(3):
        pass
    import math
    try:
        x = 1 // 0
    except ZeroDivisionError as e:
        x = 2
    with Ctx() as w:
        pass
    y, z = 1, 2
    squares = [n * n for n in range(4)]
    def f(self):
        return self.x
print(A.i, A.x, A.y, A.z, A.w, A.squares, A().f(), A.math.floor(2.5))
print(A.f.__name__, repr(A.f).startswith("<function A.f at "), repr(A().f).startswith("<bound method A.f of <__main__.A object"))
def make():
    class B:
        v = 1
        for k in range(2):
            pass
    return B
print(make().v, make().k, repr(make)[:19])
