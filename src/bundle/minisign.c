#include "bundle/minisign.h"

#include "core/err.h"
#include "core/tr.h"
#include "core/utf8.h"

#include <assert.h>
#include <inttypes.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include <sodium.h>

/*
 * Layout of the decoded base64 lines (minisign's own structs, packed):
 *   public key  "Ed" keyid[8] pk[32]                                      = 42
 *   signature   "ED"|"Ed" keyid[8] sig[64]                                = 74
 *   secret key  "Ed" kdf[2] chk[2] salt[32] ops[8] mem[8] keyid[8]
 *               sk[64] chk[32]                                            = 158
 * The secret key layout is only recognised to tell a coordinator who put
 * the wrong file in the bundle.
 */
#define PUBKEY_BIN_LEN 42
#define SIG_BIN_LEN    74
#define SECKEY_BIN_LEN 158
#define GSIG_BIN_LEN   64

/* The same bounds as minisign's COMMENTMAXBYTES and TRUSTEDCOMMENTMAXBYTES:
 * a longer line is not something the real tool writes. */
#define UNTRUSTED_MAX 1024
#define TRUSTED_MAX   8192

/* A base64 line longer than this cannot be any minisign structure. */
#define B64_LINE_MAX 256
#define B64_BIN_MAX  (B64_LINE_MAX / 4 * 3)

static const char untrusted_prefix[] = "untrusted comment:";
static const char trusted_prefix[] = "trusted comment: ";

typedef struct lines {
	const char *p, *end;
	int no; /* number of the line last returned, 1-based */
} lines_t;

/* The next line without its "\n" or "\r\n"; false at the end of the text. */
static bool line_next(lines_t *l, const char **s, size_t *n)
{
	if (l->p >= l->end)
		return false;
	const char *nl = memchr(l->p, '\n', (size_t)(l->end - l->p));
	const char *e = nl ? nl : l->end;
	*s = l->p;
	*n = (size_t)(e - l->p);
	if (*n && (*s)[*n - 1] == '\r')
		(*n)--;
	l->p = nl ? nl + 1 : l->end;
	l->no++;
	return true;
}

static bool is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static bool all_blank(const char *s, const char *end)
{
	for (; s < end; s++)
		if (!is_blank(*s))
			return false;
	return true;
}

static void trim_span(const char **s, size_t *n)
{
	while (*n && is_blank(**s)) {
		(*s)++;
		(*n)--;
	}
	while (*n && is_blank((*s)[*n - 1]))
		(*n)--;
}

/* Windows editors like to start a text file with a byte order mark. */
static void skip_bom(const char **s, size_t *n)
{
	if (*n >= 3 && memcmp(*s, "\xEF\xBB\xBF", 3) == 0) {
		*s += 3;
		*n -= 3;
	}
}

static bool starts_with(const char *s, size_t n, const char *prefix)
{
	size_t pn = strlen(prefix);
	return n >= pn && memcmp(s, prefix, pn) == 0;
}

enum { B64_BAD = -1, B64_TOO_LONG = -2 };

/* Decodes one base64 line (blanks around it ignored) into out, which holds
 * B64_BIN_MAX bytes. Returns the decoded length or B64_BAD / B64_TOO_LONG. */
static long b64_line(const char *s, size_t n, uint8_t out[B64_BIN_MAX])
{
	trim_span(&s, &n);
	if (n == 0)
		return B64_BAD;
	if (n > B64_LINE_MAX)
		return B64_TOO_LONG;
	size_t bin_len = 0;
	if (sodium_base642bin(out, B64_BIN_MAX, s, n, NULL, &bin_len, NULL,
			      sodium_base64_VARIANT_ORIGINAL) != 0)
		return B64_BAD;
	return (long)bin_len;
}

static int sodium_ready(void)
{
	/* Idempotent and thread-safe: 0 the first time, 1 after, -1 on failure. */
	if (sodium_init() < 0)
		return err_set(OVI_ERR, "the signature checker could not start (libsodium failed "
					"to initialise)");
	return 0;
}

