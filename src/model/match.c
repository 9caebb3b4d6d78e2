/*
 * match: the one text matcher (see match.h for the rules). Normalisation
 * is utf8proc's (core/utf8.c), inflection Snowball's (libstemmer); what is
 * written here is the part no library has: cutting words, the colloquial
 * forms (match_lex.c), the word and phrase rules, and the edit distance.
 */
#include "model/match_internal.h"

#include "core/err.h"
#include "core/str.h"
#include "core/utf8.h"

#include <libstemmer.h>
#include <string.h>

#define MAX_PHRASE_WORDS 12
#define PHRASE_GAP	 2 /* other words allowed among a phrase's words */
#define MAX_TEXT_WORDS	 400

typedef struct phrase {
	match_words_t w;
} phrase_t;

typedef struct plist {
	phrase_t *v;
	int n, cap;
} plist_t;

struct match {
	struct sb_stemmer *st[MATCH_MAX_LANGS];
	char lang[MATCH_MAX_LANGS][8];
	int nlangs;
	arena_t *arena; /* the lists' words */
	plist_t list[MATCH_LISTS];
};

static void add_lang(match_t *mt, const char *code)
{
	if (!code || !*code || mt->nlangs >= MATCH_MAX_LANGS || match_lang_index(mt, code) >= 0)
		return;
	char low[8];
	size_t n = utf8_lower(code, low, sizeof low);
	if (n == 0 || n >= sizeof low - 1)
		return;
	struct sb_stemmer *st = sb_stemmer_new(low, "UTF_8");
	/* A language Snowball does not know still gets its slot, without a
	 * stem, so that callers can name it. */
	mt->st[mt->nlangs] = st;
	str_copy(mt->lang[mt->nlangs], sizeof mt->lang[0], low);
	mt->nlangs++;
}

int match_new(const char *const *langs, int nlangs, match_t **out)
{
	*out = NULL;
	match_t *mt = ovi_calloc(1, sizeof *mt);
	if (!mt || !(mt->arena = arena_new())) {
		ovi_free(mt);
		return err_set(OVI_ENOMEM, "out of memory making the word matcher");
	}
	static const char *const base[] = {"fi", "sv", "en"};
	for (int i = 0; i < 3; i++)
		add_lang(mt, base[i]);
	for (int i = 0; i < nlangs; i++)
		add_lang(mt, langs[i]);
	*out = mt;
	return OVI_OK;
}

void match_free(match_t *mt)
{
	if (!mt)
		return;
	for (int i = 0; i < mt->nlangs; i++)
		if (mt->st[i])
			sb_stemmer_delete(mt->st[i]);
	for (int l = 0; l < MATCH_LISTS; l++)
		ovi_free(mt->list[l].v);
	arena_free(mt->arena);
	ovi_free(mt);
}

int match_langs(const match_t *mt, const char **langs, int cap)
{
	int n = 0;
	for (int i = 0; i < mt->nlangs && n < cap; i++)
		langs[n++] = mt->lang[i];
	return n;
}

int match_lang_index(const match_t *mt, const char *lang)
{
	for (int i = 0; lang && i < mt->nlangs; i++)
		if (strcmp(mt->lang[i], lang) == 0)
			return i;
	return -1;
}

/* ---- cutting text into words ------------------------------------------- */

typedef struct wbuf {
	match_word_t *v;
	int n, cap;
	bool oom;
} wbuf_t;

static uint32_t *decode(arena_t *a, const char *s, int *n)
{
	size_t len = strlen(s);
	uint32_t *cp = arena_alloc(a, (len + 1) * sizeof *cp);
	*n = 0;
	if (!cp)
		return NULL;
	const char *p = s, *end = s + len;
	while (p < end)
		cp[(*n)++] = utf8_next(&p, end);
	return cp;
}

static const char *lex_lookup(const char *w)
{
	for (const match_lex_t *e = match_colloquial; e->from; e++)
		if (e->from[0] == w[0] && strcmp(e->from, w) == 0)
			return e->to;
	return NULL;
}

