# PEP 657 markers: ~ under the operands and ^ under the operator that failed.
def ratio(total, count):
    return total / count


def report(data):
    return 'avg: ' + str(ratio(data['sum'], data['n']))


print(report({'sum': 10, 'n': 4}))
print(report({'sum': 10, 'n': 0}))
