# super(type, obj) checks that obj is an instance or a subclass of type.
class A:
    def f(self):
        return "A"

    @classmethod
    def c(cls):
        return "cA"


class B(A):
    def f(self):
        return "B" + super(B, self).f() + super().f()

    @classmethod
    def c(cls):
        return "cB" + super().c() + super(B, cls).c()


print(B().f(), B.c(), B().c())
for args in ((str, 0), (B, A()), (B, A), (1, 2)):
    try:
        super(*args)
        print("no error")
    except TypeError as e:
        print("TypeError", e)
try:
    B.f(A())
except TypeError as e:
    print("TypeError", e)
