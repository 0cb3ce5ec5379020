"""Ray tracer: spheres over a checkerboard plane, lit by two point lights,
with shadows and recursive reflections; vectors are small immutable objects.

The image is not written out: the program prints a checksum of the pixels
and a few sample pixels.

usage: raytrace.py [WIDTH]   (default 24; the image is WIDTH x WIDTH pixels)
"""
import sys
import math

EPSILON = 0.00001
MAX_DEPTH = 3


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return "Vector(%r, %r, %r)" % (self.x, self.y, self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def magnitude(self):
        return math.sqrt(self.dot(self))

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def scale(self, factor):
        return Vector(factor * self.x, factor * self.y, factor * self.z)

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def normalized(self):
        return self.scale(1.0 / self.magnitude())

    def negated(self):
        return self.scale(-1)

    def reflect_through(self, normal):
        along_normal = normal.scale(self.dot(normal))
        return self - along_normal.scale(2)


class Point:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.z)

    def __sub__(self, other):
        # point - point is the vector between them; point - vector a point
        if isinstance(other, Point):
            return Vector(self.x - other.x, self.y - other.y, self.z - other.z)
        return Point(self.x - other.x, self.y - other.y, self.z - other.z)

    def __add__(self, vector):
        return Point(self.x + vector.x, self.y + vector.y, self.z + vector.z)


Vector.UP = Vector(0, 1, 0)
Point.ORIGIN = Point(0, 0, 0)


class Ray:
    def __init__(self, point, vector):
        self.point = point
        self.vector = vector.normalized()

    def point_at(self, t):
        return self.point + self.vector.scale(t)


class Sphere:
    def __init__(self, centre, radius):
        self.centre = centre
        self.radius = radius

    def intersection_time(self, ray):
        to_centre = self.centre - ray.point
        along = to_centre.dot(ray.vector)
        discriminant = self.radius * self.radius - (to_centre.dot(to_centre) - along * along)
        if discriminant < 0:
            return None
        return along - math.sqrt(discriminant)

    def normal_at(self, p):
        return (p - self.centre).normalized()


class Halfspace:
    """The plane through `point` with the given normal."""

    def __init__(self, point, normal):
        self.point = point
        self.normal = normal.normalized()

    def intersection_time(self, ray):
        v = ray.vector.dot(self.normal)
        if v:
            return (self.point - ray.point).dot(self.normal) / v
        return None

    def normal_at(self, p):
        return self.normal


def add_colours(a, scale, b):
    return (a[0] + scale * b[0], a[1] + scale * b[1], a[2] + scale * b[2])


class SimpleSurface:
    def __init__(self, base_colour=(1, 1, 1), specular=0.2, lambert=0.6):
        self.base_colour = base_colour
        self.specular = specular
        self.lambert = lambert
        self.ambient = 1.0 - specular - lambert

    def base_colour_at(self, p):
        return self.base_colour

    def colour_at(self, scene, ray, p, normal):
        base = self.base_colour_at(p)
        colour = (0, 0, 0)
        if self.specular > 0:
            reflected = Ray(p, ray.vector.reflect_through(normal))
            colour = add_colours(colour, self.specular, scene.ray_colour(reflected))
        if self.lambert > 0:
            amount = 0
            for light in scene.visible_lights(p):
                contribution = (light - p).normalized().dot(normal)
                if contribution > 0:
                    amount += contribution
            colour = add_colours(colour, self.lambert * min(1, amount), base)
        if self.ambient > 0:
            colour = add_colours(colour, self.ambient, base)
        return colour


class CheckerboardSurface(SimpleSurface):
    def __init__(self, check_size=1, other_colour=(0, 0, 0), **kwargs):
        SimpleSurface.__init__(self, **kwargs)
        self.check_size = check_size
        self.other_colour = other_colour

    def base_colour_at(self, p):
        v = (p - Point.ORIGIN).scale(1.0 / self.check_size)
        if (int(abs(v.x) + 0.5) + int(abs(v.y) + 0.5) + int(abs(v.z) + 0.5)) % 2:
            return self.other_colour
        return self.base_colour


