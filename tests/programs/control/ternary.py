for n in range(-2, 3):
    sign = "neg" if n < 0 else "zero" if n == 0 else "pos"
    print(n, sign, "even" if n % 2 == 0 else "odd")
f = (lambda x: "big" if x > 100 else "small")
print(f(5), f(500), [x if x % 3 else "fizz" for x in range(1, 7)])
