# Unexpected indent at module level.
print("a")
    print("b")
