/*
 * Staff mode on hand-built views (staff_fixture.h) with the fake measure:
 * the texts in three languages, staff_reduce()'s transitions, every staff
 * screen at three screen sizes in fi, sv and en checked with ui_lint (at
 * every scroll position) and for the texts it must show, the PIN never
 * drawn, taps giving the right actions, and the 3-second press on the
 * youth header's logo that opens staff mode.
 */
#include "staff_scenes.h"
#include "screen_check.h"
#include "testlib.h"

#include "core/tr.h"

#include "core/err.h"
#include "staff/staff.h"
#include "staff/staff_tx.h"
#include "ui/widgets.h"

#include <stdio.h>
#include <string.h>

static int64_t now_ms = 1000;

static void frame(ui_t *ui, const staff_view_t *v, const staff_state_t *s, ui_action_t *a)
{
	memset(a, 0, sizeof *a);
	now_ms += 16;
	ui_begin(ui, now_ms);
	staff_frame(ui, v, s, a);
	CHECK_INT(ui_end(ui), 0);
}

static ui_action_t tap(ui_t *ui, const staff_view_t *v, const staff_state_t *s, const char *label)
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

struct scan_ctx {
	const staff_view_t *v;
	const staff_state_t *s;
};

static void scan_draw(void *ctx, ui_t *ui, ui_action_t *a)
{
	struct scan_ctx *c = ctx;
	frame(ui, c->v, c->s, a);
}

/* The frame linted at every scroll position, each of want[] whole on screen
 * at some position (tests/screen_check.h). */
static void check_frame(ui_t *ui, const staff_view_t *v, const staff_state_t *s, const char *what,
			const char *const *want, int nwant)
{
	struct scan_ctx c = {v, s};
	CHECK_INT(screen_scan(ui, scan_draw, &c, what, want, nwant, 30000), 0);
}

/* ---- i18n ------------------------------------------------------------- */

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
	for (int id = 0; id < S_COUNT; id++) {
		const tr_key_t *k = staff_tx_key((staff_text_t)id);
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
	CHECK(staff_tx_key(S_COUNT) == NULL);
	static const char *langs[] = {"fi", "sv", "en"};
	for (int l = 0; l < 3; l++)
		for (int id = 0; id < S_COUNT; id++) {
			const char *s = staff_tx(langs[l], (staff_text_t)id);
			char a[16], b[16];
			CHECK(s && *s);
			convs(s, a);
			convs(staff_tx("en", (staff_text_t)id), b);
			if (strcmp(a, b))
				fprintf(stderr, "  %s #%d: \"%s\" has %%%s, en has %%%s\n",
					langs[l], id, s, a, b);
			CHECK_STR(a, b);
		}
	CHECK_STR(staff_tx("uk", S_LEAVE), "Leave");
	CHECK_STR(staff_tx("sv", S_LEAVE), "Lämna");
	CHECK_STR(staff_tx("fi", S_COUNT), "");
}

/* Staff mode opens in the visitor's language only where its words are
 * reviewed there: after an Arabic or Ukrainian visitor (drafts without
 * staff words) the site's default, else Finnish; a site that gives staff
 * mode's words in its ui_texts.csv gets them. */
TEST(staff_language)
{
	CHECK_STR(staff_tx_lang("sv", "fi"), "sv");
	CHECK_STR(staff_tx_lang("en", "fi"), "en");
	CHECK_STR(staff_tx_lang("ar", "fi"), "fi");
	CHECK_STR(staff_tx_lang("uk", "sv"), "sv");
	CHECK_STR(staff_tx_lang("se", "se"), "fi");
	CHECK_STR(staff_tx_lang("", NULL), "fi");
	CHECK(!staff_tx_speaks("ar"));
	CHECK(!staff_tx_speaks("xx"));
	tr_site_text_t t[] = {{"S_STAFF_MODE", "ti", "ናይ ሰራሕተኛታት"}};
	CHECK_INT(tr_site_set("fi", t, 1), OVI_OK);
	CHECK_STR(staff_tx_lang("ti", "fi"), "ti");
	CHECK_INT(tr_site_set(NULL, NULL, 0), OVI_OK);
	CHECK_STR(staff_tx_lang("ti", "fi"), "fi");
}

