# match statements: every kind of pattern.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case 0 | 1:
            return f"small {v}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as num:
            return f"number {num}"
        case "hello" | "hi":
            return "greeting"
        case str(s):
            return f"str {s!r}"
        case []:
            return "empty list"
        case [x]:
            return f"one {x}"
        case [x, y]:
            return f"two {x} {y}"
        case [first, *rest] if len(rest) > 3:
            return f"long {first} {rest}"
        case [first, *middle, last]:
            return f"many {first} {middle} {last}"
        case {"type": "circle", "r": r}:
            return f"circle {r}"
        case {"type": t, **others}:
            return f"shape {t} {others}"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=px, y=py):
            return f"point {px} {py}"
        case (1, (2, z)):
            return f"nested {z}"
        case {}:
            return "some dict"
        case _:
            return "other"


for v in [None, True, False, 0, 1, -5, 7, 2.5, "hi", "x", [], [1], [1, 2], [1, 2, 3, 4, 5], [1, 2, 3],
          (1, 2, 3), {"type": "circle", "r": 2}, {"type": "sq", "a": 1, "b": 2}, Point(0, 0), Point(0, 4),
          Point(3, 3), Point(1, 2), (1, (2, 9)), {"k": 1}, range(2), set(), b"ab"]:
    print(repr(v) if not isinstance(v, Point) else "Point", "->", describe(v))

# Module-level match, captures bound after, and a subject evaluated once.
calls = []
def subject():
    calls.append(1)
    return (1, 2, 3)
match subject():
    case (a, b):
        print("two")
    case (a, *b):
        print("star", a, b)
print(len(calls), a, b)

def command(text):
    match text.split():
        case ["go", direction]:
            return "going " + direction
        case ["pick", "up", item] | ["take", item]:
            return "taking " + item
        case ["quit" | "exit"]:
            return "bye"
        case [cmd, *_]:
            return "unknown " + cmd
    return "nothing"

for t in ["go north", "pick up sword", "take shield", "quit", "exit", "dance now", ""]:
    print(command(t))

# No case matches: nothing runs.
match 5:
    case 6:
        print("no")
print("after")
