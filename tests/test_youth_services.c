/*
 * The services screens (scr_services.c) on hand-built views, with the fake
 * measure: the list, a search with the keyboard up, a search that finds
 * nothing and one service, in fi, sv and en at 800x480, 1920x1080 and
 * 1080x1920, lint clean and showing what they must; taps make the right
 * actions, and a search runs through kiosk_reduce(); contacts are text,
 * never a target.
 */
#include "gs_fixture.h"

#include "ui/fmt.h"
#include "youth/scr_gs.h"

static int states_checked;

static void expect_texts(ui_t *ui, gsf_case_t c, const char *lang, const gsf_t *f,
			 const kiosk_state_t *s, const char *what)
{
	const kiosk_view_t *v = &f->v;
	char buf[256];
	switch (c) {
	case C_SERVICES:
		gsh_expect(ui, what, tx(lang, T_SEARCH_PLACEHOLDER), true);
		for (int i = 0; i < v->services.n; i++) {
			gsh_expect(ui, what, v->services.v[i].name, false);
			gsh_expect(ui, what, v->services.v[i].point3, false);
		}
		gsh_expect(ui, what, v->services.v[0].name, true);
		gsh_expect(ui, what, v->services.v[0].point1, true);
		snprintf(buf, sizeof buf, "%s: %s 10–17 · %s 10–17", tx(lang, T_ON_SITE_WHEN),
			 ui_fmt_weekday(lang, 1, false), ui_fmt_weekday(lang, 3, false));
		gsh_expect(ui, what, buf, false);
		CHECK(ui_find_text(ui, tx(lang, T_NO_RESULTS)) == NULL);
		break;
	case C_SERVICES_SEARCH:
		gsh_expect(ui, what, s->kb.text, true);
		gsh_expect(ui, what, tx(lang, T_SEARCH), true); /* the action key */
		gsh_expect(ui, what, scr_gs_tx(lang, GS_CLEAR), true);
		CHECK(v->services.n > 0);
		for (int i = 0; i < v->services.n; i++)
			gsh_expect(ui, what, v->services.v[i].name, false);
		break;
	case C_SERVICES_NONE:
		gsh_expect(ui, what, tx(lang, T_NO_RESULTS), true);
		gsh_expect(ui, what, "skeittipuisto", true);
		break;
	case C_SERVICE:
		gsh_expect(ui, what, v->service.name, true);
		gsh_expect(ui, what, v->service.org_name, true);
		gsh_expect(ui, what, v->service.point1, true);
		gsh_expect(ui, what, v->service.point2, false);
		gsh_expect(ui, what, v->service.point3, false);
		gsh_expect(ui, what, scr_gs_wheel_name(lang, WHEEL_WELLBEING), true);
		gsh_expect(ui, what, tx(lang, T_CONTACT), false);
		gsh_expect(ui, what, v->service.phone, false);
		gsh_expect(ui, what, v->service.web, false);
		gsh_expect(ui, what, v->service.email, false);
		gsh_expect(ui, what, tx(lang, T_ON_SITE_WHEN), false);
		snprintf(buf, sizeof buf, "%s 10–17", ui_fmt_weekday(lang, 3, true));
		gsh_expect(ui, what, buf, false);
		break;
	default:
		break;
	}
}

/* Runs case c in f (filtered as the app would). */
static void show(ui_t *ui, gsf_t *f, gsf_case_t c, const char *lang, kiosk_state_t *s)
{
	ui_action_t a;
	gsf_fill(f, lang);
	gsf_state(c, lang, s);
	gsf_apply(f, s);
	gsh_frame(ui, scr_services, &f->v, s, &a);
	gsh_frame(ui, scr_services, &f->v, s, &a);
	CHECK_INT(a.kind, UI_ACT_NONE);
}

