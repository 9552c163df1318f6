# A function's __closure__: None without free variables, else its cells, whose cell_contents
# is the variable's value (ValueError while it is unbound).
def make_multiplier_of(n):
    def multiplier(x):
        return x * n
    return multiplier
times3 = make_multiplier_of(3)
print(make_multiplier_of.__closure__)
print(len(times3.__closure__), times3.__closure__[0].cell_contents)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
c(); c()
print(c.__closure__[0].cell_contents, type(c.__closure__[0]).__name__)
def late():
    def get():
        return v
    cell = get.__closure__[0]
    try:
        cell.cell_contents
    except ValueError as e:
        print("ValueError", e)
    v = 1
    return cell.cell_contents
print(late())
