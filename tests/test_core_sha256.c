#include "testlib.h"

#include "core/sha256.h"

#include <stdlib.h>

static void hex_of(const void *data, size_t n, char out[65])
{
	uint8_t d[SHA256_BYTES];
	sha256_digest(data, n, d);
	sha256_hex(d, out);
}

/* FIPS 180-4 / NIST CAVP example vectors. */
TEST(known_vectors)
{
	char h[65];
	hex_of("", 0, h);
	CHECK_STR(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	hex_of("abc", 3, h);
	CHECK_STR(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	const char *m448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	hex_of(m448, strlen(m448), h);
	CHECK_STR(h, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	const char *m896 = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmno"
			   "ijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
	hex_of(m896, strlen(m896), h);
	CHECK_STR(h, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
	hex_of("The quick brown fox jumps over the lazy dog", 43, h);
	CHECK_STR(h, "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592");
}

TEST(million_a)
{
	char *a = malloc(1000000);
	memset(a, 'a', 1000000);
	char h[65];
	hex_of(a, 1000000, h);
	CHECK_STR(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
	free(a);
}

/* Lengths around the padding boundary (55, 56, 63, 64, 65 bytes) and every
 * way of splitting the input into two updates give the one-shot digest. */
TEST(streaming_matches_one_shot)
{
	unsigned char data[200];
	for (int i = 0; i < 200; i++)
		data[i] = (unsigned char)(i * 7 + 3);
	for (size_t n = 0; n <= 200; n++) {
		uint8_t want[SHA256_BYTES];
		sha256_digest(data, n, want);
		for (size_t cut = 0; cut <= n; cut++) {
			sha256_t s;
			uint8_t got[SHA256_BYTES];
			sha256_init(&s);
			sha256_update(&s, data, cut);
			sha256_update(&s, data + cut, n - cut);
			sha256_final(&s, got);
			if (memcmp(got, want, SHA256_BYTES) != 0) {
				CHECK(!"split digest differs");
				return;
			}
		}
	}
	/* Byte at a time over a 56-byte message: the two-block padding case. */
	char h1[65], h2[65];
	uint8_t d[SHA256_BYTES];
	sha256_t s;
	sha256_init(&s);
	for (int i = 0; i < 56; i++)
		sha256_update(&s, "a", 1);
	sha256_final(&s, d);
	sha256_hex(d, h1);
	char a56[56];
	memset(a56, 'a', 56);
	hex_of(a56, 56, h2);
	CHECK_STR(h1, h2);
	CHECK_STR(h1, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
}

int main(void)
{
	RUN(known_vectors);
	RUN(million_a);
	RUN(streaming_matches_one_shot);
	return test_summary();
}