class Canvas:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.pixels = [[(0, 0, 0)] * width for _ in range(height)]

    def plot(self, x, y, r, g, b):
        self.pixels[self.height - 1 - y][x] = (
            max(0, min(255, int(r * 255))),
            max(0, min(255, int(g * 255))),
            max(0, min(255, int(b * 255))),
        )

    def checksum(self):
        h = 0
        for row in self.pixels:
            for r, g, b in row:
                h = (h * 31 + (r << 16 | g << 8 | b)) % 4294967291
        return h


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.position = Point(0, 1.8, 10)
        self.looking_at = Point.ORIGIN
        self.field_of_view = 45
        self.depth = 0

    def look_at(self, p):
        self.looking_at = p

    def add_object(self, obj, surface):
        self.objects.append((obj, surface))

    def add_light(self, p):
        self.lights.append(p)

    def render(self, canvas):
        fov = math.pi * (self.field_of_view / 2.0) / 180.0
        half_width = math.tan(fov)
        half_height = half_width * canvas.height / canvas.width
        pixel_width = 2 * half_width / (canvas.width - 1)
        pixel_height = 2 * half_height / (canvas.height - 1)
        eye = Ray(self.position, self.looking_at - self.position)
        right = eye.vector.cross(Vector.UP).normalized()
        up = right.cross(eye.vector).normalized()
        for y in range(canvas.height):
            for x in range(canvas.width):
                xcomp = right.scale(x * pixel_width - half_width)
                ycomp = up.scale(y * pixel_height - half_height)
                ray = Ray(eye.point, eye.vector + xcomp + ycomp)
                canvas.plot(x, y, *self.ray_colour(ray))

    def first_hit(self, ray):
        best = None
        best_t = None
        for obj, surface in self.objects:
            t = obj.intersection_time(ray)
            if t is not None and t > EPSILON and (best_t is None or t < best_t):
                best_t = t
                best = (obj, surface)
        return best, best_t

    def ray_colour(self, ray):
        if self.depth > MAX_DEPTH:
            return (0, 0, 0)
        self.depth += 1
        try:
            hit, t = self.first_hit(ray)
            if hit is None:
                return (0, 0, 0)
            obj, surface = hit
            p = ray.point_at(t)
            return surface.colour_at(self, ray, p, obj.normal_at(p))
        finally:
            self.depth -= 1

    def visible_lights(self, p):
        visible = []
        for light in self.lights:
            to_light = light - p
            distance = to_light.magnitude()
            ray = Ray(p, to_light)
            for obj, _ in self.objects:
                t = obj.intersection_time(ray)
                if t is not None and EPSILON < t < distance:
                    break
            else:
                visible.append(light)
        return visible


def build_scene():
    scene = Scene()
    scene.add_light(Point(30, 30, 10))
    scene.add_light(Point(-10, 100, 30))
    scene.look_at(Point(0, 3, 0))
    scene.add_object(Sphere(Point(1, 3, -10), 2), SimpleSurface(base_colour=(1, 1, 0)))
    for i in range(6):
        scene.add_object(Sphere(Point(-3 - i * 0.4, 2.3, -5), 0.4),
                         SimpleSurface(base_colour=(i / 6.0, 1 - i / 6.0, 0.5)))
    scene.add_object(Halfspace(Point.ORIGIN, Vector.UP),
                     CheckerboardSurface(check_size=2))
    return scene


def main(width):
    canvas = Canvas(width, width)
    build_scene().render(canvas)
    print("checksum %d" % canvas.checksum())
    step = max(1, width // 6)
    for y in range(0, width, step):
        print(" ".join("%02x%02x%02x" % canvas.pixels[y][x] for x in range(0, width, step)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 24)
