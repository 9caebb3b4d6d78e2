#include "core/mem.h"

#include "core/fault.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void *ovi_malloc(size_t n)
{
	if (fault_hit(FAULT_ALLOC))
		return NULL;
	return malloc(n ? n : 1);
}

void *ovi_calloc(size_t n, size_t size)
{
	if (fault_hit(FAULT_ALLOC))
		return NULL;
	return calloc(n ? n : 1, size ? size : 1);
}

void *ovi_realloc(void *p, size_t n)
{
	if (fault_hit(FAULT_ALLOC))
		return NULL;
	return realloc(p, n ? n : 1);
}

char *ovi_strndup(const char *s, size_t n)
{
	char *d = ovi_malloc(n + 1);
	if (!d)
		return NULL;
	memcpy(d, s, n);
	d[n] = 0;
	return d;
}

char *ovi_strdup(const char *s)
{
	return ovi_strndup(s, strlen(s));
}

void ovi_free(void *p)
{
	free(p);
}

typedef struct chunk {
	struct chunk *next;
	size_t used, cap;
	max_align_t data[];
} chunk_t;

struct arena {
	chunk_t *head;
};

arena_t *arena_new(void)
{
	return ovi_calloc(1, sizeof(arena_t));
}

void *arena_alloc(arena_t *a, size_t n)
{
	n = (n + sizeof(max_align_t) - 1) & ~(sizeof(max_align_t) - 1);
	if (!n)
		n = sizeof(max_align_t);
	chunk_t *c = a->head;
	if (!c || c->cap - c->used < n) {
		size_t cap = n > 65536 ? n : 65536;
		c = ovi_malloc(sizeof(chunk_t) + cap);
		if (!c)
			return NULL;
		c->cap = cap;
		c->used = 0;
		c->next = a->head;
		a->head = c;
	}
	void *p = (char *)c->data + c->used;
	c->used += n;
	memset(p, 0, n);
	return p;
}

char *arena_strndup(arena_t *a, const char *s, size_t n)
{
	char *d = arena_alloc(a, n + 1);
	if (!d)
		return NULL;
	memcpy(d, s, n);
	d[n] = 0;
	return d;
}

char *arena_strdup(arena_t *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

void arena_free(arena_t *a)
{
	if (!a)
		return;
	for (chunk_t *c = a->head, *next; c; c = next) {
		next = c->next;
		free(c);
	}
	free(a);
}
