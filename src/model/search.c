/*
 * search: the services search, and the content's word matcher.
 *
 * The index is an FTS5 table (service_fts), one row per service and
 * language, built from the content tables in the same transaction as the
 * import (search_index()), never while someone types. Its text is already
 * cut by the matcher (match.h): every word appears as typed (folded), in
 * its standard form and as its Snowball stem in the row's language, so the
 * table needs only FTS5's plain 'ascii' tokenizer, no custom one: any
 * SQLite connection (the sqlite3 tool included) can read the database.
 *
 * A query is cut the same way. Each of its words is compared with the
 * index's vocabulary (fts5vocab) by the matcher's rules (the same word or
 * stem, a compound's part either way, a typo) and becomes the index terms
 * it matches, grouped by how well; the word being typed also matches as a
 * prefix. Each group is one FTS5 query ranked by BM25 (the name weighs
 * most, then keywords, points, organisation and sector). A service's score
 * is the sum over the query's words of its best row's, weighted by the
 * match and by the row's language: the visitor's, then the site's default,
 * then any. Services that match more of the query's words come first.
 *
 * The vocabulary and the matcher (with the content's crisis and blocked
 * word lists) are built once per content: they are kept in the model
 * handle and rebuilt when the current bundle changes.
 */
#include "model/mdb.h"
#include "model/search.h"

#include "core/err.h"
#include "core/log.h"
#include "core/str.h"
#include "core/utf8.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_QUERY_WORDS	    8
#define MAX_TERMS_PER_CLASS 48
#define MAX_HITS	    30	/* what a young person scrolls through; more costs every key */
#define NOISE		    0.3 /* of the best score: below it a hit is left out */

/* ---- the content's matcher --------------------------------------------- */

struct mdb_content {
	int64_t bundle; /* the bundle it was built for (0: none) */
	match_t *mt;
	char default_lang[8];
	/* The index's vocabulary, loaded on the first search. */
	bool vocab_loaded;
	arena_t *va;
	match_word_t *vocab;
	int nvocab;
};

match_t *mdb_content_matcher(mdb_content_t *c)
{
	return c->mt;
}

void mdb_content_free(mdb_content_t *c)
{
	if (!c)
		return;
	match_free(c->mt);
	arena_free(c->va);
	ovi_free(c);
}

static int current_bundle(model_t *m, int64_t *id)
{
	return mdb_int64(m, id, 0, "SELECT id FROM bundles WHERE is_current = 1", "");
}

/* The bundle's languages, from the site row ("fi sv en"). */
static int site_langs(model_t *m, char langs[][8], int cap, int *n, char def[8])
{
	*n = 0;
	def[0] = 0;
	sqlite3_stmt *st;
	int rc = mdb_stmt(m, "SELECT languages, default_lang FROM site", &st);
	if (rc < 0)
		return rc;
	int src = mdb_step(st);
	if (src == SQLITE_ROW) {
		const char *p = mdb_text(st, 0);
		str_copy(def, 8, mdb_text(st, 1));
		while (*p && *n < cap) {
			while (*p == ' ')
				p++;
			size_t k = strcspn(p, " ");
			if (k && k < 8) {
				memcpy(langs[*n], p, k);
				langs[*n][k] = 0;
				(*n)++;
			}
			p += k;
		}
		src = SQLITE_DONE;
	}
	mdb_release(m, st);
	return src == SQLITE_DONE ? OVI_OK : mdb_err(m, src, "reading the site's languages");
}

static int new_matcher(model_t *m, match_t **out)
{
	char langs[LANG_MAX][8], def[8];
	int n;
	int rc = site_langs(m, langs, LANG_MAX, &n, def);
	if (rc < 0)
		return rc;
	const char *codes[LANG_MAX];
	for (int i = 0; i < n; i++)
		codes[i] = langs[i];
	return match_new(codes, n, out);
}

