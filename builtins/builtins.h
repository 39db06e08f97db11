/* builtins.h: the builtins' front door: an evaluator state with its base environment. The
 * layers above (render/, cli/) start every evaluation here. */
#ifndef NIXEL_BUILTINS_H
#define NIXEL_BUILTINS_H

#include "eval/eval.h"

/* A fresh state: interned names, the base scope, the store hook. */
State *eval_new_state(void);
/* Builds the base environment; call after all search path entries are added. */
void eval_init_base_env(State *st);

#endif
