import queue
from queue import Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full


def attempt(f, *args, **kw):
    try:
        print('ok', repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, repr(e))


for cls in (Queue, LifoQueue, PriorityQueue):
    q = cls()
    print(cls.__name__, q.maxsize, q.qsize(), q.empty(), q.full())
    for x in [5, 1, 4, 2, 3]:
        q.put(x)
    print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
    print([q.get() for _ in range(3)], q.get_nowait(), q.get(block=False))
    attempt(q.get_nowait)
    attempt(q.get, False)
    attempt(q.get, timeout=0)
    attempt(q.get, True, 0.01)
    attempt(q.get, timeout=-1)
    print(q.unfinished_tasks)
    for _ in range(5):
        q.task_done()
    attempt(q.task_done)
    q.join()
    print('joined', q.empty())

bq = Queue(maxsize=2)
bq.put('a')
bq.put_nowait('b')
print(bq.full(), bq.qsize())
attempt(bq.put, 'c', block=False)
attempt(bq.put_nowait, 'c')
attempt(bq.put, 'c', timeout=0.01)
attempt(bq.put, 'c', True, -2)
print(bq.get(), bq.full(), list(bq.queue))
bq.put('c')
print(list(bq.queue), type(bq.queue).__name__)

lq = LifoQueue(3)
for x in 'xyz':
    lq.put(x)
attempt(lq.put_nowait, 'w')
print(lq.queue, lq.get(), lq.get(), lq.queue)

pq = PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'A'), (5, 'e'), (0, 'z')]:
    pq.put(item)
print(pq.queue[0], [pq.get() for _ in range(pq.qsize())])

sq = SimpleQueue()
print(sq.empty(), sq.qsize())
for x in range(4):
    sq.put(x * x)
sq.put_nowait('last')
print(sq.qsize(), sq.get(), sq.get(block=False), sq.get(timeout=1), sq.get_nowait(), sq.get(), sq.empty())
attempt(sq.get_nowait)
attempt(sq.get, timeout=0.01)
attempt(sq.get, timeout=-1)


class SortedQ(Queue):
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        self.queue.append(item)
        self.queue.sort(reverse=True)
    def _get(self):
        return self.queue.pop()

s = SortedQ()
for w in ['pear', 'apple', 'fig', 'banana']:
    s.put(w)
print([s.get() for _ in range(4)])

print(issubclass(Empty, Exception), issubclass(Full, Exception), Empty.__name__, Full.__name__)
print(Empty, Full, SimpleQueue, Queue)
try:
    Queue().get(block=False)
except queue.Empty as e:
    print('caught Empty', repr(e), str(e) == '')
print(sorted(queue.__all__))
