/* hash.c: md5/sha1/sha256/sha512 through nettle, and the textual forms Nix gives hashes.
 * Nix's base-32 reads the hash as one little-endian number and prints its 5-bit digits
 * from the most significant end, so the last character holds the lowest bits of byte 0. */
#include "base/hash.h"
#include "base/diag.h"
#include "base/mem.h"

#include <nettle/base64.h>
#include <string.h>

static const char base32_chars[] = "0123456789abcdfghijklmnpqrsvwxyz";
static const char base16_chars[] = "0123456789abcdef";

HashType hash_type_parse(const char *s, size_t n)
{
    if (n == 3 && !memcmp(s, "md5", 3)) return HT_MD5;
    if (n == 4 && !memcmp(s, "sha1", 4)) return HT_SHA1;
    if (n == 6 && !memcmp(s, "sha256", 6)) return HT_SHA256;
    if (n == 6 && !memcmp(s, "sha512", 6)) return HT_SHA512;
    return HT_NONE;
}

const char *hash_type_name(HashType t)
{
    switch (t) {
    case HT_MD5: return "md5";
    case HT_SHA1: return "sha1";
    case HT_SHA256: return "sha256";
    case HT_SHA512: return "sha512";
    default: return "";
    }
}

unsigned hash_type_size(HashType t)
{
    switch (t) {
    case HT_MD5: return MD5_DIGEST_SIZE;
    case HT_SHA1: return SHA1_DIGEST_SIZE;
    case HT_SHA256: return SHA256_DIGEST_SIZE;
    case HT_SHA512: return SHA512_DIGEST_SIZE;
    default: return 0;
    }
}

void hash_init(HashCtx *c, HashType t)
{
    c->type = t;
    switch (t) {
    case HT_MD5: md5_init(&c->u.md5); break;
    case HT_SHA1: sha1_init(&c->u.sha1); break;
    case HT_SHA256: sha256_init(&c->u.sha256); break;
    case HT_SHA512: sha512_init(&c->u.sha512); break;
    default: break;
    }
}

void hash_update(HashCtx *c, const void *data, size_t n)
{
    const uint8_t *d = data;
    switch (c->type) {
    case HT_MD5: md5_update(&c->u.md5, n, d); break;
    case HT_SHA1: sha1_update(&c->u.sha1, n, d); break;
    case HT_SHA256: sha256_update(&c->u.sha256, n, d); break;
    case HT_SHA512: sha512_update(&c->u.sha512, n, d); break;
    default: break;
    }
}

void hash_final(HashCtx *c, Hash *out)
{
    hash_zero(c->type, out);
    switch (c->type) {
    case HT_MD5: md5_digest(&c->u.md5, out->len, out->b); break;
    case HT_SHA1: sha1_digest(&c->u.sha1, out->len, out->b); break;
    case HT_SHA256: sha256_digest(&c->u.sha256, out->len, out->b); break;
    case HT_SHA512: sha512_digest(&c->u.sha512, out->len, out->b); break;
    default: break;
    }
}

void hash_bytes(HashType t, const void *data, size_t n, Hash *out)
{
    HashCtx c;
    hash_init(&c, t);
    hash_update(&c, data, n);
    hash_final(&c, out);
}

void hash_zero(HashType t, Hash *out)
{
    memset(out, 0, sizeof *out);
    out->type = t;
    out->len = hash_type_size(t);
}

/* ---- base-32 ---- */

size_t base32_len(size_t nbytes) { return nbytes ? (nbytes * 8 - 1) / 5 + 1 : 0; }

void base32_encode(Buf *b, const uint8_t *bytes, size_t n)
{
    size_t len = base32_len(n);
    buf_reserve(b, len);
    char *o = b->s + b->len;
    for (size_t k = len; k-- > 0;) {
        size_t bit = k * 5, i = bit / 8, j = bit % 8;
        unsigned c = (unsigned)bytes[i] >> j;
        if (i + 1 < n) c |= (unsigned)bytes[i + 1] << (8 - j);
        *o++ = base32_chars[c & 0x1f];
    }
    b->len += len;
    b->s[b->len] = 0;
}

bool base32_decode(const char *s, size_t slen, uint8_t *out, size_t n)
{
    memset(out, 0, n);
    if (slen != base32_len(n)) return false;
    for (size_t k = 0; k < slen; k++) {
        const char *p = memchr(base32_chars, s[slen - k - 1], 32);
        if (!p || !s[slen - k - 1]) return false;
        unsigned digit = (unsigned)(p - base32_chars);
        size_t bit = k * 5, i = bit / 8, j = bit % 8;
        out[i] |= (uint8_t)(digit << j);
        if (i + 1 < n) out[i + 1] |= (uint8_t)(digit >> (8 - j));
        else if (digit >> (8 - j)) return false;   /* bits beyond the hash */
    }
    return true;
}

