class A:
    def who(self):
        return "A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(A):
    def who(self):
        return "C" + super().who()
class D(B, C):
    def who(self):
        return "D" + super().who()
print(D().who(), [k.__name__ for k in [D, B, C, A]])
class Base:
    greeting = "hi"
    def hello(self):
        return self.greeting + " from " + type(self).__name__
class Child(Base):
    greeting = "yo"
print(Child().hello(), Base().hello())
