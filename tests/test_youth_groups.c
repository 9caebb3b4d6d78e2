/*
 * The groups screens (scr_groups.c, scr_signup.c) on hand-built views, with
 * the fake measure: every state in fi, sv and en at 800x480, 1920x1080 and
 * 1080x1920 lints clean and shows what it must (the privacy line and the
 * cancel code in view, not scrolled away); public screens never show a
 * nickname or a code; taps make the right actions, and a whole sign-up
 * runs through kiosk_reduce().
 */
#include "gs_fixture.h"

#include "youth/scr_gs.h"

/* What each state must show; in_view: without scrolling. */
static void expect_texts(ui_t *ui, gsf_case_t c, const char *lang, const gsf_t *f, const char *what)
{
	const kiosk_view_t *v = &f->v;
	char buf[128];
	switch (c) {
	case C_LIST:
		gsh_expect(ui, what, tx(lang, T_GROUPS), true);
		gsh_expect(ui, what, tx(lang, T_CANCEL_PLACE), true);
		gsh_expect(ui, what, tx(lang, T_SUGGEST_IDEA), true);
		for (int i = 0; i < v->groups.n; i++)
			gsh_expect(ui, what, v->groups.v[i].title, false);
		scr_gs_fmt_int(buf, sizeof buf, tx_n(lang, T_PLACES_LEFT, 3), 3);
		gsh_expect(ui, what, buf, true);
		gsh_expect(ui, what, tx(lang, T_FULL_QUEUE), false);
		gsh_expect(ui, what, tx(lang, T_NO_SESSIONS), false);
		gsh_expect(ui, what, "15:00–17:00", true);
		break;
	case C_GROUP:
		gsh_expect(ui, what, v->group.title, true);
		gsh_expect(ui, what, tx(lang, T_NEXT_SESSIONS), true);
		gsh_expect(ui, what, tx(lang, T_SIGNUP), true);
		gsh_expect(ui, what, tx(lang, T_JOIN_WAITLIST), false);
		scr_gs_fmt_int(buf, sizeof buf, tx_n(lang, T_PLACES_LEFT, 1), 1);
		gsh_expect(ui, what, buf, false);
		gsh_expect(ui, what, v->group.sessions[0].place, true);
		scr_gs_fmt_int(buf, sizeof buf, scr_gs_tx_n(lang, GS_WAITING_N, 2), 2);
		gsh_expect(ui, what, buf, false);
		break;
	case C_SIGNUP:
	case C_SIGNUP_NOTICE:
	case C_SIGNUP_WAITLIST:
		gsh_expect(ui, what, gsf_nick, true);
		gsh_expect(ui, what, tx(lang, T_NICK_PRIVACY), true);
		gsh_expect(ui, what, v->group.title, true);
		if (c == C_SIGNUP_WAITLIST)
			CHECK(gsh_visible(ui, tx(lang, T_JOIN_WAITLIST)) ||
			      gsh_visible(ui, scr_gs_tx(lang, GS_KEY_WAITLIST)));
		else
			gsh_expect(ui, what, tx(lang, T_SIGNUP), true);
		if (c == C_SIGNUP_NOTICE)
			gsh_expect(ui, what, tx(lang, T_NICK_BLOCKED), true);
		break;
	case C_SIGNED_UP:
	case C_SIGNED_UP_WAITING:
		gsh_expect(ui, what, tx(lang, c == C_SIGNED_UP ? T_SIGNED_UP : T_ON_WAITLIST),
			   true);
		gsh_expect(ui, what, tx(lang, T_YOUR_CODE), true);
		for (int i = 0; gsf_code[i]; i++) {
			char ch[2] = {gsf_code[i], 0};
			gsh_expect(ui, what, ch, true);
		}
		gsh_expect(ui, what, tx(lang, T_CODE_HINT), true);
		gsh_expect(ui, what, tx(lang, T_DONE), false);
		gsh_expect(ui, what, v->group.title, false);
		if (c == C_SIGNED_UP_WAITING) {
			scr_gs_fmt_int(buf, sizeof buf, scr_gs_tx(lang, GS_WAIT_POS), 3);
			gsh_expect(ui, what, buf, true);
		}
		break;
	case C_CANCEL:
	case C_CANCEL_NOTICE:
		gsh_expect(ui, what, tx(lang, T_CANCEL_TITLE), true);
		gsh_expect(ui, what, "K", true);
		gsh_expect(ui, what, "P", true);
		gsh_expect(ui, what, tx(lang, T_CANCEL_DO), true);
		if (c == C_CANCEL_NOTICE)
			gsh_expect(ui, what, tx(lang, T_CODE_UNKNOWN), true);
		break;
	case C_CANCELLED:
		gsh_expect(ui, what, tx(lang, T_CANCELLED), true);
		gsh_expect(ui, what, tx(lang, T_DONE), true);
		break;
	case C_IDEA:
		gsh_expect(ui, what, tx(lang, T_IDEA_TITLE), true);
		gsh_expect(ui, what, tx(lang, T_IDEA_PRIVACY), true);
		gsh_expect(ui, what, "Lautapeli-ilta", true);
		gsh_expect(ui, what, tx(lang, T_SEND), true);
		break;
	case C_IDEA_SENT:
		gsh_expect(ui, what, tx(lang, T_IDEA_SENT), true);
		gsh_expect(ui, what, tx(lang, T_DONE), true);
		break;
	default:
		break;
	}
}