/* ---- base-64 ---- */

void base64_encode_buf(Buf *b, const uint8_t *bytes, size_t n)
{
    size_t len = BASE64_ENCODE_RAW_LENGTH(n);
    char *tmp = mem_alloc_atomic(len + 1);
    base64_encode_raw(tmp, n, bytes);
    buf_add(b, tmp, len);
}

static int base64_digit(char c)
{
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

/* CppNix's base64Decode: stops at '=', skips newlines, rejects anything else. Returns the
 * number of bytes, or -1 with *bad set to the offending character. */
static long base64_decode_nix(const char *s, size_t n, uint8_t *out, size_t cap, char *bad)
{
    unsigned d = 0, bits = 0;
    long len = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '=') break;
        if (c == '\n') continue;
        int digit = base64_digit(c);
        if (digit < 0) { *bad = c; return -1; }
        bits += 6;
        d = d << 6 | (unsigned)digit;
        if (bits >= 8) {
            if ((size_t)len < cap) out[len] = (uint8_t)(d >> (bits - 8));
            len++;
            bits -= 8;
        }
    }
    return len;
}

/* ---- printing ---- */

void hash_print(Buf *b, const Hash *h, HashBase base, bool with_type)
{
    if (base == HB_SRI || with_type) {
        buf_adds(b, hash_type_name(h->type));
        buf_addc(b, base == HB_SRI ? '-' : ':');
    }
    switch (base) {
    case HB_BASE16: {
        /* written in place: every input of every derivation is printed so (buf_addc's
         * checks per character were most of it) */
        buf_reserve(b, 2 * (size_t)h->len);
        char *o = b->s + b->len;
        for (unsigned i = 0; i < h->len; i++) {
            *o++ = base16_chars[h->b[i] >> 4];
            *o++ = base16_chars[h->b[i] & 15];
        }
        b->len += 2 * (size_t)h->len;
        b->s[b->len] = 0;
        break;
    }
    case HB_BASE32: base32_encode(b, h->b, h->len); break;
    case HB_BASE64: case HB_SRI: base64_encode_buf(b, h->b, h->len); break;
    }
}

const char *hash_str(const Hash *h, HashBase base, bool with_type)
{
    Buf b = {0};
    hash_print(&b, h, base, with_type);
    return buf_cstr(&b);
}

void hash_compress(const Hash *h, unsigned size, Hash *out)
{
    memset(out, 0, sizeof *out);
    out->type = h->type;
    out->len = size;
    for (unsigned i = 0; i < h->len; i++) out->b[i % size] ^= h->b[i];
}

/* ---- parsing ---- */

