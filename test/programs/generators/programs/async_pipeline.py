# An async pipeline: async generators feeding each other, awaited helpers, driven by a tiny run().
def run(coro):
    # No event loop is needed while nothing truly suspends: one send() runs it to the end.
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("the coroutine suspended")

ORDERS = [
    ("alice", "book", 2, 12.5),
    ("bob", "pen", 10, 1.2),
    ("carol", "book", 1, 12.5),
    ("alice", "lamp", 1, 30.0),
    ("dave", "pen", -3, 1.2),
    ("bob", "lamp", 2, 30.0),
]

async def fetch_price(item, base):
    # a stand-in for an I/O call
    discounts = {"pen": 0.1}
    return round(base * (1 - discounts.get(item, 0.0)), 2)

async def orders():
    for o in ORDERS:
        yield o

async def validated(source, rejected):
    async for customer, item, qty, base in source:
        if qty <= 0:
            rejected.append((customer, item, qty))
            continue
        yield customer, item, qty, base

async def priced(source):
    async for customer, item, qty, base in source:
        price = await fetch_price(item, base)
        yield customer, item, qty, price, round(qty * price, 2)

async def report():
    rejected = []
    totals = {}
    lines = []
    async for customer, item, qty, price, amount in priced(validated(orders(), rejected)):
        lines.append("%-6s %-5s %3d x %6.2f = %7.2f" % (customer, item, qty, price, amount))
        totals[customer] = round(totals.get(customer, 0) + amount, 2)
    biggest = [c async for c in top(totals, 2)]
    return lines, totals, rejected, biggest

async def top(totals, n):
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])
    for customer, _ in ranked[:n]:
        yield customer

lines, totals, rejected, biggest = run(report())
for line in lines:
    print(line)
print("totals:", totals)
print("rejected:", rejected)
print("top two:", biggest)

async def first_over(limit):
    gen = priced(validated(orders(), []))
    async for row in gen:
        if row[4] > limit:
            await gen.aclose()
            return row
    return None

print(run(first_over(20)))
print(run(first_over(1000)))
