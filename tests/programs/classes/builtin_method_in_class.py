# A built-in type's method kept in a class is bound to the class's objects.
class S(list):
    push = list.append
    size = list.__len__
s = S()
s.push(1)
s.push(2)
print(s, s.size(), s.push.__name__)

class Cfg(dict):
    lookup = dict.get
c = Cfg(a=1)
print(c.lookup("a"), c.lookup("b", 0))

class Name(str):
    shout = str.upper
print(Name("hi").shout())

class Wrong:
    up = str.upper
try:
    Wrong().up()
except TypeError as e:
    print(e)
print(S.push(s, 3), s)
