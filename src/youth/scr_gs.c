/*
 * Shared pieces of the groups and services screens (see scr_gs.h).
 */
#include "youth/scr_gs.h"

#include "ui/fmt.h"

#include "core/str.h"
#include "core/timeutil.h"
#include "core/tr.h"
#include "model/content.h"

#include <stdio.h>
#include <string.h>

/* ---- Words ---------------------------------------------------------- */

static const tr_key_t keys[GS_COUNT] = {
	[GS_MORE_DATES] = NCP_("GS_MORE_DATES", "+%d more date", "+%d more dates"),
	[GS_WAIT_POS] = NC_("GS_WAIT_POS", "You're number %d in the queue."),
	[GS_WAIT_HINT] = NC_("GS_WAIT_HINT", "If someone cancels, places go in queue order. Ask "
					     "staff how it looks before the group."),
	[GS_SIGNED_HINT] = NC_("GS_SIGNED_HINT", "Come on time. If you can't make it, cancel with "
						 "the code so someone else can come."),
	[GS_PHONE] = NC_("GS_PHONE", "Phone"),
	[GS_WEB] = NC_("GS_WEB", "Web"),
	[GS_EMAIL] = NC_("GS_EMAIL", "Email"),
	[GS_CLEAR] = NC_("GS_CLEAR", "Clear"),
	[GS_SEARCH_FIELD] = NC_("GS_SEARCH_FIELD", "Search box"),
	[GS_WAITING_N] = NCP_("GS_WAITING_N", "%d waiting", "%d waiting"),
	[GS_KEY_WAITLIST] = NC_("GS_KEY_WAITLIST", "Join queue"),
	[GS_SESSION_CANCELLED] = NC_("GS_SESSION_CANCELLED", "Cancelled"),
	[GS_SIGNUP_CLOSED] = NC_("GS_SIGNUP_CLOSED", "Sign-up closed"),
};

const char *scr_gs_tx(const char *lang, gs_text_t id)
{
	if ((int)id < 0 || id >= GS_COUNT)
		return "";
	return tr_key(lang, &keys[id]);
}

const char *scr_gs_tx_n(const char *lang, gs_text_t id, long n)
{
	if ((int)id < 0 || id >= GS_COUNT)
		return "";
	return tr_key_n(lang, &keys[id], n);
}

const char *scr_gs_wheel_name(const char *lang, int wheel)
{
	if (wheel < 1 || wheel >= UI_WHEEL_COUNT || wheel >= WHEEL_COUNT)
		return "";
	return wheel_title((wheel_t)wheel, lang);
}

static void fmt_sub(char *out, size_t cap, const char *tmpl, char conv, const char *with)
{
	if (!cap)
		return;
	size_t n = 0;
	bool done = false;
	for (const char *p = tmpl ? tmpl : ""; *p && n + 1 < cap; p++) {
		if (p[0] == '%' && p[1] == '%') {
			out[n++] = '%';
			p++;
		} else if (!done && p[0] == '%' && p[1] == conv) {
			n += str_copy(out + n, cap - n, with);
			p++;
			done = true;
		} else {
			out[n++] = *p;
		}
	}
	out[n < cap ? n : cap - 1] = 0;
}

void scr_gs_fmt_int(char *out, size_t cap, const char *tmpl, int n)
{
	char num[16];
	snprintf(num, sizeof num, "%d", n);
	fmt_sub(out, cap, tmpl, 'd', num);
}

void scr_gs_fmt_str(char *out, size_t cap, const char *tmpl, const char *s)
{
	fmt_sub(out, cap, tmpl, 's', s ? s : "");
}

/* ---- Dates and times ------------------------------------------------ */

void scr_gs_span(int start, int end, char *out, size_t cap)
{
	char a[6], b[6];
	fmt_hhmm(start, a);
	if (end > start) {
		fmt_hhmm(end, b);
		snprintf(out, cap, "%s–%s", a, b);
	} else {
		snprintf(out, cap, "%s", a);
	}
}

