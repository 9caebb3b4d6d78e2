/*
 * sha256: SHA-256 (FIPS 180-4) for layers that may not link libsodium.
 *
 * The model digests its tables with it (model_digest()); the bundle layer
 * uses libsodium for manifests. Streaming: init, update any number of
 * times, final. No allocation, no I/O.
 */
#ifndef OVI_CORE_SHA256_H
#define OVI_CORE_SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_BYTES 32

typedef struct sha256 {
	uint32_t h[8];
	uint64_t len;     /* bytes hashed so far */
	uint8_t buf[64];  /* a partial block */
	size_t nbuf;
} sha256_t;

void sha256_init(sha256_t *s);
void sha256_update(sha256_t *s, const void *data, size_t n);
/* Writes the digest; s must be initialised again before reuse. */
void sha256_final(sha256_t *s, uint8_t out[SHA256_BYTES]);
/* One call: the digest of data[0..n). */
void sha256_digest(const void *data, size_t n, uint8_t out[SHA256_BYTES]);
/* Lowercase hex of a digest; out needs 65 bytes. */
void sha256_hex(const uint8_t d[SHA256_BYTES], char out[65]);

#endif
