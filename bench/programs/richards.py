"""Richards: Martin Richards' simulation of an operating system kernel.

Six tasks (an idle task, a worker, two packet handlers and two devices) pass
packets to one another under a priority scheduler.  The classic benchmark
checks two counters after each run: 23246 packets queued and 9297 times a
task held itself.

usage: richards.py [ITERATIONS]   (default 1)
"""
import sys

# Task identifiers (index into the scheduler's task table).
IDLE = 1
WORKER = 2
HANDLER_A = 3
HANDLER_B = 4
DEVICE_A = 5
DEVICE_B = 6
TASK_TABLE_SIZE = 7

# Packet kinds.
DEVICE_PACKET = 1000
WORK_PACKET = 1001

# Task state bits.
PACKET_PENDING = 1
WAITING = 2
HOLDING = 4
RUNNING = 0
WAITING_WITH_PACKET = WAITING | PACKET_PENDING

DATA_SIZE = 4
ALPHABET = "0ABCDEFGHIJKLMNOPQRSTUVWXYZ"

IDLE_COUNT = 10000
EXPECTED_QUEUED = 23246
EXPECTED_HELD = 9297


class Packet:
    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * DATA_SIZE

    def append_to(self, queue):
        """Put this packet at the end of `queue`; return the new head."""
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    def __init__(self, kernel, ident, priority, queue, state):
        self.kernel = kernel
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.state = state
        self.link = kernel.task_list
        kernel.task_list = self
        kernel.tasks[ident] = self

    # The primitives a task body uses; each returns the task to run next.

    def wait(self):
        self.state |= WAITING
        return self

    def hold_self(self):
        self.kernel.held += 1
        self.state |= HOLDING
        return self.link

    def release(self, ident):
        task = self.kernel.tasks[ident]
        task.state &= ~HOLDING
        if task.priority > self.priority:
            return task
        return self

    def send(self, packet):
        target = self.kernel.tasks[packet.dest]
        self.kernel.queued += 1
        packet.link = None
        packet.dest = self.ident
        if target.queue is None:
            target.queue = packet
            target.state |= PACKET_PENDING
            if target.priority > self.priority:
                return target
        else:
            target.queue = packet.append_to(target.queue)
        return self

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, kernel, ident, priority, queue, state, seed, count):
        Task.__init__(self, kernel, ident, priority, queue, state)
        self.seed = seed
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, kernel, ident, priority, queue, state):
        Task.__init__(self, kernel, ident, priority, queue, state)
        self.handler = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.wait()
        # Alternate between the two handlers.
        self.handler = HANDLER_A + HANDLER_B - self.handler
        packet.dest = self.handler
        packet.datum = 0
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.data[i] = ALPHABET[self.letter]
        return self.send(packet)


class HandlerTask(Task):
    def __init__(self, kernel, ident, priority, queue, state):
        Task.__init__(self, kernel, ident, priority, queue, state)
        self.work_queue = None
        self.device_queue = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work_queue = packet.append_to(self.work_queue)
            else:
                self.device_queue = packet.append_to(self.device_queue)
        work = self.work_queue
        if work is not None:
            index = work.datum
            if index >= DATA_SIZE:
                self.work_queue = work.link
                return self.send(work)
            device = self.device_queue
            if device is not None:
                self.device_queue = device.link
                device.datum = work.data[index]
                work.datum = index + 1
                return self.send(device)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, kernel, ident, priority, queue, state):
        Task.__init__(self, kernel, ident, priority, queue, state)
        self.pending = None

    def run(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.wait()
            self.pending = None
            return self.send(pending)
        self.pending = packet
        return self.hold_self()


class Kernel:
    def __init__(self):
        self.tasks = [None] * TASK_TABLE_SIZE
        self.task_list = None
        self.queued = 0
        self.held = 0

    def schedule(self):
        task = self.task_list
        while task is not None:
            state = task.state
            if state == WAITING_WITH_PACKET:
                packet = task.queue
                task.queue = packet.link
                task.state = RUNNING if task.queue is None else PACKET_PENDING
                task = task.run(packet)
            elif state == RUNNING or state == PACKET_PENDING:
                task = task.run(None)
            else:
                task = task.link


def run_once():
    kernel = Kernel()
    IdleTask(kernel, IDLE, 0, None, RUNNING, 1, IDLE_COUNT)

    queue = Packet(None, 0, WORK_PACKET)
    queue = Packet(queue, 0, WORK_PACKET)
    WorkerTask(kernel, WORKER, 1000, queue, WAITING_WITH_PACKET)

    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_A, DEVICE_PACKET)
    HandlerTask(kernel, HANDLER_A, 2000, queue, WAITING_WITH_PACKET)

    queue = None
    for _ in range(3):
        queue = Packet(queue, DEVICE_B, DEVICE_PACKET)
    HandlerTask(kernel, HANDLER_B, 3000, queue, WAITING_WITH_PACKET)

    DeviceTask(kernel, DEVICE_A, 4000, None, WAITING)
    DeviceTask(kernel, DEVICE_B, 5000, None, WAITING)

    kernel.schedule()
    return kernel.queued, kernel.held


def main(iterations):
    total_queued = total_held = 0
    ok = True
    for _ in range(iterations):
        queued, held = run_once()
        total_queued += queued
        total_held += held
        if queued != EXPECTED_QUEUED or held != EXPECTED_HELD:
            ok = False
    print("queued %d held %d" % (queued, held))
    print("total queued %d held %d" % (total_queued, total_held))
    print("ok" if ok else "WRONG")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
