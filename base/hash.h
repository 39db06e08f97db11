/* hash.h: cryptographic hashes as Nix uses them: the four algorithms, their textual forms
 * (base-16, Nix's own base-32, base-64, SRI) and parsing them back the way CppNix 2.8's
 * Hash::parseAny does, with its error messages. */
#ifndef NIXEL_HASH_H
#define NIXEL_HASH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <nettle/md5.h>
#include <nettle/sha1.h>
#include <nettle/sha2.h>

#include "base/buf.h"

typedef enum { HT_NONE, HT_MD5, HT_SHA1, HT_SHA256, HT_SHA512 } HashType;
typedef enum { HB_BASE16, HB_BASE32, HB_BASE64, HB_SRI } HashBase;

typedef struct {
    HashType type;
    unsigned len;          /* bytes in use */
    uint8_t b[64];
} Hash;

typedef struct {
    HashType type;
    union {
        struct md5_ctx md5;
        struct sha1_ctx sha1;
        struct sha256_ctx sha256;
        struct sha512_ctx sha512;
    } u;
} HashCtx;

/* "md5", "sha1", "sha256", "sha512"; HT_NONE for anything else. */
HashType hash_type_parse(const char *s, size_t n);
const char *hash_type_name(HashType t);
unsigned hash_type_size(HashType t);

void hash_init(HashCtx *c, HashType t);
void hash_update(HashCtx *c, const void *data, size_t n);
void hash_final(HashCtx *c, Hash *out);
void hash_bytes(HashType t, const void *data, size_t n, Hash *out);
/* A hash of the given type with all bytes zero. */
void hash_zero(HashType t, Hash *out);

/* Appends the hash in the given base, optionally prefixed by "type:" ("type-" for SRI). */
void hash_print(Buf *b, const Hash *h, HashBase base, bool with_type);
/* The same, as a fresh string. */
const char *hash_str(const Hash *h, HashBase base, bool with_type);

/* Nix's base-32 (digits 0-9a-z without e, o, u, t; least significant bits last). */
size_t base32_len(size_t nbytes);
void base32_encode(Buf *b, const uint8_t *bytes, size_t n);
/* Decodes into out (n bytes, zeroed here); false if s is not valid for that size. */
bool base32_decode(const char *s, size_t slen, uint8_t *out, size_t n);

void base64_encode_buf(Buf *b, const uint8_t *bytes, size_t n);

/* XOR-folds a hash into `size` bytes (CppNix's compressHash). */
void hash_compress(const Hash *h, unsigned size, Hash *out);

/* Hash::parseAny: "type:rest", "type-base64" (SRI) or a bare hash whose type is `expected`
 * (HT_NONE: none known). Returns NULL on success, or CppNix's error message. */
const char *hash_parse_any(const char *s, size_t n, HashType expected, Hash *out);
/* newHashAllowEmpty: the same, but an empty string is the zero hash of type t (not
 * HT_NONE), with CppNix's warning. */
const char *hash_parse_allow_empty(const char *s, size_t n, HashType t, Hash *out);

/* Today's Nix's Hash::parseAny (HM_ANY; expected may be HT_NONE), parseAnyPrefixed
 * (HM_PREFIXED: the type must be written) and parseSRI (HM_SRI), with today's messages.
 * NULL on success; *usage is set when Nix throws its UsageError (an unknown algorithm). */
typedef enum { HM_ANY, HM_PREFIXED, HM_SRI } HashMode;
const char *hash_parse_today(const char *s, size_t n, HashType expected, HashMode mode, Hash *out, bool *usage);

#endif
