# gmtime of fixed timestamps: the proleptic Gregorian calendar in UTC.
import time

for t in [0, 1, -1, 86399, 86400, 951782400, 951868800, 1700000000, 1700000000.99, -1.5, -0.5,
          2**31 - 1, 2**31, 4107542400, -2208988800, -62135596800, -62135596801, 253402300799,
          253402300800, 1e12, -1e12, 67767976233532799, True]:
    g = time.gmtime(t)
    print(t, tuple(g), g.tm_zone, g.tm_gmtoff)

for y in [1900, 2000, 2023, 2024, 2100, 2400]:
    t = (365 * (y - 1970) + (y - 1969) // 4 - (y - 1901) // 100 + (y - 1601) // 400) * 86400
    g = time.gmtime(t + 59 * 86400)
    print(y, g.tm_mon, g.tm_mday, g.tm_yday, g.tm_wday)

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('nan', lambda: time.gmtime(float('nan')))
attempt('inf', lambda: time.gmtime(float('inf')))
attempt('1e20', lambda: time.gmtime(1e20))
attempt('year overflow', lambda: time.gmtime(1e18))
attempt('str', lambda: time.gmtime('0'))
attempt('list', lambda: time.gmtime([]))
attempt('two', lambda: time.gmtime(1, 2))
attempt('kw', lambda: time.gmtime(secs=1))
