# Makefile: builds build/nixel. Generated sources go to build/gen/ and are never committed.
#   make            build build/nixel
#   make check      build and run the test suite (ends with "N passed, N failed")
#   make asan       build with AddressSanitizer + UBSan (build/asan/nixel) and run the tests
#   make fuzz       build and run the libFuzzer harness over lexer and parser
#   make fuzz-all   FUZZ_TIME=N [FUZZ_JOBS=J]: every libFuzzer harness for N seconds each, J at
#                   a time: parser, whole programs, fromJSON, fromTOML, regex, string builtins,
#                   json2toml (tests/fuzz/run-all.sh; figures per harness at the end)
#   make replay     the harnesses without libFuzzer (build/replay/), which make check runs on
#                   tests/fuzz/regressions/ and the seeds
#   make fuzz-eval  random programs evaluated by nixel and nix-instantiate, compared
#   make fuzz-corpus-diff  FUZZ_HARNESS=fuzz_toml: that fuzzer's corpus, nixel against nix-instantiate
#   make unit       build and run the C unit tests (build/unit, tests/unit/)
#   make playground build the playground page (build/playground) that `nixel serve` serves
#   make lang-current  Nix's current language suite with NIXEL_COMPAT=current (needs a clone
#                   of NixOS/nix: NIX_MIRROR, default ../.mirror/NixOS+nix/repo)
#   make lang-default  Nix 2.8's yardsticks by default: the 2.8.0 suite --strict, today's with
#                   the cases Nix 2.8 fails skipped
#   make install    PREFIX=/usr/local: bin/nixel, bin/nix-instantiate, share/nixel/modules,
#                   share/man/man1, bash and zsh completion
#   make bench-design  the prototype evaluator of bench/design/ (build/design/proto), a
#                   measurement of a design, not part of nixel (bench/design/README.md)
#   make clean

CC      ?= cc
CFLAGS  ?= -O2 -g
WARN    := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wno-unused-parameter -Wshadow -Wstrict-prototypes
CPPFLAGS += -MMD -MP -I. -I$(B)
LIBS    := -lgc -lcjson -lnettle -ledit -lm

B       := build
GEN     := $(B)/gen