TEST(every_state_lints_and_shows_its_texts)
{
	static gsf_t f;
	for (int z = 0; z < 3; z++) {
		ui_t *ui;
		CHECK_INT(ui_new(&ui, gsf_sizes[z][0], gsf_sizes[z][1]), 0);
		for (int l = 0; l < 3; l++) {
			for (int c = C_SERVICES; c < C_COUNT; c++) {
				kiosk_state_t s;
				char what[96];
				snprintf(what, sizeof what, "%s %s %dx%d", gsf_case_names[c],
					 gsf_langs[l], gsf_sizes[z][0], gsf_sizes[z][1]);
				ui_reset(ui);
				show(ui, &f, (gsf_case_t)c, gsf_langs[l], &s);
				CHECK_INT(gsh_lint(ui, what), 0);
				expect_texts(ui, (gsf_case_t)c, gsf_langs[l], &f, &s, what);
				states_checked++;
			}
		}
		ui_free(ui);
	}
	CHECK_INT(states_checked, 3 * 3 * (C_COUNT - C_SERVICES));
}

TEST(large_text_and_high_contrast_lint_clean)
{
	static gsf_t f;
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 1280, 800), 0);
	ui_set_large_text(ui, true);
	ui_set_theme(ui, UI_THEME_HIGH_CONTRAST);
	for (int c = C_SERVICES; c < C_COUNT; c++) {
		kiosk_state_t s;
		char what[64];
		snprintf(what, sizeof what, "%s large 1280x800", gsf_case_names[c]);
		show(ui, &f, (gsf_case_t)c, "sv", &s);
		CHECK_INT(gsh_lint(ui, what), 0);
	}
	ui_free(ui);
}

/* Nothing on a service leaves the kiosk: the contacts are not targets. */
TEST(contacts_are_text_not_targets)
{
	static gsf_t f;
	ui_t *ui;
	kiosk_state_t s;
	CHECK_INT(ui_new(&ui, 1920, 1080), 0);
	show(ui, &f, C_SERVICE, "fi", &s);
	int n;
	const ui_hit_t *h = ui_hits(ui, &n);
	int buttons = 0;
	for (int i = 0; i < n; i++) {
		if (h[i].kind != UI_HIT_BUTTON)
			continue;
		buttons++;
		CHECK(strstr(h[i].label, "@") == NULL);
		CHECK(strstr(h[i].label, "http") == NULL);
		CHECK(strcmp(h[i].label, f.v.service.phone) != 0);
	}
	CHECK_INT(buttons, 1); /* only "Takaisin" */
	ui_free(ui);
}

static void tap_expect(ui_t *ui, const char *label, const gsf_t *f, const kiosk_state_t *s,
		       ui_action_t *a, int kind, const char *id)
{
	CHECK(gsh_tap(ui, label, scr_services, &f->v, s, a));
	if (a->kind != kind)
		fprintf(stderr, "  tap \"%s\" on %s: kind %d, expected %d\n", label,
			kiosk_screen_name(s->screen), a->kind, kind);
	CHECK_INT(a->kind, kind);
	if (id)
		CHECK_STR(a->id, id);
}

TEST(taps_make_the_right_actions)
{
	static gsf_t f;
	for (int z = 0; z < 3; z++) {
		for (int l = 0; l < 3; l++) {
			const char *lang = gsf_langs[l];
			ui_t *ui;
			ui_action_t a;
			kiosk_state_t s;
			CHECK_INT(ui_new(&ui, gsf_sizes[z][0], gsf_sizes[z][1]), 0);

			show(ui, &f, C_SERVICES, lang, &s);
			tap_expect(ui, scr_gs_tx(lang, GS_SEARCH_FIELD), &f, &s, &a,
				   KA_SEARCH_FOCUS, NULL);
			tap_expect(ui, f.v.services.v[0].name, &f, &s, &a, KA_OPEN_SERVICE,
				   "nuoriso-etsiva");
			CHECK(ui_find_hit(ui, scr_gs_tx(lang, GS_CLEAR), &(int){0}, &(int){0}) < 0);

			show(ui, &f, C_SERVICES_SEARCH, lang, &s);
			tap_expect(ui, scr_gs_tx(lang, GS_CLEAR), &f, &s, &a, KA_SEARCH_CLEAR,
				   NULL);
			tap_expect(ui, "e", &f, &s, &a, UI_ACT_KEY, NULL);
			CHECK_STR(a.text, "e");
			tap_expect(ui, tx(lang, T_SEARCH), &f, &s, &a, UI_ACT_KEY, NULL);
			CHECK_INT(a.key, UI_KEY_ACTION);
			tap_expect(ui, f.v.services.v[0].name, &f, &s, &a, KA_OPEN_SERVICE,
				   f.v.services.v[0].id);

			show(ui, &f, C_SERVICE, lang, &s);
			tap_expect(ui, tx(lang, T_BACK), &f, &s, &a, KA_BACK, NULL);
			ui_free(ui);
		}
	}
}

