# The slice builtin: slice(stop) and slice(start, stop, step), start/stop/step, indices(),
# slicing with a slice object (lists, strs, tuples, __getitem__), argument errors.
s = slice(3)
print(s, s.start, s.stop, s.step)
t = slice(1, 8, 2)
print(t.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print([0, 1, 2, 3, 4, 5, 6, 7, 8][t], "abcdefghij"[slice(2, None, 3)], (1, 2, 3)[slice(-2, None)])
print(type(s).__name__, isinstance(s, slice))
for bad in [(), (1, 2, 3, 4)]:
    try:
        slice(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    slice(1, 2, 0).indices(3)
except ValueError as e:
    print("ValueError", e)
class Seq:
    def __getitem__(self, k):
        return (k.start, k.stop, k.step) if isinstance(k, slice) else k
print(Seq()[1:2], Seq()[::3], Seq()[5])