void minisign_keyid_hex(const uint8_t keyid[8], char out[17])
{
	/* minisign 0.11 prints le64_load(keyid) with "%" PRIX64, no zero
	 * padding; a coordinator compares this with the .pub comment line, so
	 * it has to be the same string, not just the same number. */
	uint64_t v = 0;
	for (int i = 7; i >= 0; i--)
		v = v << 8 | keyid[i];
	snprintf(out, 17, "%" PRIX64, v);
}

/* Message for a base64 line that decoded to one of minisign's other files. */
static const char *what_is(const uint8_t *bin, long len)
{
	if (len == PUBKEY_BIN_LEN && memcmp(bin, "Ed", 2) == 0)
		return TR(err_lang(), "a public key");
	if (len == SIG_BIN_LEN && (memcmp(bin, "ED", 2) == 0 || memcmp(bin, "Ed", 2) == 0))
		return TR(err_lang(), "a signature");
	if (len == SECKEY_BIN_LEN && memcmp(bin, "Ed", 2) == 0)
		return TR(err_lang(), "a SECRET key");
	return NULL;
}

int minisign_parse_pubkey(const char *text, size_t len, minisign_pubkey_t *out)
{
	int rc = sodium_ready();
	if (rc)
		return rc;
	skip_bom(&text, &len);
	lines_t l = {text, text + len, 0};
	const char *s;
	size_t n;
	/* A .pub file is a comment line and the key; ovi.ini holds just the key. */
	do {
		if (!line_next(&l, &s, &n))
			return err_set(OVI_EREJECT, "the public key is empty");
		trim_span(&s, &n);
	} while (n == 0);
	if (starts_with(s, n, untrusted_prefix)) {
		if (!line_next(&l, &s, &n))
			return err_set(OVI_EREJECT, "the public key file has a comment line but no "
						    "key on line 2");
		trim_span(&s, &n);
	}
	int key_line = l.no;
	uint8_t bin[B64_BIN_MAX];
	long bl = b64_line(s, n, bin);
	if (bl == B64_BAD)
		return err_set(OVI_EREJECT,
			       "the public key is damaged (line %d is not valid "
			       "base64); copy it again from the .pub file",
			       key_line);
	const char *what = bl >= 0 ? what_is(bin, bl) : NULL;
	if (what && bl == SECKEY_BIN_LEN) {
		sodium_memzero(bin, sizeof bin);
		return err_set(OVI_EREJECT, "this is a SECRET key, not a public key. Give the "
					    "kiosk the .pub file instead, and keep the secret key "
					    "off the kiosk");
	}
	if (what && bl != PUBKEY_BIN_LEN)
		return err_set(OVI_EREJECT,
			       "this is %s, not a public key; use the .pub file "
			       "made by minisign -G",
			       what);
	if (bl != PUBKEY_BIN_LEN)
		return err_set(OVI_EREJECT,
			       "this is not a minisign public key (wrong length); "
			       "use the key line of the .pub file made by minisign -G");
	if (memcmp(bin, "Ed", 2) != 0)
		return err_set(OVI_EREJECT, "this is not a minisign Ed25519 public key (unknown "
					    "algorithm); use the .pub file made by minisign -G");
	if (!all_blank(l.p, l.end))
		return err_set(OVI_EREJECT,
			       "the public key has unexpected text after the key "
			       "(after line %d)",
			       key_line);
	memcpy(out->keyid, bin + 2, 8);
	memcpy(out->pk, bin + 10, 32);
	return 0;
}

/* Copies the verified comment for display: valid UTF-8 only (a bad byte
 * becomes U+FFFD), control characters such as minisign's tab become spaces,
 * truncated without cutting a character. */
static void copy_comment(const char *s, size_t n, char *out, size_t cap)
{
	if (!out || !cap)
		return;
	const char *end = s + n;
	size_t o = 0;
	while (s < end) {
		uint32_t cp = utf8_next(&s, end);
		if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
			cp = ' ';
		char buf[4];
		int k = utf8_encode(cp, buf);
		if (o + (size_t)k + 1 > cap)
			break;
		memcpy(out + o, buf, (size_t)k);
		o += (size_t)k;
	}
	out[o] = 0;
}

