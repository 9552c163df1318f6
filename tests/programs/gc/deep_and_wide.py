# The collector's marking: a chain deeper than its stack, a list wider than it, generators
# suspended in a list, all kept alive across many collections while garbage churns.
import gc


class Node:
    def __init__(self, value, next):
        self.value = value
        self.next = next


def chain(n):
    head = None
    for i in range(n):
        head = Node([i, str(i)], head)
    return head


def walk(head):
    total = 0
    count = 0
    while head is not None:
        total += head.value[0] + len(head.value[1])
        count += 1
        head = head.next
    return count, total


def counter(tag, n):
    for i in range(n):
        yield (tag, [i] * 3)


deep = chain(150)
wide = [{"k": [i, (i, str(i))], "v": Node(i * 2.5, None)} for i in range(120)]
gens = [counter("g%d" % i, 5) for i in range(30)]
firsts = [next(g) for g in gens]
for round in range(2):
    garbage = [[j, str(j) * 3, j * 1.5] for j in range(50)]
    garbage = None
    gc.collect()
print(walk(deep))
print(sum(d["k"][0] + len(d["k"][1][1]) for d in wide), sum(d["v"].value for d in wide))
print(firsts[7], next(gens[7]), next(gens[29]), sum(len(list(g)) for g in gens))
