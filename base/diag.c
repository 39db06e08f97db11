/* diag.c: Nix-style message layout with source excerpts. */
#include "base/diag.h"
#include "base/utf8.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Finds line number `want` (1-based). Nix rereads files with readLine, which cannot
 * return a last line that has no '\n'; for strings it uses getline, which yields an empty
 * line after a final '\n'. Returns 0 if Nix would not show that line. */
static int get_line(const Source *s, uint32_t want, const char **start, size_t *len)
{
    const char *t = s->text, *end = s->text + s->len;
    for (uint32_t line = 1; line < want; line++) {
        const char *nl = memchr(t, '\n', (size_t)(end - t));
        if (!nl) return 0;
        t = nl + 1;
    }
    const char *nl = memchr(t, '\n', (size_t)(end - t));
    if (!nl && s->origin == ORIGIN_FILE) return 0;
    *start = t;
    *len = nl ? (size_t)(nl - t) : (size_t)(end - t);
    return 1;
}

static void add_code_line(Buf *out, uint32_t n, const char *s, size_t len)
{
    buf_printf(out, "\n %5u| ", n);
    buf_add(out, s, len);
}

void diag_add_excerpt(Buf *out, Pos p)
{
    LineCol lc = pos_linecol(p);
    if (!lc.src) return;
    char at[4096];
    pos_format_at(at, sizeof at, p);
    buf_printf(out, "\n" DIAG_BLUE "at " DIAG_ARG "%s" DIAG_NORMAL ":", at);
    /* Nix rereads the file for the excerpt: none for a file that is not there
     * (such as //builtin/derivation.nix) */
    if (lc.src->origin == ORIGIN_FILE && access(lc.src->path, F_OK) != 0) return;
    const char *s;
    size_t len;
    if (!get_line(lc.src, lc.line, &s, &len)) return;
    buf_adds(out, "\n");
    const char *ps;
    size_t plen;
    if (lc.line > 1 && get_line(lc.src, lc.line - 1, &ps, &plen)) add_code_line(out, lc.line - 1, ps, plen);
    add_code_line(out, lc.line, s, len);
    buf_adds(out, "\n      |");
    for (uint32_t i = 0; i < lc.col; i++) buf_addc(out, ' ');
    buf_adds(out, DIAG_RED "^" DIAG_NORMAL);
    if (get_line(lc.src, lc.line + 1, &ps, &plen))
        add_code_line(out, lc.line + 1, ps, plen);
    buf_adds(out, "\n");
}

void diag_add_frame(Buf *out, const char *msg, Pos p)
{
    buf_printf(out, "\n\xe2\x80\xa6 %s\n", msg);
    if (pos_source(p)) {
        diag_add_excerpt(out, p);
    }
}

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* Nix's prefixes: "error" red, "warning" magenta, any other plain. */
static void add_level(Buf *b, const char *level)
{
    const char *colour = !strcmp(level, "error") ? DIAG_RED : !strcmp(level, "warning") ? DIAG_ARG : NULL;
    if (colour) buf_printf(b, "%s%s:" DIAG_NORMAL " ", colour, level);
    else buf_printf(b, "%s: ", level);
}

/* CppNix's filterANSIEscapes; with layout false, escapes only (tabs, CR and BEL kept). */
static void filter_ansi(Buf *t, const char *s, size_t n, bool keep_colours, bool layout)
{
    size_t w = 0, i = 0;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0x1b) {
            size_t start = i++;
            char last = 0;
            if (i < n && s[i] == '[') {
                i++;
                while (i < n && s[i] >= 0x30 && s[i] <= 0x3f) i++;
                while (i < n && s[i] >= 0x20 && s[i] <= 0x2f) i++;
                if (i < n && s[i] >= 0x40 && s[i] <= 0x7e) last = s[i++];
            } else if (i < n && s[i] >= 0x40 && s[i] <= 0x5f) {
                i++;
            }
            if (keep_colours && last == 'm') buf_add(t, s + start, i - start);
        } else if (!layout) {
            buf_addc(t, s[i++]);
        } else if (c == '\t') {
            i++;
            buf_addc(t, ' ');
            w++;
            while (w % 8) { buf_addc(t, ' '); w++; }
        } else if (c == '\r' || c == '\a') {
            i++;
        } else {
            /* one UTF-8 character counts one column */
            size_t k = 1;
            if ((c & 0xe0) == 0xc0) k = 2;
            else if ((c & 0xf0) == 0xe0) k = 3;
            else if ((c & 0xf8) == 0xf0) k = 4;
            buf_addc(t, s[i++]);
            for (size_t j = 1; j < k && i < n && ((unsigned char)s[i] & 0xc0) == 0x80; j++) buf_addc(t, s[i++]);
            w++;
        }
    }
}

