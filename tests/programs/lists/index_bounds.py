# list.index and tuple.index with start and stop bounds.
for seq in ([1, 2, 3, 2], (1, 2, 3, 2)):
    print(seq.index(3, 0, 3), seq.index(2, -2), seq.index(1, -10, 10), seq.index(2, 2))
    print(seq.index(2, True), seq.index(2, -2 ** 80, 2 ** 80))
    for args in ((3, 0, 2), (1, 1), (2, 4), (2, 3, 1), (1, 2 ** 80), (3, -1)):
        try:
            print(seq.index(*args))
        except ValueError as e:
            print("ValueError", e)
    try:
        seq.index(1, "a")
    except TypeError as e:
        print("TypeError", e)
    try:
        seq.index(1, 0, None)
    except TypeError as e:
        print("TypeError", e)
print([].index if False else "ok")
