# A module whose globals change, read from another module (module_globals.py) at sites whose
# caches must see each new value.
count = 0


def bump():
    global count
    count += 1
    return count


if __name__ == "__main__":
    print("counter_mod run directly", bump(), count)
