# A failing + and += on str, tuple, list and bytes (and subclasses): the
# sequence's own concatenation message.
class S(str): pass
class T(tuple): pass
class L(list): pass
for start, other in [(S('a'), 1), (T(), 1), (L(), 1), ('a', b'x'), (b'a', 'x'), ((1,), 'x'), ([1], 2)]:
    try:
        start += other
        print('ok', start)
    except TypeError as e: print(e)
    try:
        start + other
    except TypeError as e: print(e)
class B(bytes): pass
for x, y in [(b'a', 1), (B(b'a'), 'x'), (b'a', None), (b'a', bytearray(b'x')), (b'a', memoryview(b'y'))]:
    try: print(x + y)
    except TypeError as e: print(e)
    try:
        x += y; print(x)
    except TypeError as e: print(e)
