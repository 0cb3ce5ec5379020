# Bad indentation: unindent does not match any outer level.
def f():
        x = 1
    return x
print(f())
