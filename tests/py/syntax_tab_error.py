# Tab/space inconsistency is a TabError.
if True:
        x = 1
	y = 2