static int load_words(model_t *m, match_t *mt)
{
	sqlite3_stmt *st;
	int rc = mdb_stmt(m, "SELECT kind, word FROM words ORDER BY kind, id", &st);
	if (rc < 0)
		return rc;
	int src;
	while ((src = mdb_step(st)) == SQLITE_ROW && rc == OVI_OK) {
		bool crisis = strcmp(mdb_text(st, 0), "crisis") == 0;
		rc = match_add(mt, crisis ? MATCH_CRISIS : MATCH_BLOCKED, mdb_text(st, 1));
	}
	mdb_release(m, st);
	if (rc < 0)
		return rc;
	return src == SQLITE_DONE || src == SQLITE_ROW ? OVI_OK
						       : mdb_err(m, src, "reading the word lists");
}

int mdb_content(model_t *m, mdb_content_t **out)
{
	*out = NULL;
	int64_t bundle;
	int rc = current_bundle(m, &bundle);
	if (rc < 0)
		return rc;
	if (m->content && m->content->bundle == bundle) {
		*out = m->content;
		return OVI_OK;
	}
	mdb_content_t *c = ovi_calloc(1, sizeof *c);
	if (!c)
		return err_set(OVI_ENOMEM, "out of memory reading the content's words");
	c->bundle = bundle;
	rc = new_matcher(m, &c->mt);
	if (rc == OVI_OK)
		rc = load_words(m, c->mt);
	if (rc == OVI_OK) {
		char langs[LANG_MAX][8];
		int n;
		rc = site_langs(m, langs, LANG_MAX, &n, c->default_lang);
	}
	if (rc < 0) {
		mdb_content_free(c);
		return rc;
	}
	mdb_content_free(m->content);
	m->content = c;
	*out = c;
	return OVI_OK;
}

/* ---- building the index --------------------------------------------------- */

/* Appends text's words with their forms, cut with the stemmer of lang. */
static void index_text(match_t *mt, arena_t *a, strbuf_t *b, const char *text, int lang)
{
	match_words_t w;
	if (!text || !*text)
		return;
	if (match_words(mt, a, text, lang >= 0 ? 1u << lang : 0, &w) < 0) {
		b->oom = true;
		return;
	}
	for (int i = 0; i < w.n; i++) {
		const match_word_t *x = &w.v[i];
		sb_printf(b, "%s ", x->word);
		if (x->alt)
			sb_printf(b, "%s ", x->alt);
		if (lang >= 0 && x->stem[lang] && strcmp(x->stem[lang], x->word) != 0 &&
		    (!x->alt || strcmp(x->stem[lang], x->alt) != 0))
			sb_printf(b, "%s ", x->stem[lang]);
	}
}