static int states_checked;

TEST(every_state_lints_and_shows_its_texts)
{
	static gsf_t f;
	for (int z = 0; z < 3; z++) {
		ui_t *ui;
		CHECK_INT(ui_new(&ui, gsf_sizes[z][0], gsf_sizes[z][1]), 0);
		for (int l = 0; l < 3; l++) {
			gsf_fill(&f, gsf_langs[l]);
			for (int c = 0; c < C_GROUPS_END; c++) {
				kiosk_state_t s;
				ui_action_t a;
				char what[96];
				snprintf(what, sizeof what, "%s %s %dx%d", gsf_case_names[c],
					 gsf_langs[l], gsf_sizes[z][0], gsf_sizes[z][1]);
				gsf_state((gsf_case_t)c, gsf_langs[l], &s);
				ui_reset(ui);
				gsh_frame(ui, scr_groups, &f.v, &s, &a);
				gsh_frame(ui, scr_groups, &f.v, &s, &a);
				CHECK_INT(a.kind, UI_ACT_NONE);
				CHECK_INT(gsh_lint(ui, what), 0);
				expect_texts(ui, (gsf_case_t)c, gsf_langs[l], &f, what);
				states_checked++;
			}
		}
		ui_free(ui);
	}
	CHECK_INT(states_checked, 3 * 3 * C_GROUPS_END);
}

TEST(large_text_and_high_contrast_lint_clean)
{
	static gsf_t f;
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 1280, 800), 0);
	ui_set_large_text(ui, true);
	ui_set_theme(ui, UI_THEME_HIGH_CONTRAST);
	gsf_fill(&f, "fi");
	for (int c = 0; c < C_GROUPS_END; c++) {
		kiosk_state_t s;
		ui_action_t a;
		char what[64];
		snprintf(what, sizeof what, "%s large 1280x800", gsf_case_names[c]);
		gsf_state((gsf_case_t)c, "fi", &s);
		gsh_frame(ui, scr_groups, &f.v, &s, &a);
		CHECK_INT(gsh_lint(ui, what), 0);
	}
	ui_free(ui);
}

/* Nothing a visitor typed, and no cancel code, outside their own screen. */
TEST(public_screens_never_show_nicknames_or_codes)
{
	static gsf_t f;
	const gsf_case_t pub[] = {C_LIST, C_GROUP, C_CANCELLED, C_IDEA_SENT, C_SIGNED_UP};
	for (int z = 0; z < 3; z++) {
		ui_t *ui;
		CHECK_INT(ui_new(&ui, gsf_sizes[z][0], gsf_sizes[z][1]), 0);
		for (int l = 0; l < 3; l++) {
			gsf_fill(&f, gsf_langs[l]);
			for (int k = 0; k < (int)(sizeof pub / sizeof pub[0]); k++) {
				kiosk_state_t s;
				ui_action_t a;
				gsf_state(pub[k], gsf_langs[l], &s);
				/* Leftovers the app should have cleared: still never drawn. */
				strcpy(s.kb.text, gsf_nick);
				if (pub[k] != C_SIGNED_UP)
					strcpy(s.cancel_code, gsf_code);
				gsh_frame(ui, scr_groups, &f.v, &s, &a);
				CHECK(!gsh_any_text(ui, gsf_nick));
				if (pub[k] != C_SIGNED_UP) {
					CHECK(!gsh_any_text(ui, gsf_code));
					CHECK(!gsh_text_is(ui, "Q"));
				}
			}
		}
		ui_free(ui);
	}
}

