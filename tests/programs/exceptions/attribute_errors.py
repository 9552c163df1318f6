for obj, name in [(1, "foo"), ("s", "upperr"), ([], "appendd"), ({}, "item"), (None, "x")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(e)
