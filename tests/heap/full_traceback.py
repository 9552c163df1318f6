# An uncaught exception's traceback is printed in full however full the heap is: its text,
# here far larger than the heap's reserve, is written out a line at a time, not built first.
import sys


def a_function_with_a_name_long_enough_to_make_each_line_of_the_traceback_long(n):
    if n == 0:
        raise ValueError("from deep down")
    return another_function_with_a_long_name_so_that_no_two_frames_in_a_row_are_alike(n - 1)


def another_function_with_a_long_name_so_that_no_two_frames_in_a_row_are_alike(n):
    return a_function_with_a_name_long_enough_to_make_each_line_of_the_traceback_long(n)


try:
    a_function_with_a_name_long_enough_to_make_each_line_of_the_traceback_long(150)
except ValueError as e:
    err = e
keep = []
if sys.implementation.name != "cpython":
    try:
        while True:
            keep.append([0] * 50)
    except MemoryError:
        pass
print("the heap is full")
raise err
