"""Random variable generators, Stitch edition.

The Mersenne Twister (MT19937) generator of the runtime's `_random` module
plus distribution functions whose draws follow the same sequence of
underlying calls as CPython 3.11, so that a given seed produces the same
results.
"""

import math as _math
import _random

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices",
    "expovariate", "gammavariate", "gauss", "getrandbits", "getstate",
    "lognormvariate", "normalvariate", "paretovariate", "randbytes",
    "randint", "random", "randrange", "sample", "seed", "setstate",
    "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate",
]

_log = _math.log
_exp = _math.exp
_sqrt = _math.sqrt
_cos = _math.cos
_sin = _math.sin
_acos = _math.acos
_pi = _math.pi
_e = _math.e

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53
RECIP_BPF = 2.0 ** -BPF

_N = 624
_MASK32 = 0xFFFFFFFF


def _index(x):
    # operator.index() without importing operator (a Python module here).
    if type(x) is int:
        return x
    if isinstance(x, int):
        return int(x)
    f = getattr(type(x), "__index__", None)
    if f is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(x).__name__)
    return f(x)


_ONE = 1

try:
    _bytearray = bytearray
except NameError:  # Stitch has no bytearray yet
    class _bytearray:
        pass
_STRLIKE = (str, bytes, _bytearray)
_SEEDABLE = (type(None), int, float, str, bytes, _bytearray)


def _bytes_to_int_big(b):
    n = 0
    for c in b:
        n = (n << 8) | c
    return n


def _int_to_bytes_little(n, length):
    return bytes([(n >> (8 * i)) & 0xFF for i in range(length)])


def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _accumulate(it):
    out = []
    first = True
    total = None
    for v in it:
        if first:
            total = v
            first = False
        else:
            total = total + v
        out.append(total)
    return out


def _is_sequence(x):
    if type(x) in (list, tuple, range, str, bytes):
        return True
    if type(x) in (set, frozenset, dict):
        return False
    try:
        from collections.abc import Sequence
        return isinstance(x, Sequence)
    except ImportError:
        return isinstance(x, (list, tuple, str, range, bytes, _bytearray))


_entropy_counter = [0]


def _entropy():
    """A seed for seed(None): no os.urandom here, so mix time and ids."""
    import time
    _entropy_counter[0] += 1
    parts = [time.time_ns() if hasattr(time, "time_ns") else int(time.time() * 1e9),
             time.perf_counter_ns() if hasattr(time, "perf_counter_ns") else 0,
             id(object()), _entropy_counter[0]]
    # init_by_array() mixes every bit of the key, so concatenating is enough.
    n = 0
    for p in parts:
        n = (n << 64) | (p & 0xFFFFFFFFFFFFFFFF)
    return n