TEST(screen_names)
{
	for (int i = 0; i < ST_SCREEN_COUNT; i++) {
		const char *n = staff_screen_name((staff_screen_t)i);
		CHECK(strncmp(n, "staff-", 6) == 0);
		CHECK_INT(staff_screen_by_name(n), i);
	}
	CHECK_STR(staff_screen_name(ST_PIN), "staff-pin");
	CHECK_STR(staff_screen_name(ST_TODAY), "staff-today");
	CHECK_INT(staff_screen_by_name("today"), -1); /* the youth screen's name */
	CHECK_STR(staff_screen_name(ST_SCREEN_COUNT), "?");
}

/* ---- State -------------------------------------------------------------- */

TEST(reduce_pin)
{
	staff_state_t s;
	ui_action_t f, a;
	staff_state_init(&s, "sv");
	CHECK_INT(s.screen, ST_PIN);
	CHECK_STR(s.lang, "sv");
	for (int d = 1; d <= 9; d++) {
		a = sfx_act(SA_PIN_DIGIT, d, NULL);
		CHECK(staff_reduce(&s, &a, &f));
	}
	CHECK_STR(s.pin, "12345678"); /* at most STAFF_PAD_MAX */
	a = sfx_act(SA_PIN_BACK, 0, NULL);
	CHECK(staff_reduce(&s, &a, &f));
	CHECK_STR(s.pin, "1234567");
	a = sfx_act(SA_PIN_OK, 0, NULL);
	CHECK(!staff_reduce(&s, &a, &f)); /* the app checks it */
	staff_pin_result(&s, false, NULL);
	CHECK_STR(s.pin, "");
	CHECK(s.pin_wrong);
	CHECK_INT(s.screen, ST_PIN);
	a = sfx_act(SA_PIN_DIGIT, 4, NULL);
	staff_reduce(&s, &a, &f);
	CHECK(!s.pin_wrong); /* typing again clears the message */
	a = sfx_act(SA_PIN_OK, 0, NULL);
	CHECK(staff_reduce(&s, &a, &f)); /* too short: nothing to check */
	s.lockout_s = 30;
	a = sfx_act(SA_PIN_DIGIT, 7, NULL);
	staff_reduce(&s, &a, &f);
	CHECK_STR(s.pin, "4"); /* locked: digits are ignored */
	s.lockout_s = 0;
	a = sfx_act(SA_PIN_DIGIT, 7, NULL);
	staff_reduce(&s, &a, &f);
	a = sfx_act(SA_PIN_DIGIT, 1, NULL);
	staff_reduce(&s, &a, &f);
	a = sfx_act(SA_PIN_DIGIT, 1, NULL);
	staff_reduce(&s, &a, &f);
	a = sfx_act(SA_PIN_OK, 0, NULL);
	CHECK(!staff_reduce(&s, &a, &f));
	staff_pin_result(&s, true, "Infopiste");
	CHECK_INT(s.screen, ST_TODAY);
	CHECK_STR(s.label, "Infopiste");
	CHECK_STR(s.pin, "");
	a = sfx_act(SA_PIN_CANCEL, 0, NULL);
	CHECK(!staff_reduce(&s, &a, &f));
	a = sfx_act(SA_LEAVE, 0, NULL);
	CHECK(!staff_reduce(&s, &a, &f));
	a = sfx_act(SA_NAV, ST_PIN, NULL);
	CHECK(!staff_reduce(&s, &a, &f)); /* the pad is not a tab */
	CHECK_INT(s.screen, ST_TODAY);
}

