def permutations(xs):
    if len(xs) <= 1:
        return [xs]
    out = []
    for i, x in enumerate(xs):
        for p in permutations(xs[:i] + xs[i + 1:]):
            out.append([x] + p)
    return out
def subsets(xs):
    if not xs:
        return [[]]
    rest = subsets(xs[1:])
    return rest + [[xs[0]] + s for s in rest]
print(len(permutations([1, 2, 3, 4])), permutations(["a", "b", "c"])[:3])
print(sorted(subsets([1, 2, 3]), key=lambda s: (len(s), s)))
