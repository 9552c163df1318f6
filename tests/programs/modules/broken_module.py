"""A module whose body fails when it is imported."""
print("broken_module runs")
raise NameError("name 'xxx' is not defined")