static int index_service(model_t *m, match_t *mt, sqlite3_stmt *ins, const char *sid,
			 const char *sector, const char *org, const char *lang)
{
	static const char sql[] =
		"SELECT field, text FROM tr WHERE kind = 'service' AND id = ?1 AND lang = ?2"
		" UNION ALL SELECT 'org', text FROM tr WHERE kind = 'org' AND id = ?3 AND lang = ?2"
		" UNION ALL SELECT 'sector', text FROM tr t JOIN topics p ON p.id = t.id"
		"  WHERE t.kind = 'topic' AND t.field = 'title' AND t.lang = ?2 AND p.colour = ?4";
	sqlite3_stmt *st;
	int rc = mdb_stmt(m, sql, &st);
	if (rc < 0)
		return rc;
	arena_t *a = arena_new();
	strbuf_t col[5] = {{0}}; /* name, points, keywords, org, sector */
	int li = match_lang_index(mt, lang),
	    src = a ? mdb_bind(st, "tttt", sid, lang, org, sector) : SQLITE_NOMEM;
	bool any = false;
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		const char *f = mdb_text(st, 0);
		int k = !strcmp(f, "name")	  ? 0
			: !strncmp(f, "point", 5) ? 1
			: !strcmp(f, "keywords")  ? 2
			: !strcmp(f, "org")	  ? 3
						  : 4;
		any |= k < 3;
		index_text(mt, a, &col[k], mdb_text(st, 1), li);
		src = SQLITE_OK;
	}
	mdb_release(m, st);
	rc = src == SQLITE_DONE ? OVI_OK : mdb_err(m, src, "reading a service for the search");
	if (rc == OVI_OK && a) {
		/* The area of life by its built-in name too, and the organisation
		 * by its id ("kela"). */
		int w = content_wheel_parse(sector);
		if (w > 0)
			index_text(mt, a, &col[4], wheel_title((wheel_t)w, lang), li);
		if (org && *org)
			index_text(mt, a, &col[3], org, li);
	}
	for (int k = 0; k < 5; k++)
		if (col[k].oom)
			rc = err_set(OVI_ENOMEM, "out of memory building the search");
	if (rc == OVI_OK && any) {
		src = mdb_bind(ins, "ttttttt", sid, lang, sb_str(&col[0]), sb_str(&col[1]),
			       sb_str(&col[2]), sb_str(&col[3]), sb_str(&col[4]));
		rc = src == SQLITE_OK ? mdb_run(m, ins, "saving the search")
				      : mdb_err(m, src, "saving the search");
	}
	for (int k = 0; k < 5; k++)
		sb_free(&col[k]);
	arena_free(a);
	return rc;
}

int search_index(model_t *m)
{
	int rc = mdb_exec(m, "DELETE FROM service_fts");
	if (rc < 0)
		return err_prefix(rc, "clearing the search: ");
	match_t *mt = NULL;
	char langs[LANG_MAX][8], def[8];
	int nl = 0;
	rc = site_langs(m, langs, LANG_MAX, &nl, def);
	if (rc == OVI_OK)
		rc = new_matcher(m, &mt);
	sqlite3_stmt *ins = NULL, *st = NULL;
	if (rc == OVI_OK)
		rc = mdb_prepare(m,
				 "INSERT INTO service_fts (sid, lang, name, points, keywords, org,"
				 " sector) VALUES (?, ?, ?, ?, ?, ?, ?)",
				 &ins);
	if (rc == OVI_OK)
		rc = mdb_prepare(m, "SELECT id, sector, org FROM services ORDER BY ord", &st);
	int src = SQLITE_DONE;
	while (rc == OVI_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		/* Borrowed from the statement: used before its next step. */
		char sid[ID_MAX + 1], sector[32], org[ID_MAX + 1];
		str_copy(sid, sizeof sid, mdb_text(st, 0));
		str_copy(sector, sizeof sector, mdb_text(st, 1));
		str_copy(org, sizeof org, mdb_text(st, 2));
		for (int l = 0; rc == OVI_OK && l < nl; l++)
			rc = index_service(m, mt, ins, sid, sector, org, langs[l]);
	}
	if (rc == OVI_OK && src != SQLITE_DONE)
		rc = mdb_err(m, src, "reading the services for the search");
	sqlite3_finalize(ins);
	sqlite3_finalize(st);
	match_free(mt);
	return rc < 0 ? err_prefix(rc, "building the services search: ") : OVI_OK;
}

/* ---- the vocabulary --------------------------------------------------------- */

