# Sequence repetition: counts past 64 bits of either sign (operator, *=,
# __mul__/__rmul__), non-int counts, and a right operand's __rmul__.
for expr in ["[1].__mul__(-(2**70))", "(1,).__mul__(2**70)", "'a'.__mul__(2**70)", "'a'.__rmul__(-2**70)", "b'a'.__mul__(2**70)",
             "bytearray(b'a') * -(2**70)", "[1,2] * -3", "3 * (1,)", "True * 'ab'", "'ab' * 2.0", "[1] * None", "'a' * 'b'"]:
    try: print(expr, repr(eval(expr))[:20])
    except Exception as e: print(expr, type(e).__name__, e)
x = [1]; n = 10**20
try: x *= n
except Exception as e: print(type(e).__name__, e)
try: n *= x
except Exception as e: print(type(e).__name__, e)
n = 2; n *= [1, 2]; print(n)
x = [1]; y = x; x *= 3; print(x is y, x); m = 3; m *= y; print(m is y, m)
s = 'ab'
for i in range(3):
    try: s *= -(2**70) if i else 1
    except Exception as e: print(type(e).__name__, e)
class S(str): pass
try: S('a') * 2**70
except Exception as e: print(type(e).__name__, e)
class Foo:
    def __rmul__(self, o): return 42
    def __radd__(self, o): return 43
print('ab' * Foo(), [1] * Foo(), 'a' + Foo(), (1,) + Foo())
for e in ["'ab' * 2.0", "2.0 * 'ab'", "[1] * None", "None * (1,)", "b'x' * 'y'", "'a' * 'b'", "[1] * [2]", "{1} * 2", "'a' * {}"]:
    try: print(eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
x = [1]
try: x *= 1.5
except Exception as ex: print(type(ex).__name__, ex)
s = 'a'
try: s *= None
except Exception as ex: print(type(ex).__name__, ex)
