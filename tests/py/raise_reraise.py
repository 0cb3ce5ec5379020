# raise forms: class, instance, bare raise, raise in nested functions.
def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError("with message")
def raise_args():
    raise ValueError("a", 1, None)
for fn in (raise_class, raise_instance, raise_args):
    try:
        fn()
    except ValueError as e:
        print(fn.__name__, repr(e), e.args, str(e))
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise object
except TypeError as e:
    print("TypeError:", e)
def reraise_after_log():
    try:
        {}["x"]
    except KeyError:
        print("logging then re-raising")
        raise
try:
    reraise_after_log()
except KeyError as e:
    print("outer got", repr(e))
def reraise_saved():
    saved = None
    try:
        raise IndexError("saved")
    except IndexError as e:
        saved = e
    raise saved
try:
    reraise_saved()
except IndexError as e:
    print("re-raised saved", e)
class CustomInit(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise CustomInit(404)
except CustomInit as e:
    print(e, e.code, e.args)
def gen_raise():
    yield 1
    raise StopIteration("inside gen")
try:
    list(gen_raise())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
try:
    exc = ValueError("x")
    raise exc.with_traceback(None)
except ValueError as e:
    print("with_traceback ok", e)
n = 0
for i in range(500):
    try:
        raise ValueError(i)
    except ValueError as e:
        n += e.args[0]
print("sum of args", n)
