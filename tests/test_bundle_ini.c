#include "bundle/ini.h"
#include "core/err.h"
#include "core/fault.h"
#include "core/str.h"

#include "testlib.h"

#include <stdbool.h>
#include <stdlib.h>

#define PARSE(lit, ini) ini_parse("manifest.txt", (lit), sizeof(lit) - 1, (ini))

static void refuse(const char *data, size_t len, const char *want)
{
	ini_t *ini = (ini_t *)1;
	err_clear();
	CHECK_INT(ini_parse("manifest.txt", data, len, &ini), OVI_EREJECT);
	CHECK(ini == NULL);
	CHECK_CONTAINS(err_last(), want);
}
#define REFUSE(lit, want) refuse((lit), sizeof(lit) - 1, (want))

TEST(test_manifest)
{
	ini_t *ini = NULL;
	CHECK_INT(PARSE("# made by ovi pack\n"
			"[bundle]\n"
			"format = 1\n"
			"site=ohjaamo-keskusta\n"
			"  languages =   fi sv en  \n"
			"\n"
			"; another comment\n"
			"[files]\n"
			"site.csv = 212 3f0ae1\n"
			"photos/aino.png = 20411 9b1c07\n",
			&ini),
		  0);
	if (!ini)
		return;
	CHECK_INT(ini->n, 5);
	CHECK_STR(ini_get(ini, "bundle", "format"), "1");
	CHECK_STR(ini_get(ini, "bundle", "site"), "ohjaamo-keskusta");
	CHECK_STR(ini_get(ini, "bundle", "languages"), "fi sv en");
	CHECK_STR(ini_get(ini, "files", "photos/aino.png"), "20411 9b1c07");
	CHECK(ini_get(ini, "files", "format") == NULL);
	CHECK(ini_get(ini, "Bundle", "format") == NULL);
	CHECK(ini_get(ini, "bundle", "FORMAT") == NULL);
	CHECK_STR(ini->v[3].section, "files");
	CHECK_STR(ini->v[3].key, "site.csv");
	CHECK_INT(ini->v[3].line, 9);
	CHECK_INT(ini->v[0].line, 3);
	ini_free(ini);
	ini_free(NULL);
}

TEST(test_variants)
{
	ini_t *ini = NULL;
	/* BOM, CRLF, no section, repeated key, '=' in a value, empty value, tabs,
	 * no final newline. */
	CHECK_INT(PARSE("\xEF\xBB\xBFtop = yes\r\n"
			"[sync]\r\n"
			"trusted_key = RWQ1\r\n"
			"\ttrusted_key\t=\tRWQ2==\r\n"
			"empty =\r\n"
			"[ sync ]\r\n"
			"url = http://x/?a=b&c=d",
			&ini),
		  0);
	if (!ini)
		return;
	CHECK_INT(ini->n, 5);
	CHECK_STR(ini_get(ini, "", "top"), "yes");
	CHECK_STR(ini_get(ini, NULL, "top"), "yes");
	CHECK_STR(ini_get(ini, "sync", "trusted_key"), "RWQ2==");
	CHECK_STR(ini->v[1].value, "RWQ1");
	CHECK_STR(ini_get(ini, "sync", "empty"), "");
	CHECK_STR(ini_get(ini, "sync", "url"), "http://x/?a=b&c=d");
	CHECK_INT(ini->v[4].line, 7);
	CHECK(ini_get(ini, "sync", "missing") == NULL);
	CHECK(ini_get(NULL, "sync", "url") == NULL);
	ini_free(ini);
}

TEST(test_empty_and_comments_only)
{
	ini_t *ini = NULL;
	CHECK_INT(ini_parse("ovi.ini", "", 0, &ini), 0);
	if (ini)
		CHECK_INT(ini->n, 0);
	ini_free(ini);
	CHECK_INT(ini_parse("ovi.ini", NULL, 0, &ini), 0);
	ini_free(ini);
	CHECK_INT(PARSE("# only\n; comments\n\n   \n", &ini), 0);
	if (ini)
		CHECK_INT(ini->n, 0);
	ini_free(ini);
	CHECK_INT(PARSE("name = Päivi Ääkkönen\n", &ini), 0);
	if (ini)
		CHECK_STR(ini_get(ini, "", "name"), "Päivi Ääkkönen");
	ini_free(ini);
}