static int hex_digit(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

static const char *fmt_msg(const char *fmt, const char *a, size_t alen, const char *b)
{
    Buf m = {0};
    const char *as = mem_strndup(a, alen);
    buf_printf(&m, diag_colour_format(fmt), as, b);
    return buf_cstr(&m);
}

/* CppNix's Hash(rest, type, isSRI) constructor. */
static const char *parse_body(const char *s, size_t n, HashType t, bool sri, Hash *out)
{
    hash_zero(t, out);
    size_t size = out->len;
    if (!sri && n == size * 2) {
        for (size_t i = 0; i < size; i++) {
            int hi = hex_digit(s[2 * i]), lo = hex_digit(s[2 * i + 1]);
            if (hi < 0 || lo < 0) return fmt_msg("invalid base-16 hash '%s'", s, n, NULL);
            out->b[i] = (uint8_t)(hi << 4 | lo);
        }
        return NULL;
    }
    if (!sri && n == base32_len(size)) {
        if (!base32_decode(s, n, out->b, size)) return fmt_msg("invalid base-32 hash '%s'", s, n, NULL);
        return NULL;
    }
    if (sri || n == ((4 * size / 3) + 3) / 4 * 4) {
        uint8_t tmp[128];
        char bad = 0;
        long got = base64_decode_nix(s, n, tmp, sizeof tmp, &bad);
        /* CppNix formats the character with %c through its coloured-argument wrapper,
         * which prints nothing */
        if (got < 0) return "invalid character in Base64 string: ''";
        if ((size_t)got != size) return fmt_msg(sri ? "invalid SRI hash '%s'" : "invalid base-64 hash '%s'", s, n, NULL);
        memcpy(out->b, tmp, size);
        return NULL;
    }
    return fmt_msg("hash '%s' has wrong length for hash type '%s'", s, n, hash_type_name(t));
}

const char *hash_parse_any(const char *s, size_t n, HashType expected, Hash *out)
{
    const char *rest = s;
    size_t rn = n;
    HashType parsed = HT_NONE;
    bool sri = false;
    const char *sep = memchr(s, ':', n);
    if (!sep) {
        sep = memchr(s, '-', n);
        if (sep) sri = true;
    }
    if (sep) {
        parsed = hash_type_parse(s, (size_t)(sep - s));
        if (parsed == HT_NONE)
            return fmt_msg("unknown hash algorithm '%s'", s, (size_t)(sep - s), NULL);
        rest = sep + 1;
        rn = n - (size_t)(sep - s) - 1;
    }
    if (parsed == HT_NONE && expected == HT_NONE)
        return fmt_msg("hash '%s' does not include a type, nor is the type otherwise known from context", rest, rn, NULL);
    if (parsed != HT_NONE && expected != HT_NONE && parsed != expected)
        return fmt_msg("hash '%s' should have type '%s'", s, n, hash_type_name(expected));
    return parse_body(rest, rn, parsed != HT_NONE ? parsed : expected, sri, out);
}

const char *hash_parse_allow_empty(const char *s, size_t n, HashType t, Hash *out)
{
    if (n) return hash_parse_any(s, n, t, out);
    hash_zero(t, out);
    Buf w = {0};
    buf_printf(&w, "found empty hash, assuming '%s'", hash_str(out, HB_SRI, true));
    diag_emit("warning", buf_cstr(&w));
    return NULL;
}

/* ---- today's Nix's parsing ---- */

/* The decoded length today's decoders give, or 0 when they reject a character (parseLowLevel
 * swallows that error, so it is reported as a length mismatch). */
static size_t decoded_len_today(const char *s, size_t n, HashBase base, uint8_t *out, size_t size)
{
    if (base == HB_BASE16) {
        for (size_t i = 0; i < n; i++)
            if (hex_digit(s[i]) < 0) return 0;
        for (size_t i = 0; i < size; i++) out[i] = (uint8_t)(hex_digit(s[2 * i]) << 4 | hex_digit(s[2 * i + 1]));
        return n / 2;
    }
    if (base == HB_BASE32) {
        for (size_t i = 0; i < n; i++)
            if (!s[i] || !memchr(base32_chars, s[i], 32)) return 0;
        return base32_decode(s, n, out, size) ? size : size + 1;
    }
    uint8_t tmp[128];
    char bad = 0;
    long got = base64_decode_nix(s, n, tmp, sizeof tmp, &bad);
    if (got < 0) return 0;
    memcpy(out, tmp, (size_t)got < size ? (size_t)got : size);
    return (size_t)got;
}

const char *hash_parse_today(const char *s, size_t n, HashType expected, HashMode mode, Hash *out, bool *usage)
{
    *usage = false;
    const char *rest = s;
    size_t rn = n;
    HashType parsed = HT_NONE;
    const char *sep = mode == HM_SRI ? NULL : memchr(s, ':', n);
    bool sri = false;
    if (!sep && (sep = memchr(s, '-', n))) sri = true;
    if (mode == HM_SRI && !sri) return fmt_msg("hash '%s' is not SRI", s, n, NULL);
    if (sep) {
        parsed = hash_type_parse(s, (size_t)(sep - s));
        if (parsed == HT_NONE) {
            *usage = true;
            return fmt_msg("unknown hash algorithm '%s', expect 'blake3', 'md5', 'sha1', 'sha256', or 'sha512'", s, (size_t)(sep - s), NULL);
        }
        rest = sep + 1;
        rn = n - (size_t)(sep - s) - 1;
    }
    if (mode == HM_PREFIXED && parsed == HT_NONE) return fmt_msg("hash '%s' does not include a type", s, n, NULL);
    if (parsed == HT_NONE && expected == HT_NONE)
        return fmt_msg("hash '%s' does not include a type, nor is the type otherwise known from context", s, n, NULL);
    if (mode == HM_ANY && parsed != HT_NONE && expected != HT_NONE && parsed != expected)
        return fmt_msg("hash '%s' should have type '%s'", s, n, hash_type_name(expected));
    HashType t = parsed != HT_NONE ? parsed : expected;
    hash_zero(t, out);
    size_t size = out->len;
    HashBase base = HB_BASE64;
    const char *name = "SRI";
    if (!sri) {
        if (rn == 2 * size) base = HB_BASE16, name = "base16";
        else if (rn == base32_len(size)) base = HB_BASE32, name = "nix32";
        else if (rn == (size + 2) / 3 * 4) name = "Base64";
        else return fmt_msg("hash '%s' has wrong length for hash algorithm '%s'", rest, rn, hash_type_name(t));
    }
    size_t got = decoded_len_today(rest, rn, base, out->b, size);
    if (got != size) {
        Buf m = {0};
        buf_printf(&m, "invalid %s hash '%s', length %zu != expected length %zu", name, mem_strndup(rest, rn), got, size);
        return buf_cstr(&m);
    }
    return NULL;
}
