# Unterminated triple-quoted string.
x = 1
s = """starts here
and never
ends
