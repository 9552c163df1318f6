# types: the names of the built-in types (FunctionType, GeneratorType, MethodType, ...),
# SimpleNamespace, coroutine and new_class, as CPython's module. Written in Python, compiled
# with the program only when it imports the module.
import sys


def _function():
    pass


def _generator():
    yield


async def _coroutine():
    pass


async def _async_generator():
    yield


class _Class:
    def _method(self):
        pass


FunctionType = LambdaType = type(_function)
GeneratorType = type(_generator())
CoroutineType = type(_coroutine())
AsyncGeneratorType = type(_async_generator())
MethodType = type(_Class()._method)
BuiltinFunctionType = BuiltinMethodType = type(len)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)


class SimpleNamespace:
    def __init__(self, **kwargs):
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        return name + "(" + ", ".join(k + "=" + repr(v) for k, v in self.__dict__.items()) + ")"

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def coroutine(func):
    # A generator is already awaitable here: `await` runs it as `yield from` does.
    return func


def new_class(name, bases=(), kwds=None, exec_body=None):
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns)
