# floatloop: float arithmetic in loops: Simpson integration and a small n-body
# simulation ("nbody-lite") on lists of floats and tuples. Results are printed as floats with
# integral values (scaled and floored), whose repr is the same everywhere.


def integrate(n):
    # Simpson's rule for 4 / (1 + x*x) on [0, 1] (= pi)
    h = 1.0 / n
    s = 4.0 + 2.0
    i = 1
    while i < n:
        x = i * h
        fx = 4.0 / (1.0 + x * x)
        if i % 2 == 1:
            s += 4.0 * fx
        else:
            s += 2.0 * fx
        i += 1
    return s * h / 3.0


def make_bodies():
    # (x, y, vx, vy, mass) for five bodies, as lists so they can be updated
    bodies = []
    seeds = [(0.0, 0.0, 0.0, 0.0, 40.0), (1.0, 0.0, 0.0, 6.0, 0.04),
             (0.0, 2.0, -4.5, 0.0, 0.02), (-3.0, 0.0, 0.0, -3.6, 0.01),
             (0.0, -4.5, 3.0, 0.0, 0.005)]
    for seed in seeds:
        x, y, vx, vy, m = seed
        bodies.append([x, y, vx, vy, m])
    return bodies


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        b = bodies[i]
        e += 0.5 * b[4] * (b[2] * b[2] + b[3] * b[3])
        for j in range(i + 1, n):
            c = bodies[j]
            dx = b[0] - c[0]
            dy = b[1] - c[1]
            d2 = dx * dx + dy * dy
            # sqrt by Newton's method: no imports
            r = d2
            k = 0
            while k < 12:
                r = 0.5 * (r + d2 / r)
                k += 1
            e -= b[4] * c[4] / r
    return e


def advance(bodies, dt, steps):
    n = len(bodies)
    for step in range(steps):
        for i in range(n):
            b = bodies[i]
            for j in range(i + 1, n):
                c = bodies[j]
                dx = b[0] - c[0]
                dy = b[1] - c[1]
                d2 = dx * dx + dy * dy + 0.01
                # inverse-cube softened force: only + - * / (exactly
                # rounded everywhere), no pow or sqrt from a libm
                mag = dt / (d2 * d2)
                b[2] -= dx * c[4] * mag
                b[3] -= dy * c[4] * mag
                c[2] += dx * b[4] * mag
                c[3] += dy * b[4] * mag
        for b in bodies:
            b[0] += dt * b[2]
            b[1] += dt * b[3]


def main():
    pi = integrate(400000)
    print("pi*1e9 floored:", (pi * 1000000000.0) // 1.0)
    bodies = make_bodies()
    e0 = energy(bodies)
    advance(bodies, 0.001, 20000)
    e1 = energy(bodies)
    print("energy*1e6 floored:", (e0 * 1000000.0) // 1.0, (e1 * 1000000.0) // 1.0)
    print("x*1e6 floored:", (bodies[1][0] * 1000000.0) // 1.0)
    if pi > 3.141592653 and pi < 3.141592654 and e1 < 0.0:
        print("ok")
    else:
        print("WRONG")


main()
