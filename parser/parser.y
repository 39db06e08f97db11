/* parser.y: the Nix grammar (as Nix 2.8 accepts it) for bison, pure and reentrant.
 *
 * CppNix's grammar is GLR with one shift/reduce and one reduce/reduce conflict, both from
 * `{` starting either a lambda's formals or an attribute set. This grammar is LALR(1)
 * with no conflicts: every alternative after `{` starts with the empty `brace_start`,
 * and formals and bindings share no empty prefix, so the token after the first
 * identifier (`,` `?` `}` versus `.` `=`) decides. The empty `brace_start` keeps the
 * stack as deep as CppNix's, so nesting limits are hit at the same place.
 *
 * Symbols are interned in the actions at the same points as CppNix interns them, because
 * CppNix prints `let` bindings and formals in the order their names were created. */

%define api.pure full
%define api.location.type {Loc}
%define parse.error verbose
%locations
%param {Parser *ps}
%expect 0

%code requires {
#include <stdint.h>
#include "parser/parse.h"
typedef struct { uint32_t first, last; } Loc;
/* Like bison's default: a rule spans its first to its last symbol; an empty rule sits
 * where the previous symbol ended. */
#define YYLLOC_DEFAULT(Cur, Rhs, N) do { \
    if (N) { (Cur).first = YYRHSLOC(Rhs, 1).first; (Cur).last = YYRHSLOC(Rhs, N).last; } \
    else { (Cur).first = (Cur).last = YYRHSLOC(Rhs, 0).last; } } while (0)
typedef struct { const char *p; uint32_t len; bool ind; } StrTok;
typedef struct { Formal *f; uint32_t n, cap; bool ellipsis; } FormalList;
/* The pieces of an indented string before its indentation is stripped. */
typedef struct { Pos pos; Expr *e; StrTok t; } IndPart; /* e == NULL: a literal piece t */
typedef struct { IndPart *p; uint32_t n, cap; } IndParts;
}

%code {
/* CppNix's GLR parser runs out of stack one item earlier than an LALR parser with the
 * same YYMAXDEPTH; this keeps "memory exhausted" at the same nesting depth. */
#define YYMAXDEPTH 9999
}

%code provides {
int yylex(YYSTYPE *lval, Loc *lloc, Parser *ps);
void yyerror(Loc *loc, Parser *ps, const char *msg);
}

%code {
#include "parser/build_ast.h"
}

%union {
    Expr *e;
    ExprAttrs *attrs;
    ExprList *list;
    ExprConcat *concat;
    FormalList *formals;
    Formal formal;
    AttrPath *path;
    int64_t n;
    double f;
    StrTok str;
    IndParts *ind;
}

%type <e> start expr expr_function expr_if expr_op expr_select expr_simple expr_app
%type <e> string_parts string_attr path_start
%type <list> expr_list
%type <attrs> binds binds_ne
%type <formals> formals formals_ne
%type <formal> formal
%type <path> attrs attrpath
%type <concat> string_parts_interpolated
%type <ind> ind_string_parts
%type <str> attr
%token <str> ID ATTRPATH
%token <str> STR IND_STR
%token <n> INT
%token <f> FLOAT
%token <str> PATH HPATH SPATH PATH_END
%token <str> URI
%token IF THEN ELSE ASSERT WITH LET IN REC INHERIT EQ NEQ AND OR IMPL OR_KW
%token DOLLAR_CURLY
%token IND_STRING_OPEN IND_STRING_CLOSE
%token ELLIPSIS

%right IMPL
%left OR
%left AND
%nonassoc EQ NEQ
%nonassoc '<' '>' LEQ GEQ
%right UPDATE
%precedence NOT
%left '+' '-'
%left '*' '/'
%right CONCAT
%precedence '?'
%precedence NEGATE

%%

start: expr { ps->result = $1; };

expr: expr_function;

