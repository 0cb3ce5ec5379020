"""An embedded module used by the tests of the embedded-module loader."""
ANSWER = 42

def double(x):
    return 2 * x