/* Adds one word (folded, letters only) with its forms. */
static void push_word(match_t *mt, arena_t *a, wbuf_t *b, const char *word, const char *alt,
		      unsigned mask)
{
	if (b->oom || b->n >= MAX_TEXT_WORDS)
		return;
	if (b->n == b->cap) {
		int cap = b->cap ? b->cap * 2 : 16;
		match_word_t *v = arena_alloc(a, (size_t)cap * sizeof *v);
		if (!v) {
			b->oom = true;
			return;
		}
		if (b->n)
			memcpy(v, b->v, (size_t)b->n * sizeof *v);
		b->v = v;
		b->cap = cap;
	}
	match_word_t *w = &b->v[b->n];
	memset(w, 0, sizeof *w);
	w->word = arena_strdup(a, word);
	if (!alt)
		alt = match_negation_lemma(word);
	if (alt && strcmp(alt, word) != 0)
		w->alt = arena_strdup(a, alt);
	if (!w->word || (alt && !w->alt && strcmp(alt, word) != 0) ||
	    !(w->cp = decode(a, w->word, &w->ncp))) {
		b->oom = true;
		return;
	}
	if (w->alt && !(w->alt_cp = decode(a, w->alt, &w->nalt))) {
		b->oom = true;
		return;
	}
	/* The standard form stems better than the spoken one. */
	const char *base = w->alt ? w->alt : w->word;
	for (int i = 0; i < mt->nlangs; i++) {
		if (!mt->st[i] || !(mask & (1u << i)))
			continue;
		const sb_symbol *s =
			sb_stemmer_stem(mt->st[i], (const sb_symbol *)base, (int)strlen(base));
		if (!s) {
			b->oom = true;
			return;
		}
		int len = sb_stemmer_length(mt->st[i]);
		if (!(w->stem[i] = arena_strndup(a, (const char *)s, (size_t)len))) {
			b->oom = true;
			return;
		}
		if (!(w->stem_cp[i] = decode(a, w->stem[i], &w->nstem[i]))) {
			b->oom = true;
			return;
		}
	}
	b->n++;
}

/* One raw word: its colloquial form may stand for several words. */
static void add_raw(match_t *mt, arena_t *a, wbuf_t *b, const char *raw, unsigned mask)
{
	const char *to = lex_lookup(raw);
	if (to && strchr(to, ' ')) {
		char part[MATCH_MAX_WORD * 4 + 1];
		for (const char *p = to; *p;) {
			const char *sp = strchr(p, ' ');
			size_t n = sp ? (size_t)(sp - p) : strlen(p);
			if (n >= sizeof part)
				n = sizeof part - 1;
			memcpy(part, p, n);
			part[n] = 0;
			push_word(mt, a, b, part, NULL, mask);
			p += n;
			while (*p == ' ')
				p++;
		}
		return;
	}
	push_word(mt, a, b, raw, to, mask);
}

static bool is_apostrophe(uint32_t c)
{
	return c == '\'' || c == 0x2019 || c == 0x02BC || c == 0x2018 || c == '`' || c == 0xB4;
}

/* Cuts folded text into words. leet: look-alike digits and signs are
 * letters. joined: the whole text is one word (nicknames: "pa ska"). */
