# module: imported by the programs next to it
print('ping start')
import pong
def ping(n):
    return 'done' if n == 0 else pong.pong(n - 1)
print('ping end')
