#include "bundle/ini.h"

#include "core/err.h"
#include "core/mem.h"
#include "core/utf8.h"

#include <stdbool.h>
#include <string.h>

#define INI_MAX_LINE 4096

/* The ini_t handed out is the first member: ini_free() finds the rest. Keys,
 * values and section names point into buf, a NUL-separated copy of the text. */
typedef struct ini_store {
	ini_t pub;
	char *buf;
} ini_store_t;

static bool key_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
	       c == '_' || c == '.' || c == '-' || c == '/';
}

static bool valid_name(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!key_char(*s))
			return false;
	return true;
}

/* Trims spaces and tabs in place; returns the start. */
static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = 0;
	return s;
}

/* Refuses what a text line must not hold: invalid UTF-8, NUL and other
 * control characters (a tab is fine). */
static int check_line(const char *name, int line, const char *s, size_t n)
{
	size_t bad;
	if (!utf8_valid(s, n, &bad))
		return err_set(OVI_EREJECT,
			       "%s line %d: this is not valid UTF-8 text (at column %d); save "
			       "the file as UTF-8",
			       name, line, utf8_column(s, bad));
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0)
			return err_set(OVI_EREJECT,
				       "%s line %d: the file contains a NUL byte, so it is not a "
				       "text file (is it damaged?)",
				       name, line);
		if ((c < 0x20 && c != '\t') || c == 0x7F)
			return err_set(OVI_EREJECT,
				       "%s line %d: a control character (byte 0x%02X) at column %d "
				       "is not allowed",
				       name, line, c, utf8_column(s, i));
	}
	return 0;
}

/* Parses one line (NUL-terminated, no line end) in place. */
static int parse_line(ini_store_t *st, const char *name, int line, char *s, const char **section)
{
	ini_t *ini = &st->pub;
	s = trim(s);
	if (!*s || *s == '#' || *s == ';')
		return 0;
	if (*s == '[') {
		char *end = strchr(s, ']');
		if (!end)
			return err_set(OVI_EREJECT,
				       "%s line %d: a section name must end with ']', as in "
				       "[files]",
				       name, line);
		*end = 0;
		if (*trim(end + 1))
			return err_set(OVI_EREJECT,
				       "%s line %d: there is text after the section name's ']'",
				       name, line);
		char *sec = trim(s + 1);
		if (!valid_name(sec))
			return err_set(OVI_EREJECT,
				       "%s line %d: a section name must be letters A-Z, digits "
				       "and _ . - / only, as in [files]",
				       name, line);
		*section = sec;
		return 0;
	}
	char *eq = strchr(s, '=');
	if (!eq)
		return err_set(OVI_EREJECT,
			       "%s line %d: expected 'key = value', a [section] or a # comment",
			       name, line);
	*eq = 0;
	char *key = trim(s), *value = trim(eq + 1);
	if (!*key)
		return err_set(OVI_EREJECT, "%s line %d: there is no key before '='", name, line);
	if (!valid_name(key))
		return err_set(OVI_EREJECT,
			       "%s line %d: the key '%.100s' may only contain letters A-Z, "
			       "digits and _ . - /",
			       name, line, key);
	if (ini->n == INI_MAX_ENTRIES)
		return err_set(OVI_EREJECT,
			       "%s line %d: more than %d entries, the most a file may have", name,
			       line, INI_MAX_ENTRIES);
	ini->v[ini->n++] = (ini_entry_t){*section, key, value, line};
	return 0;
}

static int parse_all(ini_store_t *st, const char *name, size_t len)
{
	char *s = st->buf, *end = st->buf + len;
	const char *section = "";
	if (len >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
		s += 3;
	for (int line = 1; s < end; line++) {
		char *nl = memchr(s, '\n', (size_t)(end - s));
		char *eol = nl ? nl : end;
		char *next = nl ? nl + 1 : end;
		if (eol > s && eol[-1] == '\r')
			eol--;
		size_t n = (size_t)(eol - s);
		if (n > INI_MAX_LINE)
			return err_set(OVI_EREJECT,
				       "%s line %d: this line is longer than %d bytes, the most a "
				       "line may have",
				       name, line, INI_MAX_LINE);
		int rc = check_line(name, line, s, n);
		if (rc)
			return rc;
		*eol = 0;
		rc = parse_line(st, name, line, s, &section);
		if (rc)
			return rc;
		s = next;
	}
	return 0;
}

int ini_parse(const char *name, const char *data, size_t len, ini_t **out)
{
	*out = NULL;
	if (!name)
		name = "the file";
	if (!len)
		data = ""; /* callers may pass NULL for nothing */
	/* At most one entry per line: size the array once. */
	size_t lines = 1;
	for (const char *p = data, *e = data + len; len && (p = memchr(p, '\n', (size_t)(e - p)));
	     p++)
		lines++;
	size_t cap = lines < INI_MAX_ENTRIES ? lines : INI_MAX_ENTRIES;
	ini_store_t *st = ovi_calloc(1, sizeof *st);
	if (!st)
		return err_set(OVI_ENOMEM, "%s: out of memory", name);
	st->pub.priv = st;
	st->buf = ovi_malloc(len + 1);
	st->pub.v = ovi_malloc(cap * sizeof(ini_entry_t));
	if (!st->buf || !st->pub.v) {
		ini_free(&st->pub);
		return err_set(OVI_ENOMEM, "%s: out of memory", name);
	}
	if (len)
		memcpy(st->buf, data, len);
	st->buf[len] = 0;
	int rc = parse_all(st, name, len);
	if (rc) {
		ini_free(&st->pub);
		return rc;
	}
	*out = &st->pub;
	return 0;
}

void ini_free(ini_t *ini)
{
	if (!ini)
		return;
	ini_store_t *st = ini->priv;
	ovi_free(ini->v);
	ovi_free(st->buf);
	ovi_free(st);
}

const char *ini_get(const ini_t *ini, const char *section, const char *key)
{
	if (!ini || !key)
		return NULL;
	if (!section)
		section = "";
	for (int i = ini->n - 1; i >= 0; i--)
		if (!strcmp(ini->v[i].key, key) && !strcmp(ini->v[i].section, section))
			return ini->v[i].value;
	return NULL;
}
