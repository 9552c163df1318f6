# hasattr() of a protocol's special method tells containers, numbers and callables apart, as
# duck-typing code asks: an int has no __iter__, a list no __neg__, a function a __call__.
print(hasattr(1, "__iter__"), hasattr(int, "__iter__"), hasattr(1, "__len__"), hasattr(int, "__len__"))
print(hasattr([], "__iter__"), hasattr(list, "__iter__"), hasattr(list, "__len__"), hasattr(dict, "__getitem__"))
print(hasattr(None, "__iter__"), hasattr(1.5, "__contains__"), hasattr(1, "__getitem__"), hasattr(1, "__call__"), hasattr(len, "__call__"))
print(hasattr(1, "__add__"), hasattr("s", "__add__"), hasattr(1, "__hash__"), hasattr(1, "__next__"), hasattr(iter([]), "__next__"))
print(len.__call__([1, 2]), hasattr(print, "__call__"), hasattr(int, "__call__"), int.__call__("7"), (lambda x: x + 1).__call__(2))
class C:
    def m(self):
        return 5
print(hasattr(C, "__call__"), hasattr(C(), "__call__"), C().m.__call__(), hasattr(C().m, "__call__"))
class L(list):
    pass
print(hasattr(L(), "__iter__"), hasattr(L, "__len__"), hasattr(L(), "__neg__"))
