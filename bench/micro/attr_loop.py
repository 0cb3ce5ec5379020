class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def step(self, dx):
        self.x += dx
        self.y -= dx
        return self.x + self.y
def run(n):
    p = Point(0, 0)
    acc = 0
    for i in range(n):
        acc += p.step(i & 3)
    return acc
print(run(1_000_000))
