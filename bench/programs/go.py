"""Go: choose a move on an empty 9x9 board by Monte-Carlo tree search (UCT).

Every simulated game walks the search tree from the root, expanding one new
node, then finishes with uniformly random "useful" moves until both players
pass; the result is propagated back up the path.  Groups of stones are kept
in union-find form with their liberty counts, and a Zobrist hash of every
position seen forbids repeating a position (positional superko).  `random`
is seeded, so the search is deterministic.

usage: go.py [GAMES]   (default 20; the number of simulated games)
"""
import sys
import math
import random

SIZE = 9
KOMI = 7.5
EMPTY, WHITE, BLACK = 0, 1, 2
PASS = -1
MAX_MOVES = SIZE * SIZE * 3
SHOW = {EMPTY: ".", WHITE: "o", BLACK: "x"}
COLUMNS = "ABCDEFGHJ"

# Global clocks: a stone's `timestamp` marks it as visited during one
# usefulness check, `removestamp` during one capture.
TIMESTAMP = 0
MOVES = 0


def opponent(color):
    return WHITE if color == BLACK else BLACK


def pos_name(pos):
    if pos == PASS:
        return "pass"
    y, x = divmod(pos, SIZE)
    return "%s%d" % (COLUMNS[x], y + 1)


class Point:
    def __init__(self, board, pos):
        self.board = board
        self.pos = pos
        self.timestamp = TIMESTAMP
        self.removestamp = TIMESTAMP
        self.zobrist = [random.getrandbits(64) for _ in range(3)]
        self.color = EMPTY
        self.used = False
        self.leader = self
        self.liberties = 0
        self.temp_liberties = 0
        self.neighbours = []

    def link(self):
        y, x = divmod(self.pos, SIZE)
        for dx, dy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            nx, ny = x + dx, y + dy
            if 0 <= nx < SIZE and 0 <= ny < SIZE:
                self.neighbours.append(self.board.points[ny * SIZE + nx])

    def find(self, compress=False):
        """The stone representing this stone's group."""
        leader = self.leader
        if leader.pos != self.pos:
            leader = leader.find(compress)
            if compress:
                self.leader = leader
        return leader

    def place(self, color):
        global TIMESTAMP, MOVES
        TIMESTAMP += 1
        MOVES += 1
        board = self.board
        board.zobrist.update(self, color)
        self.color = color
        self.leader = self
        self.liberties = 0
        self.used = True
        for n in self.neighbours:
            ncolor = n.color
            if ncolor == EMPTY:
                self.liberties += 1
                continue
            group = n.find(True)
            if ncolor == color:
                # merge the neighbouring group into this stone's group
                if group.leader.pos != self.pos:
                    self.liberties += group.liberties
                    group.leader = self
                self.liberties -= 1
            else:
                group.liberties -= 1
                if group.liberties == 0:
                    n.capture(group)
        board.zobrist.remember()

    def capture(self, group, update=True):
        """Remove the stones of `group` connected to this one.  With
        update=False only the hash and the visit stamps change (a trial
        capture while judging a move)."""
        board = self.board
        board.zobrist.update(self, EMPTY)
        self.removestamp = TIMESTAMP
        if update:
            self.color = EMPTY
            board.empties.add(self.pos)
        for n in self.neighbours:
            if n.color != EMPTY and n.removestamp != TIMESTAMP:
                ngroup = n.find(update)
                if ngroup.pos == group.pos:
                    n.capture(group, update)
                elif update:
                    ngroup.liberties += 1


class EmptySet:
    """The empty points, with O(1) removal and random choice."""

    def __init__(self, board):
        self.board = board
        self.items = list(range(SIZE * SIZE))
        self.where = list(range(SIZE * SIZE))

    def random_choice(self):
        n = len(self.items)
        while n:
            i = int(random.random() * n)
            pos = self.items[i]
            if self.board.useful(pos):
                return pos
            # move the useless point out of the way and try another
            n -= 1
            self.put(i, self.items[n])
            self.put(n, pos)
        return PASS

    def add(self, pos):
        self.where[pos] = len(self.items)
        self.items.append(pos)

    def remove(self, pos):
        self.put(self.where[pos], self.items[-1])
        self.items.pop()

    def put(self, i, pos):
        self.items[i] = pos
        self.where[pos] = i


class Zobrist:
    def __init__(self, board):
        self.board = board
        self.value = 0
        for p in board.points:
            self.value ^= p.zobrist[EMPTY]
        self.seen = {self.value}

    def update(self, point, color):
        self.value ^= point.zobrist[point.color] ^ point.zobrist[color]

    def remember(self):
        self.seen.add(self.value)

    def repeated(self):
        return self.value in self.seen


