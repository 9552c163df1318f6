# A traceback's line is the line of the part of a statement that raised, when the statement
# spans several lines (an argument, an item of a display, an operand), as CPython's.
import traceback


def div(a, b):
    return a / b


def where(f):
    try:
        f()
    except Exception as e:
        frames = [l.split(", ")[1] for l in traceback.format_exc().splitlines() if l.startswith("  File")]
        print(type(e).__name__, frames[1:])


def in_list():
    x = [
        1,
        div(1, 0),
    ]
    return x


def in_call():
    return max(
        1,
        div(2, 0),
        3,
    )


def in_name():
    return (1 +
            2 +
            undefined_name)


def whole_call():
    return div(
        1,
        0)


def in_dict():
    return {
        "a": 1,
        "b": [][0],
    }


where(in_list)
where(in_call)
where(in_name)
where(whole_call)
where(in_dict)