static int cut(match_t *mt, arena_t *a, const char *text, unsigned mask, bool leet, bool joined,
	       match_words_t *out)
{
	out->v = NULL;
	out->n = 0;
	size_t flen;
	char *f = utf8_fold(text ? text : "", text ? strlen(text) : 0, &flen);
	if (!f)
		return err_set(OVI_ENOMEM, "out of memory reading a text");
	wbuf_t b = {0};
	char word[MATCH_MAX_WORD * 4 + 1];
	size_t wn = 0;
	int wcp = 0;
	const char *p = f, *end = f + flen;
	for (;;) {
		uint32_t c = p < end ? utf8_next(&p, end) : 0;
		if (leet)
			c = match_leet(c);
		if (c && utf8_is_word_char(c)) {
			if (wcp < MATCH_MAX_WORD) {
				wn += (size_t)utf8_encode(c, word + wn);
				wcp++;
			}
			continue;
		}
		/* An apostrophe inside a word is dropped: "don't" is "dont". */
		if (c && is_apostrophe(c) && wn && p < end) {
			const char *q = p;
			uint32_t next = utf8_next(&q, end);
			/* Not before a mark: it would join the letter before the
			 * apostrophe and the text would no longer be NFC. */
			next = leet ? match_leet(next) : next;
			if (utf8_is_word_char(next) && !utf8_is_mark(next))
				continue;
		}
		if (c && joined)
			continue;
		if (wn) {
			word[wn] = 0;
			add_raw(mt, a, &b, word, mask);
			wn = 0;
			wcp = 0;
		}
		if (!c && p >= end)
			break;
	}
	ovi_free(f);
	if (b.oom)
		return err_set(OVI_ENOMEM, "out of memory reading a text");
	out->v = b.v;
	out->n = b.n;
	return OVI_OK;
}

int match_words(match_t *mt, arena_t *a, const char *text, unsigned lang_mask, match_words_t *out)
{
	return cut(mt, a, text, lang_mask, false, false, out);
}

/* ---- comparing words ---------------------------------------------------- */

int match_distance(const uint32_t *a, int na, const uint32_t *b, int nb, int limit)
{
	if (na - nb > limit || nb - na > limit)
		return limit + 1;
	if (na > MATCH_MAX_WORD || nb > MATCH_MAX_WORD)
		return limit + 1;
	int rows[3][MATCH_MAX_WORD + 1];
	int *pp = rows[0], *prev = rows[1], *cur = rows[2];
	for (int j = 0; j <= nb; j++)
		prev[j] = j;
	for (int i = 1; i <= na; i++) {
		cur[0] = i;
		int best = cur[0];
		for (int j = 1; j <= nb; j++) {
			int cost = a[i - 1] != b[j - 1];
			int v = prev[j] + 1;
			if (cur[j - 1] + 1 < v)
				v = cur[j - 1] + 1;
			if (prev[j - 1] + cost < v)
				v = prev[j - 1] + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    pp[j - 2] + 1 < v)
				v = pp[j - 2] + 1;
			cur[j] = v;
			if (v < best)
				best = v;
		}
		if (best > limit)
			return limit + 1;
		int *t = pp;
		pp = prev;
		prev = cur;
		cur = t;
	}
	return prev[nb] > limit ? limit + 1 : prev[nb];
}

static bool eq(const char *a, const char *b)
{
	return a && b && a[0] == b[0] && strcmp(a, b) == 0;
}

static bool starts(const char *s, const char *prefix)
{
	return s && prefix && strncmp(s, prefix, strlen(prefix)) == 0;
}

/* Inside s, not at its start (that is a prefix). */
static bool inside(const char *s, const char *part)
{
	return s && part && s[0] && strstr(s + 1, part) != NULL;
}

/* Edits allowed in words of n letters; none below min (5, or 6 for
 * blocked words, see match_find()). */
static int typo_limit(int n, int min)
{
	return n >= 8 ? 2 : n >= min ? 1 : 0;
}

/* Rules 4 and 5 for one pair of forms: stems alike but for their last
 * letter (only when both are stems or the index's), else a typo. */
static match_quality_t near(const uint32_t *a, int na, const uint32_t *b, int nb, int k, bool stems)
{
	if (stems && na >= 4 && nb >= 4) {
		int shorter = na < nb ? na : nb, common = 0;
		while (common < shorter && a[common] == b[common])
			common++;
		if (common >= shorter - 1 && common >= 4 && (na > nb ? na - nb : nb - na) <= 2)
			return MATCH_INFLECTED;
	}
	if (k && na >= 4 && nb >= 4 && match_distance(a, na, b, nb, k) <= k)
		return MATCH_TYPO;
	return MATCH_NONE;
}

static match_quality_t better(match_quality_t a, match_quality_t b)
{
	return a > b ? a : b;
}

