# Found by tests/fuzz.rs: a dict display evaluates each key before its value and merges each
# `**` where it stands, which must be a mapping; str.join of a non-iterable.
def show(act):
    try:
        print(act())
    except Exception as e:
        print(type(e).__name__, e)
log = []
def k(x):
    log.append(x)
    return x
show(lambda: {k('a'): k(1), **{k('b'): k(2)}, k('c'): k(3)})
print(log)
show(lambda: {**[('a', 1)]})
show(lambda: {**{'a': 1}, **(1, 2), **{}.fromkeys(k('late'))})
print(log)
show(lambda: {**3})
show(lambda: '-'.join(5))
show(lambda: '-'.join(None))
show(lambda: '-'.join(2.5))
show(lambda: '-'.join('abc'))
class M:
    def keys(self):
        return ['z']
    def __getitem__(self, k):
        return k * 2
show(lambda: {**M(), 'y': 1})
