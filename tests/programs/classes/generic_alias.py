# list[int] and the other built-in containers subscripted: types.GenericAlias (repr, call, __origin__/__args__, as a base).
print(list[int], dict[str, int], set[int], frozenset[str], tuple[int, ...], type[int], tuple[()])
print(dict[str, list[int]], list["Node"], list[int | None])
x = list[int]()
x.append(3)
print(x, dict[str, int](a=1), list[int]([1, 2]))
print(list[int].__origin__, dict[str, int].__args__, list[int].__name__)
print(list[int] == list[int], list[int] == list[str])

class Node:
    pass
print(list[Node])

def f(xs: list[int], m: dict[str, float] = {}) -> tuple[int, str]:
    return len(xs), "n"
print(f([1, 2]), f.__annotations__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)

class Stack(list[int]):
    def push(self, x):
        self.append(x)
s = Stack()
s.push(4)
print(s, type(s).__name__, Stack.__bases__, Stack.__orig_bases__)
