inventory = {"apples": 10, "pears": 0, "plums": 7}
orders = [("apples", 3), ("pears", 1), ("plums", 7), ("kiwis", 2), ("apples", 8)]
log = []
for item, qty in orders:
    have = inventory.get(item)
    if have is None:
        log.append(f"{item}: unknown")
    elif have < qty:
        log.append(f"{item}: only {have}")
    else:
        inventory[item] = have - qty
        log.append(f"{item}: sent {qty}")
print("\n".join(log))
print({k: v for k, v in inventory.items() if v}, sum(inventory.values()))
restock = sorted((v, k) for k, v in inventory.items())
print(restock[0][1])