class Board:
    def __init__(self):
        self.points = [Point(self, pos) for pos in range(SIZE * SIZE)]
        for p in self.points:
            p.link()
        self.reset()

    def reset(self):
        for p in self.points:
            p.color = EMPTY
            p.used = False
        self.empties = EmptySet(self)
        self.zobrist = Zobrist(self)
        self.color = BLACK
        self.finished = False
        self.last_move = -2
        self.history = []

    def play(self, pos):
        if pos != PASS:
            self.points[pos].place(self.color)
            self.empties.remove(pos)
        elif self.last_move == PASS:
            self.finished = True
        self.color = opponent(self.color)
        self.last_move = pos
        self.history.append(pos)

    def replay(self, history):
        for pos in history:
            self.play(pos)

    def random_move(self):
        return self.empties.random_choice()

    def useful(self, pos):
        """A move is useful unless it fills one of our own eyes, is suicide,
        or repeats an earlier position."""
        global TIMESTAMP
        TIMESTAMP += 1
        point = self.points[pos]
        if not point.used:
            for n in point.neighbours:
                if n.color == EMPTY:
                    return True
        saved_hash = self.zobrist.value
        self.zobrist.update(point, self.color)
        empties = opps = weak_opps = neighs = weak_neighs = 0
        for n in point.neighbours:
            ncolor = n.color
            if ncolor == EMPTY:
                empties += 1
                continue
            group = n.find()
            if group.timestamp != TIMESTAMP:
                if ncolor == self.color:
                    neighs += 1
                else:
                    opps += 1
                group.timestamp = TIMESTAMP
                group.temp_liberties = group.liberties
            group.temp_liberties -= 1
            if group.temp_liberties == 0:
                if ncolor == self.color:
                    weak_neighs += 1
                else:
                    weak_opps += 1
                    group.capture(group, update=False)
        repeated = self.zobrist.repeated()
        self.zobrist.value = saved_hash
        strong_neighs = neighs - weak_neighs
        strong_opps = opps - weak_opps
        return not repeated and bool(
            empties or weak_opps or (strong_neighs and (strong_opps or weak_neighs)))

    def useful_moves(self):
        return [pos for pos in self.empties.items if self.useful(pos)]

    def score(self, color):
        """Area score: stones plus empty points surrounded by `color`."""
        count = KOMI if color == WHITE else 0
        for p in self.points:
            if p.color == color:
                count += 1
            elif p.color == EMPTY:
                if all(n.color == color for n in p.neighbours):
                    count += 1
        return count

    def __str__(self):
        rows = []
        for y in range(SIZE - 1, -1, -1):
            row = " ".join(SHOW[self.points[y * SIZE + x].color] for x in range(SIZE))
            rows.append("%d %s" % (y + 1, row))
        rows.append("  " + " ".join(COLUMNS))
        return "\n".join(rows)


class Node:
    def __init__(self, pos=PASS, parent=None):
        self.pos = pos
        self.parent = parent
        self.wins = 0
        self.losses = 0
        self.children = [None] * (SIZE * SIZE)
        self.best = None
        self.unexplored = []

    def simulate(self, board):
        """One game: descend (expanding one node), play out, back up."""
        color = board.color
        node = self
        path = [node]
        while True:
            pos = node.select()
            if pos == PASS:
                break
            board.play(pos)
            child = node.children[pos]
            if child is None:
                child = node.children[pos] = Node(pos, node)
                child.unexplored = board.useful_moves()
                path.append(child)
                break
            path.append(child)
            node = child
        for _ in range(MAX_MOVES):
            if board.finished:
                break
            board.play(board.random_move())
        black_wins = board.score(BLACK) >= board.score(WHITE)
        for node in path:
            # the player who made the move leading to `node`
            color = opponent(color)
            if black_wins == (color == BLACK):
                node.wins += 1
            else:
                node.losses += 1
            if node.parent is not None:
                node.parent.best = node.parent.best_child()

    def select(self):
        """An unexplored move if there is one, else the best child's."""
        if self.unexplored:
            i = random.randrange(len(self.unexplored))
            pos = self.unexplored[i]
            self.unexplored[i] = self.unexplored[-1]
            self.unexplored.pop()
            return pos
        if self.best is not None:
            return self.best.pos
        return PASS

    def visits(self):
        return self.wins + self.losses

    def uct_score(self):
        rate = self.wins / self.visits()
        parent_visits = self.parent.visits()
        if not parent_visits:
            return rate
        return rate + math.sqrt(math.log(parent_visits) / (5 * self.visits()))

    def best_child(self):
        best = None
        best_score = -1
        for child in self.children:
            if child is not None:
                score = child.uct_score()
                if score > best_score:
                    best, best_score = child, score
        return best

    def most_visited(self):
        best = None
        most = -1
        for child in self.children:
            if child is not None and child.visits() > most:
                best, most = child, child.visits()
        return best


def computer_move(board, games):
    if board.random_move() == PASS:
        return PASS, None
    root = Node()
    root.unexplored = board.useful_moves()
    scratch = Board()
    for _ in range(games):
        scratch.reset()
        scratch.replay(board.history)
        root.simulate(scratch)
    return root.most_visited().pos, root


def main(games):
    random.seed(1)
    board = Board()
    for _ in range(2):
        pos, root = computer_move(board, games)
        stats = sorted(((c.visits(), c.wins, c.pos) for c in root.children if c is not None),
                       reverse=True)[:5]
        print("%s plays %s  (root %d/%d;  top: %s)" % (
            SHOW[board.color], pos_name(pos), root.wins, root.visits(),
            ", ".join("%s %d/%d" % (pos_name(p), w, v) for v, w, p in stats)))
        board.play(pos)
    print(board)
    print("simulated moves:", MOVES)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
