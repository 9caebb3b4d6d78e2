/*
 * bench_match: the text matcher and the services search, measured. A
 * benchmark, not a test: it prints figures, each beside its baseline in the
 * same run, and asserts nothing about time.
 *
 *   quality   recall@2 of tests/match/search.txt on the demo; distress
 *             phrases that bring help while typed (tests/match/distress.txt,
 *             checked at every keystroke: the card must be up once the
 *             phrase is whole); ordinary questions that trip it.
 *   keystroke on the demo and on a city-size bundle (1,500 services with a
 *             vocabulary of many thousand words): every query of search.txt
 *             typed one character at a time, each prefix searched as the
 *             services screen does (model_services()); median and 95th
 *             percentile. Baseline: the search before the matcher, a
 *             substring scan of the same services' text (SQL LIKE).
 *             The crisis check of every prefix of every distress phrase.
 *   import    of the city bundle with the search index, and the index's
 *             own share (search_index() timed alone on the same database).
 *
 * Usage: bench_match [RUNS]     (build/tests/bench_match)
 */
#include "bench.h"
#include "core/err.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "match_fixture.h"
#include "model/mdb.h"
#include "model/search.h"

#include <time.h>
#include <unistd.h>

typedef struct samples {
	double *v;
	int n, cap;
} samples_t;

static void add(samples_t *s, double x)
{
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 1024;
		s->v = realloc(s->v, (size_t)s->cap * sizeof *s->v);
	}
	s->v[s->n++] = x;
}

static double pct(samples_t *s, double p)
{
	if (!s->n)
		return 0;
	qsort(s->v, (size_t)s->n, sizeof *s->v, cmp_d);
	int i = (int)(p * (s->n - 1));
	return s->v[i];
}

/* ---- the city ------------------------------------------------------------ */

/* A word that looks Finnish enough: syllables from a seeded generator. */
static void pseudo_word(unsigned *seed, char *out, size_t cap)
{
	static const char *const syl[] = {"ka", "ta", "lo", "mi", "su", "va", "ne", "ri",
					  "po", "hä", "jo", "ku", "ly", "sä", "te", "ro",
					  "nu", "pa", "vi", "ke", "ää", "ö",  "la", "ma"};
	int n = 2 + (int)(rand_r(seed) % 3);
	out[0] = 0;
	for (int i = 0; i < n; i++)
		strncat(out, syl[rand_r(seed) % (sizeof syl / sizeof syl[0])],
			cap - strlen(out) - 1);
	strncat(out, (rand_r(seed) & 1) ? "nen" : "la", cap - strlen(out) - 1);
}

/* The demo with its services.csv replaced by 1,500: each demo service a
 * hundred times over, in a hundred districts, with five words of the city's
 * own among its keywords (4,000 of them in all). */
static void make_city(const char *dir)
{
	fx_copy_demo(dir);
	char p[4300];
	snprintf(p, sizeof p, "%s/services.csv", dir);
	FILE *in = fopen(p, "r");
	char head[8192], rows[15][8192];
	int nrows = 0;
	if (!in || !fgets(head, sizeof head, in))
		exit(1);
	while (nrows < 15 && fgets(rows[nrows], sizeof rows[0], in))
		nrows++;
	fclose(in);
	FILE *f = fopen(p, "w");
	fputs(head, f);
	unsigned seed = 7;
	static char pool[4000][32];
	for (int i = 0; i < 4000; i++)
		pseudo_word(&seed, pool[i], sizeof pool[i]);
	for (int d = 0; d < 100; d++) {
		char district[32];
		pseudo_word(&seed, district, sizeof district);
		for (int r = 0; r < nrows; r++) {
			/* id,organisation,name_fi,...: a new id, the district in the
			 * Finnish name, the city's words at the end of keywords_en. */
			char *row = rows[r], *c1 = strchr(row, ','),
			     *c2 = c1 ? strchr(c1 + 1, ',') : NULL;
			if (!c2)
				exit(1);
			size_t len = strlen(row);
			while (len && (row[len - 1] == '\n' || row[len - 1] == '\r'))
				len--;
			fprintf(f, "%.*s-%d%.*s%s %.*s", (int)(c1 - row), row, d,
				(int)(c2 + 1 - c1), c1, district,
				(int)(len - (size_t)(c2 + 1 - row)), c2 + 1);
			/* The last field (keywords_en) may be quoted. */
			bool quoted = len && row[len - 1] == '"';
			if (quoted)
				fseek(f, -1, SEEK_CUR);
			for (int k = 0; k < 5; k++)
				fprintf(f, " %s", pool[rand_r(&seed) % 4000]);
			fputs(quoted ? "\"\n" : "\n", f);
		}
	}
	fclose(f);
}

