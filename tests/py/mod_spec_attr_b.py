"""Second helper module for spec_attr_modules.py."""

v = 2


def g():
    return 20