/* Applies a through kiosk_reduce() as the app does, refilters, draws. */
static void tap_reduce(ui_t *ui, const char *label, gsf_t *f, kiosk_state_t *s)
{
	ui_action_t a, follow;
	CHECK(gsh_tap(ui, label, scr_services, &f->v, s, &a));
	CHECK(a.kind != UI_ACT_NONE);
	CHECK(kiosk_reduce(s, &a, &follow));
	CHECK_INT(follow.kind, UI_ACT_NONE);
	gsf_apply(f, s);
	gsh_frame(ui, scr_services, &f->v, s, &a);
}

TEST(a_search_through_the_reducer)
{
	static gsf_t f;
	gsf_fill(&f, "fi");
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 800, 480), 0);
	kiosk_state_t s;
	ui_action_t a, follow;
	kiosk_state_init(&s, "fi");
	CHECK(kiosk_reduce(&s, &(ui_action_t){.kind = KA_NAV, .arg = KS_SERVICES}, &follow));
	gsf_apply(&f, &s);
	gsh_frame(ui, scr_services, &f.v, &s, &a);
	CHECK(!gsh_text_is(ui, "å")); /* no keyboard yet */
	tap_reduce(ui, "Hakukenttä", &f, &s);
	CHECK(s.search_open);
	CHECK(gsh_visible(ui, "å"));
	CHECK_INT(gsh_lint(ui, "search open 800x480"), 0);
	tap_reduce(ui, "a", &f, &s);
	tap_reduce(ui, "s", &f, &s);
	tap_reduce(ui, "u", &f, &s);
	CHECK_STR(s.kb.text, "asu");
	CHECK_INT(f.v.services.n, 2);
	CHECK(gsh_visible(ui, "asu"));
	tap_reduce(ui, "Hae", &f, &s); /* the action key: shows the results */
	CHECK(!s.search_open);
	CHECK(ui_find_text(ui, "å") == NULL);
	CHECK(gsh_visible(ui, f.v.services.v[0].name));
	tap_reduce(ui, f.v.services.v[0].name, &f, &s);
	CHECK_INT(s.screen, KS_SERVICE);
	CHECK_STR(s.service_id, "kela-nuoret");
	f.v.service = f.services[2]; /* what the app fills for service_id */
	gsh_frame(ui, scr_services, &f.v, &s, &a);
	tap_reduce(ui, "Takaisin", &f, &s);
	CHECK_INT(s.screen, KS_SERVICES);
	CHECK_STR(s.kb.text, "asu"); /* back to the same results */
	tap_reduce(ui, "Tyhjennä", &f, &s);
	CHECK_STR(s.kb.text, "");
	CHECK_INT(f.v.services.n, GSF_NSERVICES);
	ui_free(ui);
}

/* A bundle without services says so, not "nothing found"; a crisis phrase
 * typed in the search brings the crisis card above the results. */