static match_quality_t pair(const match_word_t *q, const match_word_t *w, bool both_ways,
			    int typo_min)
{
	/* 1. the same word, standard form or stem */
	if (eq(q->word, w->word) || eq(q->alt, w->word) || eq(q->word, w->alt) ||
	    eq(q->alt, w->alt))
		return MATCH_SAME;
	bool index_word = true; /* w has no stems: an index word, itself a stem or a word */
	for (int i = 0; i < MATCH_MAX_LANGS; i++)
		index_word &= w->stem[i] == NULL;
	for (int i = 0; i < MATCH_MAX_LANGS; i++)
		if (eq(q->stem[i], w->stem[i]) || (index_word && eq(q->stem[i], w->word)))
			return MATCH_STEM;
	/* 2. the typed word starts with the listed one or its stem */
	if (w->ncp >= 4 && (starts(q->word, w->word) || starts(q->alt, w->word)))
		return MATCH_PREFIX;
	for (int i = 0; i < MATCH_MAX_LANGS; i++)
		if (w->nstem[i] >= 4 && (starts(q->word, w->stem[i]) || starts(q->alt, w->stem[i])))
			return MATCH_PREFIX;
	if (both_ways && q->ncp >= 3 && starts(w->word, q->word))
		return MATCH_TYPING;
	/* 3. a part of a compound */
	if (w->ncp >= 4 && (inside(q->word, w->word) || inside(q->alt, w->word)))
		return MATCH_PART;
	for (int i = 0; i < MATCH_MAX_LANGS; i++)
		if (w->nstem[i] >= 4 && inside(q->word, w->stem[i]))
			return MATCH_PART;
	if (both_ways) {
		if (q->ncp >= 4 && inside(w->word, q->word))
			return MATCH_PART;
		for (int i = 0; i < MATCH_MAX_LANGS; i++)
			if (q->nstem[i] >= 4 && inside(w->word, q->stem[i]))
				return MATCH_PART;
	}
	/* 4. and 5. inflected otherwise, or a typo: in the words, in their
	 * stems (the same language's), or a stem against an index word. */
	int k = typo_limit(q->ncp < w->ncp ? q->ncp : w->ncp, typo_min);
	match_quality_t best = near(q->cp, q->ncp, w->cp, w->ncp, k, false);
	if (q->alt_cp)
		best = better(best, near(q->alt_cp, q->nalt, w->cp, w->ncp, k, false));
	if (w->alt_cp)
		best = better(best, near(q->cp, q->ncp, w->alt_cp, w->nalt, k, false));
	for (int i = 0; i < MATCH_MAX_LANGS && best < MATCH_INFLECTED; i++) {
		if (!q->stem_cp[i])
			continue;
		if (w->stem_cp[i])
			best = better(best, near(q->stem_cp[i], q->nstem[i], w->stem_cp[i],
						 w->nstem[i], k, true));
		else if (index_word)
			best = better(best,
				      near(q->stem_cp[i], q->nstem[i], w->cp, w->ncp, k, true));
	}
	return best;
}

match_quality_t match_word_pair(const match_word_t *q, const match_word_t *w, bool both_ways)
{
	return pair(q, w, both_ways, 5);
}

bool match_stopword(const match_word_t *w)
{
	for (int i = 0; match_stopwords[i]; i++)
		if (eq(w->word, match_stopwords[i]) || eq(w->alt, match_stopwords[i]))
			return true;
	return false;
}

/* ---- phrases ------------------------------------------------------------- */

int match_add(match_t *mt, match_list_t list, const char *phrase)
{
	if (list < 0 || list >= MATCH_LISTS)
		return err_set(OVI_EUSAGE, "match_add: no such list");
	match_words_t w;
	int rc = cut(mt, mt->arena, phrase, ~0u, false, false, &w);
	if (rc < 0)
		return rc;
	if (w.n == 0)
		return OVI_OK;
	if (w.n > MAX_PHRASE_WORDS)
		w.n = MAX_PHRASE_WORDS;
	plist_t *l = &mt->list[list];
	if (l->n == l->cap) {
		int cap = l->cap ? l->cap * 2 : 32;
		phrase_t *v = ovi_realloc(l->v, (size_t)cap * sizeof *v);
		if (!v)
			return err_set(OVI_ENOMEM, "out of memory reading the word list");
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++].w = w;
	return OVI_OK;
}

