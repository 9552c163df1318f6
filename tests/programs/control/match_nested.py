# Class, sequence and mapping patterns inside other patterns (each nested subject is read
# once, into a temporary): found by trying a tutorial-style program — a class pattern inside
# a list pattern tested `isinstance(True, C)`.
class Vec:
    __match_args__ = ("dx", "dy")

    def __init__(self, dx, dy):
        self.dx = dx
        self.dy = dy


class Tag:
    def __init__(self, label):
        self.label = label


def route(moves):
    match moves:
        case []:
            return "stay"
        case [Vec(0, 0)]:
            return "still"
        case [Vec(dx, 0)]:
            return f"east-west {dx}"
        case [Vec(0, dy1), Vec(0, dy2)]:
            return f"north-south {dy1} then {dy2}"
        case [Vec(dx=d), *rest] if rest:
            return f"starts {d}, then {len(rest)} more"
        case (Tag(label=name), [Vec() as v, *_]):
            return f"{name}: first {v.dx},{v.dy}"
        case {"tag": Tag(label=lab), "moves": [Vec(dx, dy)]}:
            return f"mapping {lab} {dx} {dy}"
        case [str(a) | int(a), [float(b), *_]]:
            return f"mixed {a!r} {b}"
        case _:
            return "unknown"


for moves in ([], [Vec(0, 0)], [Vec(3, 0)], [Vec(0, 1), Vec(0, -2)], [Vec(5, 5), Vec(1, 1), Vec(2, 2)],
              [Vec(5, 5)], (Tag("go"), [Vec(7, 8), 9]), {"tag": Tag("m"), "moves": [Vec(1, 2)]},
              ["s", [2.5]], [4, [1.0, 2]], [True, [0.5]], (Tag("x"), []), [1, 2]):
    print(route(moves))
