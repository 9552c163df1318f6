for f in [lambda: int("12x"), lambda: float("nan!"), lambda: [].index(1), lambda: "abc".index("z"), lambda: chr(-1), lambda: range(0, 1, 0), lambda: [1, 2].remove(3), lambda: "a".split("")]:
    try:
        f()
    except ValueError as e:
        print(e)
