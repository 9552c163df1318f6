# A list of small tuples that grows while temporaries churn: each time its table doubles it
# needs a run of free blocks, though the tuples it keeps are spread among the garbage.
# (tests/programs.rs runs this in the pyboard's 140 KiB heap too, where it needs small
# objects kept away from the room big tables take.)
keep = []
for i in range(1500):
    t = (i, i + 1)
    junk = [i, i, i, str(i)]
    s = "x%d" % i
    keep.append(t)
print(len(keep), keep[0], keep[-1], sum(a for a, b in keep))
