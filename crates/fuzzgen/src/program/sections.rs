//! The sections a generated program is made of. Each writes self-contained
//! code (its names made unique with [`Gen::fresh`]) that prints what it
//! computes, and leaves no state that changes what later sections print
//! (a shadowed builtin is restored before the section ends).

use super::Gen;

/// A section, by name (for the weights table).
type Section = fn(&mut Gen);

/// Every kind of section with its relative weight.
const SECTIONS: &[(Section, usize)] = &[
    (arith_loop, 14),
    (typed_numbers, 8),
    (strings, 8),
    (containers, 10),
    (classes, 12),
    (closures, 8),
    (exceptions, 9),
    (generators, 7),
    (globals_rebound, 6),
    (shadowed_builtin, 5),
    (formatting, 9),
    (operators, 9),
    (calls, 8),
    (augmented, 8),
];

/// Write one randomly chosen section.
pub(crate) fn any(g: &mut Gen) {
    let weights: Vec<usize> = SECTIONS.iter().map(|(_, w)| *w).collect();
    let i = g.rng.weighted(&weights);
    (SECTIONS[i].0)(g);
}

/// Write `def name(): body` and call it: code in a function uses fast
/// locals, code at module level uses globals; sections use both.
fn in_function(g: &mut Gen, prefix: &str, body: impl FnOnce(&mut Gen)) {
    if g.rng.chance(75) {
        let name = g.fresh(prefix);
        g.block(&format!("def {name}():"), body);
        g.line(&format!("{name}()"));
    } else {
        body(g);
    }
}

/// A loop whose variables change type over the iterations (in phases, or
/// on every iteration), computing mixed-type expressions under `try`.
fn arith_loop(g: &mut Gen) {
    in_function(g, "arith_", |g| {
        let trips = g.trip_count();
        let every = g.print_every();
        let polymorphic = g.rng.chance(30);
        if polymorphic {
            let n = g.rng.range(2, 6) as usize;
            let pool = g.mixed_pool(n);
            g.line(&format!("pool = {pool}"));
        }
        g.line("hist = {}");
        g.line("acc = 0");
        g.block(&format!("for i in range({trips}):"), |g| {
            if polymorphic {
                g.line("x = pool[i % len(pool)]");
            } else {
                g.phased_assign("x", trips);
            }
            g.phased_assign("y", trips);
            let n = g.rng.range(2, 4);
            for k in 0..n {
                let e = g.mixed_expr(&["x", "y", "i"], 2);
                g.guarded(&format!("r{k}"), &e);
            }
            g.line("t = type(r0).__name__");
            g.line("hist[t] = hist.get(t, 0) + 1");
            // An accumulator whose type follows the results, kept small.
            g.block("try:", |g| {
                g.line("acc = acc + r0");
                g.block("if type(acc) is str and len(acc) > 40:", |g| {
                    g.line("acc = acc[-10:]")
                });
                g.block("if type(acc) is int and abs(acc) > 10**30:", |g| {
                    g.line("acc = acc % 1000003")
                });
            });
            g.block("except Exception as e:", |g| g.line("acc = err(e)[:20]"));
            let args: Vec<String> = (0..n).map(|k| format!("r{k}")).collect();
            g.block(&format!("if i % {every} == 0:"), |g| {
                g.line(&format!("show('arith', i, x, y, {})", args.join(", ")))
            });
        });
        g.line("show('hist', hist, acc)");
    });
}

/// Numbers only: big integers, floor division and modulo with negative
/// operands, mixed int/float comparisons, and a big-integer accumulator.
fn typed_numbers(g: &mut Gen) {
    in_function(g, "nums_", |g| {
        let vars: Vec<String> = (0..3).map(|k| format!("n{k}")).collect();
        for v in &vars {
            let lit = g.num_literal();
            g.line(&format!("{v} = {lit}"));
        }
        let names: Vec<&str> = vars.iter().map(|s| s.as_str()).collect();
        for k in 0..g.rng.range(4, 10) {
            let e = g.num_expr(&names, 3);
            g.guarded("r", &e);
            g.line(&format!("show('num{k}', r)"));
        }
        let trips = g.trip_count();
        let every = g.print_every();
        let modulus = *g
            .rng
            .pick(&["2**89 - 1", "10**30 + 7", "1000003", "2**61 - 1"]);
        g.line("big = 1");
        g.line("fl = 0.0");
        g.block(&format!("for i in range({trips}):"), |g| {
            let step = g.num_expr(&["i", "n0", "n1"], 2);
            g.guarded("s", &step);
            g.block("if type(s) is int:", |g| {
                g.line(&format!("big = (big * (s | 1) + i) % ({modulus})"));
                g.line("q, m = divmod(big, -(i + 7))");
            });
            g.block("elif type(s) is float:", |g| {
                g.line("fl = (fl + s) % 1000.0 if fl == fl else 0.0");
                g.line("q, m = divmod(s, -1.5) if s == s and abs(s) < 1e300 else (0, 0)");
            });
            g.block("else:", |g| g.line("q, m = s, None"));
            g.block(&format!("if i % {every} == 0:"), |g| {
                g.line("show('big', i, s, big, fl, q, m, big > fl, -big // 7, -big % 7)")
            });
        });
        g.line("show('final', big, fl, big == int(big * 1.0), float(big % 2**53))");
    });
}

