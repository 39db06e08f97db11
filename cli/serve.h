/* serve.h: `nixel serve [--port N]`, the playground page and its operations over HTTP on
 * 127.0.0.1 (cli/playground.h says what a request may do). */
#ifndef NIXEL_SERVE_H
#define NIXEL_SERVE_H

int serve_main(int argc, char **argv);

#endif
