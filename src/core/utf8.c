/*
 * utf8: validation, decoding and, through utf8proc, case and normalisation.
 * The hand-written parts are the ones that must never allocate or fail
 * (validation, decoding, encoding); everything that needs the Unicode
 * character database comes from utf8proc.
 */
#include "core/utf8.h"

#include "core/mem.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

bool utf8_valid(const char *str, size_t n, size_t *bad_at)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t i = 0;
	while (i < n) {
		unsigned c = s[i];
		size_t len;
		uint32_t cp, min;
		if (c < 0x80) {
			i++;
			continue;
		} else if ((c & 0xE0) == 0xC0) {
			len = 2, cp = c & 0x1F, min = 0x80;
		} else if ((c & 0xF0) == 0xE0) {
			len = 3, cp = c & 0x0F, min = 0x800;
		} else if ((c & 0xF8) == 0xF0) {
			len = 4, cp = c & 0x07, min = 0x10000;
		} else {
			goto bad;
		}
		if (i + len > n)
			goto bad;
		for (size_t k = 1; k < len; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				goto bad;
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			goto bad;
		i += len;
	}
	return true;
bad:
	if (bad_at)
		*bad_at = i;
	return false;
}

uint32_t utf8_next(const char **sp, const char *end)
{
	const unsigned char *s = (const unsigned char *)*sp;
	const unsigned char *e = (const unsigned char *)end;
	if (s >= e)
		return 0;
	size_t avail = (size_t)(e - s), len;
	if (s[0] < 0x80)
		len = 1;
	else if ((s[0] & 0xE0) == 0xC0)
		len = 2;
	else if ((s[0] & 0xF0) == 0xE0)
		len = 3;
	else if ((s[0] & 0xF8) == 0xF0)
		len = 4;
	else
		len = 0;
	size_t bad;
	if (len == 0 || len > avail || !utf8_valid((const char *)s, len, &bad)) {
		*sp += 1;
		return 0xFFFD;
	}
	uint32_t cp;
	if (len == 1)
		cp = s[0];
	else if (len == 2)
		cp = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu);
	else if (len == 3)
		cp = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu);
	else
		cp = ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
		     (s[3] & 0x3Fu);
	*sp += len;
	return cp;
}

int utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	} else if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	} else if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t utf8_len(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

uint32_t utf8_tolower(uint32_t c)
{
	return c > 0x10FFFF ? c : (uint32_t)utf8proc_tolower((utf8proc_int32_t)c);
}

uint32_t utf8_toupper(uint32_t c)
{
	return c > 0x10FFFF ? c : (uint32_t)utf8proc_toupper((utf8proc_int32_t)c);
}

size_t utf8_lower(const char *s, char *out, size_t cap)
{
	const char *end = s + strlen(s);
	size_t n = 0;
	while (s < end) {
		char buf[4];
		int k = utf8_encode(utf8_tolower(utf8_next(&s, end)), buf);
		if (n + (size_t)k + 1 > cap)
			break;
		memcpy(out + n, buf, (size_t)k);
		n += (size_t)k;
	}
	if (cap)
		out[n] = 0;
	return n;
}

int utf8_column(const char *line, size_t off)
{
	int col = 1;
	for (size_t i = 0; i < off && line[i]; i++)
		if (((unsigned char)line[i] & 0xC0) != 0x80)
			col++;
	return col;
}

/* A copy of s[0..n) in which each malformed sequence is U+FFFD. */
static char *sanitised(const char *s, size_t n)
{
	char *out = ovi_malloc(n * 3 + 1);
	if (!out)
		return NULL;
	const char *p = s, *end = s + n;
	size_t k = 0;
	while (p < end)
		k += (size_t)utf8_encode(utf8_next(&p, end), out + k);
	out[k] = 0;
	return out;
}

static char *map(const char *s, size_t n, size_t *out_len, int options)
{
	if (out_len)
		*out_len = 0;
	char *fixed = NULL;
	if (!utf8_valid(s, n, NULL)) {
		if (!(fixed = sanitised(s, n)))
			return NULL;
		s = fixed;
		n = strlen(fixed);
	}
	utf8proc_uint8_t *m = NULL;
	utf8proc_ssize_t len = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &m,
					    (utf8proc_option_t)options);
	ovi_free(fixed);
	if (len < 0) {
		free(m);
		return NULL;
	}
	/* Into ovi_malloc memory: callers free as they free everything else, and
	 * fault injection reaches this allocation too. */
	char *out = ovi_strndup((const char *)m, (size_t)len);
	free(m);
	if (out && out_len)
		*out_len = (size_t)len;
	return out;
}

char *utf8_fold(const char *s, size_t n, size_t *out_len)
{
	return map(s, n, out_len,
		   UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
}

char *utf8_nfc(const char *s, size_t n, size_t *out_len)
{
	return map(s, n, out_len, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
}

bool utf8_is_word_char(uint32_t cp)
{
	if (cp > 0x10FFFF)
		return false;
	switch (utf8proc_category((utf8proc_int32_t)cp)) {
	case UTF8PROC_CATEGORY_LU:
	case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT:
	case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO:
	case UTF8PROC_CATEGORY_MN:
	case UTF8PROC_CATEGORY_MC:
	case UTF8PROC_CATEGORY_ME:
	case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL:
	case UTF8PROC_CATEGORY_NO:
		return true;
	default:
		return false;
	}
}

bool utf8_is_mark(uint32_t cp)
{
	if (cp > 0x10FFFF)
		return false;
	utf8proc_category_t c = utf8proc_category((utf8proc_int32_t)cp);
	return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}