/* Taps label and checks the action (left in *a). */
static void tap_expect(ui_t *ui, const char *label, gsh_screen_fn fn, const gsf_t *f,
		       const kiosk_state_t *s, ui_action_t *a, int kind, const char *id)
{
	CHECK(gsh_tap(ui, label, fn, &f->v, s, a));
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
			gsf_fill(&f, lang);

			gsf_state(C_LIST, lang, &s);
			gsh_frame(ui, scr_groups, &f.v, &s, &a);
			tap_expect(ui, f.v.groups.v[0].title, scr_groups, &f, &s, &a, KA_OPEN_GROUP,
				   "games");
			tap_expect(ui, tx(lang, T_CANCEL_PLACE), scr_groups, &f, &s, &a,
				   KA_CANCEL_START, NULL);
			tap_expect(ui, tx(lang, T_SUGGEST_IDEA), scr_groups, &f, &s, &a,
				   KA_IDEA_START, NULL);

			gsf_state(C_GROUP, lang, &s);
			gsh_frame(ui, scr_groups, &f.v, &s, &a);
			tap_expect(ui, tx(lang, T_SIGNUP), scr_groups, &f, &s, &a, KA_SIGNUP,
				   "games-20261123");
			tap_expect(ui, tx(lang, T_BACK), scr_groups, &f, &s, &a, KA_BACK, NULL);
			/* The full session's button, scrolled into view if need be. */
			int x, y;
			ui_id_t sid = gsh_scroll_id(ui);
			for (int off = 0;
			     off < 3000 && !gsh_hit_nth(ui, tx(lang, T_JOIN_WAITLIST), 0, &x, &y);
			     off += 100) {
				ui_scroll_to(ui, sid, off);
				gsh_frame(ui, scr_groups, &f.v, &s, &a);
			}
			CHECK(gsh_hit_nth(ui, tx(lang, T_JOIN_WAITLIST), 0, &x, &y));
			gsh_tap_at(ui, x, y, scr_groups, &f.v, &s, &a);
			CHECK_INT(a.kind, KA_SIGNUP);
			CHECK_STR(a.id, "games-20261130");

			gsf_state(C_SIGNUP, lang, &s);
			gsh_frame(ui, scr_groups, &f.v, &s, &a);
			tap_expect(ui, "a", scr_groups, &f, &s, &a, UI_ACT_KEY, NULL);
			CHECK_STR(a.text, "a");
			tap_expect(ui, tx(lang, T_SIGNUP), scr_groups, &f, &s, &a, UI_ACT_KEY,
				   NULL);
			tap_expect(ui, tx(lang, T_BACK), scr_groups, &f, &s, &a, KA_BACK, NULL);

			gsf_state(C_SIGNED_UP, lang, &s);
			gsh_frame(ui, scr_groups, &f.v, &s, &a);
			ui_id_t su = gsh_scroll_id(ui);
			for (int off = 0; off < 3000 && ui_find_hit(ui, tx(lang, T_DONE), &x, &y);
			     off += 100) {
				ui_scroll_to(ui, su, off);
				gsh_frame(ui, scr_groups, &f.v, &s, &a);
			}
			tap_expect(ui, tx(lang, T_DONE), scr_groups, &f, &s, &a, KA_NAV, NULL);
			CHECK_INT(a.arg, KS_GROUPS);

			gsf_state(C_CANCEL, lang, &s);
			gsh_frame(ui, scr_groups, &f.v, &s, &a);
			tap_expect(ui, tx(lang, T_CANCEL_DO), scr_groups, &f, &s, &a, UI_ACT_KEY,
				   NULL);
			CHECK_INT(a.key, UI_KEY_ACTION);

			gsf_state(C_IDEA, lang, &s);
			gsh_frame(ui, scr_groups, &f.v, &s, &a);
			tap_expect(ui, tx(lang, T_SEND), scr_groups, &f, &s, &a, UI_ACT_KEY, NULL);
			CHECK_INT(a.key, UI_KEY_ACTION);

			gsf_state(C_CANCELLED, lang, &s);
			gsh_frame(ui, scr_groups, &f.v, &s, &a);
			tap_expect(ui, tx(lang, T_DONE), scr_groups, &f, &s, &a, KA_NAV, NULL);
			ui_free(ui);
		}
	}
}

