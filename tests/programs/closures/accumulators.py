def running_average():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = running_average()
print([avg(x) for x in [10, 20, 30, 40]])
def make_stack():
    items = []
    def push(x):
        items.append(x)
    def pop():
        return items.pop()
    return push, pop, lambda: list(items)
push, pop, peek = make_stack()
push(1)
push(2)
print(pop(), peek())
