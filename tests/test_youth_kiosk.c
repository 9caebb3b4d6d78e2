/*
 * The kiosk frame and the Today and Week screens, on hand-built views
 * (kiosk_fixture.h) with the fake measure: the state transitions, the word
 * checks, the texts in three languages, and every frame at three screen
 * sizes checked with ui_lint (nothing outside the screen or cut, no
 * overlapping or small targets) and for the texts it must show (scrolling
 * through the lists until each one has been whole on screen).
 */
#include "kiosk_fixture.h"
#include "screen_check.h"
#include "testlib.h"

#include "core/tr.h"

#include "core/err.h"
#include "youth/tx.h"
#include "youth/kiosk.h"
#include "youth/kiosk_draw.h"
#include "ui/widgets.h"

#include <stdio.h>
#include <string.h>

static int64_t now_ms = 1000;

static void frame(ui_t *ui, const kiosk_view_t *v, const kiosk_state_t *s, ui_action_t *a)
{
	memset(a, 0, sizeof *a);
	now_ms += 16;
	ui_begin(ui, now_ms);
	kiosk_frame(ui, v, s, a);
	CHECK_INT(ui_end(ui), 0);
}

/* Taps the widget labelled label (after a frame showing it); returns the
 * action of the frame that applies the tap. */
static ui_action_t tap(ui_t *ui, const kiosk_view_t *v, const kiosk_state_t *s, const char *label)
{
	ui_action_t a;
	int x, y;
	frame(ui, v, s, &a);
	int rc = ui_find_hit(ui, label, &x, &y);
	if (rc != 0)
		fprintf(stderr, "  no hit \"%s\"\n", label);
	CHECK_INT(rc, 0);
	ui_pointer_down(ui, 0, x, y, now_ms);
	ui_pointer_up(ui, 0, x, y, now_ms + 60);
	frame(ui, v, s, &a);
	return a;
}

static const char *label_of(const char *what, const kiosk_state_t *s, int w, int h, char *buf,
			    size_t cap)
{
	snprintf(buf, cap, "%s %s %dx%d", what, s->lang, w, h);
	return buf;
}

struct scan_ctx {
	const kiosk_view_t *v;
	const kiosk_state_t *s;
};

static void scan_draw(void *ctx, ui_t *ui, ui_action_t *a)
{
	struct scan_ctx *c = ctx;
	frame(ui, c->v, c->s, a);
}

/* The frame linted at every scroll position, each of want[] whole on screen
 * at some position (tests/screen_check.h). */
static void check_frame(ui_t *ui, const kiosk_view_t *v, const kiosk_state_t *s, const char *what,
			const char *const *want, int nwant)
{
	struct scan_ctx c = {v, s};
	CHECK_INT(screen_scan(ui, scan_draw, &c, what, want, nwant, 20000), 0);
}

/* ---- i18n ----------------------------------------------------------- */

/* The printf conversions of s, e.g. "sd" for "%s ... %d". */
static void convs(const char *s, char *out)
{
	int n = 0;
	for (; *s; s++)
		if (s[0] == '%' && s[1]) {
			s++;
			if (*s != '%')
				out[n++] = *s;
		}
	out[n] = 0;
}

TEST(texts_complete)
{
	/* Every word has its English and a reviewed Finnish and Swedish
	 * translation in the catalogues: a missing one fails here, not
	 * silently as English on the screen. */
	for (int id = 0; id < T_COUNT; id++) {
		const tr_key_t *k = tx_key((text_id_t)id);
		CHECK(k && k->ctx && k->id && *k->id);
		if (!k || !k->ctx || !k->id)
			continue;
		for (int l = 0; l < 2; l++)
			if (!tr_has(l ? "sv" : "fi", k->ctx, k->id)) {
				fprintf(stderr, "  %s: no %s translation of %s \"%s\"\n",
					l ? "sv.po" : "fi.po", l ? "Swedish" : "Finnish", k->ctx,
					k->id);
				CHECK(!"translated");
			}
	}
	CHECK(tx_key(T_COUNT) == NULL);
	/* Every shipped language, the drafts too: each word whole and keeping
	 * the English's conversions (a draft word a catalogue lacks is the
	 * English itself). A plural word is checked in its form for 5, which
	 * says the number in every language (Arabic's forms for 0, 1 and 2
	 * may say it in words). */
	static const char *langs[] = {"fi", "sv", "en", "uk", "ru", "ar", "so", "et", "se"};
	for (int l = 0; l < 9; l++)
		for (int id = 0; id < T_COUNT; id++) {
			const char *s = tx_n(langs[l], (text_id_t)id, 5);
			char a[16], b[16];
			CHECK(s && *s);
			convs(s, a);
			convs(tx_n("en", (text_id_t)id, 5), b);
			if (strcmp(a, b))
				fprintf(stderr, "  %s #%d: \"%s\" has %%%s, en has %%%s\n",
					langs[l], id, s, a, b);
			CHECK_STR(a, b);
		}
	CHECK_STR(tx("uk", T_TODAY), "Сьогодні"); /* a draft catalogue */
	CHECK_STR(tx("se", T_TODAY), "Odne");
	CHECK_STR(tx("de", T_TODAY), "Today"); /* no catalogue: English */
	CHECK_STR(tx(NULL, T_WEEK), "Week");
	CHECK_STR(tx("fi", T_COUNT), "");
	CHECK_STR(tx("fi", T_ASK), "Kysy mitä vain");
	char buf[64];
	int day = day_from_ymd(2026, 11, 23);
	ui_fmt_date("fi", day, true, buf, sizeof buf);
	CHECK_STR(buf, "maanantai 23.11.");
	ui_fmt_date("sv", day + 1, false, buf, sizeof buf);
	CHECK_STR(buf, "tis 24.11.");
	ui_fmt_date("en", day + 6, true, buf, sizeof buf);
	CHECK_STR(buf, "Sunday 29 Nov");
	ui_fmt_date("fi", day, true, buf, 8); /* cut, but terminated */
	CHECK(strlen(buf) < 8);
}

/* ---- State ---------------------------------------------------------- */

TEST(screen_names)
{
	for (int i = 0; i < KS_SCREEN_COUNT; i++) {
		const char *n = kiosk_screen_name((kiosk_screen_t)i);
		CHECK(n && *n && strcmp(n, "?"));
		CHECK_INT(kiosk_screen_by_name(n), i);
	}
	CHECK_INT(kiosk_screen_by_name("question-sent"), KS_QUESTION_SENT);
	CHECK_INT(kiosk_screen_by_name("signed-up"), KS_SIGNED_UP);
	CHECK_INT(kiosk_screen_by_name("nope"), -1);
	CHECK_INT(kiosk_screen_by_name(NULL), -1);
	CHECK_STR(kiosk_screen_name(KS_SCREEN_COUNT), "?");
}

static ui_action_t act(int kind, int64_t arg, const char *id)
{
	ui_action_t a = {0};
	ui_act(&a, kind, arg, id);
	return a;
}

static ui_action_t key(int k, const char *text)
{
	ui_action_t a = {0};
	a.kind = UI_ACT_KEY;
	a.key = k;
	snprintf(a.text, sizeof a.text, "%s", text ? text : "");
	return a;
}

