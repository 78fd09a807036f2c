# cycles: build and drop many reference cycles (doubly linked rings of instances, self-referencing
# dicts and lists); only the cycle collector can free them, so its automatic collections run.


class Node:
    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


def ring(n):
    first = Node(0)
    last = first
    for i in range(1, n):
        node = Node(i)
        node.prev = last
        last.next = node
        last = node
    last.next = first
    first.prev = last
    return first


def walk(first):
    total = 0
    node = first
    while True:
        total += node.value
        node = node.next
        if node is first:
            return total


def main():
    total = 0
    for i in range(3000):
        r = ring(20)
        total += walk(r)
        d = {"id": i}
        d["self"] = d
        l = [i, d]
        l.append(l)
        total += len(l)
    print("cycles", total)
    if total == 3000 * 190 + 3000 * 3:
        print("ok")
    else:
        print("WRONG")


main()
