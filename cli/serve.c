/* serve.c: `nixel serve`, a small HTTP/1.1 server for the playground page. It listens on
 * 127.0.0.1 only, reads requests from up to 16 connections at once (one poll loop, no
 * threads) and answers them one at a time, each with `Connection: close`:
 *
 *     GET  /PATH       a file of the built page (build/playground/, or --dir DIR)
 *     GET  /api/info   the seed modules a configuration may load
 *     POST /api/run    one operation (cli/playground.h), run in a capped child
 *
 * What a browser sends is untrusted: the head and the body are bounded, a slow client is
 * answered 408 after 5 seconds, anything malformed gets a 400 (or 404, 405, 413), and a request
 * must name the server as its Host (so that another site cannot reach it by DNS rebinding)
 * and send its JSON as application/json (so that another page's form cannot post it). */
#include "cli/serve.h"
#include "cli/playground.h"
#include "base/buf.h"
#include "base/file.h"
#include "eval/eval.h"
#include "parser/source.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

enum {
    HEAD_MAX = 16 * 1024,       /* bytes of a request line and headers */
    BODY_MAX = 256 * 1024,      /* bytes of a request body */
    REQUEST_TIMEOUT_S = 5,      /* a client that has not sent its whole request by then gets a 408 */
    SEND_TIMEOUT_S = 5,         /* and one that does not read its answer is dropped */
    CONNS_MAX = 16,             /* connections open at once (a browser opens some in advance) */
};

typedef struct {
    int port;
    const char *dir;            /* the page's files */
    PlayEnv play;
} ServeConfig;

/* ---- answering ---------------------------------------------------------------------------- */

static void write_all(int fd, const char *s, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

static const char *reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    default: return "Internal Server Error";
    }
}

static void respond(int fd, int status, const char *type, const char *body, size_t len)
{
    Buf head = {0};
    buf_printf(&head,
               "HTTP/1.1 %d %s\r\nContent-Type: %s\r\nContent-Length: %zu\r\nConnection: close\r\n"
               "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n\r\n",
               status, reason(status), type, len);
    write_all(fd, head.s, head.len);
    write_all(fd, body, len);
}

static void respond_error(int fd, int status)
{
    Buf b = {0};
    buf_printf(&b, "{\"error\":\"%s\"}\n", reason(status));
    respond(fd, status, "application/json", b.s, b.len);
}

/* ---- reading a request -------------------------------------------------------------------- */

typedef struct {
    char method[8];
    char path[1024];
    const char *host, *content_type;
    long content_length;        /* -1 when absent */
    const char *body;
    size_t body_len;
} Request;

/* The value of header `name` in the head (NUL-terminated, lines ending in \r\n), or NULL. */
static const char *header(const char *head, const char *name)
{
    size_t n = strlen(name);
    for (const char *line = strstr(head, "\r\n"); line && line[2]; line = strstr(line + 2, "\r\n")) {
        const char *h = line + 2;
        if (strncasecmp(h, name, n) || h[n] != ':') continue;
        h += n + 1;
        while (*h == ' ' || *h == '\t') h++;
        const char *end = strstr(h, "\r\n");
        Buf v = {0};
        buf_add(&v, h, end ? (size_t)(end - h) : strlen(h));
        return buf_cstr(&v);
    }
    return NULL;
}

/* The request line and headers; 0, or the status to answer with. */
static int parse_head(char *head, Request *r)
{
    char version[16];
    if (sscanf(head, "%7[A-Z] %1023[^ \r\n] %15[^\r\n]", r->method, r->path, version) != 3) return 400;
    if (strncmp(version, "HTTP/1.", 7)) return 400;
    r->host = header(head, "Host");
    r->content_type = header(head, "Content-Type");
    const char *len = header(head, "Content-Length");
    r->content_length = -1;
    if (len) {
        char *end;
        errno = 0;
        long n = strtol(len, &end, 10);
        if (errno || *end || end == len || n < 0) return 400;
        r->content_length = n;
    }
    if (header(head, "Transfer-Encoding")) return 400;   /* chunked bodies are not taken */
    return 0;
}

enum { NEED_MORE = -1 };

/* Whether `in` holds a whole request: 0 (and r is filled in), NEED_MORE, or the status to
 * answer with. */
static int parse_request(const Buf *in, Request *r)
{
    const char *end = in->len ? memmem(in->s, in->len, "\r\n\r\n", 4) : NULL;
    if (!end) return in->len >= HEAD_MAX ? 413 : NEED_MORE;
    size_t head_len = (size_t)(end - in->s);
    if (head_len >= HEAD_MAX || memchr(in->s, 0, head_len)) return head_len >= HEAD_MAX ? 413 : 400;
    Buf head = {0};
    buf_add(&head, in->s, head_len + 2);   /* with the last header's \r\n */
    int status = parse_head(head.s, r);
    if (status) return status;
    if (r->content_length > BODY_MAX) return 413;
    size_t want = r->content_length > 0 ? (size_t)r->content_length : 0;
    if (in->len - head_len - 4 < want) return NEED_MORE;
    Buf body = {0};
    buf_add(&body, end + 4, want);
    r->body = buf_cstr(&body);
    r->body_len = want;
    return 0;
}

