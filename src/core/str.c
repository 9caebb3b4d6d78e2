#include "core/str.h"

#include "core/mem.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static bool sb_grow(strbuf_t *b, size_t extra)
{
	if (b->oom)
		return false;
	if (b->len + extra + 1 <= b->cap)
		return true;
	size_t cap = b->cap ? b->cap : 64;
	while (cap < b->len + extra + 1)
		cap *= 2;
	char *s = ovi_realloc(b->s, cap);
	if (!s) {
		b->oom = true;
		return false;
	}
	b->s = s;
	b->cap = cap;
	return true;
}

void sb_appendn(strbuf_t *b, const char *s, size_t n)
{
	if (!sb_grow(b, n))
		return;
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = 0;
}

void sb_append(strbuf_t *b, const char *s)
{
	sb_appendn(b, s, strlen(s));
}

void sb_putc(strbuf_t *b, char c)
{
	sb_appendn(b, &c, 1);
}

void sb_printf(strbuf_t *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0 || !sb_grow(b, (size_t)n))
		return;
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

const char *sb_str(const strbuf_t *b)
{
	return b->s ? b->s : "";
}

void sb_reset(strbuf_t *b)
{
	b->len = 0;
	b->oom = false;
	if (b->s)
		b->s[0] = 0;
}

void sb_free(strbuf_t *b)
{
	ovi_free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
	b->oom = false;
}

bool str_eq_nocase(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
			return false;
	return *a == *b;
}

bool str_starts_with(const char *s, const char *p)
{
	return strncmp(s, p, strlen(p)) == 0;
}

bool str_ends_with(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);
	return n >= m && memcmp(s + n - m, suf, m) == 0;
}

char *str_trim(char *s)
{
	char *p = s;
	while (*p && isspace((unsigned char)*p))
		p++;
	size_t n = strlen(p);
	while (n && isspace((unsigned char)p[n - 1]))
		n--;
	memmove(s, p, n);
	s[n] = 0;
	return s;
}

size_t str_copy(char *dst, size_t cap, const char *src)
{
	if (!cap)
		return 0;
	size_t n = strlen(src);
	if (n >= cap) {
		n = cap - 1;
		while (n && ((unsigned char)src[n] & 0xC0) == 0x80)
			n--;
	}
	memcpy(dst, src, n);
	dst[n] = 0;
	return n;
}

void str_copy_whole(char *dst, size_t cap, const char *src)
{
	size_t n = src ? strlen(src) : 0;
	if (n >= cap)
		n = 0;
	memcpy(dst, src ? src : "", n);
	dst[n] = 0;
}

const char *str_name(const char *const *names, int n, int i)
{
	return i >= 0 && i < n && names[i] ? names[i] : "?";
}

int str_name_index(const char *const *names, int n, const char *name)
{
	for (int i = 0; name && i < n; i++)
		if (names[i] && !strcmp(names[i], name))
			return i;
	return -1;
}
