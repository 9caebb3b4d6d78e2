/*
 * Signatures made by the real minisign tool at test time, checked with
 * bundle/minisign. CI installs minisign; without it these tests fail (a
 * signature checker that was never run against the tool proves nothing).
 */
#include "testlib.h"

#include "bundle/minisign.h"
#include "core/err.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/wait.h>

#include <sodium.h>

static char *dir;
static bool have_tool;

/* Runs a shell command built from fmt in the fixture folder; returns its exit
 * status. Output is kept in dir/out.txt for read_out(). */
static int sh(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static int sh(const char *fmt, ...)
{
	char cmd[16384], full[17000];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(cmd, sizeof cmd, fmt, ap);
	va_end(ap);
	snprintf(full, sizeof full, "cd '%s' && { %s ; } >out.txt 2>&1", dir, cmd);
	int rc = system(full);
	return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

static char *read_in(const char *name, size_t *len)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	return test_read_file(path, len);
}

static void write_in(const char *name, const void *data, size_t len)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	CHECK_INT(test_write_file(path, data, len), 0);
}

static minisign_pubkey_t load_pub(const char *name)
{
	minisign_pubkey_t k;
	memset(&k, 0, sizeof k);
	size_t len;
	char *text = read_in(name, &len);
	CHECK(text != NULL);
	if (text) {
		int rc = minisign_parse_pubkey(text, len, &k);
		if (rc)
			fprintf(stderr, "%s: %s\n", name, err_last());
		CHECK_INT(rc, 0);
	}
	free(text);
	return k;
}

/* The id at the end of the .pub comment line ("... public key 1A2B..."). */
static void pub_comment_id(const char *name, char out[32])
{
	char *text = read_in(name, NULL);
	out[0] = 0;
	CHECK(text != NULL);
	if (!text)
		return;
	char *nl = strchr(text, '\n');
	if (nl)
		*nl = 0;
	const char *sp = strrchr(text, ' ');
	snprintf(out, 32, "%s", sp ? sp + 1 : "");
	free(text);
}

/* Verifies dir/sig over dir/msg with the given keys; returns the result. */
static int verify_files(const char *sig, const char *msg, const minisign_pubkey_t *keys, int nkeys,
			int *which, char *tc, size_t tc_cap)
{
	size_t sl = 0, ml = 0;
	char *s = read_in(sig, &sl), *m = read_in(msg, &ml);
	CHECK(s && m);
	int rc = s && m ? minisign_verify(s, sl, (const uint8_t *)m, ml, keys, nkeys, which, tc,
					  tc_cap)
			: -100;
	free(s);
	free(m);
	return rc;
}

/* Once per run: a fresh folder, two key pairs ("site", "other") and a message. */
static bool fixture(void)
{
	static bool done;
	if (done)
		return have_tool;
	done = true;
	dir = test_tmpdir("minisign");
	if (sh("minisign -v") != 0) {
		fprintf(stderr, "minisign is not installed or does not run: these tests need the "
				"real tool (apt-get install minisign)\n");
		return false;
	}
	have_tool = sh("minisign -G -W -p site.pub -s site.key -f") == 0 &&
		    sh("minisign -G -W -p other.pub -s other.key -f") == 0;
	if (!have_tool)
		fprintf(stderr, "minisign -G failed: %s\n", read_in("out.txt", NULL));
	const char msg[] = "[bundle]\nformat = 1\nsite = ohjaamo\nserial = 12\n";
	write_in("manifest.txt", msg, sizeof msg - 1);
	return have_tool;
}

#define FIXTURE()                                                                                  \
	do {                                                                                       \
		if (!fixture()) {                                                                  \
			CHECK(!"minisign tool missing or broken");                                 \
			return;                                                                    \
		}                                                                                  \
	} while (0)

TEST(tool_is_installed)
{
	FIXTURE();
	CHECK_INT(sh("minisign -h | grep -q -- '-l'"), 0);
}