TEST(reduce_today)
{
	staff_state_t s;
	ui_action_t f, a;
	staff_state_init(&s, "fi");
	staff_pin_result(&s, true, "Aino");
	a = sfx_act(SA_LATE_PICK, 12 * 60 + 15, "leena");
	CHECK(staff_reduce(&s, &a, &f));
	CHECK_INT(s.screen, ST_TIME);
	CHECK_STR(s.person_id, "leena");
	CHECK_INT(s.time_kind, SA_SET_LATE);
	CHECK_INT(s.time_min, 12 * 60 + 15);
	a = sfx_act(SA_TIME_STEP, -5, NULL);
	staff_reduce(&s, &a, &f);
	CHECK_INT(s.time_min, 12 * 60 + 10);
	a = sfx_act(SA_TIME_SET, 5000, NULL);
	staff_reduce(&s, &a, &f);
	CHECK_INT(s.time_min, 1435);
	a = sfx_act(SA_SET_LATE, s.time_min, s.person_id);
	CHECK(!staff_reduce(&s, &a, &f));
	staff_written(&s, SA_SET_LATE);
	CHECK_INT(s.screen, ST_TODAY);
	CHECK_STR(s.person_id, "");
	a = sfx_act(SA_LEAVES_PICK, 14 * 60, "mikko");
	staff_reduce(&s, &a, &f);
	CHECK_INT(s.time_kind, SA_SET_LEAVES);

	/* A walk-in: a typed visitor, steppers, a room. */
	a = sfx_act(SA_WALKIN_START, 11 * 60 + 2, NULL);
	staff_reduce(&s, &a, &f);
	CHECK_INT(s.screen, ST_WALKIN);
	CHECK_INT(s.walkin.start, 11 * 60);
	CHECK_INT(s.walkin.end, 13 * 60);
	a = sfx_act(SA_WALKIN_PERSON, 0, "tuula");
	staff_reduce(&s, &a, &f);
	CHECK_STR(s.walkin.person_id, "tuula");
	a = sfx_act(SA_WALKIN_FIELD, SF_VISITOR, NULL);
	staff_reduce(&s, &a, &f);
	CHECK_INT(s.field, SF_VISITOR);
	CHECK_STR(s.walkin.person_id, ""); /* a visitor instead */
	const char *name[] = {"M", "ä", "r", "t", "a"};
	for (int i = 0; i < 5; i++) {
		a = sfx_key(name[i]);
		CHECK(staff_reduce(&s, &a, &f));
	}
	CHECK_STR(s.walkin.visitor, "Märta");
	a = sfx_key_action();
	CHECK(staff_reduce(&s, &a, &f));
	CHECK_INT(f.kind, 0);
	CHECK_INT(s.field, SF_NONE);
	a = sfx_act(SA_WALKIN_FIELD, SF_ROOM, NULL);
	staff_reduce(&s, &a, &f);
	CHECK_STR(s.kb.text, "");
	a = sfx_act(SA_WALKIN_ROOM, 0, "Huone 2");
	staff_reduce(&s, &a, &f);
	CHECK_STR(s.walkin.room, "Huone 2");
	CHECK_INT(s.field, SF_NONE);
	a = sfx_act(SA_WALKIN_START_STEP, 120, NULL);
	staff_reduce(&s, &a, &f);
	CHECK_INT(s.walkin.start, 13 * 60);
	CHECK_INT(s.walkin.end, 13 * 60 + 15); /* never before the start */
	a = sfx_act(SA_WALKIN_END_STEP, -60, NULL);
	staff_reduce(&s, &a, &f);
	CHECK_INT(s.walkin.end, 13 * 60 + 15);
	a = sfx_act(SA_WALKIN_END_STEP, 10000, NULL);
	staff_reduce(&s, &a, &f);
	CHECK_INT(s.walkin.end, 1440);
	a = sfx_act(SA_ADD_WALKIN, 0, NULL);
	CHECK(!staff_reduce(&s, &a, &f));
	staff_written(&s, SA_ADD_WALKIN);
	CHECK_INT(s.screen, ST_TODAY);
	CHECK_STR(s.walkin.visitor, "");
}

