/* arith.c: `+`, `-`, `*` and `<` on numbers and CppNix's CompareValues. They are builtins
 * (__add, __sub, __mul, __lessThan, bound by builtins/base_env.c), but the evaluator
 * computes them itself for integer operands and must recognise them, so they live here,
 * below the builtins. */
#include "eval/eval.h"
#include "base/mem.h"

#include <string.h>

static bool either_float(State *st, Value **args, Pos pos)
{
    force(st, args[0], pos);
    force(st, args[1], pos);
    return args[0]->type == T_FLOAT || args[1]->type == T_FLOAT;
}

void eval_int_overflow(State *st, Pos pos, const char *verb, char op, int64_t a, int64_t b)
{
    eval_error(st, ERR_EVAL, pos, "integer overflow in %s %lld %c %lld", verb, (long long)a, op, (long long)b);
}

/* The result of a checked operation: wrapped as Nix 2.8 has it, or today's Nix's error
 * (raised without a position, as its builtins raise it). */
static int64_t checked(State *st, bool over, int64_t r, const char *verb, char op, int64_t a, int64_t b)
{
    if (over && eval_compat_current(st)) eval_int_overflow(st, NO_POS, verb, op, a, b);
    return r;
}

void eval_add(State *st, Pos pos, Value **args, Value *out)
{
    if (either_float(st, args, pos)) { set_float(out, force_float(st, args[0], pos) + force_float(st, args[1], pos)); return; }
    int64_t a = force_int(st, args[0], pos), b = force_int(st, args[1], pos), r;
    bool over = __builtin_add_overflow(a, b, &r);
    set_int(out, checked(st, over, r, "adding", '+', a, b));
}

void eval_sub(State *st, Pos pos, Value **args, Value *out)
{
    if (either_float(st, args, pos)) { set_float(out, force_float(st, args[0], pos) - force_float(st, args[1], pos)); return; }
    int64_t a = force_int(st, args[0], pos), b = force_int(st, args[1], pos), r;
    bool over = __builtin_sub_overflow(a, b, &r);
    set_int(out, checked(st, over, r, "subtracting", '-', a, b));
}

void eval_mul(State *st, Pos pos, Value **args, Value *out)
{
    if (either_float(st, args, pos)) { set_float(out, force_float(st, args[0], pos) * force_float(st, args[1], pos)); return; }
    int64_t a = force_int(st, args[0], pos), b = force_int(st, args[1], pos), r;
    bool over = __builtin_mul_overflow(a, b, &r);
    set_int(out, checked(st, over, r, "multiplying", '*', a, b));
}

bool eval_less_than(State *st, Value *a, Value *b, Pos pos)
{
    force(st, a, pos);
    force(st, b, pos);
    if (a->type == T_FLOAT && b->type == T_INT) return a->f < (double)b->i;
    if (a->type == T_INT && b->type == T_FLOAT) return (double)a->i < b->f;
    if (a->type != b->type) goto incomparable;
    switch (a->type) {
    case T_INT: return a->i < b->i;
    case T_FLOAT: return a->f < b->f;
    case T_STRING: case T_PATH: return strcmp(a->str.s, b->str.s) < 0;
    case T_LIST:
        for (uint32_t i = 0;; i++) {
            if (i == b->len) return false;
            if (i == a->len) return true;
            if (!eq_values(st, a->list[i], b->list[i], pos)) return eval_less_than(st, a->list[i], b->list[i], pos);
        }
    default: break;
    }
incomparable:
    eval_error(st, ERR_EVAL, NO_POS, "cannot compare %s with %s", show_type(a), show_type(b));
}

void eval_lessThan(State *st, Pos pos, Value **args, Value *out)
{
    force(st, args[0], pos);
    force(st, args[1], pos);
    set_bool(out, eval_less_than(st, args[0], args[1], pos));
}
