people = [("ann", 31), ("bob", 25), ("cy", 40), ("di", 25)]
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]), sorted(people, key=lambda p: (p[1], p[0])))
print(max([], default=None), min("zebra"), max([3, 1, 2], key=lambda x: -x))
