# A float local live across a statement whose type test the compiler decides (an item
# assignment into an int, a loop over an int): the Thumb-2 backend's splitting of the
# 64-bit value into halves grew a branch's argument list that a dead branch shared, and
# the compiler panicked building for a board (found by the program fuzzer, seed 41).

def store(a):
    a = a / 2
    0[0] = 0
    return a

def loop(a, b, c):
    a *= 7
    a = a / 3
    for e1 in 0:
        box = min(a, 255 if 1 > 0 else 3)
    return a

for f, args in ((store, (3,)), (loop, (1, 2, 3))):
    try:
        print(f(*args))
    except TypeError as e:
        print("raised", e)
