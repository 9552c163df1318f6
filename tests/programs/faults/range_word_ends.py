# Ranges near the ends of the machine word: membership, index, count and r[i] stay exact
# (once a division overflow in the runtime and wrong answers).
import sys

M = sys.maxsize
print((-M - 1) in range(0, -M - 1, -1), (-M) in range(0, -M - 1, -1))
print(range(-M - 1, M).count(5), range(-M - 1, M).count(M), range(-M - 1, M).count(-M - 1))
print(range(-M - 1, M, M).index(M - 1), (M - 1) in range(-M - 1, M), (M - 1) in range(M - 1, M))
print(range(-M - 1, M)[M], range(-M - 1, M)[-1] == M - 1, range(-M - 1, M)[-M - 1] == -M - 1)
print(list(range(M, -M - 1, -M)) == [M, 0, -M], range(M, -M - 1, -M)[2] == -M)
print(list(reversed(range(-M - 1, M, M))) == [M - 1, -1, -M - 1])
print(range(0, -M - 1, -1).index(-M) == M, True in range(2), range(3).index(True))
for bad in (lambda: range(-M - 1, M)[2 * M + 1], lambda: range(0, -M - 1, -1).index(-M - 1)):
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__)
