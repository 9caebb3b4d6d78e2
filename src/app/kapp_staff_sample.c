/*
 * kapp_staff_sample: made-up rows for `ovi screenshot --screen staff-*`. A fresh
 * demo database has no queue, no questions and no sign-ups, and a picture
 * of an empty list says little about a screen; these fill only what is
 * empty, in memory, and never touch the database.
 */
#if OVI_HAVE_PLATFORM
#include "app/kapp_staff.h"

#include <string.h>

typedef struct sample_text {
	const char *topics[3];	  /* housing, money, work */
	const char *questions[2]; /* the second one is crisis-flagged */
	const char *nicks[4];
	const char *idea;
} sample_text_t;

static const sample_text_t fi = {
	{"Asuminen", "Raha", "Työ"},
	{"Miten haen asumistukea, kun muutan omaan kotiin?",
	 "En jaksa enää mitään, kenelle voin puhua?"},
	{"Kettu", "Mustikka", "Pöllö", "Siili"},
	"Lautapeli-ilta englanniksi",
};
static const sample_text_t sv = {
	{"Boende", "Pengar", "Arbete"},
	{"Hur söker jag bostadsbidrag när jag flyttar hemifrån?",
	 "Jag orkar inte längre, vem kan jag prata med?"},
	{"Räven", "Blåbär", "Ugglan", "Igelkotten"},
	"Brädspelskväll på engelska",
};
static const sample_text_t en = {
	{"Housing", "Money", "Work"},
	{"How do I apply for housing allowance when I move out?",
	 "I can't cope any more, who can I talk to?"},
	{"Fox", "Blueberry", "Owl", "Hedgehog"},
	"Board game night in English",
};

static const char *const topic_ids[3] = {"housing", "money", "work"};

static void queue(arena_t *ar, const sample_text_t *t, wall_t now, staff_view_t *v)
{
	static const struct {
		int number, topic;
		queue_state_t state;
		int ago_min;
	} rows[] = {{15, 2, QUEUE_DONE, 40},
		    {16, 1, QUEUE_CALLED, 25},
		    {17, 0, QUEUE_WAITING, 12},
		    {18, 1, QUEUE_WAITING, 4}};
	int n = (int)(sizeof rows / sizeof rows[0]);
	queue_item_t *q = arena_alloc(ar, sizeof *q * (size_t)n);
	if (!q)
		return;
	for (int i = 0; i < n; i++) {
		q[i] = (queue_item_t){
			.id = i + 1,
			.number = rows[i].number,
			.topic = topic_ids[rows[i].topic],
			.topic_title = t->topics[rows[i].topic],
			.created = now - rows[i].ago_min * 60,
			.state = rows[i].state,
			.called_at = rows[i].state == QUEUE_WAITING ? 0 : now - 5 * 60,
		};
	}
	v->queue = (queue_list_t){q, n};
}

static void questions(arena_t *ar, const sample_text_t *t, const char *lang, wall_t now,
		      staff_view_t *v)
{
	pending_question_t *q = arena_alloc(ar, sizeof *q * 2);
	if (!q)
		return;
	q[0] = (pending_question_t){2, "mind", "", lang, t->questions[1], now - 600, true};
	q[1] = (pending_question_t){1,		"housing", t->topics[0], lang, t->questions[0],
				    now - 3600, false};
	v->questions = (pending_question_list_t){q, 2};
}

static void signups(arena_t *ar, const sample_text_t *t, wall_t now, staff_view_t *v)
{
	signup_row_t *s = arena_alloc(ar, sizeof *s * 4);
	if (!s)
		return;
	for (int i = 0; i < 4; i++)
		s[i] = (signup_row_t){i + 1, t->nicks[i], i == 3, i == 3 ? 1 : 0,
				      now - (4 - i) * 3600};
	v->signups = (signup_list_t){s, 4};
}

static void rest(arena_t *ar, const sample_text_t *t, const char *lang, wall_t now, staff_view_t *v)
{
	if (!v->ideas.n) {
		idea_row_t *i = arena_alloc(ar, sizeof *i);
		if (i) {
			*i = (idea_row_t){1, t->idea, lang, now - 86400};
			v->ideas = (idea_list_t){i, 1};
		}
	}
	if (v->pins.n < 2) {
		staff_pin_t *p = arena_alloc(ar, sizeof *p * 2);
		if (p) {
			p[0] = (staff_pin_t){1, "Aino", "$argon2id$sample", now - 30 * 86400};
			p[1] = (staff_pin_t){2, "Iltavuoro", "$argon2id$sample", now - 7 * 86400};
			v->pins = (staff_pin_list_t){p, 2};
		}
	}
	staff_log_entry_t *l = arena_alloc(ar, sizeof *l * 3);
	if (l && v->log.n < 3) {
		l[0] = (staff_log_entry_t){3, now - 60, "Aino", "queue_call", "16"};
		l[1] = (staff_log_entry_t){2, now - 900, "Aino", "late", "jussi 12:30"};
		l[2] = (staff_log_entry_t){1, now - 1000, "Aino", "enter", ""};
		v->log = (staff_log_list_t){l, 3};
	}
}

void kapp_staff_samples(arena_t *ar, const char *lang, staff_view_t *v)
{
	/* Made-up rows, not frame words: Finnish and Swedish samples where
	 * they exist, English for the rest. */
	const sample_text_t *t = !lang		       ? &en
				 : !strcmp(lang, "fi") ? &fi
				 : !strcmp(lang, "sv") ? &sv
						       : &en;
	wall_t now = v->now;
	if (!v->queue.n)
		queue(ar, t, now, v);
	if (!v->questions.n)
		questions(ar, t, lang, now, v);
	if (!v->signups.n)
		signups(ar, t, now, v);
	rest(ar, t, lang, now, v);
}
#endif