static void hour_short(int m, char *out, size_t cap)
{
	m = ui_clampi(m, 0, 1440);
	if (m % 60)
		snprintf(out, cap, "%d:%02d", m / 60, m % 60);
	else
		snprintf(out, cap, "%d", m / 60);
}

void scr_gs_span_short(int start, int end, char *out, size_t cap)
{
	char a[16], b[16];
	hour_short(start, a, sizeof a);
	hour_short(end, b, sizeof b);
	snprintf(out, cap, "%s–%s", a, b);
}

void scr_gs_day(const char *lang, int day, int today, bool long_form, char *out, size_t cap)
{
	if (today >= 0 && day == today)
		str_copy(out, cap, tx(lang, T_TODAY));
	else if (today >= 0 && day == today + 1)
		str_copy(out, cap, tx(lang, T_TOMORROW));
	else
		ui_fmt_date(lang, day, long_form, out, (int)cap);
}

void scr_gs_when(const char *lang, const session_view_t *s, int today, char *out, size_t cap)
{
	char d[48], t[16];
	scr_gs_day(lang, s->day, today, false, d, sizeof d);
	scr_gs_span(s->start, s->end, t, sizeof t);
	snprintf(out, cap, "%s · %s", d, t);
}

int scr_gs_today(const kiosk_view_t *v)
{
	if (v->today.day > 0)
		return v->today.day;
	return v->now > 0 ? wall_day(v->now) : -1;
}

/* ---- Places ---------------------------------------------------------- */

void scr_gs_places(ui_t *ui, const char *lang, const session_view_t *s, char *out, size_t cap,
		   ui_color_t *bg, ui_color_t *fg)
{
	const ui_theme_t *th = ui_theme(ui);
	if (s->cancelled || s->signups_closed) {
		/* Staff's word on the session outranks its places. */
		gs_text_t why = s->cancelled ? GS_SESSION_CANCELLED : GS_SIGNUP_CLOSED;
		str_copy(out, cap, scr_gs_tx(lang, why));
		*bg = th->wheel_tint[WHEEL_HOUSING];
	} else if (s->places_left <= 0) {
		str_copy(out, cap, tx(lang, T_FULL_QUEUE));
		*bg = th->wheel_tint[WHEEL_WORK];
	} else {
		if (s->places_left == 1)
			scr_gs_fmt_int(out, cap, tx_n(lang, T_PLACES_LEFT, 1), 1);
		else
			scr_gs_fmt_int(out, cap, tx_n(lang, T_PLACES_LEFT, s->places_left),
				       s->places_left);
		*bg = th->wheel_tint[WHEEL_MONEY];
	}
	*fg = ui_on_color(th, *bg);
}

int scr_gs_places_pill(ui_t *ui, int right, int cy, const char *lang, const session_view_t *s)
{
	char label[80];
	ui_color_t bg, fg;
	scr_gs_places(ui, lang, s, label, sizeof label, &bg, &fg);
	int w = ui_pill_width(ui, label, UI_TS_SMALL), h = ui_pill_height(ui, UI_TS_SMALL);
	ui_pill(ui, (ui_rect_t){right - w, cy - h / 2, w, h}, label, UI_TS_SMALL, bg, fg);
	return w;
}

static const session_view_t *find_in(const session_view_t *ss, int n, const char *id)
{
	for (int i = 0; ss && i < n; i++)
		if (ss[i].id && strcmp(ss[i].id, id) == 0)
			return &ss[i];
	return NULL;
}

const session_view_t *scr_gs_find_session(const kiosk_view_t *v, const char *id)
{
	if (!id || !*id)
		return NULL;
	const session_view_t *s = find_in(v->group.sessions, v->group.nsessions, id);
	for (int i = 0; !s && i < v->groups.n; i++)
		s = find_in(v->groups.v[i].sessions, v->groups.v[i].nsessions, id);
	if (!s)
		s = find_in(v->today.sessions, v->today.nsessions, id);
	return s;
}