/// String methods, slicing, formatting and comparison on a string whose
/// value changes (and which is briefly not a string).
fn strings(g: &mut Gen) {
    in_function(g, "strs_", |g| {
        let trips = g.trip_count();
        let every = g.print_every();
        let base = g.str_literal();
        let other = g.str_literal();
        g.line(&format!("base = {base}"));
        g.line("out = []");
        g.block(&format!("for i in range({trips}):"), |g| {
            let k = g.rng.range(2, 7);
            match g.rng.below(3) {
                0 => g.line(&format!("s = base + str(i % {k})")),
                1 => g.line(&format!("s = base[i % {k}:] + {other}")),
                _ => {
                    let bound = trips * g.rng.range(1, 3) / 3;
                    g.line(&format!("s = base * (i % 3) if i < {bound} else i % {k}"))
                }
            }
            let ops: Vec<String> = (0..g.rng.range(3, 6)).map(|_| str_op(g)).collect();
            for (n, op) in ops.iter().enumerate() {
                g.guarded(&format!("v{n}"), op);
            }
            let vs: Vec<String> = (0..ops.len()).map(|n| format!("v{n}")).collect();
            g.line(&format!("out.append(({}))", vs.join(", ")));
            g.block(&format!("if i % {every} == 0:"), |g| {
                g.line(&format!("show('str', i, s, {})", vs.join(", ")))
            });
        });
        g.line("show('strs', len(out), out[-1], sorted(set(type(v).__name__ for t in out for v in t)))");
    });
}

/// One operation on the string `s` (and the counter `i`).
fn str_op(g: &mut Gen) -> String {
    let lit = g.str_literal();
    let a = g.rng.range(-6, 6);
    let b = g.rng.range(-6, 8);
    let step = *g.rng.pick(&[1, 2, -1, -2, 3]);
    match g.rng.below(22) {
        0 => "s.upper()".into(),
        1 => "s.lower().title()".into(),
        2 => "s.split(',')".into(),
        3 => format!("s.replace('a', {lit})"),
        4 => format!("s.find({lit})"),
        5 => "s[::-1]".into(),
        6 => format!("s[{a}:{b}:{step}]"),
        7 => format!("s[{a}]"),
        8 => "f'{s!r:>12}|{i:05d}'".into(),
        9 => "f'{s:^9}'".into(),
        10 => "'%s-%d' % (s, i)".into(),
        11 => "s.center(11, '*')".into(),
        12 => "s.count('a') + len(s)".into(),
        13 => "'/'.join(s.split())".into(),
        14 => format!("s.startswith({lit}) or s.endswith('z')"),
        15 => "(s < 'm', s == 'abc', s >= '')".into(),
        16 => "s.isdigit() and int(s) * 3".into(),
        17 => "s.encode('utf-8')[:6]".into(),
        18 => "s.strip().partition(' ')".into(),
        19 => format!("s * {} + {lit}", g.rng.range(0, 3)),
        20 => "[c for c in s if c.isalpha()][:5]".into(),
        _ => "float(s) if s.replace('.', '').lstrip('-').isdigit() else len(s.zfill(8))".into(),
    }
}

/// Lists, tuples, dicts and sets: indexing, slicing, methods,
/// comprehensions and unpacking, on containers mutated in a loop.
fn containers(g: &mut Gen) {
    in_function(g, "cont_", |g| {
        let trips = g.trip_count();
        let every = g.print_every();
        let pool = g.mixed_pool(4);
        g.line(&format!("lst = {pool}"));
        g.line("d = {}");
        g.line("st = set()");
        g.block(&format!("for i in range({trips}):"), |g| {
            g.phased_assign("v", trips);
            g.line("lst.append(v)");
            let cap = g.rng.range(6, 15);
            g.block(&format!("if len(lst) > {cap}:"), |g| {
                let at = *g.rng.pick(&["0", "-1", "len(lst) // 2"]);
                g.line(&format!("lst.pop({at})"))
            });
            let k = g.rng.range(3, 17);
            match g.rng.below(3) {
                0 => g.line(&format!("d[i % {k}] = v")),
                1 => g.line(&format!("d['k' + str(i % {k})] = v")),
                _ => g.line(&format!("d[i % {k} if i % 2 else str(i % {k})] = v")),
            }
            g.line(&format!("st.add(i % {k} if i % 3 else 'e' + str(i % 4))"));
            let ops: Vec<String> = (0..g.rng.range(3, 6)).map(|_| container_op(g)).collect();
            for (n, op) in ops.iter().enumerate() {
                g.guarded(&format!("c{n}"), op);
            }
            if g.rng.chance(40) {
                g.block("if i % 11 == 5:", |g| {
                    g.guarded_stmt("del", "del d[next(iter(d))]");
                    g.guarded_stmt("rm", "st.remove(i % 7)");
                });
            }
            let cs: Vec<String> = (0..ops.len()).map(|n| format!("c{n}")).collect();
            g.block(&format!("if i % {every} == 0:"), |g| {
                g.line(&format!("show('cont', i, {})", cs.join(", ")))
            });
        });
        g.line("show('lst', lst)");
        g.line("show('d', d, list(d.items())[-3:])");
        g.line("show('st', len(st), sorted(st, key=repr))");
    });
}

