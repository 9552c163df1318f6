counter = [0]
def next_id():
    counter[0] += 1
    return counter[0]
def make(tag, ident=next_id()):
    return (tag, ident)
print(make("a"), make("b"), make("c", 99), counter)
def append_to(x, target=None):
    if target is None:
        target = []
    target.append(x)
    return target
print(append_to(1), append_to(2), append_to(3, [0]))
