# At module level locals() and vars() are the module's namespace: what is assigned into them
# is a global, and a name bound that way can be read.
locals()["made_by_locals"] = 5
print(made_by_locals)
vars()["count"] = 1
vars()["count"] += 1
print(count, locals() is vars())


class Box:
    # (In a class body, locals() is the class's namespace.)
    inside = "class"
    print(sorted(k for k in locals() if not k.startswith("__")))


print(sorted(k for k in locals() if not k.startswith("__")))