/// One operation on the containers `lst`, `d`, `st` (and `v`, `i`).
fn container_op(g: &mut Gen) -> String {
    let a = g.rng.range(-5, 5);
    let b = g.rng.range(-3, 9);
    let step = *g.rng.pick(&[1, 2, -1, 3, -2]);
    let k = g.rng.range(2, 9);
    match g.rng.below(26) {
        0 => format!("lst[{a}]"),
        1 => format!("lst[{a}:{b}:{step}]"),
        2 => "lst.index(v)".into(),
        3 => "lst.count(v)".into(),
        4 if !g.avoids().mixed_sort => "sorted(lst)".into(),
        4 => "sorted(lst, key=lambda x: (type(x).__name__, repr(x)))".into(),
        5 => "sorted(lst, key=repr)[:4]".into(),
        6 => "tuple(lst[:3]) + (i,)".into(),
        7 => format!("d.get(i % {k}, 'none')"),
        8 => format!("d['k' + str(i % {k})]"),
        9 => format!("d.setdefault(i % {k}, i)"),
        10 => "list(d)[-4:]".into(),
        11 => format!("sorted(st | {{{k}, 'z'}}, key=repr)"),
        12 => format!("st & {{1, 2, {k}}}"),
        13 => format!("len(st - {{0, 1, 2}}), len(st ^ {{{k}}})"),
        14 => "[x for x in lst if type(x) is int]".into(),
        15 => format!("{{k: type(w).__name__ for k, w in d.items() if k != {k}}}"),
        16 => format!("{{x % {k} for x in range(i % 20)}}"),
        17 => "(lambda a, *b: (a, len(b)))(*lst[:4])".into(),
        18 => "v in lst, v in d, v in st".into(),
        19 => format!("lst[{a}:{b}] + [v] * {}", g.rng.range(0, 3)),
        20 => "sum(x for x in lst if type(x) in (int, float))".into(),
        21 => "max(lst, key=lambda x: repr(x))".into(),
        22 => "[*lst[:2], *d.values()][-3:]".into(),
        23 => "dict(zip(range(3), lst))".into(),
        24 => format!("list(enumerate(lst[{a}:]))[:3]"),
        _ => "min(d.values(), key=repr) if d else None".into(),
    }
}

/// A class hierarchy with a randomly chosen set of features (slots,
/// properties, `__eq__`/`__hash__`, class attributes), used in a loop
/// that mutates class attributes and monkey-patches methods part-way.
fn classes(g: &mut Gen) {
    let base = g.fresh("Base");
    let derived = g.fresh("Derived");
    let slots = g.rng.chance(35);
    let eq_hash = g.rng.chance(50);
    let method_body = g.mixed_expr(&["self.a", "self.b", "k"], 2);
    let prop_body = g.mixed_expr(&["self.a", "self.b"], 2);
    let cls_attr = g.small_literal();
    g.block(&format!("class {base}:"), |g| {
        g.line(&format!("kind = {cls_attr}"));
        if slots {
            g.line("__slots__ = ('a', 'b')");
        }
        g.block("def __init__(self, a, b):", |g| {
            g.line("self.a = a");
            g.line("self.b = b");
        });
        g.block("def m(self, k):", |g| {
            g.line(&format!("return {method_body}"))
        });
        g.line("@property");
        g.block("def p(self):", |g| g.line(&format!("return {prop_body}")));
        g.block("def __repr__(self):", |g| {
            g.line("return type(self).__name__ + '(' + repr(self.a) + ', ' + repr(self.b) + ')'")
        });
        if eq_hash {
            g.block("def __eq__(self, other):", |g| {
                g.line("return type(other) is type(self) and self.a == other.a")
            });
            // Not `self.a`: the loop changes `a`, and a key whose hash
            // changes is found or not depending on the table's layout.
            g.block("def __hash__(self):", |g| g.line("return hash(self.b)"));
        }
    });
    let override_body = g.mixed_expr(&["r", "k", "self.b"], 1);
    g.block(&format!("class {derived}({base}):"), |g| {
        if slots && g.rng.chance(50) {
            g.line("__slots__ = ('c',)");
        }
        g.block("def m(self, k):", |g| {
            g.line("r = super().m(k)");
            g.line(&format!("return {override_body}"));
        });
        g.line("@classmethod");
        g.block("def make(cls, a):", |g| g.line("return cls(a, a)"));
        g.line("@staticmethod");
        g.block("def twice(v):", |g| g.line("return v * 2"));
    });
    in_function(g, "cls_", |g| {
        let trips = g.trip_count();
        let every = g.print_every();
        let args: Vec<String> = (0..4)
            .map(|n| {
                let cls = if n % 2 == 0 { &base } else { &derived };
                let (a, b) = (g.small_literal(), g.small_literal());
                format!("{cls}({a}, {b})")
            })
            .collect();
        g.line(&format!("objs = [{}, {derived}.make(3)]", args.join(", ")));
        g.line("seen = {}");
        let cut = |g: &mut Gen| trips * g.rng.range(1, 4) / 5;
        let (p1, p2, p3, p4) = (cut(g), cut(g), cut(g), cut(g));
        let new_kind = g.small_literal();
        let patched = g.mixed_expr(&["self.a", "k"], 1);
        let new_attr = g.small_literal();
        g.block(&format!("for i in range({trips}):"), |g| {
            g.line("o = objs[i % len(objs)]");
            g.block(&format!("if i == {p1}:"), |g| {
                g.line(&format!("{base}.kind = {new_kind}"))
            });
            g.block(&format!("if i == {p2}:"), |g| {
                g.line(&format!("{base}.m = lambda self, k: {patched}"))
            });
            g.block(&format!("if i == {p3}:"), |g| {
                g.line(&format!("o.a = {new_attr}"))
            });
            if g.rng.chance(50) {
                g.block(&format!("if i == {p4}:"), |g| {
                    g.line(&format!(
                        "{base}.p = property(lambda self: repr(self.b) + '!')"
                    ))
                });
            }
            g.guarded("r1", "o.m(i)");
            g.guarded("r2", "o.p");
            g.guarded("r3", "o.kind");
            g.guarded("r4", &format!("{derived}.twice(o.a)"));
            g.block("try:", |g| {
                g.line("o.extra = i");
                g.line("r7 = 'set'");
            });
            g.block("except Exception as e:", |g| g.line("r7 = err(e)"));
            g.guarded("r5", "getattr(o, 'extra', None)");
            if eq_hash {
                g.guarded_stmt("seen", "seen[o] = seen.get(o, 0) + 1");
                g.guarded("r6", "(o == objs[0], o in objs, o != objs[1])");
            } else {
                g.line("r6 = (o is objs[0], isinstance(o, type(objs[1])))");
            }
            g.block(&format!("if i % {every} == 0:"), |g| {
                g.line("show('obj', i, o, r1, r2, r3, r4, r5, r6, r7)")
            });
        });
        g.line(&format!(
            "show('classes', objs, len(seen), sorted(repr(k) for k in seen), {base}.kind)"
        ));
        g.line(&format!(
            "show('mro', [c.__name__ for c in {derived}.__mro__], hasattr(objs[0], '__dict__'))"
        ));
    });
}