TEST(keyid_matches_pub_comment)
{
	FIXTURE();
	minisign_pubkey_t k = load_pub("site.pub");
	char hex[17], want[32];
	minisign_keyid_hex(k.keyid, hex);
	pub_comment_id("site.pub", want);
	CHECK_STR(hex, want);
	/* The key line minisign -G tells people to use with -P is what we parse. */
	CHECK_INT(sh("minisign -G -W -p g.pub -s g.key -f"), 0);
	char *out = read_in("out.txt", NULL), *pub = read_in("g.pub", NULL);
	CHECK(out && pub);
	if (out && pub) {
		char *line2 = strchr(pub, '\n');
		CHECK(line2 != NULL);
		if (line2) {
			line2++;
			line2[strcspn(line2, "\n")] = 0;
			char needle[200];
			snprintf(needle, sizeof needle, "-P %s", line2);
			CHECK_CONTAINS(out, needle);
			minisign_pubkey_t g;
			CHECK_INT(minisign_parse_pubkey(line2, strlen(line2), &g), 0);
			minisign_keyid_hex(g.keyid, hex);
			pub_comment_id("g.pub", want);
			CHECK_STR(hex, want);
		}
	}
	free(out);
	free(pub);
}

/* The tool prints the id without leading zeros: a key whose top byte is
 * below 0x10 has a 15-digit id. Fresh keys hit that 1 time in 16. */
TEST(keyid_without_leading_zeros_like_the_tool)
{
	FIXTURE();
	bool found = false;
	int failed_before = test_failed_checks;
	for (int i = 0; i < 400 && !found; i++) {
		CHECK_INT(sh("minisign -G -W -p z.pub -s z.key -f"), 0);
		char want[32], hex[17];
		pub_comment_id("z.pub", want);
		minisign_pubkey_t k = load_pub("z.pub");
		minisign_keyid_hex(k.keyid, hex);
		CHECK_STR(hex, want);
		if (strlen(want) < 16)
			found = true;
		if (test_failed_checks != failed_before)
			break;
	}
	CHECK(found);
}

/* Crafted key ids shown to the tool with -P: it names them in its key id
 * mismatch message, which must equal our string. */
TEST(keyid_crafted_matches_tool_message)
{
	FIXTURE();
	CHECK_INT(sh("minisign -S -s site.key -m manifest.txt"), 0);
	static const uint8_t ids[][8] = {
		{0x01, 0, 0, 0, 0, 0, 0, 0},
		{0xC5, 0x02, 0x8A, 0xDD, 0x0D, 0xF6, 0x0E, 0x0B},
		{0xEC, 0x75, 0x08, 0x34, 0x30, 0x12, 0xB4, 0xD4},
		{0, 0, 0, 0, 0, 0, 0, 0x10},
	};
	static const char *want[] = {"1", "B0EF60DDD8A02C5", "D4B41230340875EC",
				     "1000000000000000"};
	for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
		uint8_t bin[42] = {'E', 'd'};
		memcpy(bin + 2, ids[i], 8);
		char b64[64], hex[17], needle[100];
		sodium_bin2base64(b64, sizeof b64, bin, sizeof bin, sodium_base64_VARIANT_ORIGINAL);
		minisign_keyid_hex(ids[i], hex);
		CHECK_STR(hex, want[i]);
		CHECK(sh("minisign -V -P '%s' -m manifest.txt", b64) != 0);
		char *out = read_in("out.txt", NULL);
		snprintf(needle, sizeof needle, "key id in the public key is %s\n", hex);
		CHECK_CONTAINS(out, needle);
		free(out);
	}
}

TEST(verifies_default_comment)
{
	FIXTURE();
	CHECK_INT(sh("minisign -S -s site.key -m manifest.txt"), 0);
	minisign_pubkey_t k = load_pub("site.pub");
	int which = -1;
	char tc[256];
	int rc = verify_files("manifest.txt.minisig", "manifest.txt", &k, 1, &which, tc, sizeof tc);
	if (rc)
		fprintf(stderr, "%s\n", err_last());
	CHECK_INT(rc, 0);
	CHECK_INT(which, 0);
	/* minisign's default "timestamp:N<TAB>file:manifest.txt..." with the tab
	 * made a space for display. */
	CHECK(strncmp(tc, "timestamp:", 10) == 0);
	CHECK_CONTAINS(tc, " file:manifest.txt");
	CHECK(!strchr(tc, '\t'));
}