/* "ABCD..., 1234..." for up to four trusted keys, for the unknown-key message. */
static void trusted_list(const minisign_pubkey_t *keys, int nkeys, char *out, size_t cap)
{
	size_t o = 0;
	out[0] = 0;
	for (int i = 0; i < nkeys && i < 4; i++) {
		char hex[17];
		minisign_keyid_hex(keys[i].keyid, hex);
		int k = snprintf(out + o, cap - o, "%s%s", i ? ", " : "", hex);
		if (k < 0 || (size_t)k >= cap - o)
			return;
		o += (size_t)k;
	}
	if (nkeys > 4)
		snprintf(out + o, cap - o, " and %d more", nkeys - 4);
}

typedef struct sigfile {
	uint8_t keyid[8];
	uint8_t sig[64];
	uint8_t gsig[64];
	const char *tc; /* trusted comment text, inside the caller's buffer */
	size_t tc_len;
} sigfile_t;

static int parse_sig(const char *text, size_t len, sigfile_t *sf)
{
	skip_bom(&text, &len);
	lines_t l = {text, text + len, 0};
	const char *s;
	size_t n;
	uint8_t bin[B64_BIN_MAX];

	if (all_blank(text, text + len))
		return err_set(OVI_EREJECT, "the signature file is empty");
	if (memchr(text, 0, len))
		return err_set(OVI_EREJECT, "the signature file is damaged (it contains NUL bytes; "
					    "it is not a text file)");

	line_next(&l, &s, &n);
	if (!starts_with(s, n, untrusted_prefix))
		return err_set(OVI_EREJECT,
			       "the signature file is damaged (line 1 should start with \"%s\")",
			       untrusted_prefix);
	if (n > UNTRUSTED_MAX)
		return err_set(OVI_EREJECT,
			       "the signature file is damaged (line 1 is longer than %d bytes)",
			       UNTRUSTED_MAX);

	if (!line_next(&l, &s, &n))
		return err_set(OVI_EREJECT, "the signature file is damaged (it ends after line 1)");
	long bl = b64_line(s, n, bin);
	if (bl == B64_BAD)
		return err_set(OVI_EREJECT,
			       "the signature file is damaged (line 2 is not valid base64)");
	if (bl == B64_TOO_LONG)
		return err_set(
			OVI_EREJECT,
			"the signature file is damaged (line 2 is too long for a signature)");
	if (bl != SIG_BIN_LEN) {
		const char *what = what_is(bin, bl);
		sodium_memzero(bin, sizeof bin);
		if (what && bl == SECKEY_BIN_LEN)
			return err_set(OVI_EREJECT,
				       "this is a SECRET key file, not a signature. "
				       "Take it out of the bundle now (whoever has it can "
				       "sign content for the kiosk) and sign with minisign "
				       "-S -s KEY -m manifest.txt");
		if (what)
			return err_set(OVI_EREJECT,
				       "this is %s file, not a signature; sign with "
				       "minisign -S -s KEY -m manifest.txt",
				       what);
		return err_set(OVI_EREJECT,
			       "the signature file is damaged (line 2 has the wrong length for a "
			       "signature)");
	}
	if (memcmp(bin, "Ed", 2) == 0)
		return err_set(OVI_EREJECT, "this signature was made with the legacy minisign "
					    "mode (-l, or a minisign older than 0.10); sign again "
					    "without -l, with minisign 0.10 or newer");
	if (memcmp(bin, "ED", 2) != 0)
		return err_set(OVI_EREJECT,
			       "the signature file is damaged (line 2 names an unknown signature "
			       "algorithm)");
	memcpy(sf->keyid, bin + 2, 8);
	memcpy(sf->sig, bin + 10, 64);

	if (!line_next(&l, &s, &n))
		return err_set(
			OVI_EREJECT,
			"the signature file is damaged (it ends after line 2; the trusted comment "
			"is missing)");
	if (!starts_with(s, n, trusted_prefix))
		return err_set(OVI_EREJECT,
			       "the signature file is damaged (line 3 should start with \"%s\")",
			       trusted_prefix);
	sf->tc = s + strlen(trusted_prefix);
	sf->tc_len = n - strlen(trusted_prefix);
	if (sf->tc_len > TRUSTED_MAX)
		return err_set(OVI_EREJECT,
			       "the signature file is damaged (the trusted comment is longer than "
			       "%d bytes)",
			       TRUSTED_MAX);

	if (!line_next(&l, &s, &n))
		return err_set(OVI_EREJECT,
			       "the signature file is damaged (it ends after line 3; the comment "
			       "signature is missing)");
	bl = b64_line(s, n, bin);
	if (bl == B64_BAD)
		return err_set(OVI_EREJECT,
			       "the signature file is damaged (line 4 is not valid base64)");
	if (bl != GSIG_BIN_LEN)
		return err_set(
			OVI_EREJECT,
			"the signature file is damaged (line 4 has the wrong length for a comment "
			"signature)");
	memcpy(sf->gsig, bin, 64);
	if (!all_blank(l.p, l.end))
		return err_set(OVI_EREJECT,
			       "the signature file is damaged (unexpected text after line 4)");
	return 0;
}

