def interleave(*seqs):
    its = [iter(s) for s in seqs]
    while its:
        alive = []
        for it in its:
            try:
                yield next(it)
                alive.append(it)
            except StopIteration:
                pass
        its = alive
print(list(interleave("abc", [1, 2], (True,))))
print("".join(interleave("hlo", "el")))
