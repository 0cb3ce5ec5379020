# A sequence iterator a specialized loop ran to its end stays exhausted: items
# appended later are not seen; a loop left early leaves the rest.
def run():
    l = [1, 2]
    it = iter(l)
    for x in it:
        pass
    l.append(3)
    print(list(it), next(it, "done"))
    t = (1, 2)
    it = iter(t)
    for x in it:
        pass
    print(list(it))
    l = [1, 2, 3]
    it = iter(l)
    for x in it:
        break
    print(list(it))
    l = [1, 2, 3]
    for x in l:
        if x == 2:
            l.append(4)
        print(x, end=" ")
    print()
# Enough runs for the loops to specialize (FOR_ITER_LIST, FOR_ITER_TUPLE).
for _ in range(20):
    run()