/// Closures: a counter with `nonlocal` whose type changes, closures over
/// loop variables (late binding and default-argument capture), nested
/// closures.
fn closures(g: &mut Gen) {
    let maker = g.fresh("make_counter");
    let start = g.small_literal();
    let combine = g.mixed_expr(&["total", "v"], 1);
    g.block(&format!("def {maker}(start):"), |g| {
        g.line("total = start");
        g.line("kinds = []");
        g.block("def step(v):", |g| {
            g.line("nonlocal total");
            g.block("if type(v) is str and type(total) is not str:", |g| {
                g.line("total = str(total)[:8]")
            });
            g.line(&format!("total = {combine}"));
            // A repeated string or list must not grow on every call.
            g.block(
                "if type(total) in (str, list, tuple) and len(total) > 50:",
                |g| g.line("total = total[:10]"),
            );
            g.line("kinds.append(type(total).__name__)");
            g.line("return total");
        });
        g.block("def peek():", |g| {
            g.line("return total, len(kinds), kinds[-3:]")
        });
        g.line("return step, peek");
    });
    in_function(g, "clo_", |g| {
        let trips = g.trip_count();
        let every = g.print_every();
        g.line(&format!("step, peek = {maker}({start})"));
        g.block(&format!("for i in range({trips}):"), |g| {
            g.phased_assign("v", trips);
            g.guarded("r", "step(v)");
            g.block(&format!("if i % {every} == 0:"), |g| {
                g.line("show('clo', i, r, peek())")
            });
        });
        let n = g.rng.range(3, 7);
        let body = g.mixed_expr(&["x", "j"], 1);
        g.line(&format!("late = [lambda x: {body} for j in range({n})]"));
        g.line(&format!(
            "bound = [lambda x, j=j: {body} for j in range({n})]"
        ));
        g.block("for f, h in zip(late, bound):", |g| {
            g.guarded("a", "f(2)");
            g.guarded("b", "h(2)");
            g.line("show('late', a, b)");
        });
        g.block("def outer(a):", |g| {
            g.block("def middle(b):", |g| {
                g.block("def inner(c):", |g| g.line("return (a, b, c)"));
                g.line("return inner");
            });
            g.line("return middle");
        });
        g.line("show('nest', outer(1)(2.5)('three'), outer.__name__)");
    });
}

