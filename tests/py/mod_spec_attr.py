"""Helper module for spec_attr_modules.py."""

value = 10


def f(x):
    return x + value
