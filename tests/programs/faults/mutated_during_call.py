# Containers changed by the Python code a built-in runs in the middle of an operation (an
# index's __index__, a key function, a comparison, a list subclass's __len__): each is what
# CPython does, never a runtime panic or a read of a moved buffer (found by a runtime audit).

def case_0():  # list_setslice_index
    class I:
        def __index__(self):
            l.clear()
            return 0
    l = [1, 2, 3, 4, 5, 6]
    try:
        l[I()::2] = [7, 8, 9]
    except ValueError as e:
        print("ValueError", e)
    print(l)


case_0()

def case_1():  # list_setslice_shrink
    class I:
        def __index__(self):
            del l[20:]          # the list shrinks while the slice's bounds are computed
            return 2
    l = list(range(40))
    l[I():30] = list(range(100, 110))
    print(l)


case_1()

def case_2():  # list_setslice1_index
    class I:
        def __index__(self):
            l.clear()
            return 2
    l = list(range(40))
    l[I():30] = [7]
    print(l)


case_2()

def case_3():  # list_delslice_index
    class I:
        def __index__(self):
            l.clear()
            return 0
    l = [1, 2, 3, 4, 5, 6]
    del l[I():4]
    print(l)


case_3()

def case_4():  # list_delitem_index
    class I:
        def __index__(self):
            l.clear()
            return 1
    l = [1, 2, 3, 4]
    try:
        del l[I()]
    except IndexError as e:
        print("IndexError", e)
    print(l)


case_4()

def case_5():  # sort_key_clear
    l = [3, 1, 2]
    def k(x):
        l.clear()
        return x
    try:
        l.sort(key=k)
    except ValueError as e:
        print("ValueError", e)
    print(l)


case_5()

def case_6():  # sort_lt_clear
    class A:
        def __init__(self, v): self.v = v
        def __lt__(self, o):
            l.clear()
            return self.v < o.v
        def __repr__(self): return "A(%d)" % self.v
    l = [A(3), A(1), A(2)]
    try:
        l.sort()
    except ValueError as e:
        print("ValueError", e)
    print(l)


case_6()

def case_7():  # remove_eq_clear
    class E:
        def __eq__(self, o):
            l.clear()
            return True
    l = [1, 2, 3]
    l.remove(E())
    print(l)


case_7()

def case_8():  # insert_index_clear
    class I:
        def __index__(self):
            l.clear()
            return 5
    l = list(range(10))
    l.insert(I(), "x")
    print(l)


case_8()

def case_9():  # pop_index_clear
    class I:
        def __index__(self):
            l.clear()
            return 5
    l = list(range(10))
    try:
        print(l.pop(I()))
    except IndexError as e:
        print("IndexError", e)
    print(l)


case_9()

def case_10():  # ba_insert_clear
    class B:
        def __index__(self):
            ba.clear()
            return 65
    ba = bytearray(b"hello")
    ba.insert(3, B())
    print(ba)


case_10()

def case_11():  # ba_pop_clear
    class I:
        def __index__(self):
            ba.clear()
            return 3
    ba = bytearray(b"hello")
    try:
        print(ba.pop(I()))
    except IndexError as e:
        print("IndexError", e)
    print(ba)


case_11()

def case_12():  # shuffle_len
    import random
    class L(list):
        def __len__(self):
            return 10
    x = L([1, 2, 3])
    try:
        random.shuffle(x)
    except IndexError as e:
        print("IndexError", e)
    print(sorted(list.__iter__(x)))


case_12()

def case_13():  # list_setitem_index_stale
    class I:
        def __index__(self):
            l.extend(range(100))   # the list's items move to a bigger buffer
            return 0
    l = list(range(40))
    l[I()] = "x"
    print(l[0], len(l))


case_13()

def case_14():  # dict_len_underflow_copy
    d = {}
    class K:
        def __hash__(self):
            return 1
        def __eq__(self, other):
            d.clear()          # the dict is emptied while pop() compares keys
            return True
    d[K()] = "v"
    d.pop(K(), None)
    print(len(d))              # the dict's length has wrapped below zero
    c = d.copy()               # a table sized from that length
    c["a"] = 1
    print(c)


case_14()

def case_15():  # contains_uaf
    junk = []
    class E:
        n = 0
        def __eq__(self, other):
            E.n += 1
            if E.n == 1:
                l.extend(range(1000))          # the list's item buffer moves; the old one is freed
                for i in range(200):
                    junk.append("x" * 400)     # reuse the freed buffer with text
            return False
        __hash__ = None
    l = [object() for i in range(40)]
    print(E() in l)
    print(E.n)


case_15()