/// Exceptions raised in loops (built-in and user-defined), with
/// `try/except/else/finally`, chaining, re-raising, `break`/`continue`
/// through `finally`, and `return` from `finally`.
fn exceptions(g: &mut Gen) {
    let my = g.fresh("MyError");
    let sub = g.fresh("SubError");
    let risky = g.fresh("risky");
    g.block(&format!("class {my}(Exception):"), |g| g.line("pass"));
    g.block(&format!("class {sub}({my}):"), |g| {
        g.block("def __init__(self, code):", |g| {
            g.line("super().__init__('code', code)");
            g.line("self.code = code");
        });
    });
    // A function raising a different error on different iterations.
    let mut arms: Vec<String> = vec![
        format!("raise {sub}(i)"),
        "return 1 // (i - i)".into(),
        "return [1, 2, 3][i]".into(),
        "return {'a': 1}['k' + str(i % 4)]".into(),
        "return int('x' + str(i))".into(),
        "return None + i".into(),
        format!("raise {my}('plain', i)"),
        "return (1, 2).missing".into(),
        "return 1.5 % 0".into(),
    ];
    let n = g.rng.range(2, 5) as usize;
    let mut chosen = Vec::new();
    for _ in 0..n {
        let k = g.rng.below(arms.len());
        chosen.push(arms.remove(k));
    }
    g.block(&format!("def {risky}(i):"), |g| {
        for arm in &chosen {
            let m = g.rng.range(2, 9);
            let r = g.rng.range(0, m - 1);
            g.block(&format!("if i % {m} == {r}:"), |g| g.line(arm));
        }
        g.line("return i * 2");
    });
    in_function(g, "exc_", |g| {
        let trips = g.trip_count();
        let every = g.print_every();
        g.line("fin = 0");
        g.line("counts = {}");
        g.block(&format!("for i in range({trips}):"), |g| {
            g.block("try:", |g| {
                g.block("try:", |g| g.line(&format!("r = {risky}(i)")));
                g.block("finally:", |g| g.line("fin += 1"));
            });
            g.block(&format!("except {sub} as e:"), |g| {
                g.line("r = ('sub', e.args, e.code)")
            });
            g.block(&format!("except {my} as e:"), |g| {
                g.line("r = ('my', e.args)")
            });
            g.block("except (ZeroDivisionError, IndexError) as e:", |g| {
                g.line("r = err(e)")
            });
            g.block("except LookupError as e:", |g| {
                g.line("r = 'lookup ' + repr(e)")
            });
            g.block("except Exception as e:", |g| g.line("r = err(e)"));
            g.block("else:", |g| g.line("r = ('ok', r)"));
            g.line("t = r[0] if type(r) is tuple else r[:12]");
            g.line("counts[t] = counts.get(t, 0) + 1");
            if g.rng.chance(40) {
                let m = g.rng.range(3, 9);
                g.block(&format!("if i % {m} == 1:"), |g| {
                    g.block("try:", |g| g.line("continue"));
                    g.block("finally:", |g| g.line("fin += 100"));
                });
            }
            g.block(&format!("if i % {every} == 0:"), |g| {
                g.line("show('exc', i, r, fin)")
            });
        });
        g.line("show('counts', counts, fin)");
        // Chaining and context.
        g.block("try:", |g| {
            g.block("try:", |g| {
                g.line(&format!("{risky}(0) + {risky}(1) + 1 // 0"))
            });
            g.block("except Exception as e:", |g| {
                g.line("raise ValueError('wrapped') from e")
            });
        });
        g.block("except ValueError as e:", |g| {
            g.line("show('chain', repr(e), repr(e.__cause__), e.__context__ is e.__cause__)")
        });
        g.block("def fin_return(k):", |g| {
            g.block("try:", |g| g.line("return 1 // k"));
            g.block("finally:", |g| {
                g.block("if k == 0:", |g| g.line("return 'from finally'"))
            });
        });
        g.line("show('finret', fin_return(0), fin_return(1))");
        g.block("def reraiser(k):", |g| {
            g.block("try:", |g| g.line("return [0][k]"));
            g.block("except IndexError:", |g| {
                g.line("k = -k");
                g.line("raise");
            });
        });
        g.guarded("rr", "reraiser(3)");
        g.line("show('reraise', rr)");
    });
}

/// Generators: yielding values of changing types, `yield from` with a
/// return value, `send`, generator expressions in a loop.
fn generators(g: &mut Gen) {
    let gen_fn = g.fresh("gen");
    let wrap = g.fresh("wrap");
    let acc = g.fresh("accum");
    let yielded = g.mixed_expr(&["j", "k"], 1);
    g.block(&format!("def {gen_fn}(n, k):"), |g| {
        g.block("for j in range(n):", |g| {
            g.block("if j % k == 0:", |g| g.line("yield j * 0.5"));
            g.block("elif j % 3 == 0:", |g| g.line("yield str(j)"));
            g.block("else:", |g| g.line(&format!("yield {yielded}")));
        });
        g.line("return 'done' + str(n)");
    });
    g.block(&format!("def {wrap}(n):"), |g| {
        g.line(&format!("r = yield from {gen_fn}(n, 2)"));
        g.line("yield r");
    });
    g.block(&format!("def {acc}():"), |g| {
        g.line("total = 0");
        g.block("while True:", |g| {
            g.line("v = yield total");
            g.block("if v is None:", |g| g.line("return total"));
            g.block("try:", |g| g.line("total = total + v"));
            g.block("except TypeError:", |g| g.line("total = str(total) + '?'"));
        });
    });
    in_function(g, "gens_", |g| {
        let trips = g.trip_count();
        let every = g.print_every();
        g.line(&format!("a = {acc}()"));
        g.line("next(a)");
        g.line("count = 0");
        g.block(&format!("for i in range({trips}):"), |g| {
            let k = g.rng.range(2, 5);
            g.guarded("items", &format!("list({gen_fn}(i % 9, {k}))"));
            g.line("count += len(items)");
            g.guarded("s", "sum(x for x in items if type(x) is not str)");
            g.phased_assign("v", trips);
            g.guarded("t", "a.send(v)");
            g.block(&format!("if i % {every} == 0:"), |g| {
                g.line("show('gen', i, items[-3:], s, t)")
            });
        });
        g.guarded("w", &format!("list({wrap}(5))"));
        g.line("show('wrap', w)");
        g.line(&format!("it = {gen_fn}(4, 2)"));
        g.guarded("w", "(next(it), next(it), list(it))");
        g.line("show('next', w)");
        g.guarded("fin", "a.send(None)");
        g.line("show('acc', fin, count)");
    });
}