TEST(verifies_trusted_comment_and_picks_key)
{
	FIXTURE();
	CHECK_INT(sh("minisign -S -s site.key -m manifest.txt -t 'Ohjaamo kevät 2026, sarja 12'"),
		  0);
	minisign_pubkey_t keys[2] = {load_pub("other.pub"), load_pub("site.pub")};
	int which = -1;
	char tc[256];
	CHECK_INT(verify_files("manifest.txt.minisig", "manifest.txt", keys, 2, &which, tc,
			       sizeof tc),
		  0);
	CHECK_INT(which, 1);
	CHECK_STR(tc, "Ohjaamo kevät 2026, sarja 12");

	/* A small buffer truncates without cutting the "ä". */
	char small[12];
	CHECK_INT(verify_files("manifest.txt.minisig", "manifest.txt", keys, 2, NULL, small,
			       sizeof small),
		  0);
	CHECK_STR(small, "Ohjaamo kev");
	CHECK_INT(verify_files("manifest.txt.minisig", "manifest.txt", keys, 2, NULL, NULL, 0), 0);

	/* Trailing blanks are part of what minisign signs. */
	CHECK_INT(sh("minisign -S -s site.key -m manifest.txt -t 'abc  ' -x sp.minisig"), 0);
	CHECK_INT(verify_files("sp.minisig", "manifest.txt", keys, 2, NULL, tc, sizeof tc), 0);
	CHECK_STR(tc, "abc  ");
}

TEST(verifies_long_comment_and_empty_message)
{
	FIXTURE();
	char cmd[5000] = "minisign -S -s site.key -m manifest.txt -x long.minisig -t '";
	size_t n = strlen(cmd);
	memset(cmd + n, 'x', 4000);
	strcpy(cmd + n + 4000, "'");
	CHECK_INT(sh("%s", cmd), 0);
	minisign_pubkey_t k = load_pub("site.pub");
	char tc[8200];
	CHECK_INT(verify_files("long.minisig", "manifest.txt", &k, 1, NULL, tc, sizeof tc), 0);
	CHECK_INT(strlen(tc), 4000);

	write_in("empty.txt", "", 0);
	CHECK_INT(sh("minisign -S -s site.key -m empty.txt"), 0);
	size_t sl;
	char *sig = read_in("empty.txt.minisig", &sl);
	CHECK(sig != NULL);
	if (sig)
		CHECK_INT(minisign_verify(sig, sl, NULL, 0, &k, 1, NULL, NULL, 0), 0);
	free(sig);
}

TEST(tampered_message_refused)
{
	FIXTURE();
	CHECK_INT(sh("minisign -S -s site.key -m manifest.txt -x t.minisig"), 0);
	CHECK_INT(sh("cp manifest.txt changed.txt && printf 'serial = 13\\n' >> changed.txt"), 0);
	minisign_pubkey_t k = load_pub("site.pub");
	int which = 77;
	CHECK_INT(verify_files("t.minisig", "changed.txt", &k, 1, &which, NULL, 0), OVI_EREJECT);
	CHECK_STR(err_last(), "the manifest was changed after it was signed (signature does "
			      "not match)");
	CHECK_INT(which, 77);
	/* One flipped bit anywhere in the message. */
	size_t ml;
	char *m = read_in("manifest.txt", &ml), *s = read_in("t.minisig", NULL);
	CHECK(m && s);
	for (size_t i = 0; m && s && i < ml * 8; i += 7) {
		m[i / 8] ^= (char)(1 << (i % 8));
		CHECK_INT(minisign_verify(s, strlen(s), (uint8_t *)m, ml, &k, 1, NULL, NULL, 0),
			  OVI_EREJECT);
		m[i / 8] ^= (char)(1 << (i % 8));
	}
	free(m);
	free(s);
}