TEST(reduce_answer_confirm_clock)
{
	staff_state_t s;
	ui_action_t f, a;
	staff_state_init(&s, "en");
	staff_pin_result(&s, true, "Aino");
	a = sfx_act(SA_ANSWER_START, 31, NULL);
	staff_reduce(&s, &a, &f);
	CHECK_INT(s.screen, ST_ANSWER);
	a = sfx_key_action();
	staff_reduce(&s, &a, &f);
	CHECK_INT(f.kind, 0); /* nothing typed: nothing to publish */
	a = sfx_key("J");
	staff_reduce(&s, &a, &f);
	a = sfx_key("a");
	staff_reduce(&s, &a, &f);
	a = sfx_key_action();
	CHECK(staff_reduce(&s, &a, &f));
	CHECK_INT(f.kind, SA_PUBLISH);
	CHECK_INT(f.arg, 31);
	CHECK_STR(s.kb.text, "Ja");
	staff_written(&s, SA_PUBLISH);
	CHECK_INT(s.screen, ST_QUESTIONS);
	CHECK_STR(s.kb.text, "");
	a = sfx_key("x");
	CHECK(!staff_reduce(&s, &a, &f)); /* no keyboard here */

	/* The confirmation holds the action until "Yes" emits it. */
	a = sfx_act(SA_CONFIRM, 29, NULL);
	a.key = SA_HIDE_QUESTION;
	CHECK(staff_reduce(&s, &a, &f));
	CHECK_INT(s.confirm.kind, SA_HIDE_QUESTION);
	CHECK_INT(s.confirm.arg, 29);
	a = sfx_act(SA_CONFIRM_NO, 0, NULL);
	staff_reduce(&s, &a, &f);
	CHECK_INT(s.confirm.kind, 0);
	a = sfx_act(SA_CONFIRM, 0, "s3");
	a.key = SA_CANCEL_SESSION;
	staff_reduce(&s, &a, &f);
	a = sfx_act(SA_CANCEL_SESSION, 0, "s3");
	CHECK(!staff_reduce(&s, &a, &f)); /* the app's write */
	CHECK_INT(s.confirm.kind, 0);

	/* The clock's fields. */
	wall_t t = wall_make(day_from_ymd(2024, 1, 31), 23 * 60 + 58);
	a = sfx_act(SA_CLOCK_START, t, NULL);
	staff_reduce(&s, &a, &f);
	CHECK_INT(s.screen, ST_CLOCK);
	a = sfx_act(SA_CLOCK_STEP, 1, "month");
	staff_reduce(&s, &a, &f);
	CHECK_INT(wall_day(s.clock), day_from_ymd(2024, 2, 29)); /* the last day of February */
	a = sfx_act(SA_CLOCK_STEP, 1, "minute");
	staff_reduce(&s, &a, &f);
	a = sfx_act(SA_CLOCK_STEP, 1, "minute");
	staff_reduce(&s, &a, &f);
	CHECK_INT(wall_minute(s.clock), 23 * 60); /* minutes wrap within the hour */
	a = sfx_act(SA_CLOCK_STEP, 1, "hour");
	staff_reduce(&s, &a, &f);
	CHECK_INT(wall_minute(s.clock), 0);
	CHECK_INT(wall_day(s.clock), day_from_ymd(2024, 2, 29)); /* hours wrap within the day */
	a = sfx_act(SA_CLOCK_STEP, 1, "year");
	staff_reduce(&s, &a, &f);
	CHECK_INT(wall_day(s.clock), day_from_ymd(2025, 2, 28));
	a = sfx_act(SA_CLOCK_STEP, -1, "day");
	staff_reduce(&s, &a, &f);
	CHECK_INT(wall_day(s.clock), day_from_ymd(2025, 2, 27));
	a = sfx_act(SA_CLOCK_STEP, -12, "month");
	staff_reduce(&s, &a, &f);
	CHECK_INT(wall_day(s.clock), day_from_ymd(2025, 2, 27)); /* a month wraps, no year */

	/* PIN labels. */
	a = sfx_act(SA_NAV, ST_PINS, NULL);
	staff_reduce(&s, &a, &f);
	a = sfx_act(SA_PIN_RENAME_START, 3, NULL);
	staff_reduce(&s, &a, &f);
	CHECK_INT(s.pin_id, 3);
	a = sfx_key("I");
	staff_reduce(&s, &a, &f);
	a = sfx_key_action();
	staff_reduce(&s, &a, &f);
	CHECK_INT(f.kind, SA_PIN_RENAME);
	CHECK_INT(f.arg, 3);
	staff_written(&s, SA_PIN_RENAME);
	CHECK_INT(s.pin_id, 0);
	CHECK_INT(s.screen, ST_PINS);

	staff_view_t v;
	sfx_view(&v, NULL);
	CHECK(!staff_clock_behind(&v));
	v.now = wall_make(day_from_ymd(1970, 1, 1), 0);
	CHECK(staff_clock_behind(&v));
}

/* ---- Screens ------------------------------------------------------------ */

