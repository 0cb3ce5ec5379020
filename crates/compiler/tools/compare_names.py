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
only_c = collections.Counter(); only_o = collections.Counter(); examples = {}
for f in a:
    if f not in b or b[f] == ['UNSUPPORTED'] or a[f] == ['ERR'] or b[f] == ['ERR']: continue
    ca = collections.defaultdict(list); cb = collections.defaultdict(list)
    for l in a[f]:
        q, _, rest = l.partition('|'); ca[q].append(set(rest.split(' ; ')) - {''})
    for l in b[f]:
        q, _, rest = l.partition('|'); cb[q].append(set(rest.split(' ; ')) - {''})
    for q in ca:
        if q not in cb: continue
        sa = set().union(*ca[q]); sb = set().union(*cb[q])
        for x in sa - sb:
            k = x.split(' ')[0]; only_c[k] += 1; examples.setdefault(('c',k), []).append((f, q, x))
        for x in sb - sa:
            k = x.split(' ')[0]; only_o[k] += 1; examples.setdefault(('o',k), []).append((f, q, x))
print("only cpython:", only_c.most_common())
print("only ours:", only_o.most_common())
for key in sys.argv[3:]:
    side, k = key.split(':')
    for e in examples.get((side, k), [])[:8]: print(key, e)