class Random:
    """Random number generator based on the Mersenne Twister (MT19937)."""

    VERSION = 3

    def __init__(self, x=None):
        # The generator's words and position (see the runtime's _random).
        self._state = _random.new_state()
        self.gauss_next = None
        self.seed(x)

    # ---- core generator -------------------------------------------------

    def _seed_int(self, n):
        # n: a non-negative int
        _random.seed(self._state, n)

    def seed(self, a=None, version=2):
        """Initialize internal state from a seed (None, int, float, str,
        bytes or bytearray)."""
        if version == 1 and isinstance(a, (str, bytes)):
            if isinstance(a, bytes):
                a = a.decode("latin-1")
            x = (ord(a[0]) << 7) if a else 0
            for ch in a:
                x = ((1000003 * x) ^ ord(ch)) & 0xFFFFFFFFFFFFFFFF
            x ^= len(a)
            a = -2 if x == -1 else x
        elif version == 2 and isinstance(a, _STRLIKE):
            if isinstance(a, str):
                a = a.encode()
            from _sha512 import sha512_digest
            a = bytes(a)
            a = _bytes_to_int_big(a + sha512_digest(a))
        elif not isinstance(a, _SEEDABLE):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        if a is None:
            n = _entropy()
        elif isinstance(a, int):
            n = int(a)
            if n < 0:
                n = -n
        else:
            n = hash(a) & 0xFFFFFFFFFFFFFFFF
        self._seed_int(n)
        self.gauss_next = None

    def getstate(self):
        """Return internal state; can be passed to setstate() later."""
        return (self.VERSION, _random.getstate(self._state), self.gauss_next)

    def setstate(self, state):
        """Restore internal state from an object returned by getstate()."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            self._setstate_core(internalstate)
        elif version == 2:
            version, internalstate, self.gauss_next = state
            try:
                internalstate = tuple(x % (2 ** 32) for x in internalstate)
            except ValueError as e:
                raise TypeError from e
            self._setstate_core(internalstate)
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s"
                             % (version, self.VERSION))

    def _setstate_core(self, state):
        if not isinstance(state, tuple):
            raise TypeError("state vector must be a tuple")
        if len(state) != _N + 1:
            raise ValueError("state vector is the wrong size")
        mt = []
        for v in state[:_N]:
            if not isinstance(v, int):
                raise TypeError("an integer is required")
            if v < 0:
                raise OverflowError("can't convert negative value to unsigned int")
            mt.append(v & _MASK32)
        index = state[_N]
        if not isinstance(index, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(index).__name__)
        if index < 0 or index > _N:
            raise ValueError("invalid state")
        _random.setstate(self._state, tuple(mt), index)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return (self.__class__, (), self.getstate())

    # ---- basic outputs --------------------------------------------------

    def random(self):
        """Return the next random float in [0.0, 1.0)."""
        return _random.random(self._state)

    def getrandbits(self, k):
        """Return a non-negative int with k random bits."""
        if type(k) is not int:
            k = _index(k)
        return _random.getrandbits(self._state, k)

    def randbytes(self, n):
        """Generate n random bytes."""
        return _int_to_bytes_little(self.getrandbits(n * 8), n)

    def _randbelow(self, n):
        """Return a random int in [0, n), n > 0 (getrandbits(n.bit_length())
        until below n)."""
        if n.bit_length() > 32:
            return self._randbelow_with_getrandbits(n)
        return _random.randbelow(self._state, n)

    def _randbelow_with_getrandbits(self, n):
        getrandbits = self.getrandbits
        k = n.bit_length()
        r = getrandbits(k)
        while r >= n:
            r = getrandbits(k)
        return r

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        # Used by subclasses that supply random() but not getrandbits().
        random = self.random
        if n >= maxsize:
            return int(random() * n)
        rem = maxsize % n
        limit = (maxsize - rem) / maxsize
        r = random()
        while r >= limit:
            r = random()
        return int(r * maxsize) % n

    def __init_subclass__(cls, /, **kwargs):
        # Pick the _randbelow matching what the subclass overrides, as
        # CPython does.
        for c in cls.__mro__:
            if "_randbelow" in c.__dict__:
                break
            if "getrandbits" in c.__dict__:
                cls._randbelow = cls._randbelow_with_getrandbits
                break
            if "random" in c.__dict__:
                cls._randbelow = cls._randbelow_without_getrandbits
                break
        for c in cls.__mro__:
            if c is Random or "randint" in c.__dict__:
                break
            if "randrange" in c.__dict__:
                cls.randint = Random._randint_via_randrange
                break

    # ---- integer methods ------------------------------------------------

    def randrange(self, start, stop=None, step=_ONE):
        """Choose a random item from range(start, stop[, step])."""
        if type(start) is int and step is _ONE:
            if stop is None:
                if start > 0:
                    return self._randbelow(start)
            elif type(stop) is int and stop > start:
                return start + self._randbelow(stop - start)
        try:
            istart = _index(start)
        except TypeError:
            istart = int(start)
            if istart != start:
                raise ValueError("non-integer arg 1 for randrange()")
        if stop is None:
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        try:
            istop = _index(stop)
        except TypeError:
            istop = int(stop)
            if istop != stop:
                raise ValueError("non-integer stop for randrange()")
        width = istop - istart
        try:
            istep = _index(step)
        except TypeError:
            istep = int(step)
            if istep != step:
                raise ValueError("non-integer step for randrange()")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)"
                             % (istart, istop, width))
        if istep > 0:
            n = (width + istep - 1) // istep
        elif istep < 0:
            n = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if n <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(n)

    def randint(self, a, b):
        """Return a random integer N with a <= N <= b."""
        if type(a) is int and type(b) is int and b >= a:
            return a + self._randbelow(b - a + 1)
        return self.randrange(a, b + 1)

    def _randint_via_randrange(self, a, b):
        return self.randrange(a, b + 1)

    # ---- sequence methods -----------------------------------------------

    def choice(self, seq):
        """Choose a random element from a non-empty sequence."""
        n = len(seq)
        if not n:
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(n)]

    def shuffle(self, x):
        """Shuffle list x in place, and return None."""
        randbelow = self._randbelow
        for i in range(len(x) - 1, 0, -1):
            j = randbelow(i + 1)
            x[i], x[j] = x[j], x[i]

    def sample(self, population, k, *, counts=None):
        """Choose k unique random elements from a population sequence."""
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = _accumulate(counts)
            if len(cum_counts) != n:
                raise ValueError("The number of counts does not match the population")
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            selections = self.sample(range(total), k=k)
            hi = len(cum_counts)
            return [population[_bisect_right(cum_counts, s, 0, hi)]
                    for s in selections]
        randbelow = self._randbelow
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        setsize = 21
        if k > 5:
            # 4 ** ceil(log(3k, 4)); 3k is never a power of 4.
            p = 1
            while p <= k * 3:
                p *= 4
            setsize += p
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            selected = set()
            add = selected.add
            for i in range(k):
                j = randbelow(n)
                while j in selected:
                    j = randbelow(n)
                add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """Return a k sized list of population elements chosen with
        replacement."""
        random = self.random
        n = len(population)
        if cum_weights is None:
            if weights is None:
                nf = n + 0.0
                return [population[int(random() * nf)] for _ in range(k)]
            try:
                cum_weights = _accumulate(weights)
            except TypeError:
                if not isinstance(weights, int):
                    raise
                k = weights
                raise TypeError("The number of choices must be a keyword "
                                "argument: k=%r" % (k,)) from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if total != total or total in (float("inf"), float("-inf")):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        return [population[_bisect_right(cum_weights, random() * total, 0, hi)]
                for _ in range(k)]

    # ---- real-valued distributions ------------------------------------

    def uniform(self, a, b):
        """Get a random number in the range [a, b) or [a, b]."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution."""
        u = self.random()
        try:
            c = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan method)."""
        random = self.random
        while True:
            u1 = random()
            u2 = 1.0 - random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            zz = z * z / 4.0
            if zz <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Gaussian distribution (Box-Muller, second value cached)."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            random = self.random
            x2pi = random() * TWOPI
            g2rad = _sqrt(-2.0 * _log(1.0 - random()))
            z = _cos(x2pi) * g2rad
            self.gauss_next = _sin(x2pi) * g2rad
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Circular data distribution."""
        random = self.random
        if kappa <= 1e-6:
            return TWOPI * random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        u3 = random()
        if u3 > 0.5:
            theta = (mu + _acos(f)) % TWOPI
        else:
            theta = (mu - _acos(f)) % TWOPI
        return theta

    def gammavariate(self, alpha, beta):
        """Gamma distribution."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        random = self.random
        if alpha > 1.0:
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - random()) * beta
        else:
            while True:
                u = random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    """Stand-in for the OS-entropy generator (no os.urandom in Stitch):
    a Random seeded from time-based entropy that ignores seed() and
    refuses getstate()/setstate()."""

    def __init__(self, x=None):
        Random.__init__(self, None)

    def seed(self, *args, **kwds):
        if not hasattr(self, "_state") or not args or args[0] is None:
            Random.seed(self, None)
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError("System entropy source does not have state.")

    getstate = setstate = _notimplemented


_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes
