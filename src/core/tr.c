/* tr: see tr.h. */
#include "core/tr.h"

#include "core/err.h"
#include "core/mem.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int cmp(const void *key, const void *e)
{
	return strcmp(key, ((const tr_msg_t *)e)->id);
}

/* lang's catalogue, NULL when there is none. */
static const tr_table_t *table(const char *lang)
{
	for (const tr_table_t *t = tr_tables; lang && t->lang; t++)
		if (!strcmp(t->lang, lang))
			return t;
	return NULL;
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
	const tr_table_t *t = table(lang);
	return t ? bsearch(ctx ? key : msgid, t->e, t->n, sizeof *t->e, cmp) : NULL;
}

const char *tr(const char *lang, const char *msgid)
{
	const tr_msg_t *e = find(lang, NULL, msgid);
	return e ? e->text : msgid;
}

bool tr_has(const char *lang, const char *ctx, const char *msgid)
{
	return find(lang, ctx, msgid) != NULL;
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

/* ---- The frame's keys --------------------------------------------------- */

static int key_cmp(const void *key, const void *e)
{
	return strcmp(key, ((const tr_key_t *)e)->ctx);
}

const tr_key_t *tr_frame_key(const char *ctx)
{
	if (!ctx)
		return NULL;
	return bsearch(ctx, tr_frame_keys, tr_frame_nkeys, sizeof *tr_frame_keys, key_cmp);
}

/* The next conversion of a printf format at *p ("%d", "%1$s", "%.60s"):
 * its position (0: none given) and its length modifier and letter in conv.
 * 1 for one, 0 at the end, -1 for a "%" that ends the text or a letter
 * printf does not know. "%%" is no conversion. */
static int next_conv(const char **p, int *pos, char conv[4])
{
	for (const char *s = *p; (s = strchr(s, '%')) != NULL;) {
		s++;
		if (*s == '%') {
			s++;
			continue;
		}
		*pos = 0;
		const char *d = s;
		int n = 0;
		while (*d >= '0' && *d <= '9')
			n = n * 10 + (*d++ - '0');
		if (*d == '$' && n > 0)
			*pos = n, s = d + 1;
		s += strspn(s, "-+ #0");
		s += strspn(s, "0123456789*");
		if (*s == '.')
			s++, s += strspn(s, "0123456789*");
		int k = 0;
		while (k < 2 && *s && strchr("hlzjt", *s))
			conv[k++] = *s++;
		if (!*s || !strchr("diouxXcspfgeEaAG", *s))
			return -1;
		conv[k++] = *s++;
		conv[k] = 0;
		*p = s;
		return 1;
	}
	return 0;
}

/* The conversions of f in argument order into out (at most 16); -1 for a
 * format that mixes numbered and plain ones or numbers one twice. */
static int convs(const char *f, char out[16][4])
{
	int n = 0, pos, numbered = 0, plain = 0;
	char c[4];
	bool seen[17] = {false};
	int got;
	for (const char *p = f ? f : ""; (got = next_conv(&p, &pos, c)) != 0;) {
		if (got < 0)
			return -1;
		if (pos) {
			if (pos > 16 || seen[pos])
				return -1;
			seen[pos] = true;
			memcpy(out[pos - 1], c, 4);
			numbered++;
			n = pos > n ? pos : n;
		} else {
			if (n >= 16)
				return -1;
			memcpy(out[n++], c, 4);
			plain++;
		}
	}
	if (numbered && (plain || numbered != n))
		return -1;
	return n;
}

bool tr_same_conversions(const char *english, const char *text)
{
	char a[16][4], b[16][4];
	int na = convs(english, a), nb = convs(text, b);
	if (na < 0 || nb != na)
		return false;
	for (int i = 0; i < na; i++)
		if (strcmp(a[i], b[i]))
			return false;
	return true;
}

/* ---- The site's words ----------------------------------------------------- */

/* Every text ever installed, once (the pool: never freed before exit, so a
 * word handed out stays valid), and the site's current words: an index of
 * (key, lang) into the pool, swapped whole under the lock. */
typedef struct site_word {
	const char *key, *lang, *text;
} site_word_t;

static pthread_mutex_t site_mu = PTHREAD_MUTEX_INITIALIZER;
static site_word_t *pool;
static size_t npool, cap_pool;
static site_word_t *site;
static size_t nsite;
static char site_default[16];

static int word_cmp(const site_word_t *a, const site_word_t *b, bool with_text)
{
	int c = strcmp(a->key, b->key);
	if (!c)
		c = strcmp(a->lang, b->lang);
	if (!c && with_text)
		c = strcmp(a->text, b->text);
	return c;
}

static int pool_cmp(const void *a, const void *b)
{
	return word_cmp(a, b, true);
}

static int site_cmp(const void *a, const void *b)
{
	return word_cmp(a, b, false);
}

/* The pool's copy of w, added when new; NULL when out of memory. */
static const site_word_t *intern(const site_word_t *w)
{
	size_t lo = 0, hi = npool;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = pool_cmp(w, &pool[mid]);
		if (!c)
			return &pool[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	if (npool == cap_pool) {
		size_t cap = cap_pool ? cap_pool * 2 : 256;
		site_word_t *p = ovi_realloc(pool, cap * sizeof *p);
		if (!p)
			return NULL;
		/* The index points at the texts, not at pool entries: moving
		 * the entries is safe. */
		pool = p, cap_pool = cap;
	}
	size_t nk = strlen(w->key) + 1, nl = strlen(w->lang) + 1, nt = strlen(w->text) + 1;
	char *s = ovi_malloc(nk + nl + nt);
	if (!s)
		return NULL;
	memcpy(s, w->key, nk);
	memcpy(s + nk, w->lang, nl);
	memcpy(s + nk + nl, w->text, nt);
	memmove(&pool[lo + 1], &pool[lo], (npool - lo) * sizeof *pool);
	pool[lo] = (site_word_t){s, s + nk, s + nk + nl};
	npool++;
	return &pool[lo];
}

int tr_site_set(const char *default_lang, const tr_site_text_t *t, size_t n)
{
	site_word_t *idx = n ? ovi_calloc(n, sizeof *idx) : NULL;
	if (n && !idx)
		return OVI_ENOMEM;
	pthread_mutex_lock(&site_mu);
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (!t[i].key || !t[i].lang || !t[i].text)
			continue;
		const site_word_t *w = intern(&(site_word_t){t[i].key, t[i].lang, t[i].text});
		if (!w) {
			pthread_mutex_unlock(&site_mu);
			ovi_free(idx);
			return OVI_ENOMEM;
		}
		idx[k++] = *w; /* the pool's strings, which never move */
	}
	if (k)
		qsort(idx, k, sizeof *idx, site_cmp);
	ovi_free(site);
	site = idx, nsite = k;
	snprintf(site_default, sizeof site_default, "%s", default_lang ? default_lang : "");
	pthread_mutex_unlock(&site_mu);
	return OVI_OK;
}

const char *tr_site_get(const char *key, const char *lang)
{
	if (!key || !lang)
		return NULL;
	site_word_t want = {key, lang, NULL};
	pthread_mutex_lock(&site_mu);
	const site_word_t *w = nsite ? bsearch(&want, site, nsite, sizeof *site, site_cmp) : NULL;
	const char *text = w ? w->text : NULL;
	pthread_mutex_unlock(&site_mu);
	return text;
}

/* The site's default language into out ("" for none). */
static void site_default_lang(char out[16])
{
	pthread_mutex_lock(&site_mu);
	memcpy(out, site_default, 16);
	pthread_mutex_unlock(&site_mu);
}

/* One language's word, its form for n: the site's, else its catalogue's
 * (English: the msgid or its plural); NULL when neither has it. */
static const char *word_in(const char *lang, const tr_key_t *k, long n)
{
	const char *s = tr_site_get(k->ctx, lang);
	if (s)
		return s;
	if (!strcmp(lang, "en"))
		return k->plural && n != 1 ? k->plural : k->id;
	const tr_msg_t *e = find(lang, k->ctx, k->id);
	if (!e)
		return NULL;
	if (!e->forms || !e->nforms)
		return e->text;
	const tr_table_t *t = table(lang);
	unsigned long i =
		t && t->plural ? t->plural(n < 0 ? (unsigned long)-n : (unsigned long)n) : 0;
	return e->forms[i < (unsigned long)e->nforms ? i : (unsigned long)e->nforms - 1];
}

const char *tr_key_n(const char *lang, const tr_key_t *k, long n)
{
	if (!k->id)
		return "";
	if (!k->ctx)
		return tr(lang, k->id);
	const char *s = lang && *lang ? word_in(lang, k, n) : NULL;
	if (s)
		return s;
	char def[16];
	site_default_lang(def);
	if (*def && (!lang || strcmp(def, lang)))
		s = word_in(def, k, n);
	if (s)
		return s;
	return k->plural && n != 1 ? k->plural : k->id;
}

const char *tr_key(const char *lang, const tr_key_t *k)
{
	return tr_key_n(lang, k, 2);
}

bool tr_draft(const char *lang)
{
	const tr_table_t *t = table(lang);
	return t && t->draft;
}

bool tr_unreviewed(const char *lang, const char *ctx, const char *msgid)
{
	const tr_msg_t *e = find(lang, ctx, msgid);
	return e && e->draft;
}

bool tr_speaks(const char *lang)
{
	if (!lang || !*lang)
		return false;
	if (!strcmp(lang, "en") || table(lang))
		return true;
	bool found = false;
	pthread_mutex_lock(&site_mu);
	for (size_t i = 0; i < nsite && !found; i++)
		found = !strcmp(site[i].lang, lang);
	pthread_mutex_unlock(&site_mu);
	return found;
}
