# find/rfind/index/rindex/count/startswith/endswith with a start past the end (or past the stop):
# no range at all, where even "" is not found; at the end exactly, "" is.
s = "abc"
u = "héllo"
for start in [2, 3, 4, 10, -1, -10, 2**70]:
    print(start, s.find("", start), s.rfind("", start), s.count("", start), s.startswith("", start),
          s.endswith("", start), s.startswith(("x", ""), start), s.find("c", start), u.find("", start + 2),
          u.count("", start + 2), u.endswith("", start + 2))
for start, end in [(2, 1), (3, 3), (1, 10), (4, 10), (-1, -2), (0, -3)]:
    print(start, end, s.find("", start, end), s.rfind("", start, end), s.count("", start, end),
          s.startswith("", start, end), s.endswith("", start, end))
for f in [s.index, s.rindex]:
    for start in [3, 4]:
        try:
            print(f("", start))
        except ValueError as e:
            print("ValueError", e)
b = b"abc"
print(b.find(b"", 4), b.rfind(b"", 3), b.count(b"", 4), b.startswith(b"", 4), b.endswith(b"", 3),
      bytearray(b).find(b"", 4), bytearray(b).endswith(b"", 5))