static void screens_at(int w, int h)
{
	static const char *langs[3] = {"fi", "sv", "en"};
	ui_t *ui;
	CHECK_INT(ui_new(&ui, w, h), 0);
	for (int l = 0; l < 3; l++)
		for (int i = 0; i < SFX_NSCENES; i++) {
			staff_view_t v;
			staff_state_t s;
			sfx_view(&v, NULL);
			staff_state_init(&s, langs[l]);
			sfx_scenes[i].fn(&v, &s);
			const char *want[12];
			int n = 0;
			for (int k = 0; k < 6 && sfx_scenes[i].want[k] >= 0; k++)
				want[n++] = staff_tx(langs[l], (staff_text_t)sfx_scenes[i].want[k]);
			for (int k = 0; k < 4 && sfx_scenes[i].data[k]; k++)
				want[n++] = sfx_scenes[i].data[k];
			char what[96];
			snprintf(what, sizeof what, "%s %s %dx%d", sfx_scenes[i].name, langs[l], w,
				 h);
			ui_reset(ui);
			check_frame(ui, &v, &s, what, want, n);
		}
	ui_free(ui);
}

TEST(screens_800x480)
{
	screens_at(800, 480);
}
TEST(screens_1920x1080)
{
	screens_at(1920, 1080);
}
TEST(screens_1080x1920)
{
	screens_at(1080, 1920);
}

/* The PIN is never drawn, only dots: no text shows it, and each digit
 * appears once (its key). */
TEST(pin_never_drawn)
{
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 1920, 1080), 0);
	staff_view_t v;
	staff_state_t s;
	sfx_view(&v, NULL);
	staff_state_init(&s, "fi");
	const char *pin = SFX_PIN;
	for (const char *p = pin; *p; p++) {
		ui_action_t a = sfx_act(SA_PIN_DIGIT, *p - '0', NULL), f;
		staff_reduce(&s, &a, &f);
	}
	CHECK_STR(s.pin, SFX_PIN);
	ui_action_t a;
	frame(ui, &v, &s, &a);
	int nt;
	const ui_text_rec_t *t = ui_texts(ui, &nt);
	int count[10] = {0};
	for (int i = 0; i < nt; i++) {
		CHECK(!strstr(t[i].text, SFX_PIN));
		CHECK(!strstr(t[i].text, "471"));
		if (strlen(t[i].text) == 1 && t[i].text[0] >= '0' && t[i].text[0] <= '9')
			count[t[i].text[0] - '0']++;
	}
	for (int d = 0; d < 10; d++)
		CHECK_INT(count[d], 1);
	ui_free(ui);
}

