# A `%` whose left operand is a module's global that only numbers are assigned to inside that
# module, but that this program sets to a string from outside: the `%` formats (the gate of
# `%` formatting stays open; frontend/numbers.rs).
import percent_mod

print(percent_mod.show(2))
percent_mod.width = "[%5s]"
print(percent_mod.show("ab"))
counter = 0
for i in range(5):
    counter += i
print(counter % 4, len("abc") % 2)
