"""Queues: FIFO, LIFO and priority (Stitch's implementation).

Stitch runs a single thread, so a blocking call that would have to wait for
another thread can never succeed: with a timeout it waits that long and then
raises Empty/Full (as CPython would), and without a timeout (where CPython
would hang forever) it raises RuntimeError instead of deadlocking.
"""

import time
from collections import deque
from heapq import heappush, heappop

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    __module__ = '_queue'


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


def _wait_or_fail(block, timeout, exc, what):
    """Called when an operation cannot proceed now: nothing can change the
    queue while we wait, so fail the way the blocking call would end."""
    if not block:
        raise exc
    if timeout is None:
        raise RuntimeError('%s would block forever: no other thread can '
                           'change the queue' % what)
    if timeout > 0:
        time.sleep(timeout)
    raise exc


class Queue:
    '''Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    '''

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        '''Indicate that a formerly enqueued task is complete.'''
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        '''Block until all items in the queue have been gotten and processed.'''
        if self.unfinished_tasks:
            raise RuntimeError('join() would block forever: no other thread '
                               'can call task_done()')

    def qsize(self):
        '''Return the approximate size of the queue.'''
        return self._qsize()

    def empty(self):
        '''Return True if the queue is empty, False otherwise.'''
        return not self._qsize()

    def full(self):
        '''Return True if the queue is full, False otherwise.'''
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        '''Put an item into the queue.

        If the queue is full: with block false raise Full at once, with a
        timeout raise Full after waiting that long.
        '''
        if self.maxsize > 0:
            if block:
                _check_timeout(timeout)
            if self._qsize() >= self.maxsize:
                _wait_or_fail(block, timeout, Full, 'put()')
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.

        If the queue is empty: with block false raise Empty at once, with a
        timeout raise Empty after waiting that long.
        '''
        if block:
            _check_timeout(timeout)
        if not self._qsize():
            _wait_or_fail(block, timeout, Empty, 'get()')
        return self._get()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.'''
        return self.get(block=False)

    # Override these methods to implement other queue organizations.

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        return _alias(cls, item)


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    '''Simple, unbounded, reentrant FIFO queue.'''
    __module__ = '_queue'

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        '''Put the item on the queue (never blocks).'''
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        '''Remove and return an item from the queue.'''
        if block:
            _check_timeout(timeout)
        if not self._queue:
            _wait_or_fail(block, timeout, Empty, 'get()')
        return self._queue.popleft()

    def put_nowait(self, item):
        '''Put an item into the queue without blocking.'''
        return self.put(item, block=False)

    def get_nowait(self):
        '''Remove and return an item from the queue without blocking.'''
        return self.get(False)

    def empty(self):
        '''Return True if the queue is empty, False otherwise.'''
        return len(self._queue) == 0

    def qsize(self):
        '''Return the approximate size of the queue.'''
        return len(self._queue)

    def __class_getitem__(cls, item):
        return _alias(cls, item)


def _alias(cls, item):
    from types import GenericAlias
    return GenericAlias(cls, item)