TEST(taps)
{
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 1920, 1080), 0);
	staff_view_t v;
	staff_state_t s;
	sfx_view(&v, NULL);
	staff_state_init(&s, "fi");
	ui_action_t a = tap(ui, &v, &s, "7");
	CHECK_INT(a.kind, SA_PIN_DIGIT);
	CHECK_INT(a.arg, 7);
	a = tap(ui, &v, &s, "Peruuta");
	CHECK_INT(a.kind, SA_PIN_CANCEL);

	sfx_login(&s);
	a = tap(ui, &v, &s, "Myöhässä · Aino Korhonen");
	CHECK_INT(a.kind, SA_LATE_PICK);
	CHECK_STR(a.id, "aino");
	CHECK(a.arg > wall_minute(v.now));
	a = tap(ui, &v, &s, "Paikalla · Jussi Heikkinen");
	CHECK_INT(a.kind, SA_SET_HERE);
	CHECK_STR(a.id, "jussi");
	a = tap(ui, &v, &s, "Kuten suunniteltu · Mikko Virtanen");
	CHECK_INT(a.kind, SA_SET_PLANNED);
	CHECK_STR(a.id, "mikko");
	a = tap(ui, &v, &s, "Poista · Matti Vierailija");
	CHECK_INT(a.kind, SA_SET_PLANNED);
	CHECK_STR(a.id, "Matti Vierailija");
	a = tap(ui, &v, &s, "Lisää käynti");
	CHECK_INT(a.kind, SA_WALKIN_START);
	a = tap(ui, &v, &s, "Poistu");
	CHECK_INT(a.kind, SA_LEAVE);
	a = tap(ui, &v, &s, "Kello");
	CHECK_INT(a.kind, SA_CLOCK_START);
	CHECK_INT(a.arg, v.now);
	a = tap(ui, &v, &s, "Jono");
	CHECK_INT(a.kind, SA_NAV);
	CHECK_INT(a.arg, ST_QUEUE);

	ui_action_t f;
	staff_reduce(&s, &a, &f);
	a = tap(ui, &v, &s, "Kutsu 17");
	CHECK_INT(a.kind, SA_CALL);
	CHECK_INT(a.arg, 14);
	a = tap(ui, &v, &s, "Hoidettu 16");
	CHECK_INT(a.kind, SA_DONE);
	CHECK_INT(a.arg, 13);
	a = tap(ui, &v, &s, "Takaisin jonoon 15");
	CHECK_INT(a.kind, SA_REQUEUE);
	CHECK_INT(a.arg, 12);

	/* Hiding asks first; "Yes" carries the question. The question opens
	 * with a tap first (the first card: crisis first). */
	a = sfx_act(SA_NAV, ST_QUESTIONS, NULL);
	staff_reduce(&s, &a, &f);
	a = tap(ui, &v, &s, "Näytä kysymys");
	CHECK_INT(a.kind, SA_REVEAL);
	CHECK_INT(a.arg, 31);
	staff_reduce(&s, &a, &f);
	a = tap(ui, &v, &s, "Piilota");
	CHECK_INT(a.kind, SA_CONFIRM);
	CHECK_INT(a.key, SA_HIDE_QUESTION);
	CHECK_INT(a.arg, 31); /* the crisis-flagged one is first */
	staff_reduce(&s, &a, &f);
	a = tap(ui, &v, &s, "Piilota"); /* the dialog's: the list's is covered */
	CHECK_INT(a.kind, SA_HIDE_QUESTION);
	CHECK_INT(a.arg, 31);
	int x, y;
	CHECK(ui_find_hit(ui, "Vastaa", &x, &y) != 0); /* the dialog covers it */
	a = tap(ui, &v, &s, "Takaisin");
	CHECK_INT(a.kind, SA_CONFIRM_NO);
	staff_reduce(&s, &a, &f);
	a = tap(ui, &v, &s, "Vastaa");
	CHECK_INT(a.kind, SA_ANSWER_START);
	CHECK_INT(a.arg, 31);

	a = sfx_act(SA_OPEN_SESSION, 0, "s3");
	staff_reduce(&s, &a, &f);
	a = tap(ui, &v, &s, "Näytä nimimerkit");
	CHECK_INT(a.kind, SA_REVEAL);
	staff_reduce(&s, &a, &f);
	a = tap(ui, &v, &s, "Poista · Mörkö");
	CHECK_INT(a.kind, SA_CONFIRM);
	CHECK_INT(a.key, SA_REMOVE_SIGNUP);
	CHECK_INT(a.arg, 42);
	CHECK_STR(a.id, "s3");
	a = tap(ui, &v, &s, "Peru kerta");
	CHECK_INT(a.kind, SA_CONFIRM);
	CHECK_INT(a.key, SA_CANCEL_SESSION);
	a = tap(ui, &v, &s, "Sulje ilmoittautuminen");
	CHECK_INT(a.kind, SA_CLOSE_SIGNUPS);
	CHECK_INT(a.arg, 1);

	a = sfx_act(SA_CLOCK_START, v.now, NULL);
	staff_reduce(&s, &a, &f);
	a = tap(ui, &v, &s, "Tunti +1");
	CHECK_INT(a.kind, SA_CLOCK_STEP);
	CHECK_STR(a.id, "hour");
	CHECK_INT(a.arg, 1);
	a = tap(ui, &v, &s, "Minuutti −10");
	CHECK_STR(a.id, "minute");
	CHECK_INT(a.arg, -10);
	a = tap(ui, &v, &s, "Aseta kello");
	CHECK_INT(a.kind, SA_SET_CLOCK);
	CHECK_INT(a.arg, v.now);

	a = sfx_act(SA_NAV, ST_CONTENT, NULL);
	staff_reduce(&s, &a, &f);
	a = tap(ui, &v, &s, "Tuo tikulta nyt");
	CHECK_INT(a.kind, SA_IMPORT_USB);
	a = tap(ui, &v, &s, "Palaa edelliseen");
	CHECK_INT(a.kind, SA_CONFIRM);
	CHECK_INT(a.key, SA_ROLLBACK);
	v.usb_present = false;
	frame(ui, &v, &s, &a);
	CHECK(ui_find_hit(ui, "Vie tikulle", &x, &y) != 0); /* disabled without a stick */
	ui_free(ui);
}

/* True when some text of the frame contains needle's first words (a long
 * text is drawn a line at a time). */