/* fmt with each conversion in ANSI_WARNING colour, as Nix's hintfmt shows its arguments. */
const char *diag_colour_format(const char *fmt)
{
    Buf b = {0};
    for (const char *s = fmt; *s; s++) {
        if (*s != '%' || s[1] == '%') {
            buf_addc(&b, *s);
            if (*s == '%') buf_addc(&b, *++s);
            continue;
        }
        size_t n = 1 + strspn(s + 1, "-+ #0123456789.*hljztL");
        if (!s[n]) { buf_adds(&b, s); break; }
        buf_adds(&b, DIAG_ARG);
        buf_add(&b, s, n + 1);
        buf_adds(&b, DIAG_NORMAL);
        s += n;
    }
    return buf_cstr(&b);
}

bool diag_colours(void)
{
    static int colours = -1;
    if (colours < 0) {
        const char *term = getenv("TERM");
        colours = isatty(2) && term && strcmp(term, "dumb") != 0 && !getenv("NO_COLOR");
    }
    return colours;
}

void diag_strip_colours(Buf *out, const char *s)
{
    filter_ansi(out, s, strlen(s), false, false);
}

void diag_pos_in_message(char *buf, size_t n, Pos p)
{
    LineCol lc = pos_linecol(p);
    if (!lc.src) { snprintf(buf, n, "undefined position"); return; }
    const char *name = lc.src->origin == ORIGIN_FILE ? lc.src->path : "(string)";
    snprintf(buf, n, DIAG_BOLD "%s" DIAG_NORMAL ":%u:%u", name, lc.line, lc.col);
}

/* What comes before a message on stderr: by default stdout is flushed, so that people see
 * both in order; the drop-in writes stdout as Nix 2.8 buffers it instead. Process-wide, as
 * the two streams are. */
static void (*before_log)(void *);
static void *before_log_data;

void diag_set_before_log(void (*fn)(void *data), void *data)
{
    before_log = fn;
    before_log_data = data;
}

/* The line as Nix's simple logger writes it: escapes filtered, stdout flushed first. */
static void write_plain(const char *text, size_t len)
{
    bool tty = diag_colours();
    Buf b = {0};
    buf_reserve(&b, len + 1);
    filter_ansi(&b, text, len, tty, true);
    buf_addc(&b, '\n');
    if (before_log) before_log(before_log_data);
    else fflush(stdout);
    fwrite(b.s, 1, b.len, stderr);
    fflush(stderr);
}

void diag_log_plain(const char *text, size_t len) { write_plain(text, len); }

/* ---- --log-format internal-json --------------------------------------------------- */

static bool json_log;

void diag_set_json_log(bool on) { json_log = on; }

/* A JSON string as nlohmann::json dumps it for Nix's JSONLogger: no ASCII escaping,
 * control characters as \b \f \n \r \t or \u00xx, and each byte that cannot continue
 * a UTF-8 sequence replaced by U+FFFD (error_handler_t::replace: the sequence so far is
 * dropped, and a byte that broke a sequence is read again on its own). */
static void add_json_string(Buf *out, const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    buf_addc(out, '"');
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        if (c >= 0x80) {
            size_t at;
            bool incomplete;
            size_t left = n - i, len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            if (len > left) len = left;
            if (utf8_valid(s + i, len, &at, &incomplete)) { buf_add(out, str + i, len); i += len; continue; }
            buf_adds(out, "\xef\xbf\xbd");
            i = incomplete ? n : at == 0 ? i + 1 : i + at;
            continue;
        }
        switch (c) {
        case '"': buf_adds(out, "\\\""); break;
        case '\\': buf_adds(out, "\\\\"); break;
        case '\b': buf_adds(out, "\\b"); break;
        case '\f': buf_adds(out, "\\f"); break;
        case '\n': buf_adds(out, "\\n"); break;
        case '\r': buf_adds(out, "\\r"); break;
        case '\t': buf_adds(out, "\\t"); break;
        default:
            if (c < 0x20) buf_printf(out, "\\u%04x", c);
            else buf_addc(out, (char)c);
        }
        i++;
    }
    buf_addc(out, '"');
}

static void write_json(Buf *json)
{
    write_plain(json->s, json->len);
}