static void type(kiosk_state_t *s, const char *text, ui_action_t *fu)
{
	char ch[2] = {0};
	for (const char *p = text; *p; p++) {
		ch[0] = *p;
		ui_action_t k = *p == ' ' ? key(UI_KEY_SPACE, NULL) : key(UI_KEY_CHAR, ch);
		CHECK(kiosk_reduce(s, &k, fu));
		CHECK_INT(fu->kind, 0);
	}
}

TEST(reduce_navigation)
{
	kiosk_state_t s, fresh;
	ui_action_t fu, a;
	kiosk_state_init(&s, "sv");
	CHECK_INT(s.screen, KS_TODAY);
	CHECK_STR(s.lang, "sv");
	CHECK_INT(s.kb.layout, ui_kb_layout_for("sv"));
	kiosk_state_init(&fresh, "");
	CHECK_STR(fresh.lang, "fi");

	a = act(KA_NAV, KS_ASK, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_ASK);
	a = act(KA_OPEN_TOPIC, 0, "asuminen");
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_TOPIC);
	CHECK_STR(s.topic_id, "asuminen");
	a = act(KA_ANSWERS, 0, "");
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_ANSWERS);
	CHECK_STR(s.topic_id, "asuminen");
	a = act(KA_BACK, 0, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_TOPIC);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_ASK);
	CHECK_STR(s.topic_id, "");
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_TODAY);
	CHECK(kiosk_reduce(&s, &a, &fu)); /* back on Today stays */
	CHECK_INT(s.screen, KS_TODAY);

	/* Groups: group, sign-up, back keeps the group. */
	a = act(KA_OPEN_GROUP, 0, "peli");
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_GROUP);
	a = act(KA_SIGNUP, 0, "s2");
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_SIGNUP);
	CHECK_STR(s.session_id, "s2");
	CHECK_INT(s.kb.max_len, KIOSK_NICK_MAX);
	CHECK(s.kb.auto_cap && s.kb.shift);
	a = act(KA_BACK, 0, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_GROUP);
	CHECK_STR(s.group_id, "peli");
	CHECK_STR(s.session_id, "");
	a = act(KA_CANCEL_START, 0, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_CANCEL);
	CHECK_INT(s.kb.max_len, KIOSK_CODE_MAX);
	a = act(KA_IDEA_START, 0, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_IDEA);
	CHECK_INT(s.kb.max_len, KIOSK_IDEA_MAX);
	a = act(KA_BACK, 0, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_GROUPS);

	/* Services: search text survives opening one and coming back. */
	a = act(KA_NAV, KS_SERVICES, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.kb.max_len, KIOSK_SEARCH_MAX);
	CHECK(!s.search_open);
	a = act(KA_SEARCH_FOCUS, 0, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK(s.search_open);
	a = act(KA_BACK, 0, NULL); /* back first hides the keyboard */
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_SERVICES);
	CHECK(!s.search_open);
	a = act(KA_SEARCH_FOCUS, 0, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	type(&s, "kela", &fu);
	a = key(UI_KEY_ACTION, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(fu.kind, 0);
	CHECK(!s.search_open);
	CHECK_STR(s.kb.text, "kela");
	a = act(KA_OPEN_SERVICE, 0, "kela");
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_SERVICE);
	a = act(KA_BACK, 0, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_SERVICES);
	CHECK_STR(s.kb.text, "kela");
	a = act(KA_SEARCH_CLEAR, 0, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_STR(s.kb.text, "");

	/* KA_NAV clears everything a visitor opened. */
	a = act(KA_HELP, 0, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.overlay, KO_HELP);
	strcpy(s.notice, "x");
	a = act(KA_NAV, KS_WEEK, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_WEEK);
	CHECK_INT(s.overlay, KO_NONE);
	CHECK_STR(s.notice, "");
	CHECK_STR(s.service_id, "");
	CHECK_STR(s.kb.text, "");
	a = act(KA_SCROLL_DAY, 3, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.week_offset, 3);
	a = act(KA_SCROLL_DAY, 99, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.week_offset, 0);
	a = act(KA_NAV, KS_SCREEN_COUNT, NULL);
	CHECK(!kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_WEEK);

	/* Idle warning, overlays. */
	s.idle_warning = true;
	s.idle_seconds_left = 7;
	a = act(KA_STILL_HERE, 0, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK(!s.idle_warning);
	s.overlay = KO_CRISIS;
	a = act(KA_CLOSE_OVERLAY, 0, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.overlay, KO_NONE);

	/* Writes are the app's. */
	a = act(KA_TAKE_NUMBER, 0, "asuminen");
	CHECK(!kiosk_reduce(&s, &a, &fu));
	a = act(KA_SEND_SIGNUP, 0, "s2");
	CHECK(!kiosk_reduce(&s, &a, &fu));
}

TEST(reduce_typing)
{
	kiosk_state_t s;
	ui_action_t fu, a;
	kiosk_state_init(&s, "fi");
	a = act(KA_ASK, 0, "raha");
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(s.screen, KS_QUESTION);
	/* KIOSK_QUESTION_MAX, or what the keyboard's buffer holds if less. */
	CHECK(s.kb.max_len <= KIOSK_QUESTION_MAX && s.kb.max_len >= 250);
	CHECK(s.kb.auto_cap && s.kb.shift);
	CHECK_INT(s.kb.layout, ui_kb_layout_for("fi"));
	/* The action key with nothing typed sends nothing. */
	a = key(UI_KEY_ACTION, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(fu.kind, 0);
	type(&s, "Miten haen asumistukea", &fu);
	CHECK_STR(s.kb.text, "Miten haen asumistukea");
	/* Switching language keeps the text and changes the layout. */
	a = act(KA_LANG, 0, "en");
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_STR(s.lang, "en");
	CHECK_INT(s.kb.layout, ui_kb_layout_for("en"));
	CHECK_STR(s.kb.text, "Miten haen asumistukea");
	a = act(KA_LANG, 0, "toolongcode");
	CHECK(!kiosk_reduce(&s, &a, &fu));
	CHECK_STR(s.lang, "en");
	a = key(UI_KEY_ACTION, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(fu.kind, KA_SEND_QUESTION);
	CHECK_STR(fu.id, "raha");
	/* A failed save keeps the text and says so; a crisis phrase opens the
	 * crisis contacts whether or not it was saved. */
	kiosk_written(&s, &(kiosk_result_t){
				  .kind = fu.kind, .notice = "Kokeile uudelleen", .crisis = true});
	CHECK_INT(s.screen, KS_QUESTION);
	CHECK_STR(s.kb.text, "Miten haen asumistukea");
	CHECK_STR(s.notice, "Kokeile uudelleen");
	CHECK_INT(s.overlay, KO_CRISIS);
	kiosk_written(&s, &(kiosk_result_t){.kind = fu.kind, .ok = true, .crisis = true});
	CHECK_INT(s.screen, KS_QUESTION_SENT);
	CHECK_STR(s.kb.text, "");
	CHECK_STR(s.notice, "");
	CHECK_INT(s.overlay, KO_CRISIS);

	/* A nickname: a notice goes away once they edit. */
	a = act(KA_SIGNUP, 0, "s3");
	CHECK(kiosk_reduce(&s, &a, &fu));
	type(&s, "Pikseli", &fu);
	strcpy(s.notice, "Keksitkö toisen nimimerkin?");
	a = key(UI_KEY_BACKSPACE, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_STR(s.notice, "");
	CHECK_STR(s.kb.text, "Piksel");
	a = key(UI_KEY_ACTION, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(fu.kind, KA_SEND_SIGNUP);
	CHECK_STR(fu.id, "s3");
	kiosk_written(&s, &(kiosk_result_t){.kind = fu.kind,
					    .ok = true,
					    .session_id = "s3",
					    .cancel_code = "K7Q2M",
					    .waiting = true,
					    .waiting_position = 2});
	CHECK_INT(s.screen, KS_SIGNED_UP);
	CHECK_STR(s.cancel_code, "K7Q2M");
	CHECK(s.waiting);
	CHECK_INT(s.waiting_position, 2);
	CHECK_STR(s.kb.text, "");

	a = act(KA_CANCEL_START, 0, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	type(&s, "K7Q2M", &fu);
	a = key(UI_KEY_ACTION, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(fu.kind, KA_SEND_CANCEL);
	a = act(KA_IDEA_START, 0, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	type(&s, "lautapeli-ilta", &fu);
	a = key(UI_KEY_ACTION, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	CHECK_INT(fu.kind, KA_SEND_IDEA);

	/* Keys on a screen without a keyboard are not ours. */
	a = act(KA_NAV, KS_TODAY, NULL);
	CHECK(kiosk_reduce(&s, &a, &fu));
	a = key(UI_KEY_CHAR, "a");
	CHECK(!kiosk_reduce(&s, &a, &fu));
	CHECK_STR(s.kb.text, "");

	/* The idle reset is a fresh start. */
	kiosk_state_t b;
	kiosk_state_init(&s, "fi");
	kiosk_state_init(&b, "fi");
	CHECK(memcmp(&s, &b, sizeof s) == 0);
}

/* ---- Frames --------------------------------------------------------- */

static const int sizes[3][2] = {{800, 480}, {1920, 1080}, {1080, 1920}};
static const char *langs[3] = {"fi", "sv", "en"};

static void each_size_lang(void (*fn)(ui_t *, kiosk_view_t *, kiosk_state_t *, const char *))
{
	for (int z = 0; z < 3; z++)
		for (int l = 0; l < 3; l++) {
			ui_t *ui;
			CHECK_INT(ui_new(&ui, sizes[z][0], sizes[z][1]), 0);
			kiosk_view_t v;
			kfx_view(&v, NULL);
			kiosk_state_t s;
			kiosk_state_init(&s, langs[l]);
			char what[64];
			fn(ui, &v, &s,
			   label_of("", &s, sizes[z][0], sizes[z][1], what, sizeof what));
			ui_free(ui);
		}
}

static void frame_common(const kiosk_state_t *s, const char **want, int *n)
{
	want[(*n)++] = "Ohjaamo Keskusta";
	want[(*n)++] = "11:02";
	want[(*n)++] = tx(s->lang, T_HELP_NOW);
	/* The visitor's language by its own name: its button, or the globe's
	 * (the others behind it: languages_behind_the_globe). */
	static char buf[8];
	want[(*n)++] = tx_lang_name(s->lang, buf, (int)sizeof buf);
}

static void bar_texts(const kiosk_state_t *s, const char **want, int *n)
{
	static const text_id_t ids[5] = {T_TODAY, T_WEEK, T_ASK, T_GROUPS, T_SERVICES};
	for (int i = 0; i < 5; i++)
		want[(*n)++] = tx(s->lang, ids[i]);
}

static void today_frames(ui_t *ui, kiosk_view_t *v, kiosk_state_t *s, const char *what)
{
	const char *want[48];
	int n = 0;
	char leaves[64], until[64], places[64], one[64], late[64];
	frame_common(s, want, &n);
	bar_texts(s, want, &n);
	snprintf(leaves, sizeof leaves, tx(s->lang, T_LEAVES_AT), "14:00");
	snprintf(until, sizeof until, tx(s->lang, T_UNTIL), "15:00");
	snprintf(places, sizeof places, tx_n(s->lang, T_PLACES_LEFT, 3), 3);
	snprintf(one, sizeof one, tx_n(s->lang, T_PLACES_LEFT, 1), 1);
	snprintf(late, sizeof late, tx(s->lang, T_ARRIVES), "14:30");
	const char *more[] = {tx(s->lang, T_NOW_ON_SITE),
			      tx(s->lang, T_LATER_TODAY),
			      tx(s->lang, T_GROUPS_TODAY),
			      tx(s->lang, T_AWAY_TODAY),
			      "Aino Korhonen",
			      "AK",
			      "Mikko Virtanen",
			      "Työllisyyspalveluiden nuorisokoordinaattori",
			      "Jussi Heikkinen",
			      "JH",
			      "Ei ajanvarausta: tule juttelemaan.",
			      "Ihmissuhteet",
			      "Hanna Mäkelä",
			      "Olli Saarinen",
			      "Kokkauskurssi",
			      "Keittiö",
			      tx(s->lang, T_FULL_QUEUE),
			      one,
			      places,
			      leaves,
			      until,
			      late};
	for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
		want[n++] = more[i];
	char w[96];
	snprintf(w, sizeof w, "today%s", what);
	check_frame(ui, v, s, w, want, n);

	/* An empty day, and a closed one. */
	kfx_empty_day(v);
	const char *empty[] = {tx(s->lang, T_NOBODY_TODAY), tx(s->lang, T_WEEK)};
	snprintf(w, sizeof w, "today-empty%s", what);
	check_frame(ui, v, s, w, empty, 2);
	kfx_closed_day(v);
	const char *closed[] = {tx(s->lang, T_CLOSED_TODAY), "Itsenäisyyspäivän aatto"};
	snprintf(w, sizeof w, "today-closed%s", what);
	check_frame(ui, v, s, w, closed, 2);
}

TEST(today_all_sizes)
{
	each_size_lang(today_frames);
}

static void week_frames(ui_t *ui, kiosk_view_t *v, kiosk_state_t *s, const char *what)
{
	s->screen = KS_WEEK;
	const char *want[48];
	int n = 0;
	char wk[32];
	snprintf(wk, sizeof wk, tx(s->lang, T_WEEK_N), 48);
	frame_common(s, want, &n);
	bar_texts(s, want, &n);
	const char *more[] = {wk,
			      "Aino Korhonen",
			      "Olli Saarinen",
			      "Koulutuksessa",
			      "Henkilökunnan koulutus",
			      "Henkilökunnan virkistyspäivä",
			      "Lomalla",
			      tx(s->lang, T_EXTRA_VISIT),
			      tx(s->lang, T_CLOSED_DAY),
			      "Talous- ja velkaneuvonta",
			      "12–16"};
	for (size_t i = 0; i < sizeof more / sizeof more[0]; i++)
		want[n++] = more[i];
	char w[96];
	snprintf(w, sizeof w, "week%s", what);
	/* Portrait shows the days from the one chosen: Monday shows all. */
	s->week_offset = 1;
	check_frame(ui, v, s, w, want, n);
	s->week_offset = 0;
	check_frame(ui, v, s, w, want, 3);
}

/* A city's Monday (120 visits here): only the cards that can be seen are
 * laid out and drawn, and scrolling still reaches the last one, in columns and in the
 * portrait list. */
TEST(a_long_week_draws_what_shows)
{
	static week_slot_t many[120];
	static char names[120][32];
	for (int i = 0; i < 120; i++) {
		snprintf(names[i], sizeof names[i], "Henkilö %d", i);
		many[i] = kfx_slot(names[i], "Kela", "Huone 2", 9 * 60, 10 * 60, PRESENCE_SCHEDULED,
				   "");
	}
	for (int z = 0; z < 3; z++) {
		ui_t *ui;
		CHECK_INT(ui_new(&ui, sizes[z][0], sizes[z][1]), 0);
		kiosk_view_t v;
		kfx_view(&v, NULL);
		v.week.days[0].slots = many;
		v.week.days[0].nslots = 120;
		kiosk_state_t s;
		kiosk_state_init(&s, "fi");
		s.screen = KS_WEEK;
		s.week_offset = 1;
		ui_action_t a;
		frame(ui, &v, &s, &a);
		/* Laid out (and so in the registry) only where it shows. */
		int nt, laid = 0;
		const ui_text_rec_t *t = ui_texts(ui, &nt);
		for (int i = 0; i < nt; i++)
			laid += !strncmp(t[i].text, "Henkilö ", 9);
		CHECK(laid > 0);
		CHECK(laid < 40);
		const char *want[] = {"Henkilö 0", "Henkilö 119"};
		char what[64];
		check_frame(ui, &v, &s,
			    label_of("long week", &s, sizes[z][0], sizes[z][1], what, sizeof what),
			    want, 2);
		ui_free(ui);
	}
}

/* Two weeks: the tabs lint clean, switch, and on Sunday next week comes
 * first. */
static void two_week_frames(ui_t *ui, kiosk_view_t *v, kiosk_state_t *s, const char *what)
{
	s->screen = KS_WEEK;
	v->week_next = v->week;
	for (int i = 0; i < 7; i++)
		v->week_next.days[i].day += 7;
	char w48[32], w49[32], w[96];
	snprintf(w48, sizeof w48, tx(s->lang, T_WEEK_N), 48);
	snprintf(w49, sizeof w49, tx(s->lang, T_WEEK_N), 49);
	snprintf(w, sizeof w, "two weeks%s", what);
	const char *want[] = {w48, tx(s->lang, T_THIS_WEEK), tx(s->lang, T_NEXT_WEEK)};
	check_frame(ui, v, s, w, want, 3);
	ui_action_t a = tap(ui, v, s, tx(s->lang, T_NEXT_WEEK));
	CHECK_INT(a.kind, KA_WEEK_PAGE);
	CHECK_INT(a.arg, 2);
	CHECK(kiosk_reduce(s, &a, NULL));
	const char *want2[] = {w49};
	check_frame(ui, v, s, w, want2, 1);
	CHECK(ui_find_text(ui, w48) == NULL);
	/* Sunday, nothing chosen: next week. Monday: this week. */
	s->week_page = 0;
	wall_t monday = v->now;
	v->now = wall_make(wall_day(monday) + 6, 12 * 60);
	CHECK(scr_week_next_first(v));
	check_frame(ui, v, s, w, want2, 1);
	v->now = monday;
	CHECK(!scr_week_next_first(v));
	/* Friday: after closing next week, at noon this week. */
	v->today.day = wall_day(monday) + 4;
	v->today.hours = (hours_view_t){true, 10 * 60, 15 * 60, false, ""};
	v->now = wall_make(v->today.day, 16 * 60);
	CHECK(scr_week_next_first(v));
	v->now = wall_make(v->today.day, 12 * 60);
	CHECK(!scr_week_next_first(v));
	v->now = monday;
}

/* A person's page: lint clean at every size, with what it must say; their
 * topics open the topic, Back goes back to Today. */
static void person_frames(ui_t *ui, kiosk_view_t *v, kiosk_state_t *s, const char *what)
{
	ui_action_t a = tap(ui, v, s, "Aino Korhonen");
	CHECK_INT(a.kind, KA_OPEN_PERSON);
	CHECK_STR(a.id, "aino");
	CHECK(kiosk_reduce(s, &a, NULL));
	CHECK_INT(s->screen, KS_PERSON);
	char w[96];
	snprintf(w, sizeof w, "person%s", what);
	const char *want[] = {"Aino Korhonen", tx(s->lang, T_PERSON_WHEN),
			      tx(s->lang, T_PERSON_SPEAKS), tx(s->lang, T_PERSON_HELPS),
			      "Opiskelu"};
	check_frame(ui, v, s, w, want, 5);
	/* The topics are last: scrolled into view on a small screen. */
	int nh;
	ui_id_t sid = 0;
	const ui_hit_t *h = ui_hits(ui, &nh);
	for (int i = 0; i < nh && !sid; i++)
		if (h[i].kind == UI_HIT_SCROLL)
			sid = h[i].id;
	int hx, hy;
	for (int off = 0; sid && off < 4000 && ui_find_hit(ui, "Opiskelu", &hx, &hy) != 0;
	     off += 50) {
		ui_scroll_to(ui, sid, off);
		frame(ui, v, s, &a);
	}
	a = tap(ui, v, s, "Opiskelu");
	CHECK_INT(a.kind, KA_OPEN_TOPIC);
	CHECK_STR(a.id, "studies");
	if (sid)
		ui_scroll_to(ui, sid, 0);
	a = tap(ui, v, s, tx(s->lang, T_BACK));
	CHECK_INT(a.kind, KA_BACK);
	CHECK(kiosk_reduce(s, &a, NULL));
	CHECK_INT(s->screen, KS_TODAY);
	CHECK_STR(s->person_id, "");
}

/* A tall screen: the form under the header, no empty band above it; the
 * keyboard at the bottom. */
TEST(portrait_forms_sit_under_the_header)
{
	static const kiosk_screen_t screens[] = {KS_SIGNUP, KS_QUESTION, KS_IDEA, KS_CANCEL};
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 1080, 1920), 0);
	kiosk_view_t v;
	kfx_view(&v, NULL);
	for (size_t i = 0; i < sizeof screens / sizeof screens[0]; i++) {
		kiosk_state_t s;
		kiosk_state_init(&s, "fi");
		s.screen = screens[i];
		strcpy(s.topic_id, "work");
		strcpy(s.group_id, "tyonhaku");
		strcpy(s.session_id, "s1");
		ui_kb_init(&s.kb, ui_kb_layout_for("fi"), 40);
		strcpy(s.kb.text, screens[i] == KS_CANCEL ? "K7" : "Kettu");
		ui_action_t a;
		frame(ui, &v, &s, &a);
		CHECK_INT(screen_lint(ui, kiosk_screen_name(s.screen)), 0);
		const ui_text_rec_t *t = ui_find_text(ui, screens[i] == KS_CANCEL ? "7" : "Kettu");
		CHECK(t != NULL);
		if (t && t->r.y > 1920 / 3)
			fprintf(stderr, "  %s: the field at y %d\n", kiosk_screen_name(s.screen),
				t->r.y);
		CHECK(t && t->r.y < 1920 / 3);
	}
	ui_free(ui);
}

/* Read aloud: where the kiosk has a voice, Today, a topic and a service get
 * the button in the bar (lint clean at every size); what it reads is the
 * screen's public text, never what was typed. */
static void read_frames(ui_t *ui, kiosk_view_t *v, kiosk_state_t *s, const char *what)
{
	v->can_speak = true;
	char w[96], text[4096];
	snprintf(w, sizeof w, "read%s", what);
	const char *want[] = {tx(s->lang, T_NOW_ON_SITE)};
	check_frame(ui, v, s, w, want, 1);
	ui_action_t a = tap(ui, v, s, tx(s->lang, T_READ_ALOUD));
	CHECK_INT(a.kind, KA_READ_ALOUD);
	ui_kb_init(&s->kb, ui_kb_layout_for(s->lang), 40);
	strcpy(s->kb.text, "Salainen");
	kiosk_read_text(v, s, text, (int)sizeof text);
	CHECK(strstr(text, "Aino Korhonen") != NULL);
	CHECK(strstr(text, "Ohjaamo Virta") != NULL);
	CHECK(strstr(text, "Salainen") == NULL);
	CHECK(strstr(text, "\xc2\xa0") == NULL); /* no-break spaces are plain to a voice */
	s->kb.text[0] = 0;
	/* Typing screens have no bar, the others no text to read. */
	s->screen = KS_GROUPS;
	ui_action_t f;
	frame(ui, v, s, &f);
	CHECK(ui_find_hit(ui, tx(s->lang, T_READ_ALOUD), &(int){0}, &(int){0}) != 0);
	kiosk_read_text(v, s, text, (int)sizeof text);
	CHECK_STR(text, "");
	s->screen = KS_TODAY;
	v->can_speak = false;
	frame(ui, v, s, &f);
	CHECK(ui_find_hit(ui, tx(s->lang, T_READ_ALOUD), &(int){0}, &(int){0}) != 0);
}

TEST(read_aloud_all_sizes)
{
	each_size_lang(read_frames);
}

/* A called number: the banner says where to go (the content's desk) and
 * has its own strip: no list scrolls under it. */
static void banner_frames(ui_t *ui, kiosk_view_t *v, kiosk_state_t *s, const char *what)
{
	v->called_number = 17;
	char call[96], w[96];
	snprintf(call, sizeof call, kiosk_called_text(s->lang), 17);
	snprintf(w, sizeof w, "banner%s", what);
	const char *want[] = {call, "Infopiste aulassa"};
	check_frame(ui, v, s, w, want, 2);
	int n, block_top = -1, scroll_bottom = -1;
	const ui_hit_t *h = ui_hits(ui, &n);
	for (int i = 0; i < n; i++) {
		if (h[i].kind == UI_HIT_BLOCK)
			block_top = h[i].r.y;
		if (h[i].kind == UI_HIT_SCROLL && h[i].r.y + h[i].r.h > scroll_bottom)
			scroll_bottom = h[i].r.y + h[i].r.h;
	}
	if (block_top < 0 || scroll_bottom > block_top)
		fprintf(stderr, "  %s: list to %d, banner from %d\n", w, scroll_bottom, block_top);
	CHECK(block_top >= 0 && scroll_bottom <= block_top);
	v->called_number = 0;
}

TEST(called_banner_all_sizes)
{
	each_size_lang(banner_frames);
}

TEST(person_all_sizes)
{
	each_size_lang(person_frames);
}

TEST(two_weeks_all_sizes)
{
	each_size_lang(two_week_frames);
}

TEST(week_all_sizes)
{
	each_size_lang(week_frames);
}

static void overlay_frames(ui_t *ui, kiosk_view_t *v, kiosk_state_t *s, const char *what)
{
	char w[96], idle[256];
	s->overlay = KO_HELP;
	const char *help[] = {tx(s->lang, T_HELP_TITLE),
			      tx(s->lang, T_HELP_SUB),
			      "MIELI Kriisipuhelin",
			      "09 2525 0111",
			      "Nollalinja",
			      "nollalinja.fi",
			      tx(s->lang, T_CLOSE)};
	snprintf(w, sizeof w, "help%s", what);
	check_frame(ui, v, s, w, help, 7);
	s->overlay = KO_CRISIS;
	s->screen = KS_QUESTION_SENT;
	const char *crisis[] = {tx(s->lang, T_CRISIS_TITLE), tx(s->lang, T_CRISIS_TEXT),
				"Hätänumero 112", tx(s->lang, T_CLOSE)};
	snprintf(w, sizeof w, "crisis%s", what);
	check_frame(ui, v, s, w, crisis, 4);
	s->overlay = KO_ACCESS;
	s->screen = KS_TODAY;
	char lt[96];
	snprintf(lt, sizeof lt, "%s: %s", tx(s->lang, T_LARGE_TEXT), tx(s->lang, T_OFF));
	const char *acc[] = {tx(s->lang, T_ACCESS_TITLE), tx(s->lang, T_ACCESS_SUB), lt,
			     tx(s->lang, T_DONE)};
	snprintf(w, sizeof w, "access%s", what);
	check_frame(ui, v, s, w, acc, 4);
	ui_action_t ta = tap(ui, v, s, lt);
	CHECK_INT(ta.kind, KA_TOGGLE_LARGE);
	CHECK(kiosk_reduce(s, &ta, NULL));
	CHECK(s->large_text);
	s->large_text = false;
	s->overlay = KO_NONE;
	ta = tap(ui, v, s, "Aa");
	CHECK_INT(ta.kind, KA_ACCESS);
	s->idle_warning = true;
	s->idle_seconds_left = 8;
	snprintf(idle, sizeof idle, tx_n(s->lang, T_IDLE_TEXT, 8), 8);
	const char *iw[] = {tx(s->lang, T_IDLE_TITLE), idle, tx(s->lang, T_STILL_HERE)};
	snprintf(w, sizeof w, "idle%s", what);
	check_frame(ui, v, s, w, iw, 3);
	s->idle_warning = false;
	snprintf(s->notice, sizeof s->notice, "%s", tx(s->lang, T_CODE_UNKNOWN));
	const char *nw[] = {s->notice, tx(s->lang, T_OK)};
	snprintf(w, sizeof w, "notice%s", what);
	check_frame(ui, v, s, w, nw, 2);
	s->notice[0] = 0;

	v->display_dim = true;
	char next[64];
	snprintf(next, sizeof next, "%s 12–16", tx(s->lang, T_TOMORROW));
	v->now = wall_make(v->today.day, 20 * 60);
	const char *dim[] = {"Ohjaamo Keskusta", "20:00", tx(s->lang, T_CLOSED_NOW), next,
			     tx(s->lang, T_TAP_TO_WAKE)};
	snprintf(w, sizeof w, "dim%s", what);
	check_frame(ui, v, s, w, dim, 5);
	v->display_dim = false;
	v->has_content = false;
	const char *none[] = {tx(s->lang, T_NO_CONTENT), tx(s->lang, T_NO_CONTENT_SUB), "Ovi"};
	snprintf(w, sizeof w, "no-content%s", what);
	check_frame(ui, v, s, w, none, 3);
}

TEST(overlays_all_sizes)
{
	each_size_lang(overlay_frames);
}

/* A number, a code or "sent": the countdown to Today is on the screen, and
 * so is the way out (Done), without scrolling, at every size. */
static void result_frames(ui_t *ui, kiosk_view_t *v, kiosk_state_t *s, const char *what)
{
	static const kiosk_screen_t screens[] = {KS_NUMBER, KS_SIGNED_UP, KS_QUESTION_SENT,
						 KS_CANCELLED, KS_IDEA_SENT};
	v->result_timeout_s = 20;
	for (size_t i = 0; i < sizeof screens / sizeof screens[0]; i++) {
		char w[96], left[160];
		kiosk_state_init(s, s->lang);
		s->screen = screens[i];
		CHECK(kiosk_private_result(s));
		s->number = 17;
		strcpy(s->topic_id, "work");
		strcpy(s->group_id, "tyonhaku");
		strcpy(s->session_id, "s1");
		strcpy(s->cancel_code, "K7P2Q");
		s->result_seconds_left = 12;
		snprintf(left, sizeof left, tx_n(s->lang, T_RESULT_RETURN, 12), 12);
		snprintf(w, sizeof w, "%s%s", kiosk_screen_name(s->screen), what);
		ui_action_t a;
		frame(ui, v, s, &a);
		CHECK_INT(screen_lint(ui, w), 0);
		bool ok = screen_whole(ui, left) && screen_whole(ui, tx(s->lang, T_DONE));
		if (!ok)
			fprintf(stderr, "  %s: countdown or Done not in view\n", w);
		CHECK(ok);
		/* No countdown once the app says none runs. */
		s->result_seconds_left = 0;
		frame(ui, v, s, &a);
		CHECK(ui_find_text(ui, left) == NULL);
	}
	kiosk_state_init(s, s->lang);
	s->screen = KS_TODAY;
	s->result_seconds_left = 12; /* ignored: Today shows nothing private */
	ui_action_t a;
	frame(ui, v, s, &a);
	char left[160];
	snprintf(left, sizeof left, tx_n(s->lang, T_RESULT_RETURN, 12), 12);
	CHECK(ui_find_text(ui, left) == NULL);
	CHECK(!kiosk_private_result(s));
}

/* "Huone 1" stays on one line wherever the card wraps its organisation and
 * room: no line of any frame ends with "Huone" or is just the number. */
static void rooms_together(ui_t *ui, kiosk_view_t *v, kiosk_state_t *s, const char *what)
{
	static const kiosk_screen_t screens[] = {KS_TODAY, KS_WEEK};
	for (size_t i = 0; i < 2; i++) {
		s->screen = screens[i];
		ui_action_t a;
		frame(ui, v, s, &a);
		const draw_list_t *dl = ui_dl(ui);
		for (int k = 0; k < dl->n; k++) {
			const char *str = dl->cmd[k].str;
			if (dl->cmd[k].kind != DRAW_TEXT || !str)
				continue;
			size_t len = strlen(str);
			bool split = (len >= 5 && strcmp(str + len - 5, "Huone") == 0) ||
				     strcmp(str, "1") == 0 || strcmp(str, "2") == 0 ||
				     strcmp(str, "3") == 0;
			if (split)
				fprintf(stderr, "  %s %s: a line \"%s\"\n",
					kiosk_screen_name(s->screen), what, str);
			CHECK(!split);
		}
	}
	char out[64];
	kiosk_draw_org_room("Kela", "Huone 2", out, sizeof out);
	CHECK_STR(out, "Kela · Huone\xc2\xa0"
		       "2");
	kiosk_draw_org_room("", "Nuorten tila Kakkoskerroksen päädyssä", out, sizeof out);
	CHECK_STR(out, "Nuorten tila Kakkoskerroksen päädyssä"); /* long: may wrap */
}

TEST(short_rooms_stay_together)
{
	each_size_lang(rooms_together);
}

TEST(private_results_count_down_all_sizes)
{
	each_size_lang(result_frames);
}

/* The idle warning comes up when the person who typed may have gone: what
 * they typed must not show around it. The first full-screen rect drawn
 * after the typed text must be opaque. */
static void idle_cover(ui_t *ui, kiosk_view_t *v, kiosk_state_t *s, const char *what)
{
	static const kiosk_screen_t typing[] = {KS_QUESTION, KS_SIGNUP, KS_IDEA, KS_CANCEL,
						KS_SERVICES};
	for (size_t i = 0; i < sizeof typing / sizeof typing[0]; i++) {
		kiosk_state_init(s, s->lang);
		s->screen = typing[i];
		strcpy(s->topic_id, "work");
		strcpy(s->group_id, "tyonhaku");
		strcpy(s->session_id, "s1");
		ui_kb_init(&s->kb, ui_kb_layout_for(s->lang), 40);
		strcpy(s->kb.text, typing[i] == KS_CANCEL ? "K7P" : "Salainen");
		s->search_open = true;
		s->idle_warning = true;
		s->idle_seconds_left = 8;
		ui_action_t a;
		frame(ui, v, s, &a);
		const draw_list_t *dl = ui_dl(ui);
		ui_rect_t scr = ui_screen(ui);
		int typed = -1, cover = -1;
		for (int k = 0; k < dl->n; k++) {
			const draw_cmd_t *c = &dl->cmd[k];
			/* The code is drawn a character a tile: its digit. */
			const char *needle = typing[i] == KS_CANCEL ? "7" : s->kb.text;
			if (c->kind == DRAW_TEXT && c->str && strstr(c->str, needle))
				typed = k;
			if (typed >= 0 && cover < 0 && c->kind == DRAW_RECT && c->r.x <= scr.x &&
			    c->r.y <= scr.y && c->r.w >= scr.w && c->r.h >= scr.h && k > typed)
				cover = k;
		}
		if (typed < 0 || cover < 0 || dl->cmd[cover].color.a != 255)
			fprintf(stderr, "  %s %s: typed text at %d, cover at %d (alpha %d)\n",
				kiosk_screen_name(s->screen), what, typed, cover,
				cover >= 0 ? dl->cmd[cover].color.a : -1);
		CHECK(typed >= 0 && cover > typed && dl->cmd[cover].color.a == 255);
	}
}

TEST(idle_warning_hides_what_was_typed)
{
	each_size_lang(idle_cover);
}

static const char *many_langs[] = {"fi", "sv", "en", "uk", "ar", "so", "ru", "fa"};

static void header_stress(ui_t *ui, kiosk_view_t *v, kiosk_state_t *s, const char *what)
{
	char w[96];
	v->today.site.name = "Ohjaamo Kajaani – Nuorten tieto- ja neuvontapiste";
	v->today.site.address = "Kauppakatu 12 B, 2. kerros (sisäänkäynti pihan puolelta)";
	v->today.site.languages = many_langs;
	v->today.site.nlanguages = 8;
	char buf[8];
	const char *want[] = {"11:02", v->today.site.name, tx(s->lang, T_HELP_NOW),
			      tx_lang_name(s->lang, buf, (int)sizeof buf)};
	snprintf(w, sizeof w, "header%s", what);
	check_frame(ui, v, s, w, want, 4);
	s->screen = KS_WEEK;
	snprintf(w, sizeof w, "header-week%s", what);
	check_frame(ui, v, s, w, want, 4);
	/* Eight languages never fit beside the rest: the globe lists them,
	 * each by its own name, whole. */
	const char *names[] = {"Suomi",	  "Svenska",  "English", "Українська",
			       "العربية", "Soomaali", "Русский", "فارسی"};
	s->overlay = KO_LANGS;
	snprintf(w, sizeof w, "header-langs%s", what);
	check_frame(ui, v, s, w, names, 8);
	s->overlay = KO_NONE;
	/* A visitor in Arabic: the frame's own words, right to left. */
	snprintf(s->lang, sizeof s->lang, "ar");
	s->screen = KS_TODAY;
	const char *ar[] = {"العربية", tx("ar", T_NOW_ON_SITE), tx("ar", T_HELP_NOW)};
	snprintf(w, sizeof w, "header-ar%s", what);
	check_frame(ui, v, s, w, ar, 3);
}

TEST(header_many_languages_long_name)
{
	each_size_lang(header_stress);
}

/* Where the languages' own buttons do not fit, one button with a globe and
 * the visitor's language opens the list; a tap there picks and closes. */
TEST(languages_behind_the_globe)
{
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 800, 480), 0);
	kiosk_view_t v;
	kfx_view(&v, NULL);
	kiosk_state_t s;
	kiosk_state_init(&s, "fi");
	ui_action_t a, follow;
	frame(ui, &v, &s, &a);
	int x, y;
	CHECK(ui_find_hit(ui, "Svenska", &x, &y) != 0); /* no room for it here */
	a = tap(ui, &v, &s, "Suomi");
	CHECK_INT(a.kind, KA_LANGS);
	CHECK(kiosk_reduce(&s, &a, &follow));
	CHECK_INT(s.overlay, KO_LANGS);
	CHECK_INT(screen_lint(ui, "the language list"), 0);
	/* The list blocks the screen beneath. */
	frame(ui, &v, &s, &a);
	CHECK(ui_find_hit(ui, "Viikko", &x, &y) != 0);
	a = tap(ui, &v, &s, "Українська");
	CHECK_INT(a.kind, KA_LANG);
	CHECK_STR(a.id, "uk");
	CHECK(kiosk_reduce(&s, &a, &follow));
	CHECK_STR(s.lang, "uk");
	CHECK_INT(s.overlay, KO_NONE);
	/* Close leaves the language as it is. */
	snprintf(s.lang, sizeof s.lang, "fi");
	a = tap(ui, &v, &s, "Suomi");
	CHECK_INT(a.kind, KA_LANGS);
	CHECK(kiosk_reduce(&s, &a, &follow));
	a = tap(ui, &v, &s, "Sulje");
	CHECK_INT(a.kind, KA_CLOSE_OVERLAY);
	CHECK(kiosk_reduce(&s, &a, &follow));
	CHECK_INT(s.overlay, KO_NONE);
	CHECK_STR(s.lang, "fi");
	/* On a wide screen every language has its own button. */
	ui_set_screen(ui, 1920, 1080);
	a = tap(ui, &v, &s, "Svenska");
	CHECK_INT(a.kind, KA_LANG);
	CHECK_STR(a.id, "sv");
	ui_free(ui);
}

TEST(taps)
{
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 1920, 1080), 0);
	kiosk_view_t v;
	kfx_view(&v, NULL);
	kiosk_state_t s;
	kiosk_state_init(&s, "fi");
	ui_action_t a = tap(ui, &v, &s, "Svenska");
	CHECK_INT(a.kind, KA_LANG);
	CHECK_STR(a.id, "sv");
	a = tap(ui, &v, &s, "Українська");
	CHECK_STR(a.id, "uk");
	a = tap(ui, &v, &s, "Viikko");
	CHECK_INT(a.kind, KA_NAV);
	CHECK_INT(a.arg, KS_WEEK);
	a = tap(ui, &v, &s, "Apua nyt");
	CHECK_INT(a.kind, KA_HELP);
	a = tap(ui, &v, &s, "Pelikerho");
	CHECK_INT(a.kind, KA_OPEN_GROUP);
	CHECK_STR(a.id, "peli");

	/* The help overlay blocks the screen beneath: only Close answers. */
	s.overlay = KO_HELP;
	a = tap(ui, &v, &s, "Sulje");
	CHECK_INT(a.kind, KA_CLOSE_OVERLAY);
	int x, y;
	CHECK(ui_find_hit(ui, "Viikko", &x, &y) != 0);
	s.overlay = KO_NONE;

	s.idle_warning = true;
	s.idle_seconds_left = 5;
	a = tap(ui, &v, &s, "Olen vielä tässä");
	CHECK_INT(a.kind, KA_STILL_HERE);
	s.idle_warning = false;

	/* Portrait week: the day strip. */
	ui_set_screen(ui, 1080, 1920);
	s.screen = KS_WEEK;
	a = tap(ui, &v, &s, "ke");
	CHECK_INT(a.kind, KA_SCROLL_DAY);
	CHECK_INT(a.arg, 3);

	/* Dimmed: a tap anywhere wakes to Today. */
	v.display_dim = true;
	a = tap(ui, &v, &s, "Kosketa näyttöä");
	CHECK_INT(a.kind, KA_NAV);
	CHECK_INT(a.arg, KS_TODAY);
	ui_free(ui);
}

/* ovi.ini [kiosk] languages: only those buttons, in the site's order; a
 * code neither built in nor in the bundle is left out; the visitor's
 * current language keeps its button so that they can see where they are. */
TEST(offered_languages)
{
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 1920, 1080), 0);
	kiosk_view_t v;
	kfx_view(&v, NULL);
	kiosk_state_t s;
	kiosk_state_init(&s, "fi");
	v.offer_langs[0] = "sv";
	v.offer_langs[1] = "fi";
	v.offer_langs[2] = "de"; /* neither built in nor in the bundle */
	v.offer_langs[3] = "uk";
	v.noffer_langs = 4;
	ui_action_t a;
	frame(ui, &v, &s, &a);
	int xs, xf, xu, y;
	CHECK_INT(ui_find_hit(ui, "Svenska", &xs, &y), 0);
	CHECK_INT(ui_find_hit(ui, "Suomi", &xf, &y), 0);
	CHECK_INT(ui_find_hit(ui, "Українська", &xu, &y), 0);
	CHECK(xs < xf && xf < xu);
	CHECK(ui_find_hit(ui, "English", &xs, &y) != 0);
	CHECK(ui_find_hit(ui, "Deutsch", &xs, &y) != 0);
	CHECK_INT(screen_lint(ui, "offered languages"), 0);
	/* English is not offered, but a visitor already in it keeps its button. */
	snprintf(s.lang, sizeof s.lang, "en");
	frame(ui, &v, &s, &a);
	CHECK_INT(ui_find_hit(ui, "English", &xs, &y), 0);
	a = tap(ui, &v, &s, "Українська");
	CHECK_INT(a.kind, KA_LANG);
	CHECK_STR(a.id, "uk");
	ui_free(ui);
}

TEST(next_open)
{
	kiosk_view_t v;
	kfx_view(&v, NULL);
	kiosk_state_t s;
	kiosk_state_init(&s, "fi");
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 1920, 1080), 0);
	v.display_dim = true;
	ui_action_t a;
	/* Before opening today. */
	v.now = wall_make(v.today.day, 7 * 60);
	frame(ui, &v, &s, &a);
	CHECK(ui_find_text(ui, "Tänään 10–17") != NULL);
	/* Thursday night: Friday is closed, the weekend too: next Monday. */
	v.now = wall_make(v.today.day + 3, 21 * 60);
	frame(ui, &v, &s, &a);
	CHECK(ui_find_text(ui, "ma 30.11. 10–17") != NULL);
	ui_free(ui);
}