int minisign_verify(const char *sig_text, size_t sig_len, const uint8_t *msg, size_t msg_len,
		    const minisign_pubkey_t *keys, int nkeys, int *which, char *trusted_comment,
		    size_t tc_cap)
{
	return minisign_verify_lang(sig_text, sig_len, msg, msg_len, keys, nkeys, which,
				    trusted_comment, tc_cap, NULL);
}

int minisign_verify_lang(const char *sig_text, size_t sig_len, const uint8_t *msg, size_t msg_len,
			 const minisign_pubkey_t *keys, int nkeys, int *which,
			 char *trusted_comment, size_t tc_cap, const char *lang)
{
	assert(sig_text || sig_len == 0);
	assert(msg || msg_len == 0);
	assert(keys || nkeys <= 0);
	int rc = sodium_ready();
	if (rc)
		return rc;
	if (trusted_comment && tc_cap)
		trusted_comment[0] = 0;
	if (!sig_text)
		sig_text = "";

	sigfile_t sf;
	rc = parse_sig(sig_text, sig_len, &sf);
	if (rc)
		return rc;

	static const uint8_t empty[1];
	uint8_t hash[crypto_generichash_BYTES_MAX];
	crypto_generichash(hash, sizeof hash, msg ? msg : empty, msg_len, NULL, 0);

	/* Key ids are random 8 bytes, so two trusted keys could share one:
	 * try every key with the id before calling the signature wrong. */
	int found = -1;
	bool id_known = false;
	for (int i = 0; i < nkeys && found < 0; i++) {
		if (memcmp(keys[i].keyid, sf.keyid, 8) != 0)
			continue;
		id_known = true;
		if (crypto_sign_verify_detached(sf.sig, hash, sizeof hash, keys[i].pk) == 0)
			found = i;
	}
	if (!id_known) {
		char id[17], list[128];
		minisign_keyid_hex(sf.keyid, id);
		if (nkeys <= 0)
			return err_set(OVI_EREJECT,
				       TR(lang, "the signature was made with key id %s, but "
						"this kiosk trusts no key yet. Add the site's "
						"public key to the kiosk."),
				       id);
		trusted_list(keys, nkeys, list, sizeof list);
		return err_set(OVI_EREJECT,
			       TR(lang, "the signature was made with a key this kiosk does "
					"not trust (key id %s; the kiosk trusts %s). Sign with "
					"the site's key, or add its public key to the kiosk."),
			       id, list);
	}
	if (found < 0)
		return err_set(OVI_EREJECT, "%s",
			       TR(lang, "the manifest was changed after it was signed "
					"(signature does not match)"));

	/* The global signature covers sig || comment, so the comment cannot be
	 * edited or moved to another signature. */
	uint8_t both[64 + TRUSTED_MAX];
	memcpy(both, sf.sig, 64);
	memcpy(both + 64, sf.tc, sf.tc_len);
	if (crypto_sign_verify_detached(sf.gsig, both, 64 + sf.tc_len, keys[found].pk) != 0)
		return err_set(OVI_EREJECT, "the trusted comment was changed after it was signed "
					    "(comment signature does not match)");
	copy_comment(sf.tc, sf.tc_len, trusted_comment, tc_cap);
	if (which)
		*which = found;
	return 0;
}
