# strftime's directives in the C locale, on fixed times.
import time

fmt = ('%a|%A|%b|%B|%c|%C|%d|%D|%e|%F|%g|%G|%h|%H|%I|%j|%k|%l|%m|%M|%n|%p|%P|%r|%R|%S|%t|%T|%u|%U|'
       '%V|%w|%W|%x|%X|%y|%Y|%z|%Z|%%')
for t in [0, 1700000000, 951782400, 1234567890, -1, 4102444799, 1609459200, 1704067199, 1735603200]:
    print(repr(time.strftime(fmt, time.gmtime(t))))

for tup in [(2024, 2, 9, 15, 4, 5, 4, 40, 0), (1999, 12, 31, 0, 0, 0, 4, 365, 0), (2000, 1, 1, 12, 0, 0, 5, 1, -1),
            (5, 3, 7, 5, 4, 3, 0, 66, 0), (-5, 3, 7, 5, 4, 3, 0, 66, 0), (12345, 1, 1, 23, 59, 60, 0, 1, 1),
            (1900, 1, 1, 0, 0, 0, 0, 1, 0), (-1000, 6, 15, 11, 11, 11, 6, 166, 0)]:
    print(repr(time.strftime('%Y %y %C %G %g %V %U %W %j %w %u %I%p %l %k %e %Z %z', tup)))

# the ISO 8601 week around new year
for t in [1609459200, 1609632000, 1609718400, 1735516800, 1798761600, 1420070400, 1451606400]:
    print(time.strftime('%F %a %G-W%V-%u %U %W', time.gmtime(t)))
print(repr(time.strftime('', time.gmtime(0))), repr(time.strftime('plain text', time.gmtime(0))))
print(repr(time.strftime('übung %Y ✓', time.gmtime(0))))
