for f in [lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (1,), lambda: len(5), lambda: None(), lambda: 1 < "x", lambda: {}[[]], lambda: int("x1"), lambda: abs("s"), lambda: "%d" % "s"]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