static int load_vocab(model_t *m, mdb_content_t *c)
{
	if (c->vocab_loaded)
		return OVI_OK;
	arena_t *a = arena_new();
	if (!a)
		return err_set(OVI_ENOMEM, "out of memory loading the search");
	int64_t n = 0;
	int rc = mdb_int64(m, &n, 0, "SELECT count(*) FROM service_terms", "");
	match_word_t *v = rc == OVI_OK ? arena_alloc(a, (size_t)(n + 1) * sizeof *v) : NULL;
	if (rc == OVI_OK && !v)
		rc = err_set(OVI_ENOMEM, "out of memory loading the search");
	sqlite3_stmt *st = NULL;
	if (rc == OVI_OK)
		rc = mdb_prepare(m, "SELECT term FROM service_terms", &st);
	int k = 0, src = SQLITE_DONE;
	while (rc == OVI_OK && (src = mdb_step(st)) == SQLITE_ROW && k < n) {
		match_word_t *w = &v[k];
		memset(w, 0, sizeof *w);
		const char *t = mdb_text(st, 0);
		size_t len = strlen(t);
		if (!(w->word = arena_strdup(a, t)) ||
		    !(w->cp = arena_alloc(a, (len + 1) * sizeof *w->cp))) {
			rc = err_set(OVI_ENOMEM, "out of memory loading the search");
			break;
		}
		for (const char *p = w->word, *e = w->word + len; p < e;)
			w->cp[w->ncp++] = utf8_next(&p, e);
		k++;
	}
	if (rc == OVI_OK && src != SQLITE_DONE && src != SQLITE_ROW)
		rc = mdb_err(m, src, "loading the search");
	sqlite3_finalize(st);
	if (rc < 0) {
		arena_free(a);
		return rc;
	}
	arena_free(c->va);
	c->va = a;
	c->vocab = v;
	c->nvocab = k;
	c->vocab_loaded = true;
	return OVI_OK;
}

/* ---- the query ----------------------------------------------------------------- */

typedef struct hit {
	char sid[ID_MAX + 1];
	double word_score[MAX_QUERY_WORDS];
	double total;
	int covered;
	int ord; /* first seen: a stable tie-break */
} hit_t;

typedef struct hits {
	hit_t *v;
	int n, cap;
	int *slot; /* open addressing over v by sid: cap * 2 slots, -1 empty */
} hits_t;