/* ---- The way in: the logo held for 3 seconds on the youth screen ------- */

static void kframe(ui_t *ui, const kiosk_view_t *v, const kiosk_state_t *s, ui_action_t *a,
		   int64_t t)
{
	memset(a, 0, sizeof *a);
	ui_begin(ui, t);
	kiosk_frame(ui, v, s, a);
	CHECK_INT(ui_end(ui), 0);
}

TEST(logo_hold)
{
	static const int hold_sizes[3][2] = {{1920, 1080}, {800, 480}, {1080, 1920}};
	for (int k = 0; k < 3; k++) {
		ui_t *ui;
		CHECK_INT(ui_new(&ui, hold_sizes[k][0], hold_sizes[k][1]), 0);
		kiosk_view_t v;
		kfx_view(&v, NULL);
		kiosk_state_t s;
		kiosk_state_init(&s, "fi");
		ui_action_t a;
		int64_t t = 100000;
		int x, y;
		kframe(ui, &v, &s, &a, t);
		CHECK_INT(ui_find_hit(ui, "staff-entry", &x, &y), 0);
		CHECK_INT(ui_next_frame_ms(ui), -1);
		/* A quick tap does nothing. */
		ui_pointer_down(ui, 0, x, y, t += 16);
		ui_pointer_up(ui, 0, x, y, t + 100);
		kframe(ui, &v, &s, &a, t += 16);
		kframe(ui, &v, &s, &a, t += 100);
		CHECK_INT(a.kind, 0);
		/* Held: frames keep coming, and at 3 s it fires once. */
		int64_t down = t += 16;
		ui_pointer_down(ui, 0, x, y, down);
		kframe(ui, &v, &s, &a, t);
		CHECK_INT(a.kind, 0);
		int next = ui_next_frame_ms(ui);
		CHECK(next > 0 && next <= 100);
		kframe(ui, &v, &s, &a, t = down + 2900);
		CHECK_INT(a.kind, 0);
		kframe(ui, &v, &s, &a, t = down + STAFF_ENTRY_HOLD_MS);
		CHECK_INT(a.kind, KA_STAFF_ENTRY);
		kframe(ui, &v, &s, &a, t += 500);
		CHECK_INT(a.kind, 0);
		ui_pointer_up(ui, 0, x, y, t += 10);
		kframe(ui, &v, &s, &a, t += 16);
		CHECK_INT(a.kind, 0);
		CHECK_INT(ui_next_frame_ms(ui), -1);
		/* Sliding off the logo gives up. */
		down = t += 16;
		ui_pointer_down(ui, 0, x, y, down);
		kframe(ui, &v, &s, &a, t);
		ui_pointer_move(ui, 0, x + ui_dp(ui, 300), y + ui_dp(ui, 300), t + 200);
		kframe(ui, &v, &s, &a, t += 300);
		kframe(ui, &v, &s, &a, t = down + 3500);
		CHECK_INT(a.kind, 0);
		ui_pointer_up(ui, 0, x, y, t);
		kframe(ui, &v, &s, &a, t += 16);
		CHECK_INT(a.kind, 0);
		/* The logo's hit area keeps the header lint-clean. */
		errlist_t el = {0};
		CHECK_INT(ui_lint(ui, UI_MIN_TARGET, &el), 0);
		for (int i = 0; i < el.n; i++)
			fprintf(stderr, "  %s\n", el.msg[i]);
		errlist_clear(&el);
		ui_free(ui);
	}
}

