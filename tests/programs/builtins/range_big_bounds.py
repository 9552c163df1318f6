# Ranges whose bounds pass the machine word (sys.maxsize, or 2**31 on a 32-bit board): every
# operation, not only `for`, once an OverflowError when the range was made.
import sys

M = sys.maxsize
print(5 in range(2**32), (2**64) in range(2**65), (2**64) in range(2**64))
print(list(range(M - 1, M + 2)) == [M - 1, M, M + 1], list(range(-M - 2, -M)) == [-M - 2, -M - 1])
print(list(range(0x80000000, 0x80000010, 4)), list(range(2**31 - 2, 2**31 + 2)))
print(range(2**70)[5], range(10**20).count(5), range(10**20).count(10**20), range(3).count("a"))
r = range(-2**70, 2**70, 3**20)
print(r, r.start, r.stop, r.step, r[-1], r[3], bool(r), bool(range(2**70, 0)))
print(r[::-5][:3], r[10:2**80:7], r[::2**100], r[-2**90:2], r[5:5])
print(r.index(-2**70 + 3**20 * 7), r.count(4), 4 in r, 2.5 in range(5))
print(len(range(2**70, 2**70 + 5)), len(range(2**70 + 9, 2**70, -2)), len(range(2**70, 0)))
for bad in (lambda: len(range(2**70)), lambda: r.index(1), lambda: r[2**90], lambda: r[-2**90], lambda: r["a"],
            lambda: range(2**70, 5, 0), lambda: r[::0]):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(list(reversed(range(2**70, 2**70 + 5, 2))), list(reversed(range(2**70, 0))))
print(range(2**70, 2**70) == range(0), hash(range(2**70, 2**70)) == hash(range(0)))
print(range(5, 2**70, 2**70) == range(5, 6), hash(range(5, 2**70, 2**70)) == hash(range(5, 6)))
print(range(2**70, 2**71, 2**69) == range(2**70, 2**71, 2**69), range(2**70) != range(2**71))
print(hash(range(2**70, 2**71, 2**69)) == hash(range(2**70, 2**71 + 1, 2**69)), {range(2**70): 1}[range(2**70)])
print(type(iter(range(2**70))).__name__, next(iter(range(2**70, 0, -1))))
print(range(-M - 1, M)[::2] == range(-M - 1, M, 2), list(range(0, 2**64, 2**62)))
print(range(True, 2**65).start, range(2**65, True).stop)
print(sum(range(2**64, 2**64 + 10)), sorted(range(2**64 + 3, 2**64, -1)), min(range(2**70, 2**71, 2**68)))
print(list(range(10**20, 10**20 - 20, -7)), range(10**20)[-3:], repr(range(2**70, 2**71, 1)))
print(list(range(10**20, 10**20 + 3)[::-1]), tuple(range(-2**64, -2**64 - 3, -1)))
print([x for x in range(2**64, 2**64 + 2)], list(enumerate(range(2**64, 2**64 + 2))))


class I:
    def __index__(self):
        return 2**70


print(range(I()), range(2**71)[I()], range(2**71)[:I():2**68], range(2**71)[I():][:2])