static bool drawn(ui_t *ui, const char *needle)
{
	char head[13];
	snprintf(head, sizeof head, "%s", needle);
	const draw_list_t *dl = ui_dl(ui);
	for (int i = 0; i < dl->n; i++)
		if (dl->cmd[i].kind == DRAW_TEXT && dl->cmd[i].str && strstr(dl->cmd[i].str, head))
			return true;
	return false;
}

/* What young people wrote is not readable by whoever stands beside the
 * screen: collapsed until a tap, one at a time, closed after the action. */
TEST(moderation_collapsed)
{
	static const int sizes[3][2] = {{800, 480}, {1920, 1080}, {1080, 1920}};
	for (int z = 0; z < 3; z++) {
		ui_t *ui;
		CHECK_INT(ui_new(&ui, sizes[z][0], sizes[z][1]), 0);
		staff_view_t v;
		staff_state_t s;
		ui_action_t a, f;
		sfx_view(&v, NULL);
		staff_state_init(&s, "fi");
		sfx_go(&s, SA_NAV, ST_QUESTIONS, NULL);
		frame(ui, &v, &s, &a);
		for (int i = 0; i < v.questions.n; i++)
			CHECK(!drawn(ui, v.questions.v[i].text));
		CHECK(drawn(ui, staff_tx("fi", S_CRISIS_FLAG))); /* the flag still shows */
		/* One opens; the others stay closed. */
		a = sfx_act(SA_REVEAL, 29, NULL);
		staff_reduce(&s, &a, &f);
		frame(ui, &v, &s, &a);
		CHECK(drawn(ui, SFX_LONG_Q));
		CHECK(!drawn(ui, SFX_CRISIS_Q) && !drawn(ui, SFX_SV_Q));
		a = sfx_act(SA_REVEAL, 31, NULL);
		staff_reduce(&s, &a, &f);
		frame(ui, &v, &s, &a);
		CHECK(drawn(ui, SFX_CRISIS_Q) && !drawn(ui, SFX_LONG_Q));
		/* After the action it is closed again. */
		staff_written(&s, SA_HIDE_QUESTION);
		frame(ui, &v, &s, &a);
		CHECK(!drawn(ui, SFX_CRISIS_Q));
		/* Leaving the screen closes it too. */
		a = sfx_act(SA_REVEAL, 30, NULL);
		staff_reduce(&s, &a, &f);
		a = sfx_act(SA_NAV, ST_QUEUE, NULL);
		staff_reduce(&s, &a, &f);
		a = sfx_act(SA_NAV, ST_QUESTIONS, NULL);
		staff_reduce(&s, &a, &f);
		frame(ui, &v, &s, &a);
		CHECK(!drawn(ui, SFX_SV_Q));

		/* Sign-ups: counts, no nicknames until the tap. */
		sfx_go(&s, SA_OPEN_SESSION, 0, "s3");
		frame(ui, &v, &s, &a);
		for (int i = 0; i < v.signups.n; i++)
			CHECK(!drawn(ui, v.signups.v[i].nickname));
		a = sfx_act(SA_REVEAL, 1, NULL);
		staff_reduce(&s, &a, &f);
		frame(ui, &v, &s, &a);
		CHECK(drawn(ui, SFX_NICK));
		staff_written(&s, SA_REMOVE_SIGNUP);
		frame(ui, &v, &s, &a);
		CHECK(!drawn(ui, SFX_NICK));
		ui_free(ui);
	}
}

/* 30 s without a touch: the screen is covered, and the touch that wakes
 * it does nothing else. */
TEST(staff_dims)
{
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 1920, 1080), 0);
	staff_view_t v;
	staff_state_t s;
	ui_action_t a, f;
	sfx_view(&v, NULL);
	staff_state_init(&s, "fi");
	sfx_go(&s, SA_NAV, ST_QUESTIONS, NULL);
	a = sfx_act(SA_REVEAL, 31, NULL);
	staff_reduce(&s, &a, &f);
	s.dimmed = true;
	frame(ui, &v, &s, &a);
	/* The open question is not even drawn under the cover. */
	CHECK(!drawn(ui, SFX_CRISIS_Q));
	CHECK(!drawn(ui, staff_tx("fi", S_ANSWER)));
	CHECK(drawn(ui, staff_tx("fi", S_DIMMED_SUB)));
	/* A tap where "Vastaa" is: it wakes the screen, no more. */
	int x, y;
	CHECK_INT(ui_find_hit(ui, "wake", &x, &y), 0);
	s.dimmed = false;
	frame(ui, &v, &s, &a);
	CHECK_INT(ui_find_hit(ui, "Vastaa", &x, &y), 0);
	s.dimmed = true;
	frame(ui, &v, &s, &a);
	ui_pointer_down(ui, 0, x, y, now_ms);
	ui_pointer_up(ui, 0, x, y, now_ms + 60);
	frame(ui, &v, &s, &a);
	CHECK_INT(a.kind, SA_WAKE);
	staff_reduce(&s, &a, &f);
	CHECK(!s.dimmed);
	CHECK_INT(s.screen, ST_QUESTIONS);
	ui_free(ui);
}

