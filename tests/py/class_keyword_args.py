# Class keyword arguments passed to __init_subclass__ and bases given as expressions.
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, priority=0, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
class Alpha(Plugin, name="alpha", priority=5):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta, priority=9):
    pass
for k, v in Plugin.registry.items():
    print(k, v.__name__, v.priority)
try:
    class Bad(Plugin, unknown=1):
        pass
except TypeError as e:
    print("TypeError:", e)
bases = (dict,)
class D(*bases):
    pass
print(D.__mro__)
def pick_base(flag):
    return list if flag else tuple
class L(pick_base(True)):
    pass
print(L([1, 2]), L.__bases__)
kw = {"name": "from-dict", "priority": -1}
class Delta(Plugin, **kw):
    pass
print(Delta.plugin_name, Delta.priority)
try:
    class E(object, foo=1):
        pass
except TypeError as e:
    print("TypeError:", e)
