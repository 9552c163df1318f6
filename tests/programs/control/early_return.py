def classify(n):
    if n < 0:
        return "negative"
    if n == 0:
        return "zero"
    for d in range(2, n):
        if n % d == 0:
            return "composite"
    return "prime" if n > 1 else "unit"
print([classify(n) for n in [-3, 0, 1, 2, 9, 13]])
def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
print(first_even([1, 3, 4, 6]), first_even([1]))
