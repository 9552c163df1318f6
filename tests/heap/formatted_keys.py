# Strings made one at a time (formatted, converted, from an f-string) and kept in a dict fill
# the heap without holes between them: the runtime's temporary buffers come from the other end
# of the heap, so they do not cut up the room that the dict's next table needs. In the
# pyboard-sized heap (140 KiB) a dict of 2,000 formatted keys fits (it failed at 1,024).
import gc

gc.collect()
d = {}
for i in range(2000):
    d["k%d" % i] = i
print(len(d), d["k1999"])
d = None
gc.collect()
table = {}
for i in range(1000):
    table[f"n{i}"] = str(i * 7)
print(len(table), table["n999"])
table = None
gc.collect()
words = {}
for i in range(1000):
    words["w" + str(i)] = "{}-{}".format(i, i + 1)
print(len(words), words["w10"])
