import os, sys, types, dis
root = sys.argv[1]
out = open(sys.argv[2], 'w')
OPS = {'LOAD_NAME','STORE_NAME','DELETE_NAME','LOAD_GLOBAL','STORE_GLOBAL','DELETE_GLOBAL','LOAD_FAST','STORE_FAST',
       'DELETE_FAST','LOAD_DEREF','STORE_DEREF','DELETE_DEREF','LOAD_CLASSDEREF','LOAD_CLOSURE','LOAD_ATTR','STORE_ATTR',
       'DELETE_ATTR','LOAD_METHOD','IMPORT_NAME','IMPORT_FROM','IMPORT_STAR','SETUP_ANNOTATIONS','LOAD_BUILD_CLASS',
       'YIELD_VALUE','GET_YIELD_FROM_ITER','BEFORE_WITH','CHECK_EXC_MATCH','PUSH_EXC_INFO','PRINT_EXPR','LOAD_ASSERTION_ERROR',
       'FORMAT_VALUE','BUILD_STRING','UNPACK_SEQUENCE','UNPACK_EX','DICT_MERGE','DICT_UPDATE','SET_UPDATE','CALL_FUNCTION_EX',
       'BUILD_SLICE','BINARY_SUBSCR','STORE_SUBSCR','DELETE_SUBSCR','RAISE_VARARGS','GET_ITER','FOR_ITER','MAKE_FUNCTION'}
REN = {'LOAD_FAST_CHECK':'LOAD_FAST'}
def dump(co, lines):
    s = set()
    for ins in dis.get_instructions(co):
        op = REN.get(ins.opname, ins.opname)
        if op not in OPS: continue
        if op in ('IMPORT_STAR','SETUP_ANNOTATIONS','LOAD_BUILD_CLASS','YIELD_VALUE','GET_YIELD_FROM_ITER','BEFORE_WITH','CHECK_EXC_MATCH','PUSH_EXC_INFO','PRINT_EXPR','LOAD_ASSERTION_ERROR','LIST_TO_TUPLE','BINARY_SUBSCR','STORE_SUBSCR','DELETE_SUBSCR','GET_ITER','FOR_ITER'):
            s.add(op)
        elif op in ('FORMAT_VALUE','BUILD_STRING','UNPACK_SEQUENCE','UNPACK_EX','DICT_MERGE','DICT_UPDATE','SET_UPDATE','LIST_EXTEND','CALL_FUNCTION_EX','BUILD_SLICE','RAISE_VARARGS','MAKE_FUNCTION'):
            s.add(f"{op} {ins.arg}")
        else:
            s.add(f"{op} {ins.argval}")
    lines.append(co.co_qualname + "|" + " ; ".join(sorted(s)))
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            dump(c, lines)
for dp, dn, fn in os.walk(root):
    for f in fn:
        if not f.endswith('.py'): continue
        p = os.path.join(dp, f)
        try:
            src = open(p, encoding='utf-8').read()
            co = compile(src, '<corpus>', 'exec', dont_inherit=True)
        except Exception:
            out.write(f"FILE {p}\nERR\n"); continue
        lines = []
        dump(co, lines)
        out.write(f"FILE {p}\n" + "\n".join(lines) + "\n")
