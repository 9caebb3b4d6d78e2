/*
 * libFuzzer target: the input is a .minisig file, verified over a fixed
 * message with a fixed public key; the same bytes also go to the public key
 * parser. The seeds in corpus/minisign/ were made by the real minisign 0.11
 * with this key (its secret half was thrown away; to add seeds that verify,
 * make a new key pair, put its .pub line below and re-sign the seeds).
 */
#include "bundle/minisign.h"
#include "core/err.h"
#include "core/utf8.h"

#include <stdlib.h>
#include <string.h>

static const char fuzz_pub[] = "untrusted comment: minisign public key A25B3C35E95F1957\n"
			       "RWRXGV/pNTxborC1IDGr55MwvJGnWooiYjiDYymAWDTQpPMsonzoeptW\n";
static const char fuzz_msg[] = "[bundle]\nformat = 1\nsite = fuzz\nserial = 1\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static minisign_pubkey_t keys[2];
	static int ready;
	if (!ready) {
		if (minisign_parse_pubkey(fuzz_pub, sizeof fuzz_pub - 1, &keys[1]) != 0)
			abort();
		/* A second key with the same id but another key: the verifier
		 * must try both. */
		keys[0] = keys[1];
		keys[0].pk[31] ^= 0x40;
		ready = 1;
	}

	const char *text = (const char *)data;
	char tc[64];
	int which = -1;
	memset(tc, 'x', sizeof tc);
	int rc = minisign_verify(text, size, (const uint8_t *)fuzz_msg, sizeof fuzz_msg - 1, keys,
				 2, &which, tc, sizeof tc);
	if (rc != 0 && rc != OVI_EREJECT)
		abort();
	if (rc == 0) {
		/* Only the real key can verify, and the comment is display-safe. */
		size_t n = strnlen(tc, sizeof tc);
		if (which != 1 || n == sizeof tc || !utf8_valid(tc, n, NULL))
			abort();
	} else if (err_last()[0] == 0) {
		abort();
	}

	minisign_pubkey_t k;
	rc = minisign_parse_pubkey(text, size, &k);
	if (rc != 0 && rc != OVI_EREJECT)
		abort();
	if (rc == 0) {
		char hex[17];
		minisign_keyid_hex(k.keyid, hex);
		if (hex[0] == 0 || strlen(hex) > 16)
			abort();
	}
	err_clear();
	return 0;
}
