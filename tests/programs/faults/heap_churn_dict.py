# Strings built from generator expressions beside a growing dict: the generators' run area
# and the dict's doubling tables need runs of free blocks among the strings kept
# (tests/programs.rs: in the pyboard's heap too).
d = {}
for i in range(400):
    line = ",".join(str(i * k) for k in range(8))
    d[i] = line[:6]
print(len(d), d[399], len("".join(d.values())))