/* Time and outside events reach the state through the reducer: the idle
 * warning, a result's countdown, a notice nobody caused and its end. */
TEST(reduce_clock_and_notices)
{
	kiosk_state_t s;
	ui_action_t a, fu = {0};
	kiosk_state_init(&s, "fi");
	CHECK(kiosk_idle_countdown(&s, 7));
	CHECK(s.idle_warning);
	CHECK_INT(s.idle_seconds_left, 7);
	CHECK(!kiosk_idle_countdown(&s, 7)); /* nothing new: no frame due */
	CHECK(kiosk_idle_countdown(&s, 0));
	CHECK(!s.idle_warning);
	CHECK_INT(s.idle_seconds_left, 0);
	CHECK(!kiosk_idle_countdown(&s, -3));
	/* A result's countdown runs only on a private result. */
	CHECK(!kiosk_result_countdown(&s, 12));
	CHECK_INT(s.result_seconds_left, 0);
	kiosk_written(&s, &(kiosk_result_t){.kind = KA_TAKE_NUMBER, .ok = true, .number = 17});
	CHECK_INT(s.screen, KS_NUMBER);
	CHECK(kiosk_result_countdown(&s, 12));
	CHECK_INT(s.result_seconds_left, 12);
	CHECK(!kiosk_result_countdown(&s, 12));
	/* "The information was just updated" shows where it covers nothing,
	 * and goes only when it is still the notice showing. */
	kiosk_state_init(&s, "fi");
	CHECK(kiosk_notify(&s, "Tiedot päivitettiin juuri."));
	CHECK_STR(s.notice, "Tiedot päivitettiin juuri.");
	CHECK(!kiosk_notify(&s, "Toinen")); /* one notice at a time */
	CHECK(!kiosk_unnotify(&s, "Toinen"));
	CHECK(kiosk_unnotify(&s, "Tiedot päivitettiin juuri."));
	CHECK_STR(s.notice, "");
	a = act(KA_ASK, 0, "raha");
	kiosk_reduce(&s, &a, &fu);
	type(&s, "Miten", &fu);
	CHECK(kiosk_typing(&s));
	CHECK(!kiosk_notify(&s, "Tiedot päivitettiin juuri.")); /* not over typing */
	CHECK_STR(s.notice, "");
	kiosk_state_init(&s, "fi");
	s.overlay = KO_HELP;
	CHECK(!kiosk_notify(&s, "Tiedot päivitettiin juuri.")); /* not over an overlay */
	kiosk_look(&s, true, true);
	CHECK(s.large_text && s.high_contrast);
}

int main(void)
{
	RUN(logo_hold);
	RUN(texts_complete);
	RUN(screen_names);
	RUN(reduce_navigation);
	RUN(reduce_typing);
	RUN(reduce_clock_and_notices);
	RUN(today_all_sizes);
	RUN(week_all_sizes);
	RUN(a_long_week_draws_what_shows);
	RUN(overlays_all_sizes);
	RUN(two_weeks_all_sizes);
	RUN(person_all_sizes);
	RUN(called_banner_all_sizes);
	RUN(read_aloud_all_sizes);
	RUN(portrait_forms_sit_under_the_header);
	RUN(private_results_count_down_all_sizes);
	RUN(short_rooms_stay_together);
	RUN(idle_warning_hides_what_was_typed);
	RUN(header_many_languages_long_name);
	RUN(languages_behind_the_globe);
	RUN(taps);
	RUN(next_open);
	RUN(offered_languages);
	return test_summary();
}
