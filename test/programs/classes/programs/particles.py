# A deterministic particle simulation: Vec2 with operator overloading, Particle objects with
# position/velocity/mass, a World applying gravity, drag and wall bounces in fixed time steps,
# and a subclass of Particle that decays. Uses a fixed linear congruential generator class
# instead of random numbers so the output is reproducible.
class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state

    def uniform(self, lo, hi):
        return lo + (hi - lo) * (self.next() % 10000) / 10000


class Vec2:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec2(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec2(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec2(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __repr__(self):
        return '(' + format(self.x, '.3f') + ', ' + format(self.y, '.3f') + ')'


class Particle:
    count = 0

    def __init__(self, pos, vel, mass=1.0):
        Particle.count += 1
        self.id = Particle.count
        self.pos = pos
        self.vel = vel
        self.mass = mass
        self.bounces = 0

    @property
    def alive(self):
        return True

    def kinetic(self):
        return 0.5 * self.mass * abs(self.vel) ** 2

    def step(self, world, dt):
        force = world.gravity * self.mass - self.vel * world.drag
        self.vel = self.vel + force * (dt / self.mass)
        self.pos = self.pos + self.vel * dt
        if self.pos.y < 0:
            self.pos.y = -self.pos.y
            self.vel.y = -self.vel.y * world.restitution
            self.bounces += 1
        if self.pos.x < 0 or self.pos.x > world.width:
            self.pos.x = min(max(self.pos.x, 0.0), world.width)
            self.vel.x = -self.vel.x
            self.bounces += 1

    def __repr__(self):
        return type(self).__name__ + '#' + str(self.id) + ' at ' + repr(self.pos)


class Spark(Particle):
    def __init__(self, pos, vel, life):
        super().__init__(pos, vel, 0.25)
        self.life = life

    @property
    def alive(self):
        return self.life > 0

    def step(self, world, dt):
        super().step(world, dt)
        self.life -= 1


class World:
    def __init__(self, width):
        self.width = width
        self.gravity = Vec2(0.0, -9.8)
        self.drag = 0.1
        self.restitution = 0.5
        self.particles = []
        self.time = 0.0

    def add(self, p):
        self.particles.append(p)
        return p

    def step(self, dt):
        for p in self.particles:
            p.step(self, dt)
        self.particles = [p for p in self.particles if p.alive]
        self.time += dt

    def energy(self):
        return sum([p.kinetic() + p.mass * 9.8 * p.pos.y for p in self.particles])


rng = LCG(42)
world = World(20.0)
for i in range(4):
    world.add(Particle(Vec2(rng.uniform(0, 20), rng.uniform(5, 15)), Vec2(rng.uniform(-3, 3), 0.0), 1.0 + i))
for i in range(3):
    world.add(Spark(Vec2(10.0, 1.0), Vec2(rng.uniform(-5, 5), rng.uniform(2, 8)), 5 + i * 10))
print('start', len(world.particles), 'particles, energy', format(world.energy(), '.3f'))
for p in world.particles:
    print('  ', p, 'v =', p.vel)
for tick in range(1, 61):
    world.step(0.05)
    if tick % 15 == 0:
        print('t =', format(world.time, '.2f'), 'alive', len(world.particles),
              'energy', format(world.energy(), '.3f'))
for p in world.particles:
    print('  ', p, 'bounces', p.bounces, 'speed', format(abs(p.vel), '.3f'))
print('created', Particle.count, 'particles;', sum([1 for p in world.particles if isinstance(p, Spark)]), 'sparks left')
