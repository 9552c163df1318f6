def calls(n):
    print("eval", n)
    return n
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1 > 0, 1 == 1 == 1, 1 < 2 > 1)
print(calls(1) < calls(2) < calls(0) < calls(5))
x = 5
print(0 <= x < 10, 0 <= x < 5, x is x, [] is [], "a" in "abc" in ["abc"])