int match_count(const match_t *mt, match_list_t list)
{
	return list >= 0 && list < MATCH_LISTS ? mt->list[list].n : 0;
}

/* Kuhn's augmenting path: can phrase word j take a position of the window
 * [lo, lo + w), moving the words already placed if need be? */
static bool augment(const unsigned char *hits, int n, int j, int lo, int w, int *owner,
		    unsigned *seen)
{
	for (int p = 0; p < w; p++) {
		if (!hits[j * n + lo + p] || (*seen & (1u << p)))
			continue;
		*seen |= 1u << p;
		if (owner[p] < 0 || augment(hits, n, owner[p], lo, w, owner, seen)) {
			owner[p] = j;
			return true;
		}
	}
	return false;
}

/* Can the k phrase words take distinct positions (hits[j * n + i]) that lie
 * within limit of each other? A matching in each window of limit + 1
 * words: polynomial, whatever the text (a phrase of one word said twelve
 * times, a text of the same word four hundred times). */
static bool place(const unsigned char *hits, int n, int k, int limit)
{
	int owner[MAX_PHRASE_WORDS + PHRASE_GAP + 1];
	for (int lo = 0; lo < n; lo++) {
		int w = n - lo < limit + 1 ? n - lo : limit + 1;
		if (w < k)
			break;
		for (int p = 0; p < w; p++)
			owner[p] = -1;
		int j = 0;
		for (; j < k; j++) {
			unsigned seen = 0;
			if (!augment(hits, n, j, lo, w, owner, &seen))
				break;
		}
		if (j == k)
			return true;
	}
	return false;
}

static bool phrase_in(const phrase_t *p, const match_words_t *t, int typo_min, unsigned char *hits)
{
	int k = p->w.n, n = t->n;
	if (k > n)
		return false;
	for (int j = 0; j < k; j++) {
		bool any = false;
		for (int i = 0; i < n; i++) {
			hits[j * n + i] = pair(&t->v[i], &p->w.v[j], false, typo_min) != MATCH_NONE;
			any |= hits[j * n + i];
		}
		if (!any)
			return false;
	}
	return place(hits, n, k, k - 1 + PHRASE_GAP);
}

static int find_in(const plist_t *l, const match_words_t *t, int typo_min)
{
	if (t->n == 0)
		return -1;
	unsigned char *hits = ovi_malloc((size_t)t->n * MAX_PHRASE_WORDS);
	if (!hits)
		return -2;
	int found = -1;
	for (int i = 0; i < l->n && found < 0; i++)
		if (phrase_in(&l->v[i], t, typo_min, hits))
			found = i;
	ovi_free(hits);
	return found;
}

int match_find(match_t *mt, match_list_t list, const char *text)
{
	if (!mt || list < 0 || list >= MATCH_LISTS || !text || !*text)
		return -1;
	const plist_t *l = &mt->list[list];
	if (l->n == 0)
		return -1;
	/* Out of memory: a crisis is assumed (help shown for nothing is the
	 * lesser failure); a nickname is let through (the model's own check
	 * runs inside its transaction). */
	int oom = list == MATCH_CRISIS ? 0 : -1;
	arena_t *a = arena_new();
	if (!a)
		return oom;
	int found = -1;
	int passes = list == MATCH_BLOCKED ? 4 : 1;
	for (int pass = 0; pass < passes && found == -1; pass++) {
		match_words_t t;
		if (cut(mt, a, text, ~0u, pass & 1, pass >= 2, &t) < 0) {
			found = -2;
			break;
		}
		/* A typo of a five-letter swear word is too often a name
		 * ("Butch", "Pitta"): blocked words take typos from six. */
		found = find_in(l, &t, list == MATCH_BLOCKED ? 6 : 5);
	}
	arena_free(a);
	return found == -2 ? oom : found;
}
