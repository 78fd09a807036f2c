# glibc's strftime flags (_ - 0 ^ #), field widths, E/O modifiers and unknown directives.
import time

t1 = (2024, 2, 9, 15, 4, 5, 4, 40, 0)
t2 = time.gmtime(1700000000)
for f in ['%5Y', '%_5d', '%-d', '%-H', '%05e', '%_H', '%-e', '%^B', '%^a', '%#a', '%#A', '%#b', '%#Z', '%#p',
          '%^p', '%^P', '%#P', '%10B', '%-10B', '%010B', '%_3p', '%3%', '%E', '%O', '%Ey', '%EY', '%Od', '%Ec',
          '%Ex', '%EX', '%OH', '%Ea', '%Ob', '%OB', '%Q', '%5Q', '%', 'a%', '%%%', '%^#a', '%+Y', '%z', '%-z',
          '%10z', '%_z', '%010z', '%-j', '%3S', '%3p', '%_10s', '%20c', '%^c', '%^20x', '%-5m', '%_2m', '%09Y',
          '%1C', '%3y', '%-y', '%_G', '%8V', '%2%', '%_%', '%^%', '%#z', '%4n', '%4t', '%5', '%-', '%_10']:
    print(repr(f), repr(time.strftime(f, t1)), repr(time.strftime(f, t2)))

# a modifier before '%' copies only that '%'; a missing zone is an empty field; case flags reach
# every character of an unknown directive
t3 = (2024, 2, 9, 15, 4, 5, 4, 40, -1)
for f in ['%0O%03R', '%^#3O%x', '%-E%R', '%12E%', '%05Z', '%1Z|', '%3Z%gx', '%^#5Eé', '%#Eé', '%^Oä%b']:
    print(repr(f), repr(time.strftime(f, t3)))
