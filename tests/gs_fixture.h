/*
 * gs_fixture: hand-built views for the groups and services screens (the
 * demo content's texts in fi, sv and en), and a small harness to run one
 * screen in a frame-shaped area, lint it, find texts and tap it.
 *
 * Header-only: included by tests/test_youth_groups.c, test_youth_services.c and
 * test_platform_groups.c.
 */
#ifndef OVI_TEST_GS_FIXTURE_H
#define OVI_TEST_GS_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include "screen_check.h"
#include "core/err.h"
#include "core/timeutil.h"
#include "testlib.h"
#include "youth/tx.h"
#include "youth/kiosk.h"
#include "youth/kiosk_draw.h"
#include "ui/widgets.h"

#include "gs_fixture_data.h"

static const char *const gsf_langs[3] = {"fi", "sv", "en"};

static inline int gsf_lang_index(const char *lang)
{
	return strcmp(lang, "fi") == 0 ? 0 : strcmp(lang, "sv") == 0 ? 1 : 2;
}

static inline wheel_t gsf_wheel(const char *name)
{
	static const char *const names[] = {"",	       "work",	    "money",  "freetime",
					    "studies", "wellbeing", "housing"};
	for (int i = 1; i < 7; i++)
		if (strcmp(names[i], name) == 0)
			return (wheel_t)i;
	return WHEEL_NONE;
}

/* Places of the sessions, fi/sv/en. */
static const char *const gsf_places[4][3] = {
	{"Olohuone", "Vardagsrummet", "Living room"},
	{"Keittiö", "Köket", "Kitchen"},
	{"Keskuskoulun liikuntasali, Koulukatu 5", "Centralskolans gymnastiksal, Skolgatan 5",
	 "Keskuskoulu school gym, Koulukatu 5"},
	{"Ryhmätila", "Grupprummet", "Group room"},
};

#define GSF_NGROUPS   5
#define GSF_NSERVICES ((int)(sizeof gsf_services / sizeof gsf_services[0]))

typedef struct gsf {
	kiosk_view_t v;
	group_view_t groups[GSF_NGROUPS];
	session_view_t sessions[GSF_NGROUPS][4];
	service_view_t services[16];
	service_visit_t visits[16][3];
	int day; /* today: Monday 23.11.2026 */
} gsf_t;

static inline void gsf_session(session_view_t *se, const gsf_group_t *g, int li, const char *id,
			       int day, int start, int end, int place, int cap, int signed_up,
			       int waiting)
{
	se->id = id;
	se->group_id = g->id;
	se->group_title = g->title[li];
	se->place = gsf_places[place][li];
	se->colour = gsf_wheel(g->colour);
	se->day = day;
	se->start = start;
	se->end = end;
	se->capacity = cap;
	se->signed_up = signed_up;
	se->waiting = waiting;
	se->places_left = cap > signed_up ? cap - signed_up : 0;
}

/* Fills f->v in lang: five groups (Pelikerho with three sessions, one of
 * them full; Kokkauskurssi full today; Sateenkaarinuoret without sessions),
 * seven services with visits, Pelikerho as the open group and Etsivä
 * nuorisotyö as the open service. */
