values = [1, 1.0, "1", [1], (1,), {1: 1}, {1}, None, True, len, int]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), callable(v))
print(type(type(1)).__name__, isinstance(int, type), issubclass(int, object))
