/*
 * mem: allocation that can be made to fail (see fault.h) and that never
 * returns NULL silently: callers check and set an OVI_ENOMEM error.
 */
#ifndef OVI_CORE_MEM_H
#define OVI_CORE_MEM_H

#include <stddef.h>

void *ovi_malloc(size_t n);
void *ovi_calloc(size_t n, size_t size);
void *ovi_realloc(void *p, size_t n);
char *ovi_strdup(const char *s);
char *ovi_strndup(const char *s, size_t n);
void ovi_free(void *p);

/*
 * An arena: many small allocations freed at once. Used for a parsed bundle,
 * whose thousands of strings all die together.
 */
typedef struct arena arena_t;
arena_t *arena_new(void);
void *arena_alloc(arena_t *a, size_t n); /* zeroed; NULL when out of memory */
char *arena_strdup(arena_t *a, const char *s);
char *arena_strndup(arena_t *a, const char *s, size_t n);
void arena_free(arena_t *a); /* accepts NULL */

#endif