TEST(tampered_trusted_comment_refused)
{
	FIXTURE();
	CHECK_INT(sh("minisign -S -s site.key -m manifest.txt -t 'serial 12' -x c.minisig"), 0);
	CHECK_INT(sh("sed 's/^trusted comment: serial 12$/trusted comment: serial 13/' c.minisig "
		     "> c2.minisig && ! cmp -s c.minisig c2.minisig"),
		  0);
	minisign_pubkey_t k = load_pub("site.pub");
	char tc[64] = "unchanged";
	CHECK_INT(verify_files("c2.minisig", "manifest.txt", &k, 1, NULL, tc, sizeof tc),
		  OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "trusted comment was changed after it was signed");
	CHECK_STR(tc, "");
	/* The real tool agrees. */
	CHECK(sh("minisign -V -p site.pub -m manifest.txt -x c2.minisig") != 0);

	/* A comment and its signature lifted from the signature of another
	 * message by the same key do not fit this one. (Ed25519 is
	 * deterministic: for the same message they would.) */
	CHECK_INT(sh("printf 'other\\n' > other.txt && "
		     "minisign -S -s site.key -m other.txt -t 'serial 99' -x d.minisig"),
		  0);
	CHECK_INT(sh("head -2 c.minisig > mix.minisig && tail -2 d.minisig >> mix.minisig"), 0);
	CHECK_INT(verify_files("mix.minisig", "manifest.txt", &k, 1, NULL, NULL, 0), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "trusted comment was changed");
}

TEST(other_key_names_its_id)
{
	FIXTURE();
	CHECK_INT(sh("minisign -S -s other.key -m manifest.txt -x o.minisig"), 0);
	minisign_pubkey_t site = load_pub("site.pub");
	char other_id[32], site_id[32], needle[100];
	pub_comment_id("other.pub", other_id);
	pub_comment_id("site.pub", site_id);
	CHECK_INT(verify_files("o.minisig", "manifest.txt", &site, 1, NULL, NULL, 0), OVI_EREJECT);
	const char *msg = err_last();
	CHECK_CONTAINS(msg, "was made with a key this kiosk does not trust");
	snprintf(needle, sizeof needle, "(key id %s;", other_id);
	CHECK_CONTAINS(msg, needle);
	CHECK_CONTAINS(msg, site_id);
	CHECK_CONTAINS(msg, "Sign with the site's key, or add its public key to the kiosk.");

	/* Same id as the tool reports for the mismatch. */
	CHECK(sh("minisign -V -p site.pub -m manifest.txt -x o.minisig") != 0);
	char *out = read_in("out.txt", NULL);
	snprintf(needle, sizeof needle, "o.minisig is %s\n", other_id);
	CHECK_CONTAINS(out, needle);
	free(out);

	/* Many trusted keys: four are named, the rest counted. */
	minisign_pubkey_t many[6];
	for (int i = 0; i < 6; i++) {
		many[i] = site;
		many[i].keyid[0] = (uint8_t)(site.keyid[0] + 1 + i);
	}
	CHECK_INT(verify_files("o.minisig", "manifest.txt", many, 6, NULL, NULL, 0), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), " and 2 more). Sign with");

	CHECK_INT(verify_files("o.minisig", "manifest.txt", NULL, 0, NULL, NULL, 0), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "trusts no key yet");

	/* Same key id but a different public key: a forged or broken key. */
	minisign_pubkey_t fake = load_pub("other.pub");
	fake.pk[0] ^= 1;
	CHECK_INT(verify_files("o.minisig", "manifest.txt", &fake, 1, NULL, NULL, 0), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "signature does not match");
}

TEST(legacy_signature_refused)
{
	FIXTURE();
	CHECK_INT(sh("minisign -S -l -s site.key -m manifest.txt -x l.minisig"), 0);
	/* The real tool still accepts it; the kiosk does not. */
	CHECK_INT(sh("minisign -V -p site.pub -m manifest.txt -x l.minisig"), 0);
	minisign_pubkey_t k = load_pub("site.pub");
	CHECK_INT(verify_files("l.minisig", "manifest.txt", &k, 1, NULL, NULL, 0), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "this signature was made with the legacy minisign mode (-l");
	CHECK_CONTAINS(err_last(), "sign again without -l");
}

TEST(line_endings_and_bom_tolerated)
{
	FIXTURE();
	CHECK_INT(sh("minisign -S -s site.key -m manifest.txt -t 'crlf' -x e.minisig && "
		     "sed 's/$/\\r/' e.minisig > crlf.minisig && "
		     "printf '\\357\\273\\277' > bom.minisig && cat e.minisig >> bom.minisig && "
		     "head -c -1 e.minisig > nonl.minisig"),
		  0);
	minisign_pubkey_t k = load_pub("site.pub");
	char tc[64];
	CHECK_INT(verify_files("crlf.minisig", "manifest.txt", &k, 1, NULL, tc, sizeof tc), 0);
	CHECK_STR(tc, "crlf");
	CHECK_INT(verify_files("bom.minisig", "manifest.txt", &k, 1, NULL, tc, sizeof tc), 0);
	CHECK_INT(verify_files("nonl.minisig", "manifest.txt", &k, 1, NULL, tc, sizeof tc), 0);
}