const char *scr_gs_session_title(const kiosk_view_t *v, const session_view_t *s)
{
	if (s->group_title && *s->group_title)
		return s->group_title;
	if (v->group.id && s->group_id && strcmp(v->group.id, s->group_id) == 0)
		return v->group.title;
	for (int i = 0; i < v->groups.n; i++)
		if (v->groups.v[i].id && s->group_id && strcmp(v->groups.v[i].id, s->group_id) == 0)
			return v->groups.v[i].title;
	return "";
}

/* ---- Layout ---------------------------------------------------------- */

bool scr_gs_short(ui_t *ui, ui_rect_t area)
{
	return area.h < ui_dp(ui, 700);
}

static ui_text_style_t title_style(ui_t *ui, int size)
{
	return (ui_text_style_t){UI_FONT_BOLD, size, ui_theme(ui)->ink, 0, 0, 0};
}

static ui_text_style_t sub_style(ui_t *ui)
{
	return (ui_text_style_t){UI_FONT_REGULAR, UI_TS_BODY, ui_theme(ui)->muted, 0, 0, 0};
}

int scr_gs_title_row_height(ui_t *ui, int w, const char *title, const char *sub, int size,
			    bool back)
{
	int b = ui_dp(ui, UI_MIN_TARGET), gap = ui_dp(ui, 20);
	int tw = back ? w - b - gap : w;
	int h = ui_text_height(ui, tw, title, title_style(ui, size));
	if (sub && *sub)
		h += ui_text_height(ui, tw, sub, sub_style(ui));
	return h > b || !back ? h : b;
}

int scr_gs_title_row(ui_t *ui, ui_rect_t r, const char *lang, const char *title, const char *sub,
		     int size, bool back, ui_action_t *out)
{
	int b = ui_dp(ui, UI_MIN_TARGET), gap = ui_dp(ui, 20);
	int h = scr_gs_title_row_height(ui, r.w, title, sub, size, back);
	int x = r.x, tw = r.w;
	if (back) {
		ui_rect_t br = {r.x, r.y + (h > b ? 0 : (h - b) / 2), b, b};
		ui_press_t p = ui_press(ui, ui_id(ui, "back"), br, tx(lang, T_BACK), true);
		ui_button_opts_t o = {.style = UI_BTN_OUTLINE, .icon = "‹", .size = UI_TS_SECTION};
		ui_button_draw(ui, br, NULL, &o, p.held);
		if (p.fired)
			ui_act(out, KA_BACK, 0, NULL);
		x += b + gap;
		tw -= b + gap;
	}
	int th_ = ui_text_height(ui, tw, title, title_style(ui, size));
	int sh = sub && *sub ? ui_text_height(ui, tw, sub, sub_style(ui)) : 0;
	int y = r.y + (h - th_ - sh) / 2;
	ui_text(ui, (ui_rect_t){x, y, tw, th_}, title, title_style(ui, size));
	if (sh)
		ui_text(ui, (ui_rect_t){x, y + th_, tw, sh}, sub, sub_style(ui));
	return h;
}

ui_rect_t scr_gs_cut_keyboard(ui_t *ui, ui_rect_t *area)
{
	/* Keys a finger wide (4 rows of UI_MIN_TARGET, gaps, padding) come
	 * before the form: on a short screen the form scrolls instead. */
	int want = ui_keyboard_height(ui, area->w);
	/* Each part rounded as the keyboard rounds it (ui_dp), so that the
	 * keys come out at least UI_MIN_TARGET high, not a pixel under. */
	int least = 4 * ui_dp(ui, UI_MIN_TARGET) + 3 * ui_dp(ui, 10) + 2 * ui_dp(ui, 12);
	int h = area->h * 3 / 5;
	if (h < least)
		h = least;
	if (h > want)
		h = want;
	return ui_cut_bottom(area, h);
}

