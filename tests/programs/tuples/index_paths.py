# Tuple indexing takes the inline path (small-int keys in range); everything else the runtime's.
t = (10, 20, 30)
print(t[0], t[2], t[-1], t[-3])
total = 0
for i in range(-3, 3):
    total += t[i]
print(total)
for bad in (3, -4, 1 << 100):
    try:
        t[bad]
    except IndexError as e:
        print("IndexError:", e)
print(t[True], t[False])
try:
    t["a"]
except TypeError as e:
    print("TypeError:", e)
print(t[1:], t[::-1])
one = (7,)
print(one[0], one[-1])
try:
    ()[0]
except IndexError as e:
    print("IndexError:", e)
try:
    t[0] = 1
except TypeError as e:
    print("TypeError:", e)

# A list and a tuple at one subscript site.
for seq in ([1, 2], (3, 4), "ab", {0: "d0", 1: "d1"}, range(5, 9)):
    print(seq[0], seq[-1] if not isinstance(seq, dict) else seq[1])
# Concatenation makes a new sequence of the combined length.
a = [1, 2]
b = a + a
b[0] = 99
print(a, b, len(b), (1,) + (2, 3), [] + [], () + ())
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
# range() arguments.
print(list(range(3)), list(range(1, 4)), list(range(6, 0, -2)))
for args in ((), (1, 2, 3, 4)):
    try:
        range(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
# Strings: ASCII and not, iterated and ord()ed.
s = "aé€😀z"
print([c for c in s], [ord(c) for c in s], ord("a"), ord(b"b"))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
# Subscripts that are not ints, in each sequence's words.
for seq in ([1], (1,), "s", bytearray(b"x"), b"x", range(3)):
    try:
        seq["a"]
    except TypeError as e:
        print("TypeError:", e)
try:
    [1].pop("a")
except TypeError as e:
    print("TypeError:", e)