TEST(test_refusals)
{
	REFUSE("[bundle]\nformat = 1\njust some words\n",
	       "manifest.txt line 3: expected 'key = value', a [section] or a # comment");
	REFUSE("[bundle\n", "manifest.txt line 1: a section name must end with ']'");
	REFUSE("[bundle] x\n", "line 1: there is text after the section name's ']'");
	REFUSE("[]\n", "line 1: a section name must be letters");
	REFUSE("[two words]\n", "line 1: a section name must be letters");
	REFUSE("a = 1\n = 2\n", "line 2: there is no key before '='");
	REFUSE("my key = 2\n", "line 1: the key 'my key' may only contain");
	REFUSE("k\xC3\xA4y = 2\n", "line 1: the key 'käy' may only contain");
	REFUSE("a = 1\nb = P\xE4ivi\n", "manifest.txt line 2: this is not valid UTF-8 text "
					"(at column 6)");
	REFUSE("a = 1\nb = x\0y\n", "manifest.txt line 2: the file contains a NUL byte");
	REFUSE("a = 1\rb = 2\n", "line 1: a control character (byte 0x0D) at column 6");
	REFUSE("a = \x1b[31m\n", "line 1: a control character (byte 0x1B) at column 5");
}

TEST(test_long_line)
{
	strbuf_t b = {0};
	sb_append(&b, "k = ");
	while (b.len < 4096)
		sb_putc(&b, 'x');
	sb_append(&b, "\r\n");
	ini_t *ini = NULL;
	CHECK_INT(ini_parse("ovi.ini", b.s, b.len, &ini), 0);
	if (ini)
		CHECK_INT(strlen(ini_get(ini, "", "k")), 4092);
	ini_free(ini);
	sb_append(&b, "k2 = ");
	for (int i = 0; i < 1024 * 1024; i++)
		sb_putc(&b, 'y');
	refuse(b.s, b.len, "manifest.txt line 2: this line is longer than 4096 bytes");
	sb_free(&b);
}

TEST(test_entry_limit)
{
	strbuf_t b = {0};
	sb_append(&b, "[files]\n");
	for (int i = 0; i < INI_MAX_ENTRIES; i++)
		sb_printf(&b, "f%d.csv = %d\n", i, i);
	ini_t *ini = NULL;
	CHECK_INT(ini_parse("manifest.txt", b.s, b.len, &ini), 0);
	if (ini) {
		CHECK_INT(ini->n, INI_MAX_ENTRIES);
		CHECK_STR(ini_get(ini, "files", "f9999.csv"), "9999");
	}
	ini_free(ini);
	sb_append(&b, "one = too many");
	refuse(b.s, b.len, "manifest.txt line 10002: more than 10000 entries");
	sb_free(&b);
}

TEST(test_alloc_failures)
{
	const char text[] = "[bundle]\nformat = 1\n[files]\na.csv = 1 2\nb.csv = 3 4\n";
	int failures = 0;
	for (long n = 1; n < 100; n++) {
		ini_t *ini = NULL;
		fault_arm(FAULT_ALLOC, n, false);
		int rc = ini_parse("manifest.txt", text, sizeof text - 1, &ini);
		bool fired = fault_fired(FAULT_ALLOC);
		fault_disarm_all();
		if (!fired) {
			CHECK_INT(rc, 0);
			CHECK(ini && ini->n == 3);
			ini_free(ini);
			break;
		}
		failures++;
		CHECK_INT(rc, OVI_ENOMEM);
		CHECK(ini == NULL);
		CHECK_CONTAINS(err_last(), "out of memory");
	}
	CHECK_INT(failures, 3);
}

int main(void)
{
	RUN(test_manifest);
	RUN(test_variants);
	RUN(test_empty_and_comments_only);
	RUN(test_refusals);
	RUN(test_long_line);
	RUN(test_entry_limit);
	RUN(test_alloc_failures);
	return test_summary();
}