/* ---- Notice ----------------------------------------------------------- */

static int notice_geom(ui_t *ui, int w, const char *text, int size, int *mark, int *pad, int *tw)
{
	bool small = size == UI_TS_SMALL;
	*mark = ui_dp(ui, small ? 36 : 44);
	*pad = ui_dp(ui, small ? 10 : 16);
	*tw = w - 3 * *pad - *mark;
	int h = ui_text_height(ui, *tw, text, ui_ts(UI_FONT_BOLD, size, ui_theme(ui)->ink));
	return 2 * *pad + (h > *mark ? h : *mark);
}

int scr_gs_notice_height(ui_t *ui, int w, const char *text, int size)
{
	int mark, pad, tw;
	return text && *text ? notice_geom(ui, w, text, size, &mark, &pad, &tw) : 0;
}

int scr_gs_notice(ui_t *ui, int x, int y, int w, int min_h, const char *text, int size)
{
	if (!text || !*text)
		return 0;
	const ui_theme_t *th = ui_theme(ui);
	int mark, pad, tw;
	int h = notice_geom(ui, w, text, size, &mark, &pad, &tw);
	h = h < min_h ? min_h : h;
	ui_rect_t r = {x, y, w, h};
	draw_rect(ui_dl(ui), r, ui_radius(ui), th->wheel_tint[WHEEL_WORK]);
	if (th->high_contrast)
		draw_outline(ui_dl(ui), r, ui_radius(ui), ui_dp(ui, 3), th->ink);
	ui_rect_t m = {x + pad, y + (h - mark) / 2, mark, mark};
	scr_gs_mark(ui, m, "!", WHEEL_WORK);
	ui_text(ui, (ui_rect_t){x + 2 * pad + mark, y + pad, tw, h - 2 * pad}, text,
		(ui_text_style_t){UI_FONT_BOLD, size, th->ink, 0, UI_ALIGN_CENTER, 0});
	return h;
}

/* ---- Cards ------------------------------------------------------------ */

int scr_gs_band_pad_start(ui_t *ui)
{
	return ui_dp(ui, 14) + ui_dp(ui, 24);
}

int scr_gs_band_pad(ui_t *ui)
{
	return ui_dp(ui, 24);
}

ui_rect_t scr_gs_band_card(ui_t *ui, ui_rect_t r, int wheel, bool held)
{
	const ui_theme_t *th = ui_theme(ui);
	draw_list_t *dl = ui_dl(ui);
	int band = ui_dp(ui, 14);
	ui_card(ui, r);
	/* The card's own rounded shape in the wheel colour, clipped to a strip:
	 * a band that follows the corners. */
	draw_clip_push(dl, (ui_rect_t){r.x, r.y, band, r.h});
	draw_rect(dl, r, ui_radius(ui), th->wheel[wheel > 0 && wheel < UI_WHEEL_COUNT ? wheel : 0]);
	draw_clip_pop(dl);
	if (held)
		draw_rect(dl, r, ui_radius(ui), th->pressed);
	int pad = scr_gs_band_pad(ui), ps = scr_gs_band_pad_start(ui);
	return (ui_rect_t){r.x + ps, r.y + pad, r.w - ps - pad, r.h - 2 * pad};
}

/* A padlock drawn with shapes in the square r. */
static void lock_glyph(ui_t *ui, ui_rect_t r, ui_color_t c, ui_color_t bg)
{
	draw_list_t *dl = ui_dl(ui);
	int d = r.w, t = d / 8 > 1 ? d / 8 : 2;
	ui_rect_t shackle = {r.x + d / 4, r.y + d / 16, d / 2, d * 3 / 5};
	draw_outline(dl, shackle, shackle.w / 2, t, c);
	ui_rect_t body = {r.x + d / 8, r.y + d * 2 / 5, d * 3 / 4, d * 11 / 20};
	draw_rect(dl, body, d / 8, c);
	draw_circle(dl, r.x + d / 2, body.y + body.h / 2, d / 12 + 1, bg);
}