/* Every action the app logs (model_staff_log() in src/app) reads as words
 * in the staff log, in each language; the table's search finds each. */
TEST(log_actions_in_words)
{
	static const char *const codes[] = {"away",
					    "clock_set",
					    "enter",
					    "export_usb",
					    "here",
					    "idea_accept",
					    "idea_hide",
					    "idea_publish",
					    "idea_unpublish",
					    "idle_leave",
					    "import_usb",
					    "late",
					    "leave",
					    "leaves",
					    "pin_add",
					    "pin_label",
					    "pin_remove",
					    "pin_rename",
					    "pin_wrong",
					    "planned",
					    "question_hide",
					    "question_publish",
					    "queue_call",
					    "queue_done",
					    "queue_noshow",
					    "queue_requeue",
					    "rollback",
					    "session_cancel",
					    "session_restore",
					    "signup_remove",
					    "signups_close",
					    "signups_open",
					    "walkin"};
	static const char *const langs[] = {"fi", "sv", "en"};
	for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
		for (int l = 0; l < 3; l++) {
			const char *t = staff_tx_action(langs[l], codes[i]);
			CHECK(t != codes[i] && t[0]);
		}
	CHECK_STR(staff_tx_action("fi", "queue_call"), "kutsui numeron");
	CHECK_STR(staff_tx_action("sv", "enter"), "loggade in");
	CHECK_STR(staff_tx_action("uk", "enter"), "signed in");
	CHECK_STR(staff_tx_action("fi", "something_new"), "something_new");
}

/* The app's clock and sentences reach staff's state through the reducer. */
TEST(clock_and_notices)
{
	staff_state_t s;
	staff_state_init(&s, "fi");
	CHECK(!staff_dim(&s)); /* the PIN pad does not dim */
	CHECK(staff_lockout(&s, 30));
	CHECK_INT(s.lockout_s, 30);
	CHECK(!staff_lockout(&s, 30));
	CHECK(staff_lockout(&s, -1));
	CHECK_INT(s.lockout_s, 0);
	staff_pin_result(&s, false, NULL);
	CHECK(s.pin_wrong);
	staff_notify(&s, true, "PIN-koodeja ei ole vielä.");
	CHECK(!s.pin_wrong); /* the sentence says what happened instead */
	CHECK(s.notice_error);
	CHECK_STR(s.notice, "PIN-koodeja ei ole vielä.");
	staff_pin_result(&s, true, "Aino");
	CHECK(staff_dim(&s));
	CHECK(s.dimmed);
	CHECK(!staff_dim(&s));
	CHECK(staff_idle_countdown(&s, 9));
	CHECK(s.idle_warning);
	CHECK_INT(s.idle_seconds_left, 9);
	CHECK(!staff_idle_countdown(&s, 9));
	CHECK(staff_idle_countdown(&s, 0));
	CHECK(!s.idle_warning);
	s.confirm.kind = SA_ROLLBACK;
	staff_notify(&s, false, "Palattiin versioon 3.");
	CHECK_INT(s.confirm.kind, 0); /* answered */
	CHECK(!s.notice_error);
}

int main(void)
{
	RUN(clock_and_notices);
	RUN(log_actions_in_words);
	RUN(texts_complete);
	RUN(staff_language);
	RUN(screen_names);
	RUN(reduce_pin);
	RUN(reduce_today);
	RUN(reduce_answer_confirm_clock);
	RUN(screens_800x480);
	RUN(screens_1920x1080);
	RUN(screens_1080x1920);
	RUN(pin_never_drawn);
	RUN(taps);
	RUN(moderation_collapsed);
	RUN(staff_dims);
	return test_summary();
}