/* Applies a through kiosk_reduce() as the app does; returns the follow-up. */
static ui_action_t reduce(kiosk_state_t *s, const ui_action_t *a)
{
	ui_action_t follow;
	CHECK(kiosk_reduce(s, a, &follow));
	return follow;
}

static void tap_reduce(ui_t *ui, const char *label, const gsf_t *f, kiosk_state_t *s,
		       ui_action_t *follow)
{
	ui_action_t a;
	CHECK(gsh_tap(ui, label, scr_groups, &f->v, s, &a));
	CHECK(a.kind != UI_ACT_NONE);
	*follow = reduce(s, &a);
	gsh_frame(ui, scr_groups, &f->v, s, &a);
}

TEST(a_whole_signup_through_the_reducer)
{
	static gsf_t f;
	gsf_fill(&f, "fi");
	ui_t *ui;
	CHECK_INT(ui_new(&ui, 800, 480), 0);
	kiosk_state_t s;
	ui_action_t a, follow;
	kiosk_state_init(&s, "fi");
	follow = reduce(&s, &(ui_action_t){.kind = KA_NAV, .arg = KS_GROUPS});
	CHECK_INT(s.screen, KS_GROUPS);
	gsh_frame(ui, scr_groups, &f.v, &s, &a);
	tap_reduce(ui, "Pelikerho", &f, &s, &follow);
	CHECK_INT(s.screen, KS_GROUP);
	tap_reduce(ui, "Ilmoittaudu", &f, &s, &follow);
	CHECK_INT(s.screen, KS_SIGNUP);
	CHECK_STR(s.session_id, "games-20261123");
	/* The keyboard starts with a capital. */
	const char *keys[] = {"P", "i", "k", "s", "e", "l", "i"};
	for (int i = 0; i < 7; i++)
		tap_reduce(ui, keys[i], &f, &s, &follow);
	CHECK_STR(s.kb.text, "Pikseli");
	CHECK(gsh_visible(ui, "Pikseli"));
	CHECK(gsh_visible(ui, tx("fi", T_NICK_PRIVACY)));
	tap_reduce(ui, "Ilmoittaudu", &f, &s, &follow);
	CHECK_INT(follow.kind, KA_SEND_SIGNUP);
	CHECK_STR(follow.id, "games-20261123");
	/* The app wrote it and gives the code. */
	kiosk_written(&s, &(kiosk_result_t){.kind = KA_SEND_SIGNUP,
					    .ok = true,
					    .session_id = "games-20261123",
					    .cancel_code = gsf_code});
	gsh_frame(ui, scr_groups, &f.v, &s, &a);
	CHECK_INT(s.screen, KS_SIGNED_UP);
	CHECK(!gsh_any_text(ui, "Pikseli"));
	CHECK(gsh_visible(ui, "Q"));
	int x, y;
	ui_id_t sid = gsh_scroll_id(ui);
	for (int off = 0; off < 3000 && ui_find_hit(ui, "Valmis", &x, &y); off += 100) {
		ui_scroll_to(ui, sid, off);
		gsh_frame(ui, scr_groups, &f.v, &s, &a);
	}
	tap_reduce(ui, "Valmis", &f, &s, &follow);
	CHECK_INT(s.screen, KS_GROUPS);
	CHECK_STR(s.cancel_code, "");
	CHECK(!gsh_any_text(ui, gsf_code));
	ui_free(ui);
}

/* The app gave no code (or the session is gone): no empty code card, no crash. */
TEST(signed_up_without_code_or_session)
{
	static gsf_t f;
	gsf_fill(&f, "fi");
	for (int z = 0; z < 3; z++) {
		ui_t *ui;
		kiosk_state_t s;
		ui_action_t a;
		CHECK_INT(ui_new(&ui, gsf_sizes[z][0], gsf_sizes[z][1]), 0);
		gsf_state(C_SIGNED_UP, "fi", &s);
		s.cancel_code[0] = 0;
		strcpy(s.session_id, "gone");
		gsh_frame(ui, scr_groups, &f.v, &s, &a);
		CHECK_INT(gsh_lint(ui, "signed up, no code"), 0);
		CHECK(ui_find_text(ui, tx("fi", T_YOUR_CODE)) == NULL);
		CHECK(gsh_visible(ui, tx("fi", T_SIGNED_UP)));
		gsf_state(C_SIGNUP, "fi", &s);
		strcpy(s.session_id, "gone");
		gsh_frame(ui, scr_groups, &f.v, &s, &a);
		CHECK_INT(gsh_lint(ui, "signup, no session"), 0);
		ui_free(ui);
	}
}

