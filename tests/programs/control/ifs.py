def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

print(classify(-5), classify(0), classify(3), classify(10))
print(classify(2 ** 80), classify(-(2 ** 80)))
x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5, 0 <= x <= 4)
print(x > 3 and x < 4, x > 3 or x < 4, not x, not 0)
print(0 or "default", "" or 0, 3 and 4, 0 and 5, None or None)
print("yes" if x > 2 else "no", "yes" if x > 20 else "no")
a = None
print(a is None, a is not None, x is not None)
if 0:
    print("not printed")
elif "":
    print("not printed either")
else:
    print("else branch")
if x > 2 and (x < 4 or x == 5) and not x == 6:
    print("compound condition")
