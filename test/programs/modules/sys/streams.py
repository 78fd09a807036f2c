import sys
n = sys.stdout.write('written directly\n')
print(n)
print('to stderr', file=sys.stderr)
sys.stderr.write('raw stderr\n')
sys.stdout.flush()
print(sys.stdout.isatty() in (True, False), sys.stdin.readable(), sys.stdout.writable())
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
try:
    sys.stdout.write(42)
except TypeError as e:
    print('TypeError:', e)
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
cap = Capture()
old = sys.stdout
sys.stdout = cap
print('captured', 1, 2, sep='-')
print('second line')
sys.stdout = old
print(cap.parts)
print(sys.stdin.readline() == '')
