# types: SimpleNamespace, MethodType binding, names of the built-in types; __slots__ beside __dict__.
import types
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]))
class A:
    pass
def hello(self): return 'hi ' + type(self).__name__
a = A(); a.hello = types.MethodType(hello, a)
print(a.hello(), isinstance(hello, types.FunctionType), isinstance(len, types.BuiltinFunctionType), type(types).__name__, types.MappingProxyType)
class P:
    __slots__ = ('args', '__dict__')
p = P(); p.args = 1
print(p.__dict__)
print(p.args)
p.x = 5
print(p.__dict__, p.args, p.x)
