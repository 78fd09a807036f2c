import ping
print(ping.ping(5), ping.pong.pong(4))
import sys
print([m for m in ('ping', 'pong') if m in sys.modules])