/* Nix's JSONLogger::log: {"action":"msg","level":N,"msg":"..."} */
static void json_msg(int level, const char *text, size_t len)
{
    Buf j = {0};
    buf_printf(&j, "@nix {\"action\":\"msg\",\"level\":%d,\"msg\":", level);
    add_json_string(&j, text, len);
    buf_addc(&j, '}');
    write_json(&j);
}

/* "line", "column" and "file" of a position, in the keys' order (file: a file's path, or
 * the text of an expression given as a string or on stdin, as Nix 2.8 keeps it). */
static bool add_json_pos(Buf *j, const char *sep, Pos p, bool nulls)
{
    LineCol lc = pos_linecol(p);
    if (!lc.src) {
        if (nulls) buf_printf(j, "%s\"column\":null,\"file\":null", sep);
        return false;
    }
    const char *file = lc.src->origin == ORIGIN_FILE ? lc.src->path : lc.src->text;
    size_t flen = lc.src->origin == ORIGIN_FILE ? strlen(file) : lc.src->len;
    buf_printf(j, "%s\"column\":%u,\"file\":", sep, lc.col);
    add_json_string(j, file, flen);
    return true;
}

void diag_log_level(int level, const char *text, size_t len)
{
    if (json_log) json_msg(level, text, len);
    else write_plain(text, len);
}

void diag_log(const char *text, size_t len) { diag_log_level(0, text, len); }

/* ---- messages --------------------------------------------------------------------- */

/* "LEVEL: " + body, continuation lines indented and trailing blanks chomped, as Nix lays
 * out a message (its colours kept). */
static void lay_out(Buf *out, const char *level, const char *body)
{
    size_t prefix = strlen(level) + 2;
    const char *s = body;
    size_t n = strlen(s);
    while (n && is_blank(s[n - 1])) n--; /* chomp */
    int first = 1;
    for (;;) {
        const char *nl = memchr(s, '\n', n);
        size_t ll = nl ? (size_t)(nl - s) : n;
        Buf line = {0};
        if (first) add_level(&line, level);
        else for (size_t i = 0; i < prefix; i++) buf_addc(&line, ' ');
        buf_add(&line, s, ll);
        size_t l = line.len;
        while (l && is_blank(line.s[l - 1])) l--;
        if (!first) buf_addc(out, '\n');
        buf_add(out, line.s, l);
        first = 0;
        if (!nl) break;
        n -= ll + 1;
        s = nl + 1;
    }
}

static int level_number(const char *level) { return !strcmp(level, "error") ? 0 : 1; }

void diag_emit_info(const char *level, const char *raw_msg, const char *body, Pos pos, const DiagFrame *frames, size_t nframes)
{
    Buf out = {0};
    lay_out(&out, level, body);
    if (!json_log) { write_plain(out.s, out.len); return; }
    /* Nix's JSONLogger::logEI: the keys in nlohmann's (sorted) order */
    Buf j = {0};
    buf_adds(&j, "@nix {\"action\":\"msg\"");
    LineCol lc = pos_linecol(pos);
    add_json_pos(&j, ",", pos, true);
    buf_printf(&j, ",\"level\":%d,\"line\":", level_number(level));
    if (lc.src) buf_printf(&j, "%u", lc.line);
    else buf_adds(&j, "null");
    buf_adds(&j, ",\"msg\":");
    add_json_string(&j, out.s, out.len);
    buf_adds(&j, ",\"raw_msg\":");
    add_json_string(&j, raw_msg, strlen(raw_msg));
    if (nframes) {
        buf_adds(&j, ",\"trace\":[");
        for (size_t i = 0; i < nframes; i++) {
            buf_adds(&j, i ? ",{" : "{");
            LineCol fl = pos_linecol(frames[i].pos);
            if (add_json_pos(&j, "", frames[i].pos, false)) buf_printf(&j, ",\"line\":%u,", fl.line);
            buf_adds(&j, "\"raw_msg\":");
            add_json_string(&j, frames[i].msg, strlen(frames[i].msg));
            buf_addc(&j, '}');
        }
        buf_addc(&j, ']');
    }
    buf_addc(&j, '}');
    write_json(&j);
}

/* An error without a position is Nix's logEI with nulls; a warning is Logger::warn, a
 * plain log line at level 1. */
void diag_emit(const char *level, const char *body)
{
    if (json_log && !strcmp(level, "error")) {
        size_t n = strlen(body);
        while (n && is_blank(body[n - 1])) n--;
        diag_emit_info(level, buf_format("%.*s", (int)n, body), body, NO_POS, NULL, 0);
        return;
    }
    Buf out = {0};
    lay_out(&out, level, body);
    diag_log_level(level_number(level), out.s, out.len);
}
