cases = [("1" + "2"), (1 + 2), ("ab" * 2), ([1] * 2)]
print(cases)
for a, b in [(1, "1"), ([], ()), ({}, 1), (None, 0)]:
    try:
        print(a + b)
    except TypeError as e:
        print("TypeError:", e)
print(str(1) + "1", int("1") + 1, list(()) + [], float(1) + 0.5)
