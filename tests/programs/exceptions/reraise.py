def risky():
    raise ValueError("deep")
try:
    try:
        risky()
    except ValueError:
        print("logging")
        raise
except ValueError as e:
    print("outer", e)
try:
    raise TypeError("t")
except (ValueError, TypeError) as e:
    print("tuple caught", type(e).__name__)
try:
    [][0]
except LookupError as e:
    print("lookup", e)
except Exception:
    print("never")
def f():
    try:
        return 1 / 0
    except ArithmeticError:
        return "arith"
print(f())
risky()