/* ---- typing ---------------------------------------------------------------- */

typedef struct typing {
	model_t *m;
	samples_t search, like, crisis;
	int queries, ok, phrases, helped, ordinary, alarms;
} typing_t;

/* The old search: the services' text that contains the query (LIKE). */
static void like_scan(model_t *m, const char *q)
{
	int64_t n;
	mdb_int64(m, &n, 0,
		  "SELECT count(DISTINCT id) FROM tr WHERE kind = 'service' AND text LIKE"
		  " '%' || ?1 || '%'",
		  "t", q);
}

static void type_query(const mfx_line_t *l, void *arg)
{
	typing_t *t = arg;
	if (l->nf < 3)
		return;
	const char *q = l->f[1];
	size_t len = strlen(q);
	arena_t *a = arena_new();
	service_list_t s;
	for (size_t i = 1; i <= len; i++) {
		if (((unsigned char)q[i] & 0xC0) == 0x80)
			continue; /* inside a letter: no key ends there */
		char prefix[256];
		snprintf(prefix, sizeof prefix, "%.*s", (int)i, q);
		double t0 = now_ms();
		model_services(t->m, a, l->f[0], prefix, &s);
		add(&t->search, now_ms() - t0);
		t0 = now_ms();
		like_scan(t->m, prefix);
		add(&t->like, now_ms() - t0);
	}
	t->queries++;
	t->ok += mfx_top2_ok(&s, l->f[2], l->nf > 3 ? l->f[3] : NULL);
	arena_free(a);
}

static void type_phrase(const mfx_line_t *l, void *arg)
{
	typing_t *t = arg;
	const char *p = l->nf > 1 ? l->f[1] : l->f[0];
	size_t len = strlen(p);
	bool found = false;
	for (size_t i = 1; i <= len; i++) {
		if (((unsigned char)p[i] & 0xC0) == 0x80)
			continue;
		char prefix[512];
		snprintf(prefix, sizeof prefix, "%.*s", (int)i, p);
		double t0 = now_ms();
		model_crisis(t->m, prefix, &found);
		add(&t->crisis, now_ms() - t0);
	}
	t->phrases++;
	t->helped += found;
}

static void count_alarm(const mfx_line_t *l, void *arg)
{
	typing_t *t = arg;
	bool found = false;
	model_crisis(t->m, l->nf > 1 ? l->f[1] : l->f[0], &found);
	t->ordinary++;
	t->alarms += found;
}

static void report(const char *name, typing_t *t)
{
	printf("%-5s keystroke -> results  median %6.3f ms  p95 %6.3f ms  (%d keystrokes) | "
	       "baseline LIKE scan median %6.3f ms\n",
	       name, pct(&t->search, 0.5), pct(&t->search, 0.95), t->search.n, pct(&t->like, 0.5));
	printf("%-5s crisis check a key   median %6.3f ms  p95 %6.3f ms  (%d keystrokes)\n", name,
	       pct(&t->crisis, 0.5), pct(&t->crisis, 0.95), t->crisis.n);
}

