/* tr: see tr.h. */
#include "core/tr.h"

#include <stdlib.h>
#include <string.h>

static int cmp(const void *key, const void *e)
{
	return strcmp(key, ((const tr_msg_t *)e)->id);
}

const char *tr(const char *lang, const char *msgid)
{
	if (!lang || !msgid)
		return msgid;
	for (const tr_table_t *t = tr_tables; t->lang; t++) {
		if (strcmp(t->lang, lang))
			continue;
		const tr_msg_t *e = bsearch(msgid, t->e, t->n, sizeof *t->e, cmp);
		return e ? e->text : msgid;
	}
	return msgid;
}

/* The catalogue entry of (ctx, msgid) in lang, or NULL. */
static const tr_msg_t *find(const char *lang, const char *ctx, const char *msgid)
{
	char key[4096];
	if (!lang || !msgid)
		return NULL;
	if (ctx) {
		size_t nc = strlen(ctx), ni = strlen(msgid);
		if (nc + 1 + ni >= sizeof key)
			return NULL;
		memcpy(key, ctx, nc);
		key[nc] = '\004';
		memcpy(key + nc + 1, msgid, ni + 1);
	}
	for (const tr_table_t *t = tr_tables; t->lang; t++)
		if (!strcmp(t->lang, lang))
			return bsearch(ctx ? key : msgid, t->e, t->n, sizeof *t->e, cmp);
	return NULL;
}

const char *tr_ctx(const char *lang, const char *ctx, const char *msgid)
{
	const tr_msg_t *e = find(lang, ctx, msgid);
	return e ? e->text : msgid;
}

bool tr_has(const char *lang, const char *ctx, const char *msgid)
{
	return find(lang, ctx, msgid) != NULL;
}

const char *tr_key(const char *lang, const tr_key_t *k)
{
	if (!k->id)
		return "";
	/* English is the msgid itself; every other language from its catalogue,
	 * falling back to English word by word. */
	return tr_ctx(lang, k->ctx, k->id);
}

tr_frame_t tr_frame(const char *lang)
{
	if (lang && !strcmp(lang, "fi"))
		return TR_FRAME_FI;
	if (lang && !strcmp(lang, "sv"))
		return TR_FRAME_SV;
	return TR_FRAME_EN;
}

const char *tr_env_lang(void)
{
	static const char *const vars[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};
	for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
		const char *v = getenv(vars[i]);
		if (!v || !*v)
			continue;
		if (!strncmp(v, "fi", 2))
			return "fi";
		if (!strncmp(v, "sv", 2))
			return "sv";
		return "en";
	}
	return "en";
}
