# A processor fault in compiled Python code (tests/programs.rs: fault_line_case): the test
# writes an undefined instruction over the code of the line in f and runs the firmware;
# `mpyc emulate` follows the firmware's fault report with the Python lines of its pc and lr.
def f(x):
    y = x * 2
    return y + 1


print("start")
print(f(20))