/* The outlined tiles of the frame: the largest set of outlines of one size
 * on one row. */
static int code_tile_count(ui_t *ui)
{
	const draw_list_t *dl = ui_dl(ui);
	int best = 0;
	for (int i = 0; i < dl->n; i++) {
		const draw_cmd_t *c = &dl->cmd[i];
		if (c->kind != DRAW_OUTLINE)
			continue;
		int same = 0;
		for (int j = 0; j < dl->n; j++) {
			const draw_cmd_t *d = &dl->cmd[j];
			same += d->kind == DRAW_OUTLINE && d->r.y == c->r.y && d->r.w == c->r.w &&
				d->r.h == c->r.h;
		}
		best = same > best ? same : best;
	}
	return best;
}

TEST(cancel_screen_has_a_tile_per_code_character)
{
	static gsf_t f;
	gsf_fill(&f, "fi");
	for (int z = 0; z < 3; z++) {
		ui_t *ui;
		kiosk_state_t s;
		ui_action_t a;
		CHECK_INT(ui_new(&ui, gsf_sizes[z][0], gsf_sizes[z][1]), 0);
		gsf_state(C_CANCEL, "fi", &s);
		s.kb.text[0] = 0;
		gsh_frame(ui, scr_groups, &f.v, &s, &a);
		CHECK_INT(code_tile_count(ui), VIEW_CANCEL_CODE_LEN);
		/* And the code shown at sign-up has the same number. */
		gsf_state(C_SIGNED_UP, "fi", &s);
		gsh_frame(ui, scr_groups, &f.v, &s, &a);
		CHECK_INT((int)strlen(s.cancel_code), VIEW_CANCEL_CODE_LEN);
		ui_free(ui);
	}
}

TEST(formatting)
{
	char b[64];
	scr_gs_fmt_int(b, sizeof b, "%d paikkaa", 3);
	CHECK_STR(b, "3 paikkaa");
	scr_gs_fmt_int(b, sizeof b, "100%% ja %d", 7);
	CHECK_STR(b, "100% ja 7");
	scr_gs_fmt_int(b, sizeof b, "%s ei numero", 7); /* a wrong conversion stays text */
	CHECK_STR(b, "%s ei numero");
	scr_gs_fmt_str(b, 8, "abc %s", "defghijk");
	CHECK_STR(b, "abc def");
	scr_gs_span_short(600, 870, b, sizeof b);
	CHECK_STR(b, "10–14:30");
	scr_gs_span(900, 1020, b, sizeof b);
	CHECK_STR(b, "15:00–17:00");
	int d = day_from_ymd(2026, 11, 23);
	scr_gs_day("fi", d, d, false, b, sizeof b);
	CHECK_STR(b, "Tänään");
	scr_gs_day("sv", d + 1, d, false, b, sizeof b);
	CHECK_STR(b, "I morgon");
	scr_gs_day("en", d + 7, d, false, b, sizeof b);
	CHECK_STR(b, "Mon 30 Nov");
	CHECK_STR(scr_gs_wheel_name("sv", WHEEL_MONEY), "Pengar");
	CHECK_STR(scr_gs_tx("uk", GS_CLEAR), "Очистити"); /* the Ukrainian draft */
	CHECK_STR(scr_gs_tx("de", GS_CLEAR), "Clear");	  /* no catalogue */
	scr_gs_day("uk", d + 7, d, false, b, sizeof b);
	CHECK_STR(b, "пн 30.11.");
	scr_gs_day("ar", d + 7, d, false, b, sizeof b);
	CHECK_STR(b, "اثنين 30 نوفمبر");
}

int main(void)
{
	RUN(every_state_lints_and_shows_its_texts);
	RUN(large_text_and_high_contrast_lint_clean);
	RUN(public_screens_never_show_nicknames_or_codes);
	RUN(taps_make_the_right_actions);
	RUN(a_whole_signup_through_the_reducer);
	RUN(signed_up_without_code_or_session);
	RUN(cancel_screen_has_a_tile_per_code_character);
	RUN(formatting);
	printf("%d group states checked\n", states_checked);
	return test_summary();
}