static inline void gsf_fill(gsf_t *f, const char *lang)
{
	memset(f, 0, sizeof *f);
	int li = gsf_lang_index(lang);
	int d = day_from_ymd(2026, 11, 23);
	f->day = d;
	kiosk_view_t *v = &f->v;
	v->now = wall_make(d, 11 * 60 + 4);
	v->today.day = d;
	v->today.minute = 11 * 60 + 4;
	v->today.weekday = 1;
	v->has_content = true;
	const gsf_group_t *G = gsf_groups; /* games cooking jobs rainbow sports */
	static const char *const ids[GSF_NGROUPS][4] = {
		{"games-20261123", "games-20261130", "games-20261207"},
		{"cooking-20261123"},
		{"jobs-20261125", "jobs-20261202"},
		{NULL},
		{"sports-20261124"}};
	gsf_session(&f->sessions[0][0], &G[0], li, ids[0][0], d, 900, 1020, 0, 12, 9, 0);
	gsf_session(&f->sessions[0][1], &G[0], li, ids[0][1], d + 7, 900, 1020, 0, 12, 12, 2);
	gsf_session(&f->sessions[0][2], &G[0], li, ids[0][2], d + 14, 900, 1020, 0, 12, 11, 0);
	gsf_session(&f->sessions[1][0], &G[1], li, ids[1][0], d, 1020, 1140, 1, 4, 4, 3);
	gsf_session(&f->sessions[2][0], &G[2], li, ids[2][0], d + 2, 780, 900, 3, 8, 7, 0);
	gsf_session(&f->sessions[2][1], &G[2], li, ids[2][1], d + 9, 780, 900, 3, 8, 2, 0);
	gsf_session(&f->sessions[4][0], &G[4], li, ids[4][0], d + 1, 840, 930, 2, 14, 5, 0);
	static const int nsess[GSF_NGROUPS] = {3, 1, 2, 0, 1};
	for (int i = 0; i < GSF_NGROUPS; i++) {
		group_view_t *g = &f->groups[i];
		g->id = G[i].id;
		g->title = G[i].title[li];
		g->text = G[i].text[li];
		g->colour = gsf_wheel(G[i].colour);
		g->sessions = f->sessions[i];
		g->nsessions = nsess[i];
	}
	v->groups.v = f->groups;
	v->groups.n = GSF_NGROUPS;
	v->group = f->groups[0];
	v->today.sessions = f->sessions[0];
	v->today.nsessions = 1;

	/* weekday, start, end per service (0 ends the list). */
	static const int visits[][3][3] = {
		{{1, 600, 1020}, {3, 600, 1020}},
		{{1, 600, 960}, {3, 600, 720}, {3, 780, 960}},
		{{1, 600, 840}},
		{{1, 720, 960}, {4, 720, 990}},
		{{2, 720, 960}},
		{{0}},
		{{0}},
	};
	for (int i = 0; i < GSF_NSERVICES; i++) {
		const gsf_service_t *x = &gsf_services[i];
		service_view_t *sv = &f->services[i];
		sv->id = x->id;
		sv->name = x->name[li];
		sv->point1 = x->p1[li];
		sv->point2 = x->p2[li];
		sv->point3 = x->p3[li];
		sv->phone = x->phone;
		sv->web = x->web;
		sv->email = x->email;
		sv->org_id = "";
		sv->org_name = x->org[li];
		sv->logo = x->logo;
		sv->sector = gsf_wheel(x->sector);
		sv->visits = f->visits[i];
		for (int k = 0; k < 3 && visits[i][k][0]; k++) {
			f->visits[i][k] = (service_visit_t){visits[i][k][0], visits[i][k][1],
							    visits[i][k][2]};
			sv->nvisits++;
		}
	}
	v->services.v = f->services;
	v->services.n = GSF_NSERVICES;
	v->services.total = GSF_NSERVICES;
	v->service = f->services[0];
}

static const int gsf_sizes[3][2] = {{800, 480}, {1920, 1080}, {1080, 1920}};

static const char *const gsf_nick = "Pikseli";
static const char *const gsf_code = "K7P2Q"; /* VIEW_CANCEL_CODE_LEN */

/* The states to show, each with what must be on it. */
typedef enum {
	C_LIST,
	C_GROUP,
	C_SIGNUP,
	C_SIGNUP_NOTICE,
	C_SIGNUP_WAITLIST,
	C_SIGNED_UP,
	C_SIGNED_UP_WAITING,
	C_CANCEL,
	C_CANCEL_NOTICE,
	C_CANCELLED,
	C_IDEA,
	C_IDEA_SENT,
	C_GROUPS_END, /* the groups screens end here */
	C_SERVICES = C_GROUPS_END,
	C_SERVICES_SEARCH, /* typing "asu": the keyboard up, the list filtered */
	C_SERVICES_NONE,   /* a search that finds nothing */
	C_SERVICE,
	C_COUNT
} gsf_case_t;

static const char *const gsf_case_names[C_COUNT] = {"groups",
						    "group",
						    "signup",
						    "signup-notice",
						    "signup-waitlist",
						    "signed-up",
						    "signed-up-waiting",
						    "cancel",
						    "cancel-notice",
						    "cancelled",
						    "idea",
						    "idea-sent",
						    "services",
						    "services-search",
						    "services-none",
						    "service"};