expr_function
  : ID ':' expr_function
    { $$ = ast_lambda(@1.first, mk_sym($1), false, false, NULL, 0, $3); }
  | '{' brace_start formals_ne '}' ':' expr_function
    { if (!($$ = mk_lambda(ps, @1.first, SYM_NONE, $3, $6))) YYABORT; }
  | '{' brace_start '}' ':' expr_function
    { if (!($$ = mk_lambda(ps, @1.first, SYM_NONE, new_formals(), $5))) YYABORT; }
  | '{' brace_start formals_ne '}' '@' ID ':' expr_function
    { if (!($$ = mk_lambda(ps, @1.first, mk_sym($6), $3, $8))) YYABORT; }
  | '{' brace_start '}' '@' ID ':' expr_function
    { if (!($$ = mk_lambda(ps, @1.first, mk_sym($5), new_formals(), $7))) YYABORT; }
  | ID '@' '{' formals '}' ':' expr_function
    { if (!($$ = mk_lambda(ps, @1.first, mk_sym($1), $4, $7))) YYABORT; }
  | ASSERT expr ';' expr_function
    { $$ = ast_assert(@1.first, $2, $4); }
  | WITH expr ';' expr_function
    { $$ = ast_with(@1.first, $2, $4); }
  | LET binds IN expr_function
    { if ($2->ndyn) { parse_set_error(ps, @1.first, "dynamic attributes not allowed in let"); YYABORT; }
      $2->h.pos = @1.first;
      fix_inherit_pos($2, @1.last);
      $$ = ast_let(@1.first, $2, $4); }
  | expr_if
  ;

brace_start: %empty;

expr_if
  : IF expr THEN expr ELSE expr { $$ = ast_if(@1.first, $2, $4, $6); }
  | expr_op
  ;

expr_op
  : '!' expr_op %prec NOT { $$ = ast_not(@1.first, $2); }
  | '-' expr_op %prec NEGATE { $$ = ast_call2(@1.first, builtin_var("__sub"), ast_int(NO_POS, 0), $2); }
  | expr_op EQ expr_op { $$ = ast_bin(E_EQ, @1.first, $1, $3); }
  | expr_op NEQ expr_op { $$ = ast_bin(E_NEQ, @1.first, $1, $3); }
  | expr_op '<' expr_op { $$ = ast_call2(@1.first, builtin_var("__lessThan"), $1, $3); }
  | expr_op LEQ expr_op { $$ = ast_not(@1.first, ast_call2(@1.first, builtin_var("__lessThan"), $3, $1)); }
  | expr_op '>' expr_op { $$ = ast_call2(@1.first, builtin_var("__lessThan"), $3, $1); }
  | expr_op GEQ expr_op { $$ = ast_not(@1.first, ast_call2(@1.first, builtin_var("__lessThan"), $1, $3)); }
  | expr_op AND expr_op { $$ = ast_bin(E_AND, @1.first, $1, $3); }
  | expr_op OR expr_op { $$ = ast_bin(E_OR, @1.first, $1, $3); }
  | expr_op IMPL expr_op { $$ = ast_bin(E_IMPL, @1.first, $1, $3); }
  | expr_op UPDATE expr_op { $$ = ast_bin(E_UPDATE, @1.first, $1, $3); }
  | expr_op '?' attrpath { $$ = ast_hasattr(@1.first, $1, $3->names, $3->n); }
  | expr_op '+' expr_op
    { ExprConcat *c = ast_concat(@1.first, false);
      ast_concat_push(c, @1.first, $1);
      ast_concat_push(c, @3.first, $3);
      $$ = &c->h; }
  | expr_op '-' expr_op { $$ = ast_call2(@1.first, builtin_var("__sub"), $1, $3); }
  | expr_op '*' expr_op { $$ = ast_call2(@1.first, builtin_var("__mul"), $1, $3); }
  | expr_op '/' expr_op { $$ = ast_call2(@1.first, builtin_var("__div"), $1, $3); }
  | expr_op CONCAT expr_op { $$ = ast_bin(E_CONCAT_LISTS, @1.first, $1, $3); }
  | expr_app
  ;

expr_app
  : expr_app expr_select
    { if ($1->kind == E_CALL) { ast_call_push((ExprCall *)$1, $2); $$ = $1; }
      else { $$ = ast_call(@1.first, $1); ast_call_push((ExprCall *)$$, $2); } }
  | expr_select
  ;

