# os and os.path basics: joining, splitting, existence checks, environment.
import os, os.path
from os.path import join, splitext
print(os.path.join("a", "b", "c.txt"), join("/x", "/y"), os.path.basename("/a/b/c.py"), os.path.dirname("/a/b/c.py"))
print(splitext("archive.tar.gz"), splitext(".bashrc"), splitext("a/b.c/d"), os.path.split("/a/b/"), os.path.split("x"))
print(os.path.exists("/tmp"), os.path.isdir("/tmp"), os.path.isfile("/tmp"), os.path.exists("/nonexistent_zz"))
print(os.sep, os.path.normpath("/a/./b/../c//d"), os.path.isabs("/a"), isinstance(os.getcwd(), str), "HOME" in os.environ or "PATH" in os.environ)
print(os.getenv("NO_SUCH_VAR_ZZ", "dflt"), os.path.abspath("/a/../b"))
