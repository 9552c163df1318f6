# Lists of lists made and dropped, a tuple kept each time, then one big list: the tuples kept
# must not leave the heap without a run for it (tests/programs.rs: in the pyboard's heap too).
out = []
for step in range(400):
    j = [[k, str(k)] for k in range(60)]
    out.append(("stop", step, len(j)))
big = [0] * 3000
print(len(out), out[-1], len(big))
