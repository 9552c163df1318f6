# classmethod and staticmethod objects give their function as __func__ (and __wrapped__).
class B:
    @classmethod
    def c(cls):
        return cls.__name__
    @staticmethod
    def s():
        return 1
cm = B.__dict__['c']
sm = B.__dict__['s']
print(cm.__func__.__name__, sm.__func__(), cm.__func__(B), sm.__wrapped__ is sm.__func__)
print(type(cm).__name__, type(sm).__name__)