static unsigned hash(const char *s)
{
	unsigned h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static void hits_free(hits_t *h)
{
	ovi_free(h->v);
	ovi_free(h->slot);
}

/* The hit of service sid, a new one when it has none yet; NULL when out of
 * memory. A single letter typed matches most of a city's services, so this
 * is a hash, not a scan. */
static hit_t *hit_for(hits_t *h, const char *sid)
{
	unsigned mask = (unsigned)h->cap * 2 - 1, i = h->cap ? hash(sid) & mask : 0;
	for (; h->cap && h->slot[i] >= 0; i = (i + 1) & mask)
		if (strcmp(h->v[h->slot[i]].sid, sid) == 0)
			return &h->v[h->slot[i]];
	if (h->n == h->cap) {
		int cap = h->cap ? h->cap * 2 : 64;
		hit_t *v = ovi_realloc(h->v, (size_t)cap * sizeof *v);
		int *slot = v ? ovi_malloc((size_t)cap * 2 * sizeof *slot) : NULL;
		if (!slot) {
			if (v)
				h->v = v;
			return NULL;
		}
		ovi_free(h->slot);
		h->v = v;
		h->slot = slot;
		h->cap = cap;
		mask = (unsigned)cap * 2 - 1;
		for (int k = 0; k < cap * 2; k++)
			slot[k] = -1;
		for (int k = 0; k < h->n; k++) {
			unsigned j = hash(v[k].sid) & mask;
			while (slot[j] >= 0)
				j = (j + 1) & mask;
			slot[j] = k;
		}
		for (i = hash(sid) & mask; slot[i] >= 0; i = (i + 1) & mask)
			;
	}
	hit_t *x = &h->v[h->n];
	memset(x, 0, sizeof *x);
	str_copy(x->sid, sizeof x->sid, sid);
	x->ord = h->n;
	h->slot[i] = h->n++;
	return x;
}

/* One FTS5 query: expr over the indexed columns; each row's score goes to
 * word wi of its service, weighted. */
static int run_class(model_t *m, const char *expr, int wi, double weight, const char *lang,
		     const char *def, hits_t *h)
{
	sqlite3_stmt *st;
	/* Column weights: sid, lang (not indexed), name, points, keywords,
	 * org, sector. */
	int rc = mdb_stmt(m,
			  "SELECT sid, lang, bm25(service_fts, 0, 0, 8.0, 3.0, 5.0, 3.0, 2.0)"
			  " FROM service_fts WHERE service_fts MATCH ?1",
			  &st);
	if (rc < 0)
		return rc;
	int src = mdb_bind(st, "t", expr);
	while (src == SQLITE_OK && (src = mdb_step(st)) == SQLITE_ROW) {
		const char *rl = mdb_text(st, 1);
		double lw = lang && !strcmp(rl, lang) ? 1.0 : !strcmp(rl, def) ? 0.85 : 0.7;
		/* bm25() is negative, better the lower; FTS5 clamps a term in
		 * nearly every row to a tiny weight. */
		double score = -sqlite3_column_double(st, 2) * weight * lw;
		if (score < 1e-3)
			score = 1e-3 * weight * lw;
		hit_t *x = hit_for(h, mdb_text(st, 0));
		if (!x) {
			src = SQLITE_NOMEM;
			break;
		}
		if (score > x->word_score[wi])
			x->word_score[wi] = score;
		src = SQLITE_OK;
	}
	mdb_release(m, st);
	return src == SQLITE_DONE ? OVI_OK : mdb_err(m, src, "searching the services");
}

typedef struct term {
	const char *t;
	int q; /* match_quality_t; a compound's small part weighs less (PART_SMALL) */
} term_t;

/* A part that is less than half of its compound ("tukea" in
 * "toimeentulotukea") says less about it than one that is most of it. */
#define PART_SMALL 40

static int cmp_term(const void *a, const void *b)
{
	const term_t *x = a, *y = b;
	return (int)y->q - (int)x->q;
}

/* The index terms that word q matches, best first, at most cap. */
static int expand(const mdb_content_t *c, const match_word_t *q, term_t *out, int cap)
{
	int n = 0;
	for (int i = 0; i < c->nvocab; i++) {
		const match_word_t *v = &c->vocab[i];
		int mq = match_word_pair(q, v, true);
		/* The word being typed is matched as a prefix by FTS5 itself. */
		if (mq == MATCH_NONE || mq == MATCH_TYPING)
			continue;
		if (mq == MATCH_PART &&
		    2 * (v->ncp < q->ncp ? v->ncp : q->ncp) < (v->ncp > q->ncp ? v->ncp : q->ncp))
			mq = PART_SMALL;
		if (n < cap) {
			out[n++] = (term_t){c->vocab[i].word, mq};
			continue;
		}
		/* Full: keep the better ones. */
		int worst = 0;
		for (int k = 1; k < n; k++)
			if (out[k].q < out[worst].q)
				worst = k;
		if (mq > out[worst].q)
			out[worst] = (term_t){c->vocab[i].word, mq};
	}
	// cppcheck-suppress uninitvar ; out[0..n) were all written above
	qsort(out, (size_t)n, sizeof *out, cmp_term);
	return n;
}

/* A class's weight: steeper than the quality itself, so that a rare word
 * matched loosely (a typo, a compound's part) does not outweigh a common
 * one matched as it is. */
static double weight(int quality)
{
	return (quality / 100.0) * (quality / 100.0);
}

static int search_word(model_t *m, const mdb_content_t *c, const match_word_t *q, int wi,
		       const char *lang, hits_t *h)
{
	term_t terms[MAX_TERMS_PER_CLASS * 2];
	int n = expand(c, q, terms, (int)(sizeof terms / sizeof terms[0]));
	strbuf_t b = {0};
	int rc = OVI_OK;
	/* One query per quality: their BM25 scores are weighted apart. */
	for (int i = 0; i < n && rc == OVI_OK;) {
		int cls = terms[i].q;
		sb_reset(&b);
		for (int k = 0; i < n && terms[i].q == cls; i++, k++)
			if (k < MAX_TERMS_PER_CLASS)
				sb_printf(&b, "%s\"%s\"", k ? " OR " : "", terms[i].t);
		if (b.oom)
			rc = err_set(OVI_ENOMEM, "out of memory searching the services");
		else
			rc = run_class(m, sb_str(&b), wi, weight(cls), lang, c->default_lang, h);
	}
	/* The word as a prefix: "vel" while "velka" is being typed. */
	if (rc == OVI_OK) {
		sb_reset(&b);
		sb_printf(&b, "\"%s\"*", q->word);
		rc = b.oom ? err_set(OVI_ENOMEM, "out of memory searching the services")
			   : run_class(m, sb_str(&b), wi, weight(MATCH_TYPING), lang,
				       c->default_lang, h);
	}
	sb_free(&b);
	return rc;
}

static int cmp_hit(const void *a, const void *b)
{
	const hit_t *x = a, *y = b;
	if (x->covered != y->covered)
		return y->covered - x->covered;
	if (x->total != y->total)
		return y->total > x->total ? 1 : -1;
	return x->ord - y->ord;
}

int search_services(model_t *m, arena_t *ar, const char *lang, const char *query,
		    search_result_t *out)
{
	memset(out, 0, sizeof *out);
	mdb_content_t *c;
	int rc = mdb_content(m, &c);
	if (rc == OVI_OK)
		rc = load_vocab(m, c);
	if (rc < 0)
		return rc;
	arena_t *a = arena_new();
	if (!a)
		return err_set(OVI_ENOMEM, "out of memory searching the services");
	match_words_t w;
	rc = match_words(c->mt, a, query, ~0u, &w);
	/* The words that say something; all of them when none does. */
	const match_word_t *qw[MAX_QUERY_WORDS];
	int nq = 0;
	/* A single letter says nothing yet (the first key of every search):
	 * it is left out, and alone it leaves the whole directory showing. */
	for (int pass = 0; rc == OVI_OK && pass < 2 && nq == 0; pass++)
		for (int i = 0; i < w.n && nq < MAX_QUERY_WORDS; i++)
			if (w.v[i].ncp >= 2 && (pass == 1 || !match_stopword(&w.v[i])))
				qw[nq++] = &w.v[i];
	out->words = nq;
	hits_t h = {0};
	for (int i = 0; rc == OVI_OK && i < nq; i++)
		rc = search_word(m, c, qw[i], i, lang, &h);
	if (rc == OVI_OK) {
		for (int i = 0; i < h.n; i++) {
			hit_t *x = &h.v[i];
			for (int k = 0; k < nq; k++) {
				x->total += x->word_score[k];
				x->covered += x->word_score[k] > 0;
			}
		}
		if (h.n > 1)
			qsort(h.v, (size_t)h.n, sizeof *h.v, cmp_hit);
		/* What scores far below the best is noise: a short part of a
		 * long word, a typo of a common one. */
		int keep = 0;
		for (int i = 0; i < h.n && keep < MAX_HITS; i++)
			if (h.v[i].total >= NOISE * h.v[0].total)
				h.v[keep++] = h.v[i];
		out->ids = keep ? arena_alloc(ar, (size_t)keep * sizeof *out->ids) : NULL;
		if (keep && !out->ids)
			rc = err_set(OVI_ENOMEM, "out of memory searching the services");
		for (int i = 0; rc == OVI_OK && i < keep; i++)
			if (!(out->ids[i] = arena_strdup(ar, h.v[i].sid)))
				rc = err_set(OVI_ENOMEM, "out of memory searching the services");
		if (rc == OVI_OK)
			out->n = keep;
	}
	hits_free(&h);
	arena_free(a);
	return rc;
}
