assert 1 + 1 == 2
try:
    assert False, "with message"
except AssertionError as e:
    print("caught", e)
x = 3
assert x > 5, f"x is {x}"