expr_select
  : expr_simple '.' attrpath
    { $$ = ast_select(@1.first, $1, $3->names, $3->n, NULL); }
  | expr_simple '.' attrpath OR_KW expr_select
    { $$ = ast_select(@1.first, $1, $3->names, $3->n, $5); }
  | /* `or` as an identifier: nixpkgs once had a function named `or`. */
    expr_simple OR_KW
    { $$ = ast_call(@1.first, $1); ast_call_push((ExprCall *)$$, ast_var(@1.first, sym_cstr("or"))); }
  | expr_simple
  ;

expr_simple
  : ID
    { if ($1.len == 8 && memcmp($1.p, "__curPos", 8) == 0) $$ = ast_cur_pos(@1.first);
      else $$ = ast_var(@1.first, mk_sym($1)); }
  | INT { $$ = ast_int(@1.first, $1); }
  | FLOAT { $$ = ast_float(@1.first, $1); }
  | '"' string_parts '"' { $$ = $2; }
  | IND_STRING_OPEN ind_string_parts IND_STRING_CLOSE { $$ = strip_indentation(@1.first, $2); }
  | path_start PATH_END { $$ = $1; }
  | path_start string_parts_interpolated PATH_END
    { ExprConcat *c = $2;
      concat_prepend(c, @1.first, $1);
      c->h.pos = @1.first;
      c->force_string = false;
      $$ = &c->h; }
  | SPATH
    { $$ = ast_call2(@1.first, builtin_var("__findFile"), builtin_var("__nixPath"),
                     ast_str(@1.first, mem_strndup($1.p + 1, $1.len - 2), $1.len - 2)); }
  | URI
    { if (!lint_url(ps, @1.first, $1)) YYABORT;
      $$ = ast_str(@1.first, mem_strndup($1.p, $1.len), $1.len); }
  | '(' expr ')' { $$ = $2; }
  /* `let { ...; body = ...; }` is `(rec { ...; body = ...; }).body`. */
  | LET '{' binds '}'
    { $3->rec = true; $3->h.pos = @2.first; fix_inherit_pos($3, @2.last);
      AttrPath *p = new_path(); ast_path_push(p, sym_cstr("body"), NULL);
      $$ = ast_select(NO_POS, &$3->h, p->names, p->n, NULL); }
  | REC '{' binds '}'
    { $3->rec = true; $3->h.pos = @2.first; fix_inherit_pos($3, @2.last); $$ = &$3->h; }
  | '{' brace_start binds_ne '}'
    { $3->h.pos = @1.first; fix_inherit_pos($3, @1.last); $$ = &$3->h; }
  | '{' brace_start '}'
    { $$ = &ast_attrs(@1.first)->h; }
  | '[' expr_list ']' { $$ = &$2->h; }
  ;

string_parts
  : STR { $$ = ast_str(@1.first, $1.p, $1.len); }
  | string_parts_interpolated { $1->force_string = true; $1->h.pos = @1.first; $$ = &$1->h; }
  | %empty { $$ = ast_str(NO_POS, "", 0); }
  ;

string_parts_interpolated
  : string_parts_interpolated STR
    { $$ = $1; ast_concat_push($$, @2.first, ast_str(@2.first, $2.p, $2.len)); }
  | string_parts_interpolated DOLLAR_CURLY expr '}'
    { $$ = $1; ast_concat_push($$, @2.first, $3); }
  | DOLLAR_CURLY expr '}'
    { $$ = ast_concat(@1.first, true); ast_concat_push($$, @1.first, $2); }
  | STR DOLLAR_CURLY expr '}'
    { $$ = ast_concat(@1.first, true);
      ast_concat_push($$, @1.first, ast_str(@1.first, $1.p, $1.len));
      ast_concat_push($$, @2.first, $3); }
  ;

path_start
  : PATH { if (!lint_path(ps, @1.first, $1) || !($$ = mk_path(ps, @1.first, $1))) YYABORT; }
  | HPATH { if (!lint_home_path(ps, @1.first, $1)) YYABORT; $$ = mk_home_path(ps, @1.first, $1); }
  ;