/// A module-level global rebound (to another type) inside a loop, read by
/// a function.
fn globals_rebound(g: &mut Gen) {
    let name = g.fresh("G");
    let reader = g.fresh("read_g");
    // Small literals only: the global may become a repetition count.
    let init = g.small_literal();
    let body = g.mixed_expr(&[&name, "x"], 2);
    g.line(&format!("{name} = {init}"));
    g.block(&format!("def {reader}(x):"), |g| {
        g.line(&format!("return {body}"))
    });
    let trips = g.trip_count();
    let every = g.print_every();
    let p1 = trips / 3;
    let p2 = 2 * trips / 3;
    let (v1, v2) = (g.small_literal(), g.mixed_number());
    let writer = g.fresh("write_g");
    g.block(&format!("def {writer}(v):"), |g| {
        g.line(&format!("global {name}"));
        g.line(&format!("{name} = v"));
    });
    g.block(&format!("for i in range({trips}):"), |g| {
        g.block(&format!("if i == {p1}:"), |g| {
            g.line(&format!("{name} = {v1}"))
        });
        g.block(&format!("if i == {p2}:"), |g| {
            g.line(&format!("{writer}({v2})"))
        });
        g.guarded("r", &format!("{reader}(i)"));
        g.block(&format!("if i % {every} == 0:"), |g| {
            g.line(&format!("show('glob', i, {name}, r)"))
        });
    });
}

/// A builtin shadowed by a module-level global part-way through a loop
/// (or patched in the `builtins` module), then restored.
fn shadowed_builtin(g: &mut Gen) {
    // Not `repr`, `str`, `len`, `type`, `print`: the prelude uses them.
    let (name, call, fake) = *g.rng.pick(&[
        ("abs", "abs(x)", "lambda v: 'fake-abs'"),
        ("min", "min(x, 3)", "lambda *a: 'fake-min'"),
        ("max", "max(x, 3)", "lambda *a: 'fake-max'"),
        (
            "isinstance",
            "isinstance(x, int)",
            "lambda a, b: 'fake-isinstance'",
        ),
        ("round", "round(x)", "lambda *a: 'fake-round'"),
        (
            "sorted",
            "sorted([x, 1], key=repr)",
            "lambda *a, **k: ['fake']",
        ),
        ("divmod", "divmod(x, 3)", "lambda a, b: 'fake-divmod'"),
        ("bool", "bool(x)", "lambda v=0: 'fake-bool'"),
    ]);
    let user = g.fresh("use_");
    g.block(&format!("def {user}(x):"), |g| {
        g.line(&format!("return {call}"))
    });
    let trips = g.trip_count();
    let every = g.print_every();
    let p1 = trips / 3;
    let p2 = 2 * trips / 3;
    let via_module = g.rng.chance(40);
    if via_module {
        g.line("import builtins");
        g.line(&format!("saved_builtin = builtins.{name}"));
    }
    g.block(&format!("for i in range({trips}):"), |g| {
        g.phased_assign("x", trips);
        g.block(&format!("if i == {p1}:"), |g| {
            if via_module {
                g.line(&format!("builtins.{name} = {fake}"));
            } else {
                g.line(&format!("{name} = {fake}"));
            }
        });
        g.block(&format!("if i == {p2}:"), |g| {
            if via_module {
                g.line(&format!("builtins.{name} = saved_builtin"));
            } else {
                g.line(&format!("del {name}"));
            }
        });
        g.guarded("r", &format!("{user}(x)"));
        g.guarded("q", call);
        g.block(&format!("if i % {every} == 0:"), |g| {
            g.line("show('shadow', i, x, r, q)")
        });
    });
}

/// Numbers and strings formatted every way: `format` specs, `%`,
/// f-strings, conversions, rounding, `math` functions, on a value whose
/// type changes.
fn formatting(g: &mut Gen) {
    in_function(g, "fmt_", |g| {
        let trips = g.trip_count();
        let every = g.print_every();
        g.line("import math");
        g.block(&format!("for i in range({trips}):"), |g| {
            g.phased_assign("x", trips);
            let n = g.rng.range(3, 6);
            for k in 0..n {
                let op = format_op(g);
                g.guarded(&format!("f{k}"), &op);
            }
            let fs: Vec<String> = (0..n).map(|k| format!("f{k}")).collect();
            g.block(&format!("if i % {every} == 0 or i < 3:"), |g| {
                g.line(&format!("show('fmt', i, x, {})", fs.join(", ")))
            });
        });
    });
}

/// One formatting or conversion of `x` (and the counter `i`).
fn format_op(g: &mut Gen) -> String {
    let spec = g.rng.pick(&[
        "", "d", ">8", "<6", "^7", "+", ".3f", "08.2f", ",", "_", ".2e", "g", ".3g", "%", "x",
        "#o", "b", "010d", ".1%", "+.4e", "n", "s", ">10.4", "c", "=+9", ",.2f", "E", "G", "#x",
    ]);
    let pct = g.rng.pick(&[
        "%s", "%r", "%5.2f", "%d", "%x", "%e", "%-6s|", "%+.3g", "%05d", "%c",
    ]);
    let (spec, pct) = if g.avoids().char_format {
        (spec.replace('c', "d"), pct.replace('c', "d"))
    } else {
        (spec.to_string(), pct.to_string())
    };
    let nd = g.rng.range(-3, 4);
    match g.rng.below(20) {
        0 | 1 => format!("format(x, '{spec}')"),
        2 => format!("f'{{x:{spec}}}|{{i:>4}}'"),
        3 => format!("'{pct}' % (x,)"),
        4 => "f'{x!r:>14}|{x!s:.5}'".into(),
        5 => "'{0}-{0!r}-{1:03}'.format(x, i)".into(),
        6 => "str(x), repr(x)".into(),
        7 => "int(x), float(x)".into(),
        8 => format!("round(x, {nd})"),
        9 => "round(x + 0.5) if type(x) is not str else x".into(),
        10 => "(hex(x), oct(x), bin(x))".into(),
        11 => "x.bit_length() if type(x) is int else x.is_integer()".into(),
        12 => "x.as_integer_ratio()".into(),
        13 => "(math.floor(x), math.ceil(x), math.trunc(x))".into(),
        14 => "math.sqrt(abs(x))".into(),
        15 => "math.isqrt(abs(x)) if type(x) is int else math.fsum([x, 1e16, -1e16])".into(),
        16 => "math.gcd(x, 12), math.log(abs(x) + 1)".into(),
        17 => "float(str(x)), int(str(x).strip().split('.')[0] or '0')".into(),
        18 => "divmod(x, -3), x // -2.5, x % -7".into(),
        _ => "(x == float(x), x < 2**53, x > -0.0, x != x)".into(),
    }
}