int scr_gs_privacy(ui_t *ui, int x, int y, int w, const char *text, int size, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	int lh = ui_line_height(ui, UI_FONT_REGULAR, size);
	int icon = lh * 3 / 4, gap = ui_dp(ui, 10);
	ui_text_style_t st = ui_ts(UI_FONT_REGULAR, size, th->muted);
	int h = ui_text_height(ui, w - icon - gap, text, st);
	if (!draw)
		return h;
	lock_glyph(ui, (ui_rect_t){x, y + (lh - icon) / 2, icon, icon}, th->muted, th->bg);
	ui_text(ui, (ui_rect_t){x + icon + gap, y, w - icon - gap, h}, text, st);
	return h;
}

int scr_gs_gutter(ui_t *ui)
{
	return ui_dp(ui, 16);
}

int scr_gs_bullet(ui_t *ui, int x, int y, int w, const char *text, int wheel, int size, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	int indent = ui_dp(ui, 30), dot = ui_dp(ui, 12);
	ui_text_style_t st = ui_ts(UI_FONT_REGULAR, size, th->ink);
	int h = ui_text_height(ui, w - indent, text, st);
	if (!draw || !text || !*text)
		return text && *text ? h : 0;
	int lh = ui_line_height(ui, UI_FONT_REGULAR, size);
	int wh = wheel > 0 && wheel < UI_WHEEL_COUNT ? wheel : 0;
	draw_circle(ui_dl(ui), x + dot, y + lh / 2, dot / 2, th->wheel[wh]);
	ui_text(ui, (ui_rect_t){x + indent, y, w - indent, h}, text, st);
	return h;
}

int scr_gs_fit_size(ui_t *ui, int largest, int h)
{
	for (int size = largest; size > UI_TS_CAPTION; size--)
		if (ui_line_height(ui, UI_FONT_BOLD, size) <= h)
			return size;
	return UI_TS_CAPTION;
}

const char *scr_gs_key_label(ui_t *ui, ui_rect_t kb, const ui_kb_t *k, const char *long_label,
			     const char *short_label)
{
	/* The action key's width as the keyboard lays it out, less the
	 * label's padding. */
	int key_w = ui_keyboard_action_width(ui, kb, k) - 2 * ui_dp(ui, 22);
	return ui_text_width(ui, long_label, UI_FONT_BOLD, UI_TS_LABEL) <= key_w ? long_label
										 : short_label;
}

void scr_gs_chevron(ui_t *ui, int x, int y, int w, int lh)
{
	int h = ui_line_height(ui, UI_FONT_BOLD, UI_TS_SECTION);
	ui_text(ui, (ui_rect_t){x, y + (lh - h) / 2, w, h}, "›",
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_SECTION, ui_theme(ui)->muted, UI_ALIGN_END, 0,
				  1});
}

void scr_gs_mark(ui_t *ui, ui_rect_t r, const char *glyph, int wheel)
{
	const ui_theme_t *th = ui_theme(ui);
	int d = r.w < r.h ? r.w : r.h;
	ui_color_t bg = th->wheel_deep[wheel > 0 && wheel < UI_WHEEL_COUNT ? wheel : 0];
	draw_circle(ui_dl(ui), r.x + r.w / 2, r.y + r.h / 2, d / 2, bg);
	int size = scr_gs_fit_size(ui, UI_TS_TITLE, d * 9 / 10);
	ui_text(ui, ui_center(r, d, d), glyph,
		(ui_text_style_t){UI_FONT_BOLD, size, ui_on_color(th, bg), UI_ALIGN_CENTER,
				  UI_ALIGN_CENTER, 1});
}