ind_string_parts
  : ind_string_parts IND_STR { $$ = $1; ind_push($$, @2.first, $2); }
  | ind_string_parts DOLLAR_CURLY expr '}' { $$ = $1; ind_push_expr($$, @2.first, $3); }
  | %empty { $$ = new_ind_parts(); }
  ;

binds
  : binds attrpath '=' expr ';'
    { $$ = $1; if (!add_attr(ps, $$, $2, $4, @2.first)) YYABORT; }
  | binds INHERIT attrs ';'
    { $$ = $1; if (!add_inherit(ps, $$, $3, NULL, @3.first)) YYABORT; }
  | binds INHERIT '(' expr ')' attrs ';'
    { $$ = $1; if (!add_inherit(ps, $$, $6, $4, @6.first)) YYABORT; }
  | %empty { $$ = ast_attrs(NO_POS); }
  ;

/* The bindings of a plain `{ ... }`: the same as binds, but never empty (see the top). */
binds_ne
  : binds_ne attrpath '=' expr ';'
    { $$ = $1; if (!add_attr(ps, $$, $2, $4, @2.first)) YYABORT; }
  | binds_ne INHERIT attrs ';'
    { $$ = $1; if (!add_inherit(ps, $$, $3, NULL, @3.first)) YYABORT; }
  | binds_ne INHERIT '(' expr ')' attrs ';'
    { $$ = $1; if (!add_inherit(ps, $$, $6, $4, @6.first)) YYABORT; }
  | attrpath '=' expr ';'
    { $$ = ast_attrs(NO_POS); if (!add_attr(ps, $$, $1, $3, @1.first)) YYABORT; }
  | INHERIT attrs ';'
    { $$ = ast_attrs(NO_POS); if (!add_inherit(ps, $$, $2, NULL, @2.first)) YYABORT; }
  | INHERIT '(' expr ')' attrs ';'
    { $$ = ast_attrs(NO_POS); if (!add_inherit(ps, $$, $5, $3, @5.first)) YYABORT; }
  ;

attrs
  : attrs attr { $$ = $1; ast_path_push($$, mk_sym($2), NULL); $$->names[$$->n - 1].pos = @2.first; }
  | attrs string_attr
    { $$ = $1;
      if ($2->kind != E_STR) { parse_set_error(ps, @2.first, "dynamic attributes not allowed in inherit"); YYABORT; }
      ast_path_push($$, str_sym($2), NULL); $$->names[$$->n - 1].pos = @2.first; }
  | %empty { $$ = new_path(); }
  ;

attrpath
  : attrpath '.' attr { $$ = $1; ast_path_push($$, mk_sym($3), NULL); }
  | attrpath '.' string_attr
    { $$ = $1;
      if ($3->kind == E_STR) ast_path_push($$, str_sym($3), NULL);
      else ast_path_push($$, SYM_NONE, $3); }
  | attr { $$ = new_path(); ast_path_push($$, mk_sym($1), NULL); }
  | string_attr
    { $$ = new_path();
      if ($1->kind == E_STR) ast_path_push($$, str_sym($1), NULL);
      else ast_path_push($$, SYM_NONE, $1); }
  ;

attr
  : ID { $$ = $1; }
  | OR_KW { $$ = (StrTok){ "or", 2, false }; }
  ;

string_attr
  : '"' string_parts '"' { $$ = $2; }
  | DOLLAR_CURLY expr '}' { $$ = $2; }
  ;

expr_list
  : expr_list expr_select { $$ = $1; ast_list_push($$, $2); }
  | %empty { $$ = (ExprList *)ast_list(@$.first); }
  ;

formals
  : formals_ne
  | %empty { $$ = new_formals(); }
  ;

formals_ne
  : formal ',' formals { $$ = $3; formals_push($$, $1); }
  | formal { $$ = new_formals(); formals_push($$, $1); }
  | ELLIPSIS { $$ = new_formals(); $$->ellipsis = true; }
  ;

formal
  : ID { $$ = (Formal){ mk_sym($1), @1.first, NULL }; }
  | ID '?' expr { $$ = (Formal){ mk_sym($1), @1.first, $3 }; }
  ;

%%