/* Every cut of a good signature file is refused with a message, and never
 * read past (ASan builds check the latter: the copy has no slack). */
TEST(truncated_signature_refused)
{
	FIXTURE();
	CHECK_INT(sh("minisign -S -s site.key -m manifest.txt -x tr.minisig"), 0);
	minisign_pubkey_t k = load_pub("site.pub");
	size_t sl, ml;
	char *s = read_in("tr.minisig", &sl), *m = read_in("manifest.txt", &ml);
	CHECK(s && m && sl > 10);
	for (size_t cut = 0; s && m && cut + 1 < sl; cut++) {
		char *copy = malloc(cut ? cut : 1);
		if (cut)
			memcpy(copy, s, cut);
		err_clear();
		int rc = minisign_verify(copy, cut, (uint8_t *)m, ml, &k, 1, NULL, NULL, 0);
		CHECK_INT(rc, OVI_EREJECT);
		CHECK(err_last()[0] != 0);
		free(copy);
	}
	free(s);
	free(m);
	CHECK_INT(minisign_verify("", 0, (const uint8_t *)"x", 1, &k, 1, NULL, NULL, 0),
		  OVI_EREJECT);
	CHECK_STR(err_last(), "the signature file is empty");
}

static int verify_text(const char *sig, const minisign_pubkey_t *k)
{
	return minisign_verify(sig, strlen(sig), (const uint8_t *)"m", 1, k, 1, NULL, NULL, 0);
}

TEST(garbage_signature_refused)
{
	FIXTURE();
	minisign_pubkey_t k = load_pub("site.pub");
	CHECK_INT(verify_text("hello\n", &k), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "line 1 should start with \"untrusted comment:\"");
	CHECK_INT(verify_text("untrusted comment: x\nnot*base64!\ntrusted comment: a\nAA==\n", &k),
		  OVI_EREJECT);
	CHECK_STR(err_last(), "the signature file is damaged (line 2 is not valid base64)");
	CHECK_INT(verify_text("untrusted comment: x\nRUQ=\n", &k), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "line 2 has the wrong length");

	CHECK_INT(sh("minisign -S -s site.key -m manifest.txt -x g.minisig"), 0);
	char *good = read_in("g.minisig", NULL);
	CHECK(good != NULL);
	if (!good)
		return;
	char buf[4096];
	/* Line 3 without its prefix. */
	snprintf(buf, sizeof buf, "%s", good);
	char *l3 = strstr(buf, "trusted comment: ");
	l3 = l3 ? strstr(l3 + 1, "trusted comment: ") : NULL;
	CHECK(l3 != NULL);
	if (l3) {
		l3[0] = 'T';
		CHECK_INT(verify_text(buf, &k), OVI_EREJECT);
		CHECK_CONTAINS(err_last(), "line 3 should start with");
	}
	/* Line 4 damaged, and extra text after it. */
	snprintf(buf, sizeof buf, "%s", good);
	buf[strlen(buf) - 3] = '*';
	CHECK_INT(verify_text(buf, &k), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "line 4 is not valid base64");
	snprintf(buf, sizeof buf, "%sextra\n", good);
	CHECK_INT(verify_text(buf, &k), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "unexpected text after line 4");
	/* A NUL byte hidden in the file. */
	snprintf(buf, sizeof buf, "%s", good);
	size_t gl = strlen(buf);
	buf[25] = 0;
	CHECK_INT(minisign_verify(buf, gl, (const uint8_t *)"m", 1, &k, 1, NULL, NULL, 0),
		  OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "NUL");
	/* An unknown algorithm. */
	uint8_t bin[74] = {'E', 'X'};
	char b64[120];
	sodium_bin2base64(b64, sizeof b64, bin, sizeof bin, sodium_base64_VARIANT_ORIGINAL);
	snprintf(buf, sizeof buf, "untrusted comment: x\n%s\ntrusted comment: a\nAA==\n", b64);
	CHECK_INT(verify_text(buf, &k), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "unknown signature algorithm");
	/* An untrusted comment longer than minisign ever writes. */
	char *l1 = malloc(1200 + strlen(good));
	strcpy(l1, "untrusted comment: ");
	memset(l1 + 19, 'u', 1100);
	strcpy(l1 + 1119, strchr(good, '\n'));
	CHECK_INT(verify_text(l1, &k), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "line 1 is longer than 1024 bytes");
	free(l1);
	/* A huge trusted comment. */
	size_t big = 20000;
	char *huge = malloc(big + 400);
	int n = snprintf(huge, 400, "untrusted comment: x\n%.*s\ntrusted comment: ",
			 (int)strcspn(strchr(good, '\n') + 1, "\n"), strchr(good, '\n') + 1);
	memset(huge + n, 'c', big);
	strcpy(huge + n + big, "\nAA==\n");
	CHECK_INT(verify_text(huge, &k), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "longer than 8192 bytes");
	free(huge);
	free(good);
	/* Random bytes. */
	unsigned seed = 1;
	for (int round = 0; round < 200; round++) {
		size_t len = (size_t)(round * 3);
		char *r = malloc(len + 1);
		for (size_t i = 0; i < len; i++) {
			seed = seed * 1103515245u + 12345u;
			r[i] = (char)(seed >> 16);
		}
		CHECK_INT(minisign_verify(r, len, (const uint8_t *)"m", 1, &k, 1, NULL, NULL, 0),
			  OVI_EREJECT);
		free(r);
	}
}