/* The state of case c in lang (and the view's list, for the searches). */
static inline void gsf_state(gsf_case_t c, const char *lang, kiosk_state_t *s)
{
	kiosk_state_init(s, lang);
	strcpy(s->group_id, "games");
	switch (c) {
	case C_LIST:
		s->screen = KS_GROUPS;
		s->group_id[0] = 0;
		break;
	case C_GROUP:
		s->screen = KS_GROUP;
		break;
	case C_SIGNUP:
	case C_SIGNUP_NOTICE:
	case C_SIGNUP_WAITLIST:
		s->screen = KS_SIGNUP;
		strcpy(s->session_id, c == C_SIGNUP_WAITLIST ? "games-20261130" : "games-20261123");
		ui_kb_init(&s->kb, ui_kb_layout_for(lang), KIOSK_NICK_MAX);
		strcpy(s->kb.text, gsf_nick);
		if (c == C_SIGNUP_NOTICE)
			snprintf(s->notice, sizeof s->notice, "%s", tx(lang, T_NICK_BLOCKED));
		break;
	case C_SIGNED_UP:
	case C_SIGNED_UP_WAITING:
		s->screen = KS_SIGNED_UP;
		strcpy(s->session_id, "games-20261123");
		strcpy(s->cancel_code, gsf_code);
		s->waiting = c == C_SIGNED_UP_WAITING;
		s->waiting_position = s->waiting ? 3 : 0;
		break;
	case C_CANCEL:
	case C_CANCEL_NOTICE:
		s->screen = KS_CANCEL;
		ui_kb_init(&s->kb, ui_kb_layout_for(lang), KIOSK_CODE_MAX);
		strcpy(s->kb.text, c == C_CANCEL ? "K7P" : "K7P2R");
		if (c == C_CANCEL_NOTICE)
			snprintf(s->notice, sizeof s->notice, "%s", tx(lang, T_CODE_UNKNOWN));
		break;
	case C_CANCELLED:
		s->screen = KS_CANCELLED;
		break;
	case C_IDEA:
		s->screen = KS_IDEA;
		ui_kb_init(&s->kb, ui_kb_layout_for(lang), KIOSK_IDEA_MAX);
		strcpy(s->kb.text, "Lautapeli-ilta perjantaisin ja joskus retki");
		break;
	case C_IDEA_SENT:
		s->screen = KS_IDEA_SENT;
		break;
	case C_SERVICES:
	case C_SERVICES_SEARCH:
	case C_SERVICES_NONE:
		s->screen = KS_SERVICES;
		s->group_id[0] = 0;
		ui_kb_init(&s->kb, ui_kb_layout_for(lang), KIOSK_SEARCH_MAX);
		s->search_open = c == C_SERVICES_SEARCH;
		if (c != C_SERVICES)
			strcpy(s->kb.text, c == C_SERVICES_NONE	       ? "skeittipuisto"
					   : gsf_lang_index(lang) == 0 ? "asu"
					   : gsf_lang_index(lang) == 1 ? "bostad"
								       : "housing");
		break;
	case C_SERVICE:
		s->screen = KS_SERVICE;
		s->group_id[0] = 0;
		strcpy(s->service_id, "nuoriso-etsiva");
		break;
	default:
		break;
	}
}

/* Lower-case ASCII copy (enough to match the fixture's keywords). */
static inline void gsf_lower(const char *s, char *out, size_t cap)
{
	size_t i = 0;
	for (; s[i] && i + 1 < cap; i++)
		out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
	out[i] = 0;
}

/* What the app does before drawing: filters the services by the search
 * (name, organisation and points) on KS_SERVICES. */
static inline void gsf_apply(gsf_t *f, const kiosk_state_t *s)
{
	static service_view_t hits[16];
	f->v.services.v = f->services;
	f->v.services.n = GSF_NSERVICES;
	f->v.services.total = GSF_NSERVICES;
	if (s->screen != KS_SERVICES || !s->kb.text[0])
		return;
	char q[64], hay[1024];
	gsf_lower(s->kb.text, q, sizeof q);
	int n = 0;
	for (int i = 0; i < GSF_NSERVICES; i++) {
		const service_view_t *sv = &f->services[i];
		char all[1024];
		snprintf(all, sizeof all, "%s %s %s %s %s", sv->name, sv->org_name, sv->point1,
			 sv->point2, sv->point3);
		gsf_lower(all, hay, sizeof hay);
		if (strstr(hay, q))
			hits[n++] = *sv;
	}
	f->v.services.v = hits;
	f->v.services.n = n;
}

/* ---- Harness ------------------------------------------------------------ */

typedef void (*gsh_screen_fn)(ui_t *ui, ui_rect_t area, const kiosk_view_t *v,
			      const kiosk_state_t *s, ui_action_t *out);

static int64_t gsh_now = 1000;

/* The content area kiosk_frame() hands the screens: under the header,
 * above the bottom bar (which typing screens give to the keyboard, as in
 * design/signup.png), inset by the page margin. */
