# AssertionError messages and usage in validation helpers.
def check(cond, msg=None):
    try:
        if msg is None:
            assert cond
        else:
            assert cond, msg
        return "ok"
    except AssertionError as e:
        return f"AssertionError(args={e.args}, str={str(e)!r})"
print(check(True))
print(check(False))
print(check(0, "zero is falsy"))
print(check([], ["list", "message"]))
print(check("", 123))
print(check(None, None))
x = 5
print(check(x > 10, f"x={x} must be > 10"))
print(check(x == 5, "not shown"))
def validate_user(u):
    assert isinstance(u, dict), "user must be a dict"
    assert "name" in u, "missing name"
    assert len(u["name"]) >= 2, f"name too short: {u['name']!r}"
    return "valid " + u["name"]
for u in [{"name": "Al"}, {"name": "A"}, {}, ["x"]]:
    try:
        print(validate_user(u))
    except AssertionError as e:
        print("invalid:", e)
try:
    assert (1, "tuple is truthy")
    print("tuple assert passed (common mistake)")
except AssertionError:
    print("never")
try:
    raise AssertionError("raised directly", 2)
except AssertionError as e:
    print(e, e.args)