TEST(pubkey_forms)
{
	FIXTURE();
	size_t len;
	char *pub = read_in("site.pub", &len);
	CHECK(pub != NULL);
	if (!pub)
		return;
	minisign_pubkey_t a, b;
	CHECK_INT(minisign_parse_pubkey(pub, len, &a), 0);
	/* Just the key line, as in ovi.ini, with blanks around it. */
	char line[200];
	snprintf(line, sizeof line, "  %.*s \r\n", (int)strcspn(strchr(pub, '\n') + 1, "\n"),
		 strchr(pub, '\n') + 1);
	CHECK_INT(minisign_parse_pubkey(line, strlen(line), &b), 0);
	CHECK(memcmp(&a, &b, sizeof a) == 0);

	CHECK_INT(minisign_parse_pubkey("", 0, &b), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "empty");
	CHECK_INT(minisign_parse_pubkey("RWQ*", 4, &b), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "not valid base64");
	CHECK_INT(minisign_parse_pubkey("RWQA", 4, &b), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "wrong length");
	CHECK_INT(minisign_parse_pubkey(pub, len - 10, &b), OVI_EREJECT);

	char *sig = NULL, *key = NULL;
	CHECK_INT(sh("minisign -S -s site.key -m manifest.txt -x p.minisig"), 0);
	sig = read_in("p.minisig", &len);
	CHECK_INT(minisign_parse_pubkey(sig, len, &b), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "this is a signature, not a public key");
	key = read_in("site.key", &len);
	CHECK_INT(minisign_parse_pubkey(key, len, &b), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "SECRET key");
	/* and the secret key in place of the signature */
	CHECK_INT(minisign_verify(key, len, (const uint8_t *)"m", 1, &a, 1, NULL, NULL, 0),
		  OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "SECRET key file, not a signature");
	free(sig);
	free(key);
	free(pub);
}

int main(void)
{
	RUN(tool_is_installed);
	RUN(keyid_matches_pub_comment);
	RUN(keyid_without_leading_zeros_like_the_tool);
	RUN(keyid_crafted_matches_tool_message);
	RUN(verifies_default_comment);
	RUN(verifies_trusted_comment_and_picks_key);
	RUN(verifies_long_comment_and_empty_message);
	RUN(tampered_message_refused);
	RUN(tampered_trusted_comment_refused);
	RUN(other_key_names_its_id);
	RUN(legacy_signature_refused);
	RUN(line_endings_and_bom_tolerated);
	RUN(truncated_signature_refused);
	RUN(garbage_signature_refused);
	RUN(pubkey_forms);
	free(dir);
	return test_summary();
}
