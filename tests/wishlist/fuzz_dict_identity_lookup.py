# Found by stitch-fuzz (seeds 8, 16, 38): CPython's dict lookup checks
# whether a probed entry IS the key before comparing hashes, so a key whose
# __hash__ changed is still found when the new hash probes its old slot.
# (Sets compare hashes first in CPython too, so they do not find it.)
class K:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
k = K(0)
d = {k: 'v'}
s = {k}
k.h = 8        # another hash, same slot of an 8-slot table
print(k in d, k in s, d.get(k), len(d))
d[k] = 'w'
print(len(d), list(d.values()))