/// A class overloading operators (`__add__`/`__radd__`, comparisons,
/// `__len__`, `__bool__`, `__getitem__`, `__contains__`, `__call__`,
/// `__iter__`), some returning `NotImplemented`, used with built-in values
/// in a loop.
fn operators(g: &mut Gen) {
    let cls = g.fresh("Vec");
    let sub = g.fresh("SubVec");
    let add_body = g.mixed_expr(&["self.v", "o"], 1);
    let ni_type = *g.rng.pick(&["str", "list", "float", "tuple"]);
    g.block(&format!("class {cls}:"), |g| {
        g.block("def __init__(self, v):", |g| g.line("self.v = v"));
        g.block("def __repr__(self):", |g| {
            g.line("return type(self).__name__ + '<' + repr(self.v) + '>'")
        });
        g.block("def __add__(self, o):", |g| {
            g.block(&format!("if isinstance(o, {ni_type}):"), |g| {
                g.line("return NotImplemented")
            });
            g.block(&format!("if isinstance(o, {cls}):"), |g| {
                g.line(&format!("return {cls}(self.v + o.v)"))
            });
            g.line(&format!("return {cls}({add_body})"));
        });
        g.block("def __radd__(self, o):", |g| {
            g.line("return ('radd', o, self.v)")
        });
        if g.rng.chance(50) {
            g.block("def __mul__(self, o):", |g| g.line("return self.v * 2"));
            g.line("__rmul__ = __mul__");
        }
        g.block("def __eq__(self, o):", |g| {
            g.line(&format!("return isinstance(o, {cls}) and self.v == o.v"))
        });
        g.line("__hash__ = None");
        g.block("def __lt__(self, o):", |g| {
            g.block(&format!("if not isinstance(o, {cls}):"), |g| {
                g.line("return NotImplemented")
            });
            g.line("return self.v < o.v");
        });
        g.block("def __len__(self):", |g| {
            g.line("return abs(int(self.v)) % 7")
        });
        if g.rng.chance(50) {
            g.block("def __bool__(self):", |g| g.line("return self.v != 0"));
        }
        g.block("def __getitem__(self, k):", |g| {
            g.block("if k >= 4:", |g| g.line("raise IndexError(k)"));
            g.line("return self.v * k");
        });
        g.block("def __contains__(self, item):", |g| {
            g.line("return item == self.v")
        });
        g.block("def __call__(self, *args, **kw):", |g| {
            g.line("return (len(args), sorted(kw))")
        });
    });
    g.block(&format!("class {sub}({cls}):"), |g| {
        g.block("def __radd__(self, o):", |g| {
            g.line("return ('sub-radd', o)")
        });
        g.block("def __lt__(self, o):", |g| g.line("return 'sub-lt'"));
    });
    in_function(g, "ops_", |g| {
        let trips = g.trip_count();
        let every = g.print_every();
        g.line(&format!("vs = [{cls}(1), {sub}(2.5), {cls}(-3), {sub}(0)]"));
        g.block(&format!("for i in range({trips}):"), |g| {
            g.line("a = vs[i % len(vs)]");
            g.phased_assign("x", trips);
            let ops = [
                "a + x",
                "x + a",
                "a + vs[(i + 1) % 4]",
                "a < vs[(i + 1) % 4], vs[(i + 1) % 4] > a",
                "a < x",
                "a == x, a != vs[0], a in vs",
                "len(a), bool(a), not a",
                "list(a)",
                "x in a, a[2]",
                "a(i, x, key=1, other=2)",
                "sorted(vs)",
                "[*a][-1:], max(a)",
                "a * 3, 3 * a",
                "sum(vs, x)",
                "{a: 1}",
            ];
            // `SubVec.__lt__` always answers true, so what `sorted` makes
            // of it depends on the order the sort compares in.
            let ops: Vec<&str> = ops
                .into_iter()
                .filter(|o| !(g.avoids().mixed_sort && o.starts_with("sorted")))
                .collect();
            let n = g.rng.range(3, 6) as usize;
            for k in 0..n {
                let op = *g.rng.pick(&ops);
                g.guarded(&format!("o{k}"), op);
            }
            let os: Vec<String> = (0..n).map(|k| format!("o{k}")).collect();
            g.block(&format!("if i % {every} == 0:"), |g| {
                g.line(&format!("show('ops', i, a, x, {})", os.join(", ")))
            });
        });
    });
}

