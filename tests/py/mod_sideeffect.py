# Helper module that prints on first import (tests import caching).
print("mod_sideeffect: executing module body, __name__ =", __name__)
value = [1, 2, 3]
