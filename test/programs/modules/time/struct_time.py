# time.struct_time: a tuple of nine fields with two more reachable by name.
import time

st = time.gmtime(1700000000)
print(st)
print(len(st), st[0], st[-1], st[1:4], list(st)[:3], tuple(st))
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst)
print(st.tm_zone, st.tm_gmtoff, isinstance(st, tuple), type(st).__name__, type(st).__module__, type(st))
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.struct_time.__match_args__)
print(st == tuple(st), st == time.gmtime(1700000000), st != time.gmtime(0), hash(st) == hash(tuple(st)))
y, mo, d, *rest = st
print(y, mo, d, rest)

match st:
    case time.struct_time(tm_year=2023, tm_mon=m):
        print('matched 2023, month', m)

s9 = time.struct_time((2024, 2, 29, 12, 30, 0, 3, 60, 0))
print(s9, s9.tm_zone, s9.tm_gmtoff)
s11 = time.struct_time([2024, 2, 29, 12, 30, 0, 3, 60, 0, 'XYZ', 3600])
print(s11, s11.tm_zone, s11.tm_gmtoff, len(s11))
print(time.struct_time(range(10)).tm_zone, time.struct_time(range(10)).tm_gmtoff)
print(time.struct_time('abcdefghi').tm_mday, time.struct_time(sequence=range(9)))

def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('short', lambda: time.struct_time((1, 2, 3)))
attempt('long', lambda: time.struct_time(range(12)))
attempt('not seq', lambda: time.struct_time(5))
attempt('none', lambda: time.struct_time())
attempt('three', lambda: time.struct_time(range(9), {}, 1))
attempt('setattr', lambda: setattr(st, 'tm_year', 1))
attempt('item set', lambda: st.__setitem__(0, 1))
attempt('no attr', lambda: st.tm_nope)
