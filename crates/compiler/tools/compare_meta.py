import sys, collections
def load(p):
    d = {}; cur = None
    for line in open(p):
        line = line.rstrip('\n')
        if line.startswith('FILE '):
            cur = line[5:]; d[cur] = []
        else:
            d[cur].append(line)
    return d
a = load(sys.argv[1]); b = load(sys.argv[2])
nd = 0; kinds = collections.Counter()
for f in sorted(a):
    if f not in b: continue
    if b[f] in (['UNSUPPORTED'],) or a[f] == ['ERR']: continue
    if a[f] != b[f]:
        ca = collections.Counter(a[f]); cb = collections.Counter(b[f])
        if ca == cb:
            kinds['order'] += 1
            continue
        nd += 1
        if nd <= int(sys.argv[3]) if len(sys.argv) > 3 else 20:
            print("==", f)
            for x in (ca - cb).elements(): print("  cpy :", x)
            for x in (cb - ca).elements(): print("  ours:", x)
print("files differing:", nd, dict(kinds))
