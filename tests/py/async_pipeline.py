# A tiny cooperative scheduler written with async/await only (no event
# loop module): tasks are coroutines, `sleep` is an awaitable that hands
# a wake-up time to the scheduler.
import heapq

class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)

class Scheduler:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.log = []

    def spawn(self, coro, name):
        heapq.heappush(self.queue, (self.now, self.seq, name, coro))
        self.seq += 1

    def run(self):
        results = {}
        while self.queue:
            self.now, _, name, coro = heapq.heappop(self.queue)
            try:
                cmd = coro.send(None)
            except StopIteration as e:
                results[name] = e.value
                self.log.append((self.now, name, "done"))
                continue
            kind, ticks = cmd
            self.log.append((self.now, name, kind, ticks))
            heapq.heappush(self.queue, (self.now + ticks, self.seq, name, coro))
            self.seq += 1
        return results

async def producer(n, out):
    for i in range(n):
        await Sleep(2)
        out.append(i)
    return f"produced {n}"

async def ticker(n):
    total = 0
    for i in range(n):
        await Sleep(3)
        total += i
    return total

async def numbers(n):
    for i in range(n):
        await Sleep(1)
        yield i

async def summer(n):
    acc = 0
    async for v in numbers(n):
        acc += v
    squares = [v * v async for v in numbers(3)]
    return acc, squares

sched = Scheduler()
out = []
sched.spawn(producer(4, out), "producer")
sched.spawn(ticker(3), "ticker")
sched.spawn(summer(5), "summer")
results = sched.run()
print(sorted(results.items()))
print(out)
for entry in sched.log:
    print(entry)

# exceptions travel through awaits and async generators
async def failing():
    await Sleep(1)
    raise ValueError("deep failure")

async def middle():
    try:
        return await failing()
    except ValueError as e:
        return "recovered: " + str(e)

s = Scheduler()
s.spawn(middle(), "middle")
print(s.run())

async def uncaught():
    await failing()

s = Scheduler()
s.spawn(uncaught(), "uncaught")
s.run()