static inline ui_rect_t gsh_area(ui_t *ui, const kiosk_state_t *s)
{
	ui_rect_t r = ui_screen(ui);
	int head = ui_line_height(ui, UI_FONT_BOLD, UI_TS_CLOCK) + ui_dp(ui, 16);
	if (head < ui_dp(ui, 124))
		head = ui_dp(ui, 124);
	ui_cut_top(&r, head + ui_dp(ui, 8));
	if (!kiosk_typing(s)) {
		int bar = ui_dp(ui, 12 + 14 + 44 + 8 + 14 + 12) +
			  ui_line_height(ui, UI_FONT_BOLD, UI_TS_LABEL);
		ui_cut_bottom(&r, bar > ui_dp(ui, 140) ? bar : ui_dp(ui, 140));
	}
	return ui_inset_xy(r, ui_page_margin(ui), 0);
}

static inline void gsh_frame(ui_t *ui, gsh_screen_fn fn, const kiosk_view_t *v,
			     const kiosk_state_t *s, ui_action_t *a)
{
	memset(a, 0, sizeof *a);
	gsh_now += 16;
	ui_begin(ui, gsh_now);
	fn(ui, gsh_area(ui, s), v, s, a);
	CHECK_INT(ui_end(ui), 0);
}

/* Lint and overflow notes, printed; returns their count. */
static inline int gsh_lint(ui_t *ui, const char *what)
{
	return screen_lint(ui, what);
}

/* True when some text drawn this frame contains needle. */
static inline bool gsh_any_text(ui_t *ui, const char *needle)
{
	int n;
	const ui_text_rec_t *t = ui_texts(ui, &n);
	for (int i = 0; i < n; i++)
		if (t[i].text && strstr(t[i].text, needle))
			return true;
	return false;
}

/* True when some text drawn this frame is exactly s. */
static inline bool gsh_text_is(ui_t *ui, const char *s)
{
	int n;
	const ui_text_rec_t *t = ui_texts(ui, &n);
	for (int i = 0; i < n; i++)
		if (t[i].text && strcmp(t[i].text, s) == 0)
			return true;
	return false;
}

/* A text that is there and in view (not scrolled away or cut). */
static inline bool gsh_visible(ui_t *ui, const char *s)
{
	const ui_text_rec_t *t = ui_find_text(ui, s);
	return t && !t->hidden && !t->clipped && !t->ellipsised;
}

static inline void gsh_expect(ui_t *ui, const char *what, const char *s, bool in_view)
{
	bool ok = in_view ? gsh_visible(ui, s) : ui_find_text(ui, s) != NULL;
	if (!ok)
		fprintf(stderr, "  %s: %s \"%.60s\"\n", what, in_view ? "not in view" : "missing",
			s);
	CHECK(ok);
}

/* Taps at x, y and runs a frame; the action lands in a. */
static inline void gsh_tap_at(ui_t *ui, int x, int y, gsh_screen_fn fn, const kiosk_view_t *v,
			      const kiosk_state_t *s, ui_action_t *a)
{
	ui_pointer_down(ui, 1, x, y, gsh_now);
	ui_pointer_up(ui, 1, x, y, gsh_now + 60);
	gsh_frame(ui, fn, v, s, a);
}

/* Taps the widget labelled label (it must be on screen); false when absent. */
static inline bool gsh_tap(ui_t *ui, const char *label, gsh_screen_fn fn, const kiosk_view_t *v,
			   const kiosk_state_t *s, ui_action_t *a)
{
	int x, y;
	memset(a, 0, sizeof *a);
	if (ui_find_hit(ui, label, &x, &y) < 0) {
		fprintf(stderr, "  no hit area \"%s\"\n", label);
		return false;
	}
	gsh_tap_at(ui, x, y, fn, v, s, a);
	return true;
}

/* The i-th visible enabled hit labelled label (for repeated labels). */
static inline bool gsh_hit_nth(ui_t *ui, const char *label, int nth, int *x, int *y)
{
	int n;
	const ui_hit_t *h = ui_hits(ui, &n);
	for (int i = 0; i < n; i++) {
		if (h[i].kind != UI_HIT_BUTTON || h[i].disabled || !h[i].label ||
		    strcmp(h[i].label, label) != 0)
			continue;
		ui_rect_t r = ui_rect_intersect(h[i].r, h[i].clip);
		if (ui_rect_empty(r))
			continue;
		if (nth-- == 0) {
			*x = r.x + r.w / 2;
			*y = r.y + r.h / 2;
			return true;
		}
	}
	return false;
}

/* The first scroll region of the frame, or 0. */
static inline ui_id_t gsh_scroll_id(ui_t *ui)
{
	int n;
	const ui_hit_t *h = ui_hits(ui, &n);
	for (int i = 0; i < n; i++)
		if (h[i].kind == UI_HIT_SCROLL)
			return h[i].id;
	return 0;
}

#endif
