# Copies of every length and alignment, overlapping both ways: list inserts and deletes,
# slices of str, bytes and bytearray, slice assignment within one bytearray, fills.
data = bytes(range(40))
total = 0
for start in range(5):
    for n in range(20):
        piece = data[start:start + n]
        total = total * 31 + sum(piece) + len(piece)
        total %= 1000000007
print("slices", total)

text = "abcdefghijklmnopqrstuvwxyz0123456789"
out = []
for start in range(4):
    for n in (0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17):
        out.append(text[start:start + n])
print(",".join(out))

# memmove both ways, every shift and length.
for shift in range(-5, 6):
    for n in range(13):
        b = bytearray(range(30))
        src = 8
        dst = src + shift
        b[dst:dst + n] = b[src:src + n]
        assert b[dst:dst + n] == bytes(range(src, src + n)), (shift, n)
        print(shift, n, bytes(b).hex())

lst = list(range(12))
for i in range(13):
    lst.insert(i, -i)
print(lst)
while len(lst) > 3:
    del lst[len(lst) // 3]
print(lst)

for n in range(12):
    print(n, bytearray(n), bytes(n), [0] * n, "x" * n, b"\xab" * n)
big = bytearray(b"ab") * 37
print(len(big), big[:9], big[-9:])
