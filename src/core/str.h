/*
 * str: a growable byte buffer and the few string helpers C lacks.
 */
#ifndef OVI_CORE_STR_H
#define OVI_CORE_STR_H

#include <stdbool.h>
#include <stddef.h>

typedef struct strbuf {
	char *s; /* NUL-terminated; NULL until the first append */
	size_t len, cap;
	bool oom; /* an append failed; the buffer holds what fitted before */
} strbuf_t;

void sb_append(strbuf_t *b, const char *s);
void sb_appendn(strbuf_t *b, const char *s, size_t n);
void sb_printf(strbuf_t *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_putc(strbuf_t *b, char c);
/* Never NULL: "" for an empty buffer. Borrowed. */
const char *sb_str(const strbuf_t *b);
void sb_reset(strbuf_t *b); /* keeps the memory */
void sb_free(strbuf_t *b);  /* accepts a zeroed buffer */

bool str_eq_nocase(const char *a, const char *b); /* ASCII case folding */
bool str_starts_with(const char *s, const char *prefix);
bool str_ends_with(const char *s, const char *suffix);

/* Copies src (NULL: "") into dst of cap bytes whole, or nothing when it does
 * not fit: a cut id is a different id, so an id too long is no id at all. */
void str_copy_whole(char *dst, size_t cap, const char *src);

/* A table of names indexed by an enum (the screens' names): names[i] for
 * 0 <= i < n when set, else "?"; and the index of name, or -1. */
const char *str_name(const char *const *names, int n, int i);
int str_name_index(const char *const *names, int n, const char *name);
/* Trims ASCII whitespace in place; returns s. */
char *str_trim(char *s);
/* Copies at most cap-1 bytes without cutting a UTF-8 sequence; NUL-terminates. */
size_t str_copy(char *dst, size_t cap, const char *src);

#endif
