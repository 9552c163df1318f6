items = {"apple": 1.5, "kiwi": 0.25}
for name, price in items.items():
    print(f"{name.title():<6} ${price:5.2f} {'*' * int(price * 2)}")
x, y = 3, 4
print(f"{x + y = }" if False else f"x+y={x + y}", f"{x * y:03}", f"{[i for i in range(x)]}", f"{ {'k': x} }")
print(f"{'quote'!r} {len('abc')} {max(x, y)} {x if x > y else y} {x:{y}}")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|")
