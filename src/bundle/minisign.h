/*
 * minisign: verifying signatures made by the real `minisign` tool, with
 * libsodium.
 *
 * Public key file:  "untrusted comment: ...\n" + base64("Ed" || keyid[8] || pk[32])
 * Signature file:   "untrusted comment: ...\n" + base64("ED" || keyid[8] || sig[64])
 *                   "\ntrusted comment: ...\n" + base64(global_sig[64])
 * "ED" signatures are over BLAKE2b-512(message) (minisign's default since 0.10,
 * "prehashed"); the global signature is over sig || trusted comment text.
 * Legacy "Ed" (non-prehashed) signatures are refused with a message saying
 * how to sign with a current minisign.
 *
 * Pure functions over buffers: no I/O, so the fuzzer drives them directly.
 */
#ifndef OVI_BUNDLE_MINISIGN_H
#define OVI_BUNDLE_MINISIGN_H

#include <stddef.h>
#include <stdint.h>

typedef struct minisign_pubkey {
	uint8_t keyid[8];
	uint8_t pk[32];
} minisign_pubkey_t;

/* Accepts a whole .pub file, or just its base64 line (as in ovi.ini). */
int minisign_parse_pubkey(const char *text, size_t len, minisign_pubkey_t *out);
/* Key id exactly as minisign prints it (in the .pub comment line and in its
 * "Signature key id ... is" message): the 8 bytes read as a little-endian
 * uint64, in uppercase hex *without* leading zeros ("%" PRIX64), so 1 to 16
 * digits: 0x0B0EF60DDD8A02C5 is "B0EF60DDD8A02C5". out needs 17 bytes. */
void minisign_keyid_hex(const uint8_t keyid[8], char out[17]);

/*
 * Verifies sig_text (a .minisig file) over msg with one of the trusted keys.
 * Returns 0 and sets *which to the index of the key that verified, and
 * copies the trusted comment (NUL-terminated, truncated) into
 * trusted_comment when given. Returns OVI_EREJECT with a message naming the
 * problem: malformed signature file, legacy signature, signed by an unknown
 * key (naming its id), signature does not match (the manifest was changed
 * after signing), trusted comment tampered with.
 */
int minisign_verify(const char *sig_text, size_t sig_len, const uint8_t *msg, size_t msg_len,
		    const minisign_pubkey_t *keys, int nkeys, int *which, char *trusted_comment,
		    size_t tc_cap);
/* The same, with its messages in lang (core/tr.h). */
int minisign_verify_lang(const char *sig_text, size_t sig_len, const uint8_t *msg, size_t msg_len,
			 const minisign_pubkey_t *keys, int nkeys, int *which,
			 char *trusted_comment, size_t tc_cap, const char *lang);

#endif
