# enum: Enum members, aliases, lookup by value and name, IntEnum with auto, tuple values with __init__, unique.
from enum import Enum, IntEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED, len(Color), list(Color))
print(Color.RED.name, Color.RED.value, Color.RED == Color.RED, Color.RED == 1, isinstance(Color.RED, Color), type(Color.RED).__name__)
print({Color.RED: "r"}[Color.CRIMSON], Color.RED in Color, [m.name for m in reversed(Color)], list(Color.__members__))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
class Shape(IntEnum):
    CIRCLE = auto()
    SQUARE = auto()
    TRI = 10
    HEX = auto()
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.HEX.value, Shape.TRI + 1, Shape(2), Shape.SQUARE < Shape.TRI, f"{Shape.TRI}", sorted(Shape))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), Planet.MERCURY.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
class Mood(Enum):
    HAPPY = "h"
    SAD = "s"
    def describe(self):
        return f"{self.name} is {self.value}"
    @classmethod
    def default(cls):
        return cls.HAPPY
print(Mood.SAD.describe(), Mood.default(), format(Mood.HAPPY), str(Mood.SAD))
