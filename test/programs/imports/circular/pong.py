# module: imported by the programs next to it
print('pong start')
import ping
def pong(n):
    return 'done' if n == 0 else ping.ping(n - 1)
print('pong end', hasattr(ping, 'ping'))