/* ---- the routes ---------------------------------------------------------------------------- */

static const char *content_type(const char *path)
{
    static const char *const types[][2] = {
        { ".html", "text/html; charset=utf-8" }, { ".js", "text/javascript; charset=utf-8" },
        { ".css", "text/css; charset=utf-8" },   { ".json", "application/json" },
        { ".svg", "image/svg+xml" },             { ".nix", "text/plain; charset=utf-8" },
    };
    const char *dot = strrchr(path, '.');
    for (size_t i = 0; dot && i < sizeof types / sizeof types[0]; i++)
        if (!strcmp(dot, types[i][0])) return types[i][1];
    return "application/octet-stream";
}

/* A path of the page's files: letters, digits, '-', '_', '.', '/', and no part that starts
 * with a dot (so neither `..` nor hidden files). */
static bool is_page_path(const char *p)
{
    if (p[0] != '/') return false;
    for (const char *c = p; *c; c++) {
        bool ok = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') ||
                  *c == '-' || *c == '_' || *c == '.' || *c == '/';
        if (!ok || (*c == '/' && (c[1] == '.' || c[1] == '/'))) return false;
    }
    return true;
}

static void serve_file(int fd, const ServeConfig *c, char *path)
{
    path[strcspn(path, "?#")] = 0;
    if (!strcmp(path, "/")) strcpy(path, "/index.html");
    if (!is_page_path(path)) { respond_error(fd, 404); return; }
    Buf full = {0}, text = {0};
    buf_printf(&full, "%s%s", c->dir, path);
    struct stat sb;
    if (stat(buf_cstr(&full), &sb) != 0 || !S_ISREG(sb.st_mode) || file_read(buf_cstr(&full), &text) != FILE_OK) {
        respond_error(fd, 404);
        return;
    }
    respond(fd, 200, content_type(path), text.s ? text.s : "", text.len);
}

/* Host must be this server: 127.0.0.1:PORT or localhost:PORT. */
static bool is_own_host(const ServeConfig *c, const char *host)
{
    if (!host) return false;
    char a[64], b[64];
    snprintf(a, sizeof a, "127.0.0.1:%d", c->port);
    snprintf(b, sizeof b, "localhost:%d", c->port);
    return !strcmp(host, a) || !strcmp(host, b);
}

/* Answers a whole request (its path is cut at '?' or '#' when it names a file). */
static void answer(int fd, const ServeConfig *c, Request *r)
{
    if (!is_own_host(c, r->host)) { respond_error(fd, 403); return; }
    bool get = !strcmp(r->method, "GET"), post = !strcmp(r->method, "POST");
    Buf out = {0};
    if (!strcmp(r->path, "/api/run")) {
        if (!post) { respond_error(fd, 405); return; }
        if (!r->content_type || strncmp(r->content_type, "application/json", 16)) { respond_error(fd, 415); return; }
        int status = play_handle(&c->play, r->body, r->body_len, &out);
        respond(fd, status, "application/json", out.s, out.len);
    } else if (!strcmp(r->path, "/api/info")) {
        if (!get) { respond_error(fd, 405); return; }
        play_info(&c->play, &out);
        respond(fd, 200, "application/json", out.s, out.len);
    } else if (get) serve_file(fd, c, r->path);
    else respond_error(fd, 405);
}

/* ---- the command --------------------------------------------------------------------------- */

static int usage(const char *why)
{
    fprintf(stderr, "nixel serve: %s\nusage: nixel serve [--port N] [--dir DIR] [--seed DIR]\n", why);
    return 1;
}

/* The defaults: the page built beside the executable (build/playground), the lessons and the
 * seed modules beside nixel's modules (examples/lessons, ../shared/seed). */
static int configure(ServeConfig *c, int argc, char **argv)
{
    static char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) return usage("cannot find the executable");
    exe[n] = 0;
    c->play.nixel = exe;
    c->play.modules_dir = eval_modules_dir();
    if (!c->play.modules_dir) return usage("cannot find nixel's modules directory");
    c->port = 8080;
    c->dir = src_abs_path("playground", src_dir_of(exe));
    c->play.lessons_dir = src_abs_path("../examples/lessons", c->play.modules_dir);
    c->play.seed_dir = src_abs_path("../../shared/seed", c->play.modules_dir);
    const char *tmp = getenv("TMPDIR");
    c->play.tmp_dir = tmp && *tmp == '/' ? tmp : "/tmp";
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        bool known = !strcmp(a, "--port") || !strcmp(a, "--dir") || !strcmp(a, "--seed");
        if (!known) return usage("unknown argument");
        if (i + 1 >= argc) return usage("a flag needs a value");
        const char *v = argv[++i];
        if (!strcmp(a, "--dir")) c->dir = src_abs_path(v, NULL);
        else if (!strcmp(a, "--seed")) c->play.seed_dir = src_abs_path(v, NULL);
        else {
            char *end;
            long port = strtol(v, &end, 10);
            if (*end || end == v || port < 0 || port > 65535) return usage("--port takes a number from 0 to 65535");
            c->port = (int)port;
        }
    }
    struct stat sb;
    if (stat(c->play.seed_dir, &sb) != 0 || !S_ISDIR(sb.st_mode)) c->play.seed_dir = NULL;
    return 0;
}

