# A small stack-based virtual machine: an Instruction class hierarchy with an execute() method
# per opcode (binary operators share one execute() and differ in a staticmethod apply), a VM
# class holding the stack, variables and program counter, an assembler turning text into
# instruction objects, and VMError for runtime faults.
class VMError(Exception):
    def __init__(self, pc, message):
        super().__init__('pc=' + str(pc) + ': ' + message)
        self.pc = pc


class Instruction:
    def __init__(self, arg=None):
        self.arg = arg

    def execute(self, vm):
        raise NotImplementedError(type(self).__name__ + '.execute')

    def __repr__(self):
        name = type(self).__name__.upper()
        return name if self.arg is None else name + ' ' + str(self.arg)


class Push(Instruction):
    def execute(self, vm):
        vm.push(self.arg)


class Dup(Instruction):
    def execute(self, vm):
        v = vm.pop()
        vm.push(v)
        vm.push(v)


class Swap(Instruction):
    def execute(self, vm):
        b = vm.pop()
        a = vm.pop()
        vm.push(b)
        vm.push(a)


class BinOp(Instruction):
    def execute(self, vm):
        b = vm.pop()
        a = vm.pop()
        vm.push(self.apply(a, b, vm))


class Add(BinOp):
    apply = staticmethod(lambda a, b, vm: a + b)


class Sub(BinOp):
    apply = staticmethod(lambda a, b, vm: a - b)


class Mul(BinOp):
    apply = staticmethod(lambda a, b, vm: a * b)


class Div(BinOp):
    def apply(self, a, b, vm):
        if b == 0:
            raise VMError(vm.pc, 'division by zero')
        return a // b


class Lt(BinOp):
    apply = staticmethod(lambda a, b, vm: 1 if a < b else 0)


class Load(Instruction):
    def execute(self, vm):
        if self.arg not in vm.vars:
            raise VMError(vm.pc, 'undefined variable ' + self.arg)
        vm.push(vm.vars[self.arg])


class Store(Instruction):
    def execute(self, vm):
        vm.vars[self.arg] = vm.pop()


class Jmp(Instruction):
    def execute(self, vm):
        vm.jump(self.arg)


class Jz(Instruction):
    def execute(self, vm):
        if vm.pop() == 0:
            vm.jump(self.arg)


class Print(Instruction):
    def execute(self, vm):
        vm.output.append(str(vm.pop()))


class Halt(Instruction):
    def execute(self, vm):
        vm.running = False


OPCODES = {cls.__name__.lower(): cls for cls in
           [Push, Dup, Swap, Add, Sub, Mul, Div, Lt, Load, Store, Jmp, Jz, Print, Halt]}


class VM:
    def __init__(self, program, max_steps=10000):
        self.program = program
        self.max_steps = max_steps

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        if not self.stack:
            raise VMError(self.pc, 'stack underflow')
        return self.stack.pop()

    def jump(self, target):
        self.next_pc = target

    def run(self):
        self.stack = []
        self.vars = {}
        self.output = []
        self.pc = 0
        self.running = True
        steps = 0
        while self.running and self.pc < len(self.program):
            steps += 1
            if steps > self.max_steps:
                raise VMError(self.pc, 'step limit exceeded')
            self.next_pc = self.pc + 1
            self.program[self.pc].execute(self)
            self.pc = self.next_pc
        return steps


def assemble(text):
    labels = {}
    lines = []
    for raw in text.replace(';', '\n').strip().split('\n'):
        line = raw.strip()
        if line.endswith(':'):
            labels[line[:-1]] = len(lines)
        elif line:
            lines.append(line.split())
    program = []
    for parts in lines:
        cls = OPCODES[parts[0]]
        arg = None
        if len(parts) > 1:
            a = parts[1]
            arg = labels[a] if a in labels else (int(a) if a.lstrip('-').isdigit() else a)
        program.append(cls(arg))
    return program


FACTORIAL = '''
    push 1; store acc; push 10; store n
loop:
    push 0; load n; lt; jz done
    load acc; load n; mul; store acc
    load n; push 1; sub; store n
    jmp loop
done:
    load acc; print; halt
'''
prog = assemble(FACTORIAL)
print(prog[:6])
vm = VM(prog)
steps = vm.run()
print('output', vm.output, 'steps', steps, 'vars', sorted(vm.vars.items()))

COUNT = '''
    push 0; store i
top:
    load i; dup; print
    push 3; add; dup; store i
    push 20; swap; lt; jz top
'''
vm2 = VM(assemble(COUNT))
vm2.run()
print(' '.join(vm2.output))

for source in ['push 1\npush 0\ndiv', 'add', 'load x', 'top:\njmp top']:
    try:
        VM(assemble(source), max_steps=50).run()
    except VMError as e:
        print('VMError:', e, '| pc', e.pc)
try:
    Instruction().execute(vm)
except NotImplementedError as e:
    print('NotImplementedError:', e)