static void run(const char *name, model_t *m, bool quality, int runs)
{
	typing_t t = {.m = m};
	/* The first search loads the vocabulary: outside the figures. */
	arena_t *a = arena_new();
	service_list_t s;
	double t0 = now_ms();
	model_services(m, a, "fi", "x", &s);
	printf("%-5s first search (loads the vocabulary) %.1f ms\n", name, now_ms() - t0);
	arena_free(a);
	for (int r = 0; r < runs; r++) {
		t.queries = t.ok = t.phrases = t.helped = t.ordinary = t.alarms = 0;
		mfx_each("search.txt", type_query, &t);
		mfx_each("distress.txt", type_phrase, &t);
		mfx_each("ordinary.txt", count_alarm, &t);
	}
	report(name, &t);
	if (quality) {
		printf("%-5s recall@2 %.1f %% (%d of %d queries) | distress phrases with help "
		       "while typed %d of %d | ordinary questions that show it %d of %d (%.1f "
		       "%%)\n",
		       name, 100.0 * t.ok / t.queries, t.ok, t.queries, t.helped, t.phrases,
		       t.alarms, t.ordinary, 100.0 * t.alarms / t.ordinary);
	}
	free(t.search.v);
	free(t.like.v);
	free(t.crisis.v);
}

int main(int argc, char **argv)
{
	int runs = argc > 1 ? atoi(argv[1]) : 3;
	if (runs < 1 || runs > 50)
		runs = 3;
	if (model_global_init() < 0 || sodium_init() < 0)
		return 1;
	log_set_level(OVI_LOG_ERROR);
	model_t *demo, *city;
	if (mfx_demo("bench_match_demo", &demo) < 0)
		return 1;
	run("demo", demo, true, runs);
	model_close(demo);

	char *root = test_tmpdir("bench_match_city");
	char bundle[4200];
	snprintf(bundle, sizeof bundle, "%s/city", root);
	make_city(bundle);
	if (mfx_import(root, bundle, &city) < 0) {
		fprintf(stderr, "city: %s\n", err_last());
		return 1;
	}
	/* The import alone, into a fresh state folder each run (the bundle is
	 * signed already, by mfx_import()'s key). */
	char keydir[4300], data[4300], db[4400];
	snprintf(keydir, sizeof keydir, "%s/keys", root);
	minisign_pubkey_t pk;
	fx_pubkey(keydir, "test", &pk);
	samples_t imp = {0};
	for (int r = 0; r < runs; r++) {
		snprintf(data, sizeof data, "%s/again%d", root, r);
		snprintf(db, sizeof db, "%s/ovi.db", data);
		fx_sh("rm -rf '%s' && mkdir -p '%s'", data, data);
		model_t *m2;
		model_open(db, &m2);
		import_opts_t o = {.data_dir = data, .keys = &pk, .nkeys = 1, .force = true};
		import_result_t res;
		double t1 = now_ms();
		if (bundle_import(bundle, &o, m2, &res) < 0)
			fprintf(stderr, "city import: %s\n", err_last());
		add(&imp, now_ms() - t1);
		import_result_clear(&res);
		model_close(m2);
	}
	double import_ms = pct(&imp, 0.5);
	free(imp.v);
	int64_t nservices = 0, nterms = 0;
	mdb_int64(city, &nservices, 0, "SELECT count(*) FROM services", "");
	mdb_int64(city, &nterms, 0, "SELECT count(*) FROM service_terms", "");
	samples_t idx = {0};
	for (int r = 0; r < runs; r++) {
		mdb_begin(city);
		double t1 = now_ms();
		search_index(city);
		add(&idx, now_ms() - t1);
		mdb_commit(city);
	}
	double index_ms = pct(&idx, 0.5);
	printf("city  %lld services, %lld index terms | import %.0f ms, of which building the "
	       "search index %.0f ms (medians of %d); without the index %.0f ms\n",
	       (long long)nservices, (long long)nterms, import_ms, index_ms, runs,
	       import_ms - index_ms);
	free(idx.v);
	run("city", city, false, runs);
	model_close(city);
	free(root);
	return 0;
}
