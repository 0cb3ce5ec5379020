# Helper module that itself imports another helper module.
import mod_helper
from mod_helper import Square as _Sq
def big_square(n):
    return _Sq(n * 10)
def helper_constant():
    return mod_helper.CONSTANT
