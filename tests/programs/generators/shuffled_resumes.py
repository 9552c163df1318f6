# Generators resumed in a random order (a fixed pseudo-random sequence, the same in CPython):
# from the main stack and from one another, at random call depths, nested, dropped, collected,
# so that their frames go out of the run area and back in every way there is.
import gc

seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return (seed >> 8) % n


def down(d, f, a):
    if d == 0:
        return f(a)
    return down(d - 1, f, a)


gens = []
nesting = 0


def small(k):
    for i in range(rnd(4)):
        yield k + i


def worker(k):
    global nesting
    acc = k
    local = [k] * 3
    while True:
        c = rnd(5)
        if c == 0 and gens and nesting < 4:
            nesting += 1
            try:
                v = down(rnd(12), next, gens[rnd(len(gens))])
            except (ValueError, StopIteration) as e:
                v = type(e).__name__
            nesting -= 1
            acc += len(str(v))
        elif c == 1:
            acc += sum(small(acc))
        elif c == 2 and acc > 1000:
            return acc
        x = yield acc + local[0]
        acc += 1 if x is None else x


total = 0
for step in range(3000):
    op = rnd(10)
    if op < 3 or not gens:
        gens.append(worker(step))
    elif op < 7:
        g = gens[rnd(len(gens))]
        try:
            total += down(rnd(10), next, g)
        except StopIteration:
            total += 7
    elif op == 7:
        g = gens[rnd(len(gens))]
        try:
            total += g.send(rnd(5))
        except (TypeError, StopIteration) as e:
            total += len(type(e).__name__)
    elif op == 8:
        gens.pop(rnd(len(gens)))
    else:
        gc.collect()
    if len(gens) > 60:
        del gens[:20]
    if step % 500 == 499:
        print(step, total, len(gens))