/* A socket listening on 127.0.0.1:port (port 0: one the kernel picks); c->port is set to
 * the port. -1 on failure. */
static int listen_local(ServeConfig *c)
{
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) return -1;
    int one = 1;
    setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    struct sockaddr_in addr = { .sin_family = AF_INET, .sin_port = htons((uint16_t)c->port) };
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(fd, 16) != 0 ||
        getsockname(fd, (struct sockaddr *)&addr, &len) != 0) {
        close(fd);
        return -1;
    }
    c->port = ntohs(addr.sin_port);
    return fd;
}

/* ---- the connections ----------------------------------------------------------------------- */

/* A connection whose request is still arriving. Requests are read from all connections at
 * once (a browser opens connections it may never use) and answered one at a time. */
typedef struct {
    int fd;
    Buf in;
    time_t deadline;
} Conn;

typedef struct {
    Conn c[CONNS_MAX];
    int n;
} Conns;

static void conn_close(Conns *cs, int i)
{
    shutdown(cs->c[i].fd, SHUT_WR);
    close(cs->c[i].fd);
    cs->c[i] = cs->c[--cs->n];
}

static void conn_accept(Conns *cs, int listen_fd)
{
    int fd = accept4(listen_fd, NULL, NULL, SOCK_CLOEXEC | SOCK_NONBLOCK);
    if (fd < 0) return;
    if (cs->n == CONNS_MAX) { close(fd); return; }
    cs->c[cs->n++] = (Conn){ fd, {0}, time(NULL) + REQUEST_TIMEOUT_S };
}

/* Answers on a blocking socket, so that a long answer is written whole (or times out). */
static void conn_answer(Conns *cs, int i, const ServeConfig *c, int status, Request *r)
{
    int fd = cs->c[i].fd;
    fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    struct timeval timeout = { SEND_TIMEOUT_S, 0 };
    setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
    if (status) respond_error(fd, status);
    else answer(fd, c, r);
    conn_close(cs, i);
}

/* Reads what connection i has sent; answers once its request is whole or wrong. */
static void conn_read(Conns *cs, int i, const ServeConfig *c)
{
    Conn *k = &cs->c[i];
    char chunk[8192];
    ssize_t n = read(k->fd, chunk, sizeof chunk);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) return;
    if (n <= 0) { conn_close(cs, i); return; }
    buf_add(&k->in, chunk, (size_t)n);
    Request r = { .content_length = -1 };
    int status = parse_request(&k->in, &r);
    if (status != NEED_MORE) conn_answer(cs, i, c, status, &r);
}

static void serve_loop(int listen_fd, const ServeConfig *c)
{
    Conns cs = { .n = 0 };
    for (;;) {
        struct pollfd fds[CONNS_MAX + 1];
        fds[0] = (struct pollfd){ listen_fd, cs.n < CONNS_MAX ? POLLIN : 0, 0 };
        for (int i = 0; i < cs.n; i++) fds[i + 1] = (struct pollfd){ cs.c[i].fd, POLLIN, 0 };
        int n = cs.n;
        if (poll(fds, (nfds_t)n + 1, 1000) < 0 && errno != EINTR) continue;
        /* from the last, since closing one moves the last into its place */
        for (int i = n - 1; i >= 0; i--)
            if (fds[i + 1].revents) conn_read(&cs, i, c);
        for (int i = cs.n - 1; i >= 0; i--)
            if (time(NULL) > cs.c[i].deadline) conn_answer(&cs, i, c, 408, NULL);
        if (fds[0].revents & POLLIN) conn_accept(&cs, listen_fd);
    }
}

int serve_main(int argc, char **argv)
{
    ServeConfig c = {0};
    if (configure(&c, argc, argv)) return 1;
    int fd = listen_local(&c);
    if (fd < 0) { fprintf(stderr, "nixel serve: cannot listen on 127.0.0.1:%d: %s\n", c.port, strerror(errno)); return 1; }
    signal(SIGPIPE, SIG_IGN);   /* a client that goes away is not a reason to stop */
    printf("nixel serve: http://127.0.0.1:%d/\n", c.port);
    fflush(stdout);
    serve_loop(fd, &c);
    return 0;
}
