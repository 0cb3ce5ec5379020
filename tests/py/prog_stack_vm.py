# A tiny stack-based virtual machine with an assembler, labels, calls and a fibonacci program.
def assemble(src):
    code, labels, fixups = [], {}, []
    for line in src.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        parts = line.split()
        op = parts[0]
        arg = parts[1] if len(parts) > 1 else None
        if arg is not None:
            if arg.lstrip("-").isdigit():
                arg = int(arg)
            else:
                fixups.append((len(code), arg))
        code.append([op, arg])
    for idx, name in fixups:
        if name not in labels:
            raise NameError(f"undefined label {name}")
        code[idx][1] = labels[name]
    return code
def run(code, trace=False, limit=100000):
    stack, calls, out = [], [], []
    pc = steps = 0
    mem = {}
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise RuntimeError("step limit exceeded")
        op, arg = code[pc]
        if trace:
            print(f"  {pc:3} {op:6} {arg!s:6} {stack}")
        pc += 1
        if op == "push":
            stack.append(arg)
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "over":
            stack.append(stack[-2])
        elif op in ("add", "sub", "mul", "div", "mod", "lt", "eq"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": lambda: a + b, "sub": lambda: a - b, "mul": lambda: a * b,
                          "div": lambda: a // b, "mod": lambda: a % b,
                          "lt": lambda: int(a < b), "eq": lambda: int(a == b)}[op]())
        elif op == "jmp":
            pc = arg
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "call":
            calls.append(pc)
            pc = arg
        elif op == "ret":
            pc = calls.pop()
        elif op == "store":
            mem[arg] = stack.pop()
        elif op == "load":
            stack.append(mem.get(arg, 0))
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            break
        else:
            raise ValueError(f"bad opcode {op!r} at {pc - 1}")
    return out, steps, stack
fib = assemble("""
    push 0
    store 0        ; a
    push 1
    store 1        ; b
    push 0
    store 2        ; i
loop:
    load 2
    push 30
    lt
    jz done
    load 0
    print
    load 0
    load 1
    dup
    store 0
    add
    store 1
    load 2
    push 1
    add
    store 2
    jmp loop
done:
    halt
""")
out, steps, stack = run(fib)
print(out)
print("steps", steps, "stack", stack)
fact = assemble("""
    push 20
    call fact
    print
    halt
fact:            ; n -> n!
    dup
    push 2
    lt
    jz recurse
    pop
    push 1
    ret
recurse:
    dup
    push 1
    sub
    call fact
    mul
    ret
""")
print(run(fact)[0])
small = assemble("push 6\npush 7\nmul\ndup\nprint\npush 5\nmod\nprint")
print(run(small, trace=True))
for bad in ["push 1\njmp nowhere", "push 1\nfrob", "loop:\njmp loop"]:
    try:
        print(run(assemble(bad), limit=1000))
    except (NameError, ValueError, RuntimeError) as e:
        print(type(e).__name__ + ":", e)
