# C.mro() and type.mro(C); a staticmethod object called in its class body (3.10+).
class A: pass
class B(A): pass
print(B.mro(), int.mro(), type.mro(B) == list(B.__mro__))
class Meta(type): pass
class M(metaclass=Meta): pass
print(M.mro())
class H:
    @staticmethod
    def helper(x):
        return x + 1
    doubled = helper(1)
    sm = helper
print(H.doubled, H.helper(2), H().helper(3))
