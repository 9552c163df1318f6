# Ranges near and past a word: equal ranges hash alike whichever way they are kept (a length
# of 2**63 fits a 64-bit word but not a signed one), an int subclass's bound becomes a plain
# int, and reversed() of a range of large values steps backwards without a list.
import sys


class I(int):
    def __repr__(self):
        return "I!"


a, b = range(-2**63, 2**63 - 1, 2), range(-2**63, 2**63, 2)
print(a == b, hash(a) == hash(b), len({a, b}))
c, d = range(-2**31, 2**31 - 1, 2), range(-2**31, 2**31, 2)
print(c == d, hash(c) == hash(d), len({c, d}))
r = range(I(2**70), 2**70 + 2)
print([type(x).__name__ for x in r], type(r.start).__name__, r)
M = sys.maxsize
print(next(reversed(range(M - 10**9, M))) == M - 1, list(reversed(range(2**30, 2**30 + 3))))
print(list(reversed(range(2**64, 2**64 + 6, 2))), list(reversed(range(5, 5))))