# The layers, bottom up: each folder includes only from itself and the folders before it
# (tests/layers.sh checks). cli/ holds main().
LAYERS  := base lexer parser eval store builtins render why repl cli
SRCS    := $(filter-out cli/main.c,$(wildcard $(addsuffix /*.c,$(LAYERS))))
MAIN    := cli/main.c

OBJS := $(patsubst %.c,$(B)/obj/%.o,$(SRCS)) $(B)/obj/gen/parser.tab.o $(B)/obj/gen/lexer.o \
        $(B)/obj/gen/help_pages.o $(B)/obj/gen/builtins_doc.o
MANS := $(wildcard man/*.1)

all: $(B)/nixel

# One run of bison makes both files (a grouped target: under -j it runs once).
$(GEN)/parser.tab.c $(GEN)/parser.tab.h &: parser/parser.y | $(GEN)
	bison -Wall -Werror -o $(GEN)/parser.tab.c --defines=$(GEN)/parser.tab.h $<

$(GEN)/lexer.c: lexer/lexer.re | $(GEN)
	re2c -W -Werror --no-generation-date -o $@ $<

# The documentation of the builtins (builtins/doc.txt) as one C string, for :doc and nixel doc.
$(GEN)/builtins_doc.c: builtins/doc.txt | $(GEN)
	{ echo 'const char builtins_doc_text[] ='; \
	  sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$$/\\n"/' $<; echo ';'; } > $@

# The help texts of `nixel help` and `COMMAND --help`, from the manual pages.
$(GEN)/help_pages.c: scripts/man2help.awk $(MANS) | $(GEN)
	awk -f scripts/man2help.awk $(MANS) > $@.tmp && mv $@.tmp $@

$(GEN):
	mkdir -p $@

$(B)/obj/%.o: %.c | $(GEN)/parser.tab.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -c -o $@ $<

$(B)/obj/gen/%.o: $(GEN)/%.c | $(GEN)/parser.tab.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -Wno-unused-function -Wno-sign-compare -c -o $@ $<

$(B)/nixel: $(OBJS) $(B)/obj/cli/main.o
	$(CC) $(CFLAGS) -o $@ $^ $(LIBS)
	ln -sf nixel $(B)/nix-instantiate

# ---- the playground page (nixel serve): CodeMirror from npm (npm ci, from the committed lock
# file), bundled by esbuild into build/playground/ with the lessons baked in ----
PLAY_SRCS := playground/build.mjs $(wildcard playground/src/*) $(wildcard examples/lessons/*.nix) examples/podman/config.nix

playground: $(B)/nixel $(B)/playground/index.html

playground/node_modules/.package-lock.json: playground/package-lock.json
	cd playground && npm ci --no-audit --no-fund --loglevel=error

$(B)/playground/index.html: playground/node_modules/.package-lock.json $(PLAY_SRCS)
	node playground/build.mjs $(B)/playground

# ---- sanitizers: a separate tree, plain malloc instead of the collector ----
ASAN_FLAGS := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -DNIXEL_NO_GC
ASAN_OBJS := $(patsubst %.c,$(B)/asan/%.o,$(SRCS) $(MAIN)) $(B)/asan/gen/parser.tab.o $(B)/asan/gen/lexer.o \
             $(B)/asan/gen/help_pages.o $(B)/asan/gen/builtins_doc.o

$(B)/asan/%.o: %.c | $(GEN)/parser.tab.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(ASAN_FLAGS) -c -o $@ $<
$(B)/asan/gen/%.o: $(GEN)/%.c | $(GEN)/parser.tab.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(ASAN_FLAGS) -Wno-unused-function -Wno-sign-compare -c -o $@ $<
$(B)/asan/nixel: $(ASAN_OBJS)
	$(CC) $(ASAN_FLAGS) -o $@ $^ $(filter-out -lgc,$(LIBS))
	ln -sf nixel $(B)/asan/nix-instantiate

# ---- fuzzing: libFuzzer over lexer, parser, scope pass and printer (needs clang) ----
#   make fuzz FUZZ_TIME=600    runs for FUZZ_TIME seconds; crashes land in build/fuzz/crash-*
FUZZ_CC    ?= clang
FUZZ_TIME  ?= 60
FUZZ_FLAGS := -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -DNIXEL_NO_GC
FUZZ_SRCS  := base/stack.c base/buf.c base/diag.c base/file.c base/grow.c base/symtab.c base/pos.c base/memfs.c base/strtab.c $(wildcard parser/*.c) \
              tests/fuzz/fuzz_mem.c tests/fuzz/fuzz_state.c tests/fuzz/fuzz_parse.c
FUZZ_OBJS  := $(patsubst %.c,$(B)/fuzz/%.o,$(FUZZ_SRCS)) $(B)/fuzz/gen/parser.tab.o $(B)/fuzz/gen/lexer.o

$(B)/fuzz/%.o: %.c | $(GEN)/parser.tab.h
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CPPFLAGS) $(WARN) $(FUZZ_FLAGS) -c -o $@ $<
$(B)/fuzz/gen/%.o: $(GEN)/%.c | $(GEN)/parser.tab.h
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(CPPFLAGS) $(WARN) $(FUZZ_FLAGS) -Wno-unused-function -Wno-sign-compare -c -o $@ $<
$(B)/fuzz/fuzz_parse: $(FUZZ_OBJS)
	$(FUZZ_CC) $(subst fuzzer-no-link,fuzzer,$(FUZZ_FLAGS)) -o $@ $^

# The harnesses over the evaluator: the whole tree but cli/, fuzz_mem.c in place of mem.c.
FUZZ_HARNESSES := fuzz_eval fuzz_json fuzz_toml fuzz_regex fuzz_strings fuzz_json2toml
FUZZ_EVAL_SRCS := $(filter-out base/mem.c cli/%,$(SRCS)) tests/fuzz/fuzz_mem.c tests/fuzz/fuzz_state.c tests/fuzz/fuzz_nix.c
FUZZ_EVAL_OBJS := $(patsubst %.c,$(B)/fuzz/%.o,$(FUZZ_EVAL_SRCS)) $(B)/fuzz/gen/parser.tab.o $(B)/fuzz/gen/lexer.o \
                  $(B)/fuzz/gen/help_pages.o $(B)/fuzz/gen/builtins_doc.o
$(addprefix $(B)/fuzz/,$(FUZZ_HARNESSES)): $(B)/fuzz/%: $(B)/fuzz/tests/fuzz/%.o $(FUZZ_EVAL_OBJS)
	$(FUZZ_CC) $(subst fuzzer-no-link,fuzzer,$(FUZZ_FLAGS)) -o $@ $^ $(filter-out -lgc,$(LIBS))

# The same harnesses without libFuzzer, in the ordinary build (tests/fuzz/replay.c): make check
# replays tests/fuzz/regressions/NAME/* through build/replay/NAME.
REPLAY_OBJS := $(filter-out $(B)/obj/cli/%,$(OBJS)) \
               $(patsubst %,$(B)/obj/tests/fuzz/%.o,replay replay_mem fuzz_state fuzz_nix)
REPLAY_HARNESSES := fuzz_parse $(FUZZ_HARNESSES)
$(addprefix $(B)/replay/,$(REPLAY_HARNESSES)): $(B)/replay/%: $(B)/obj/tests/fuzz/%.o $(REPLAY_OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $^ $(LIBS)
replay: $(addprefix $(B)/replay/,$(REPLAY_HARNESSES))

# make install [PREFIX=/usr/local] [DESTDIR=]: the binary, the nix-instantiate link,
# nixel's Nix code (modules/) as share/nixel/modules, where an installed nixel looks for it,
# the manual pages and the bash and zsh completion scripts.
PREFIX ?= /usr/local
install: $(B)/nixel
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/nixel $(DESTDIR)$(PREFIX)/share/man/man1 \
	    $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions
	install -m 0644 $(MANS) $(DESTDIR)$(PREFIX)/share/man/man1/
	install -m 0644 completion/nixel.bash $(DESTDIR)$(PREFIX)/share/bash-completion/completions/nixel
	install -m 0644 completion/_nixel $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_nixel
	install -m 0755 $(B)/nixel $(DESTDIR)$(PREFIX)/bin/nixel
	ln -sf nixel $(DESTDIR)$(PREFIX)/bin/nix-instantiate
	rm -rf $(DESTDIR)$(PREFIX)/share/nixel/modules
	cp -R modules $(DESTDIR)$(PREFIX)/share/nixel/modules
	chmod -R u=rwX,go=rX $(DESTDIR)$(PREFIX)/share/nixel/modules

check: $(B)/nixel
	+NIXEL=$(B)/nixel bash tests/run-all.sh

# ---- C unit tests (tests/unit/) ----
UNIT_SRCS := tests/unit/main.c tests/unit/test_json2toml.c tests/unit/test_tree.c tests/unit/test_stage.c tests/unit/test_core.c tests/unit/test_base.c \
             base/mem.c base/buf.c base/diag.c base/file.c base/grow.c base/ptrset.c base/strtab.c base/symtab.c base/pos.c base/suggest.c \
             render/json2toml.c render/tree.c render/stage.c render/quote.c
$(B)/unit: $(patsubst %.c,$(B)/obj/%.o,$(UNIT_SRCS))
	$(CC) $(CFLAGS) -o $@ $^ $(LIBS)

unit: $(B)/unit
	$(B)/unit

asan: $(B)/asan/nixel
	+ASAN_OPTIONS=detect_leaks=0 NIXEL=$(B)/asan/nixel bash tests/run-all.sh

# The corpus keeps what earlier runs found; the test cases and seed modules are its seeds.
fuzz: $(B)/fuzz/fuzz_parse
	@mkdir -p $(B)/fuzz/corpus
	@for f in tests/lang/*.nix ../shared/seed/*.nix; do \
	    [ -e "$$f" ] && cp "$$f" $(B)/fuzz/corpus/seed-$$(basename $$(dirname $$f))-$$(basename $$f); done; true
	ASAN_OPTIONS=detect_leaks=0 $(B)/fuzz/fuzz_parse -max_len=4096 -timeout=10 -dict=tests/fuzz/nix.dict \
	    -max_total_time=$(FUZZ_TIME) -print_final_stats=1 -artifact_prefix=$(B)/fuzz/ $(B)/fuzz/corpus

# Every harness, one after another, FUZZ_TIME seconds each (tests/fuzz/run-all.sh: corpora
# seeded from the test cases in build/fuzz/corpus-NAME, findings in build/fuzz/found-NAME/).
#   make fuzz-all FUZZ_TIME=600 [FUZZ_JOBS=2] [FUZZ_ONLY="fuzz_eval fuzz_json"]
FUZZ_JOBS ?= 1
FUZZ_ONLY ?= fuzz_parse $(FUZZ_HARNESSES)
fuzz-all: $(B)/fuzz/fuzz_parse $(addprefix $(B)/fuzz/,$(FUZZ_HARNESSES))
	bash tests/fuzz/run-all.sh $(B)/fuzz $(FUZZ_TIME) $(FUZZ_JOBS) $(FUZZ_ONLY)

clean:
	rm -rf $(B)

# ---- bench/design/: a prototype evaluator (closures compiled from nixel's syntax tree, frames
# of its own) to measure a design; linked against nixel's base, lexer and parser objects ----
DESIGN_SRCS := $(wildcard bench/design/*.c)
DESIGN_OBJS := $(patsubst %.c,$(B)/design/%.o,$(DESIGN_SRCS))
DESIGN_LIBS := $(filter $(B)/obj/base/% $(B)/obj/lexer/% $(B)/obj/parser/%,$(OBJS)) \
               $(B)/obj/gen/parser.tab.o $(B)/obj/gen/lexer.o
$(B)/design/%.o: %.c | $(GEN)/parser.tab.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(WARN) $(CFLAGS) -c -o $@ $<
# An archive, so that only the objects the front end needs are linked (no hashing, no store).
$(B)/design/libfront.a: $(DESIGN_LIBS)
	@mkdir -p $(dir $@)
	rm -f $@ && ar rcs $@ $^
$(B)/design/proto: $(DESIGN_OBJS) $(B)/design/libfront.a
	$(CC) $(CFLAGS) -o $@ $^ -lgc -lm
bench-design: $(B)/design/proto

# Differential evaluation fuzzing: random programs, nixel against nix-instantiate.
#   make fuzz-eval [FUZZ_SEED=1] [FUZZ_COUNT=2000] [FUZZ_PROFILE=calls|data]
FUZZ_SEED ?= 1
FUZZ_COUNT ?= 2000
FUZZ_PROFILE ?= calls
fuzz-eval: $(B)/nixel
	bash tests/fuzz/diff-eval.sh $(B)/nixel $(FUZZ_SEED) $(FUZZ_COUNT) $(FUZZ_PROFILE)

# A fuzzer's corpus (after fuzz-all: inputs chosen for the code they reach) given to nixel and
# to nix-instantiate as the builtin's argument, compared.  make fuzz-corpus-diff [FUZZ_HARNESS=fuzz_toml|fuzz_json|fuzz_regex]
FUZZ_HARNESS ?= fuzz_toml
fuzz-corpus-diff: $(B)/nixel
	bash tests/fuzz/diff-corpus.sh $(B)/nixel $(FUZZ_HARNESS) $(B)/fuzz/corpus-$(FUZZ_HARNESS)

# Differential module fuzzing: random evalModules programs, nixel's lib against nixpkgs' 2020 lib
# under nix-instantiate (../shared/nixpkgs-lib/2020-04, see tests/lib/env.sh).  make fuzz-modules [FUZZ_SEED=1] [FUZZ_COUNT=2000]
fuzz-modules: $(B)/nixel
	bash tests/fuzz/diff-modules.sh $(B)/nixel $(FUZZ_SEED) $(FUZZ_COUNT)

# Nix's language suites, extracted afresh from a clone of NixOS/nix (tests/compat/lang-suites.sh).
lang-current: $(B)/nixel
	bash tests/compat/lang-suites.sh current $(B)/nixel
lang-default: $(B)/nixel
	bash tests/compat/lang-suites.sh default $(B)/nixel

.PHONY: all check asan clean bench-design fuzz fuzz-all replay fuzz-corpus-diff fuzz-eval fuzz-modules unit install lang-current lang-default playground
-include $(shell find $(B) -name '*.d' 2>/dev/null)
