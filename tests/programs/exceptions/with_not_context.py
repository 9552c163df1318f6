class OnlyEnter:
    def __enter__(self):
        return self
for mgr in [None, 3, OnlyEnter()]:
    try:
        with mgr:
            pass
    except TypeError as e:
        print("TypeError:", e)
with 42:
    pass
