# Big runs kept (64-item lists) among big temporaries (300-byte strings) made and dropped
# between them, then one table of 8 KB. (tests/programs.rs runs this in the pyboard's 140 KiB
# heap too, where it needs the kept runs packed near the top rather than spread over the heap
# by the temporaries.)
keep = []
for i in range(60):
    keep.append([i] * 64)
    for j in range(20):
        s = "z" * (300 + j)
big = [None] * 2000
more = [0] * 3000
print(len(keep), len(big), len(more), sum(l[0] for l in keep), len(s))