TEST(empty_directory_and_crisis_card)
{
	static gsf_t f;
	for (int l = 0; l < 3; l++) {
		const char *lang = l == 0 ? "fi" : l == 1 ? "sv" : "en";
		gsf_fill(&f, lang);
		ui_t *ui;
		CHECK_INT(ui_new(&ui, 1280, 800), 0);
		kiosk_state_t s;
		ui_action_t a;
		kiosk_state_init(&s, lang);
		s.screen = KS_SERVICES;
		f.v.services.n = f.v.services.total = 0;
		gsh_frame(ui, scr_services, &f.v, &s, &a);
		CHECK(gsh_visible(ui, tx(lang, T_NO_SERVICES)));
		CHECK(ui_find_text(ui, tx(lang, T_NO_RESULTS)) == NULL);
		f.v.services.total = GSF_NSERVICES;
		gsh_frame(ui, scr_services, &f.v, &s, &a);
		CHECK(gsh_visible(ui, tx(lang, T_NO_RESULTS)));
		CHECK(ui_find_text(ui, tx(lang, T_CRISIS_TITLE)) == NULL);
		s.search_open = true;
		strcpy(s.kb.text, "itsemurha");
		f.v.typing_crisis = true;
		gsh_frame(ui, scr_services, &f.v, &s, &a);
		CHECK(gsh_visible(ui, tx(lang, T_CRISIS_TITLE)));
		CHECK(gsh_visible(ui, "⌫")); /* the keyboard stays */
		CHECK_INT(gsh_lint(ui, "crisis card in the search"), 0);
		f.v.typing_crisis = false;
		ui_free(ui);
	}
}

TEST(visits_and_sectors)
{
	static gsf_t f;
	ui_t *ui;
	kiosk_state_t s;
	CHECK_INT(ui_new(&ui, 1920, 1080), 0);
	show(ui, &f, C_SERVICES, "sv", &s);
	/* Services without visits say nothing about being on site. */
	const service_view_t *none = &f.services[GSF_NSERVICES - 1];
	CHECK_INT(none->nvisits, 0);
	char buf[128];
	snprintf(buf, sizeof buf, "%s: ", tx("sv", T_ON_SITE_WHEN));
	int n, with = 0;
	const ui_text_rec_t *t = ui_texts(ui, &n);
	for (int i = 0; i < n; i++)
		with += strncmp(t[i].text, buf, strlen(buf)) == 0;
	int expect = 0;
	for (int i = 0; i < GSF_NSERVICES; i++)
		expect += f.services[i].nvisits > 0;
	CHECK_INT(with, expect);
	/* Half hours keep their minutes: "tor 12–16:30". */
	CHECK(ui_find_text(ui, "tor 12–16:30") != NULL);

	/* Several people of one organisation: overlapping visits merge, days in
	 * a row with the same hours share an entry. */
	static service_visit_t many[] = {{1, 600, 900}, {1, 870, 1020}, {3, 600, 900},
					 {5, 600, 900}, {4, 600, 900},	{4, 600, 900},
					 {2, 600, 700}, {2, 780, 810}};
	gsf_fill(&f, "fi");
	f.services[0].visits = many;
	f.services[0].nvisits = (int)(sizeof many / sizeof many[0]);
	f.v.service = f.services[0];
	gsf_state(C_SERVICES, "fi", &s);
	gsh_frame(ui, scr_services, &f.v, &s, &(ui_action_t){0});
	CHECK(ui_find_text(ui, "Paikalla täällä: ma 10–17 · ti 10–11:40, 13–13:30 · ke–pe 10–15") !=
	      NULL);
	gsf_state(C_SERVICE, "fi", &s);
	gsh_frame(ui, scr_services, &f.v, &s, &(ui_action_t){0});
	CHECK(gsh_text_is(ui, "maanantai 10–17"));
	CHECK(gsh_text_is(ui, "tiistai 10–11:40, 13–13:30"));
	CHECK(gsh_text_is(ui, "torstai 10–15"));
	CHECK_INT(gsh_lint(ui, "merged visits"), 0);
	ui_free(ui);
}

int main(void)
{
	RUN(every_state_lints_and_shows_its_texts);
	RUN(large_text_and_high_contrast_lint_clean);
	RUN(contacts_are_text_not_targets);
	RUN(taps_make_the_right_actions);
	RUN(a_search_through_the_reducer);
	RUN(visits_and_sectors);
	RUN(empty_directory_and_crisis_card);
	printf("%d service states checked\n", states_checked);
	return test_summary();
}