/// Calls with positional, keyword, default, keyword-only, `*args` and
/// `**kwargs` parameters, whose argument counts and types change, plus a
/// recursive function.
fn calls(g: &mut Gen) {
    let f = g.fresh("f");
    let h = g.fresh("h");
    let rec = g.fresh("rec");
    let body = g.mixed_expr(&["a", "b", "c"], 2);
    let default = g.small_literal();
    g.block(
        &format!("def {f}(a, b={default}, *rest, c=2, **kw):"),
        |g| g.line(&format!("return ({body}), len(rest), sorted(kw.items())")),
    );
    g.block(&format!("def {h}(p, /, q, *, r):"), |g| {
        g.line("return (p, q, r)")
    });
    g.block(&format!("def {rec}(n, acc):"), |g| {
        g.block("if n <= 0:", |g| g.line("return acc"));
        g.line(&format!(
            "return {rec}(n - 1, acc + n if n % 3 else str(acc)[:5])"
        ));
    });
    in_function(g, "calls_", |g| {
        let trips = g.trip_count();
        let every = g.print_every();
        g.line("extra = {}");
        g.block(&format!("for i in range({trips}):"), |g| {
            g.phased_assign("x", trips);
            g.line("args = [x] * (i % 4)");
            g.block("if i % 9 == 0:", |g| g.line("extra['k' + str(i % 4)] = x"));
            let calls = [
                format!("{f}(*args)"),
                format!("{f}(x, *args, c=i, **extra)"),
                format!("{f}(x, b=i)"),
                format!("{f}(b=x, a=i)"),
                format!("{f}(x, x, x, x, c=x)"),
                format!("{h}(x, i, r=x)"),
                format!("{h}(x, q=i, r=2)"),
                format!("{h}(p=x, q=1, r=2)"),
                if g.avoids().kwonly_message {
                    format!("{h}(*args[:2], r=i)")
                } else {
                    format!("{h}(*args, r=i)")
                },
                format!("{rec}(i % 25, x)"),
                "(lambda *a, **k: (a, k))(*args, **extra)".to_string(),
            ];
            let n = g.rng.range(3, 6) as usize;
            for k in 0..n {
                let c = g.rng.pick(&calls).clone();
                g.guarded(&format!("c{k}"), &c);
            }
            let cs: Vec<String> = (0..n).map(|k| format!("c{k}")).collect();
            g.block(&format!("if i % {every} == 0:"), |g| {
                g.line(&format!("show('call', i, x, {})", cs.join(", ")))
            });
        });
    });
}

/// Augmented assignment to list items, dict entries and attributes, a
/// `while` loop with `:=`, a context manager that suppresses some
/// exceptions, and `del` of an attribute, with a changing operand type.
fn augmented(g: &mut Gen) {
    let bx = g.fresh("Box");
    let ctx = g.fresh("Ctx");
    g.block(&format!("class {bx}:"), |g| g.line("pass"));
    g.block(&format!("class {ctx}:"), |g| {
        g.block("def __init__(self, k, log):", |g| {
            g.line("self.k = k");
            g.line("self.log = log");
        });
        g.block("def __enter__(self):", |g| g.line("return self.k * 2"));
        g.block("def __exit__(self, t, v, tb):", |g| {
            g.line("self.log.append(t.__name__ if t else None)");
            g.line("return self.k % 3 == 0");
        });
    });
    in_function(g, "aug_", |g| {
        let trips = g.trip_count();
        let every = g.print_every();
        let (a, b) = (g.small_literal(), g.small_literal());
        g.line(&format!("lst = [{a}, {b}, 0]"));
        g.line(&format!("d = {{'a': {a}, 'b': 0.5}}"));
        g.line(&format!("o = {bx}()"));
        g.line("o.v = 0");
        g.line("log = []");
        let op = *g.rng.pick(&["+=", "-=", "+=", "|=", "//=", "%="]);
        g.block(&format!("for i in range({trips}):"), |g| {
            g.phased_assign("x", trips);
            let describe = if g.avoids().inplace_message {
                "'E:' + type(e).__name__"
            } else {
                "err(e)"
            };
            g.guarded_stmt_as("lst", &format!("lst[i % 3] {op} x"), describe);
            g.guarded_stmt_as("d", "d['a' if i % 2 else 'b'] += x", describe);
            g.guarded_stmt_as("attr", "o.v += x", describe);
            // Keep the accumulated values small.
            g.block("for k in range(3):", |g| {
                g.block(
                    "if type(lst[k]) in (str, list, tuple) and len(lst[k]) > 30:",
                    |g| g.line("lst[k] = lst[k][:5]"),
                );
            });
            g.block(
                "if type(o.v) in (str, list, tuple) and len(o.v) > 30:",
                |g| {
                    g.line("del o.v");
                    g.line("o.v = i");
                },
            );
            g.block(
                "if type(d['a']) in (str, list, tuple) and len(d['a']) > 30:",
                |g| g.line("d['a'] = d['b']"),
            );
            g.block(
                "if type(d['b']) in (str, list, tuple) and len(d['b']) > 30:",
                |g| g.line("d['b'] = 0"),
            );
            g.line("n = 0");
            g.block("while (n := n + 1) < i % 7:", |g| {
                g.block("if n == 5:", |g| g.line("break"))
            });
            g.block("else:", |g| g.line("n = -n"));
            g.line("w = 'suppressed'");
            g.block("try:", |g| {
                g.block(&format!("with {ctx}(i, log) as c:"), |g| {
                    g.line("w = c + 10 // (i % 4)")
                });
            });
            g.block("except ZeroDivisionError as e:", |g| g.line("w = err(e)"));
            g.block(&format!("if i % {every} == 0:"), |g| {
                g.line("show('aug', i, x, lst, d, o.v, n, w, log[-2:])")
            });
        });
        g.line("show('augdone', lst, d, len(log), log.count(None))");
    });
}
