# Slices and ranges with parts near or past the machine word: slice.indices keeps the step
# whole, sequences slice as CPython (no step clamped to a quarter word), a range longer than
# sys.maxsize slices exactly, and a range slice beyond a word is OverflowError, never wrong.
import sys

M = sys.maxsize
print(slice(None, None, M).indices(5) == (0, 5, M), slice(None, None, -M - 1).indices(5) == (4, -1, -M - 1))
print(slice(None, None, 10**30).indices(5), slice(-(10**30), 10**30, -(10**30)).indices(5))
print(slice(None, None, True).indices(3), slice(2**70, -(2**70)).indices(4))
print([1, 2, 3][::M], [1, 2, 3][:: -M - 1], [1, 2, 3][:: -M], "abcdef"[:: M // 2], "abcdef"[-(2**62) :: 2**61])
print([1, 2, 3][::10**30], [1, 2, 3][:: -(10**30)], b"xyz"[M:: -M], (1, 2, 3)[-M:M:M // 3])
print(list(range(10))[1 : M : M // 4], len(list(range(10))[:: M // 4]))

r = range(-M - 1, M)[1:]
print(r.start == -M, r.stop == M, r.step)
r = range(-M - 1, M)[M::M]
print(r.start == -1, r.stop == M, r.step == M, list(r) == [-1, M - 1])
print(range(10)[::M] == range(0, 10, M), range(10)[:: -M - 1] == range(9, -1, -M - 1), range(10)[-(10**30) : 10**30])
print(range(0, 10, 3)[::-1], range(M - 3, M)[1:] == range(M - 2, M), range(-M - 1, -M + 4, 2)[1:] == range(-M + 1, -M + 4, 2))


# CPython's answer here is a range of big ints: mpyc's ranges are of words.
def right_or_overflow(f, want):
    try:
        r = f()
        return (r.start, r.stop, r.step) == want
    except OverflowError:
        return True


print(right_or_overflow(lambda: range(0, 10, 2**32)[::2**32], (0, 2**32, 2**64)))
print(right_or_overflow(lambda: range(-M - 1, M)[::-1], (M - 1, -M - 2, -1)))
print(right_or_overflow(lambda: range(0, M, M - 1)[0:], (0, 2 * M - 2, M - 1)))
print(right_or_overflow(lambda: range(10)[2::10**30], (2, 10, 10**30)))
print(right_or_overflow(lambda: range(-M, -M + 4, 2)[::-1], (-M + 2, -M - 2, -2)))
for bad in (lambda: range(5)[::0], lambda: slice(1, 2, 0).indices(3), lambda: slice(1, 2).indices(-1)):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
