# asctime and ctime of fixed times, and mktime as the inverse of localtime.
import time

for t in [0, 1700000000, -1, 951782400, 253402300799, -62135596800, 1e10]:
    print(time.asctime(time.gmtime(t)))
for tup in [(2024, 2, 29, 13, 5, 9, 3, 60, 0), (12345, 1, 1, 0, 0, 0, 0, 1, 0), (-5, 12, 31, 23, 59, 59, 6, 365, 0),
            (2024, 0, 0, 0, 0, 0, 0, 0, 0), (1, 1, 1, 1, 1, 1, 1, 1, 1)]:
    print(repr(time.asctime(tup)))

# ctime(t) is asctime(localtime(t)), whatever the local zone
for t in [0, 1700000000, 1234567890.5, -86400 * 365]:
    print(time.ctime(t) == time.asctime(time.localtime(t)))
for t in [0, 1700000000, 1234567890, 951782400]:
    lt = time.localtime(t)
    print(time.mktime(lt) == t, type(time.mktime(lt)).__name__, lt.tm_isdst in (0, 1), tuple(time.gmtime(t))[6:8])
print(type(time.ctime()).__name__, len(time.asctime()) >= 24, len(time.strftime('%Y')) >= 4)
print(time.timezone == -time.localtime(0).tm_gmtoff or time.daylight == 1, type(time.tzname).__name__, len(time.tzname))
