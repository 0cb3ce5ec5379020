import os, sys, types
root = sys.argv[1]
out = open(sys.argv[2], 'w')
def dump(co, lines):
    lines.append("|".join(map(str, [co.co_qualname, co.co_name, co.co_firstlineno, co.co_argcount, co.co_posonlyargcount,
        co.co_kwonlyargcount, co.co_flags & 0x10003ff, ",".join(co.co_varnames), ",".join(co.co_cellvars), ",".join(co.co_freevars)])))
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            dump(c, lines)
for dp, dn, fn in os.walk(root):
    for f in fn:
        if not f.endswith('.py'): continue
        p = os.path.join(dp, f)
        try:
            src = open(p, encoding='utf-8').read()
        except Exception:
            continue
        try:
            co = compile(src, '<corpus>', 'exec', dont_inherit=True)
        except Exception as e:
            out.write(f"FILE {p}\nERR\n")
            continue
        lines = []
        dump(co, lines)
        out.write(f"FILE {p}\n" + "\n".join(lines) + "\n")
