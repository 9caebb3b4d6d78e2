/*
 * The services search and the crisis phrases on the demo content, as young
 * people write: the query set of tests/match/search.txt (recall@2 at least
 * 95 %), every distress phrase of tests/match/distress.txt, and the false
 * alarms on tests/match/ordinary.txt (counted; a handful at most). The
 * figures are printed; tests/bench/bench_match.c adds the timings.
 */
#include "core/err.h"
#include "core/log.h"
#include "match_fixture.h"

static model_t *g_m;

typedef struct tally {
	int n, ok;
} tally_t;

static void one_search(const mfx_line_t *l, void *arg)
{
	tally_t *t = arg;
	if (l->nf < 3) {
		fprintf(stderr, "search.txt:%d: needs language, query, services\n", l->lineno);
		CHECK(false);
		return;
	}
	arena_t *a = arena_new();
	service_list_t s;
	CHECK_INT(model_services(g_m, a, l->f[0], l->f[1], &s), 0);
	CHECK(s.searched);
	bool ok = mfx_top2_ok(&s, l->f[2], l->nf > 3 ? l->f[3] : NULL);
	t->n++;
	t->ok += ok;
	if (!ok)
		fprintf(stderr, "  miss: %s '%s' -> %s, %s (want %s, not %s)\n", l->f[0], l->f[1],
			s.n > 0 ? s.v[0].id : "-", s.n > 1 ? s.v[1].id : "-", l->f[2],
			l->nf > 3 ? l->f[3] : "-");
	arena_free(a);
}

static void one_phrase(const mfx_line_t *l, void *arg)
{
	tally_t *t = arg;
	bool crisis = false;
	CHECK_INT(model_crisis(g_m, l->nf > 1 ? l->f[1] : l->f[0], &crisis), 0);
	t->n++;
	t->ok += crisis;
}

static void missed(const mfx_line_t *l, void *arg)
{
	bool crisis = false;
	model_crisis(g_m, l->nf > 1 ? l->f[1] : l->f[0], &crisis);
	if (crisis == *(bool *)arg)
		fprintf(stderr, "  %s: '%s'\n", crisis ? "false alarm" : "MISSED", l->f[1]);
}

TEST(search_queries_find_the_service)
{
	tally_t t = {0};
	CHECK(mfx_each("search.txt", one_search, &t) >= 60);
	double recall = t.n ? 100.0 * t.ok / t.n : 0;
	printf("services search: recall@2 %.1f %% (%d of %d queries)\n", recall, t.ok, t.n);
	CHECK(recall >= 95.0);
}

TEST(every_distress_phrase_brings_help)
{
	tally_t t = {0};
	CHECK(mfx_each("distress.txt", one_phrase, &t) >= 40);
	printf("crisis phrases: %d of %d bring help\n", t.ok, t.n);
	bool want = false;
	mfx_each("distress.txt", missed, &want);
	CHECK_INT(t.ok, t.n);
}

TEST(ordinary_questions_rarely_alarm)
{
	tally_t t = {0};
	CHECK(mfx_each("ordinary.txt", one_phrase, &t) >= 60);
	printf("ordinary questions: %d of %d show the crisis card (false alarms)\n", t.ok, t.n);
	bool want = true;
	mfx_each("ordinary.txt", missed, &want);
	/* Over-matching is the chosen side; a matcher that alarms on one in
	 * ten ordinary questions has stopped telling them apart. */
	CHECK(t.ok * 10 < t.n);
}

TEST(search_edges)
{
	arena_t *a = arena_new();
	service_list_t s;
	/* Decomposed text from a Mac: "a" + U+0308 is "ä". */
	CHECK_INT(model_services(g_m, a, "fi", "ty\xC3\xB6tto\xCC\x88ma\xCC\x88ksi", &s), 0);
	CHECK(s.n > 0 && !strcmp(s.v[0].id, "tyollisyys-nuoret"));
	/* The word being typed: its first letters already find it. */
	CHECK_INT(model_services(g_m, a, "fi", "ulosot", &s), 0);
	CHECK(s.n > 0 && !strcmp(s.v[0].id, "takuusaatio"));
	/* Nothing matches: an empty result, the directory is still known. */
	CHECK_INT(model_services(g_m, a, "fi", "zzqxw", &s), 0);
	CHECK_INT(s.n, 0);
	CHECK(s.searched);
	CHECK_INT(s.total, 15);
	/* Only stop words: they are searched for rather than nothing. */
	CHECK_INT(model_services(g_m, a, "fi", "ja", &s), 0);
	CHECK(s.searched);
	/* A very long query is cut, not refused. */
	char longq[600];
	memset(longq, 0, sizeof longq);
	for (int i = 0; i < 50; i++)
		strcat(longq, "velka ");
	CHECK_INT(model_services(g_m, a, "fi", longq, &s), 0);
	CHECK(s.n > 0);
	arena_free(a);
}

TEST(nicknames)
{
	static const char *const ok[] = {"Kettu", "Pikseli", "Ääliö-Äijä 2000", "Pelaaja",
					 "Butch", "Pitta",   "Sähly",		"Mustikka"};
	static const char *const no[] = {
		"PASKA",	   "iso paskapää", "IsoPaska", "x_vittu", "p4sk4",
		"V1ttu",	   "pa ska",	   "Saatanan", "Perkle",  "$h1t",
		"aino@example.fi", "040 123 4567", "   ",      ""};
	bool b;
	for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		CHECK_INT(model_nick_blocked(g_m, ok[i], &b), 0);
		if (b)
			fprintf(stderr, "  blocked: '%s'\n", ok[i]);
		CHECK(!b);
	}
	for (size_t i = 0; i < sizeof no / sizeof no[0]; i++) {
		CHECK_INT(model_nick_blocked(g_m, no[i], &b), 0);
		if (!b)
			fprintf(stderr, "  let through: '%s'\n", no[i]);
		CHECK(b);
	}
}

int main(void)
{
	if (model_global_init() < 0 || sodium_init() < 0)
		return 1;
	log_set_level(OVI_LOG_WARN);
	if (mfx_demo("model_search", &g_m) < 0) {
		fprintf(stderr, "cannot import the demo: %s\n", err_last());
		return 1;
	}
	RUN(search_queries_find_the_service);
	RUN(every_distress_phrase_brings_help);
	RUN(ordinary_questions_rarely_alarm);
	RUN(search_edges);
	RUN(nicknames);
	model_close(g_m);
	return test_summary();
}
