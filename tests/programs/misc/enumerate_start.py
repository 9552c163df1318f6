menu = ["flash", "run", "debug", "quit"]
for n, item in enumerate(menu, 1):
    print(f"{n}) {item}")
choice = {str(n): item for n, item in enumerate(menu, 1)}
print(choice["3"], list(enumerate("ab", -1)))
