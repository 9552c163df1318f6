rooms = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "lab", "east": "store"}},
    "lab": {"desc": "a lab full of pyboards", "exits": {"south": "hall"}, "item": "pyboard"},
    "store": {"desc": "a store room", "exits": {"west": "hall"}, "item": "cable"},
}
inventory = []
here = "hall"
for command in ["look", "go north", "take", "go south", "go east", "take", "go up", "inventory"]:
    verb, _, arg = command.partition(" ")
    if verb == "look":
        print("You see", rooms[here]["desc"])
    elif verb == "go":
        if arg in rooms[here]["exits"]:
            here = rooms[here]["exits"][arg]
            print("You walk", arg, "to", rooms[here]["desc"])
        else:
            print("You can't go", arg)
    elif verb == "take":
        item = rooms[here].pop("item", None)
        if item:
            inventory.append(item)
            print("Taken:", item)
    elif verb == "inventory":
        print("You carry:", ", ".join(inventory))
