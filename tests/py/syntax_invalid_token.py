# A stray character that is not a valid token.
print("before")
x = 5 $ 3
print(x)
