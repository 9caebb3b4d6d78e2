#include "model/content.h"

#include <string.h>

const char *content_tr_exact(const tr_t *t, const char *lang)
{
	for (int i = 0; i < t->n; i++)
		if (strcmp(t->v[i].lang, lang) == 0 && t->v[i].text && t->v[i].text[0])
			return t->v[i].text;
	return NULL;
}

const char *content_tr_get(const tr_t *t, const char *lang, const char *def)
{
	const char *s = lang ? content_tr_exact(t, lang) : NULL;
	if (!s && def)
		s = content_tr_exact(t, def);
	if (!s && t->n > 0 && t->v[0].text)
		s = t->v[0].text;
	return s ? s : "";
}

static const char *wheel_names[WHEEL_COUNT] = {
	"", "work", "money", "freetime", "studies", "wellbeing", "housing",
};

int content_wheel_parse(const char *s)
{
	if (!s || !*s)
		return WHEEL_NONE;
	for (int i = 1; i < WHEEL_COUNT; i++)
		if (strcmp(s, wheel_names[i]) == 0)
			return i;
	return -1;
}

const char *content_wheel_name(wheel_t w)
{
	return w < WHEEL_COUNT ? wheel_names[w] : "";
}

content_t *content_new(void)
{
	arena_t *a = arena_new();
	if (!a)
		return NULL;
	content_t *c = arena_alloc(a, sizeof *c);
	if (!c) {
		arena_free(a);
		return NULL;
	}
	c->arena = a;
	return c;
}

void content_free(content_t *c)
{
	if (c)
		arena_free(c->arena);
}
