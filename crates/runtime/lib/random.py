"""Random variable generators, Stitch edition.

A Mersenne Twister (MT19937) generator written from the published algorithm
(Matsumoto & Nishimura, 1998) plus distribution functions whose draws follow
the same sequence of underlying calls as CPython 3.11, so that a given seed
produces the same results.
"""

import math as _math

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
_M = 397
_MATRIX_A = 0x9908B0DF
_UPPER = 0x80000000
_LOWER = 0x7FFFFFFF
_MASK32 = 0xFFFFFFFF
_INV53 = 1.0 / 9007199254740992.0




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


def _init_genrand(s):
    mt = [0] * _N
    mt[0] = s & _MASK32
    prev = mt[0]
    for i in range(1, _N):
        prev = (1812433253 * (prev ^ (prev >> 30)) + i) & _MASK32
        mt[i] = prev
    return mt


def _init_by_array(key):
    mt = _init_genrand(19650218)
    klen = len(key)
    i = 1
    j = 0
    k = _N if _N > klen else klen
    while k:
        p = mt[i - 1]
        mt[i] = ((mt[i] ^ ((p ^ (p >> 30)) * 1664525)) + key[j] + j) & _MASK32
        i += 1
        j += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
        if j >= klen:
            j = 0
        k -= 1
    k = _N - 1
    while k:
        p = mt[i - 1]
        mt[i] = ((mt[i] ^ ((p ^ (p >> 30)) * 1566083941)) - i) & _MASK32
        i += 1
        if i >= _N:
            mt[0] = mt[_N - 1]
            i = 1
        k -= 1
    mt[0] = 0x80000000
    return mt


def _twist(mt):
    """Advance the state by 624 words in place; return the tempered outputs.

    The recurrence x[k] = x[k+397] ^ twist(x[k], x[k+1]) is evaluated in
    three vectorised slices: words 0..226 only read old state, words
    227..453 read the freshly made words 0..226, words 454..622 read words
    227..395, and word 623 wraps around to the new word 0.
    """
    A = _MATRIX_A
    U = _UPPER
    L = _LOWER
    s1 = [m ^ (((a & U) | (b & L)) >> 1) ^ ((b & 1) * A)
          for a, b, m in zip(mt[0:227], mt[1:228], mt[397:624])]
    s2 = [m ^ (((a & U) | (b & L)) >> 1) ^ ((b & 1) * A)
          for a, b, m in zip(mt[227:454], mt[228:455], s1)]
    s3 = [m ^ (((a & U) | (b & L)) >> 1) ^ ((b & 1) * A)
          for a, b, m in zip(mt[454:623], mt[455:624], s2)]
    b = s1[0]
    y = (mt[623] & U) | (b & L)
    last = s2[169] ^ (y >> 1) ^ ((b & 1) * A)
    new = s1 + s2 + s3
    new.append(last)
    mt[:] = new
    return _temper_all(new)


def _temper_all(mt):
    C1 = 0x9D2C5680
    C2 = 0xEFC60000
    o = [y ^ (y >> 11) for y in mt]
    o = [y ^ ((y << 7) & C1) for y in o]
    o = [y ^ ((y << 15) & C2) for y in o]
    return [y ^ (y >> 18) for y in o]


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
        self._mt = [0] * _N   # replaced by seed()
        self._out = None      # tempered outputs of the current block
        self._pos = _N
        self.gauss_next = None
        self.seed(x)

    # ---- core generator -------------------------------------------------

    def _seed_int(self, n):
        # n: a non-negative int
        key = []
        while n:
            key.append(n & _MASK32)
            n >>= 32
        if not key:
            key = [0]
        self._mt = _init_by_array(key)
        self._pos = _N

    def _genrand(self):
        pos = self._pos
        if pos >= _N:
            self._out = _twist(self._mt)
            pos = 0
        self._pos = pos + 1
        return self._out[pos]

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
        return (self.VERSION, tuple(self._mt) + (self._pos,), self.gauss_next)

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
        self._mt = mt
        self._out = _temper_all(mt)
        self._pos = index

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return (self.__class__, (), self.getstate())

    # ---- basic outputs --------------------------------------------------

    def random(self):
        """Return the next random float in [0.0, 1.0)."""
        pos = self._pos
        if pos <= _N - 2:
            out = self._out
            self._pos = pos + 2
            return ((out[pos] >> 5) * 67108864.0 + (out[pos + 1] >> 6)) * _INV53
        a = self._genrand() >> 5
        b = self._genrand() >> 6
        return (a * 67108864.0 + b) * _INV53

    def getrandbits(self, k):
        """Return a non-negative int with k random bits."""
        if type(k) is not int:
            k = _index(k)
        if k <= 32:
            if k < 0:
                raise ValueError("number of bits must be non-negative")
            if k == 0:
                return 0
            pos = self._pos
            if pos >= _N:
                self._out = _twist(self._mt)
                pos = 0
            self._pos = pos + 1
            return self._out[pos] >> (32 - k)
        result = 0
        shift = 0
        genrand = self._genrand
        while k > 0:
            r = genrand()
            if k < 32:
                r >>= 32 - k
            result |= r << shift
            shift += 32
            k -= 32
        return result

    def randbytes(self, n):
        """Generate n random bytes."""
        return _int_to_bytes_little(self.getrandbits(n * 8), n)

    def _randbelow(self, n):
        """Return a random int in [0, n), n > 0 (getrandbits(n.bit_length())
        until below n, with the <= 32-bit case inlined)."""
        k = n.bit_length()
        if k > 32:
            return self._randbelow_with_getrandbits(n)
        shift = 32 - k
        while True:
            pos = self._pos
            if pos >= _N:
                self._out = _twist(self._mt)
                pos = 0
            self._pos = pos + 1
            r = self._out[pos] >> shift
            if r < n:
                return r

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
        if not hasattr(self, "_mt") or not args or args[0] is None:
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
