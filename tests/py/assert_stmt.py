# assert statements.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("caught", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("caught", repr(e), str(e))
try:
    assert [], {"msg": [1, 2]}
except AssertionError as e:
    print("caught dict arg", e.args)
def checked_sqrt(x):
    assert x >= 0, f"negative input {x}"
    return x ** 0.5
for v in [4, 2.25, -1, 0]:
    try:
        print(v, checked_sqrt(v))
    except AssertionError as e:
        print(v, "AssertionError:", e)
calls = []
def side(msg):
    calls.append(msg)
    return msg
assert True, side("not evaluated")
try:
    assert 0, side("evaluated")
except AssertionError:
    pass
print(calls)
try:
    assert None, None
except AssertionError as e:
    print("None message", e.args)
print(isinstance(AssertionError(), Exception))
