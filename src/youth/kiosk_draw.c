/*
 * Helpers shared by the kiosk frame and screens: time formats, section
 * heads and the icons, which are drawn from rects and circles so that they
 * need no image files and look the same in every theme.
 */
#include "youth/kiosk_draw.h"

#include "youth/tx.h"
#include "ui/ui_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ---- Shapes ----------------------------------------------------------- */

/* A triangle pointing down (apex at the bottom), filled in strips. */
static void tri_down(draw_list_t *dl, int cx, int top, int half_w, int h, ui_color_t c)
{
	int step = h / 16 > 1 ? h / 16 : 1;
	for (int y = 0; y < h; y += step) {
		int hw = half_w * (h - y) / h;
		if (hw > 0)
			draw_rect(dl, (ui_rect_t){cx - hw, top + y, 2 * hw, step}, 0, c);
	}
}

void kiosk_draw_face(ui_t *ui, ui_rect_t r, int mood, ui_color_t face, ui_color_t ink)
{
	draw_list_t *dl = ui_dl(ui);
	int s = r.w < r.h ? r.w : r.h;
	int cx = r.x + r.w / 2, cy = r.y + r.h / 2;
	draw_circle(dl, cx, cy, s / 2, face);
	int eye = s * 7 / 100 > 1 ? s * 7 / 100 : 1;
	draw_circle(dl, cx - s * 17 / 100, cy - s * 12 / 100, eye, ink);
	draw_circle(dl, cx + s * 17 / 100, cy - s * 12 / 100, eye, ink);
	/* The mouth: dots along a parabola, curving up (happy), flat, or down. */
	int bend = mood == 3 ? 1 : mood == 1 ? -1 : 0;
	int dot = s * 45 / 1000 > 1 ? s * 45 / 1000 : 1;
	for (int i = -6; i <= 6; i++) {
		int x = cx + i * s * 4 / 100;
		/* Happy: the middle lower than the corners; sad: higher. */
		int y = cy + s * 20 / 100 + bend * ((36 - i * i) * s / 400 - s * 4 / 100);
		draw_circle(dl, x, y, dot, ink);
	}
}

void kiosk_draw_heart(ui_t *ui, ui_rect_t r, ui_color_t c)
{
	draw_list_t *dl = ui_dl(ui);
	int s = r.w < r.h ? r.w : r.h;
	int x = r.x + (r.w - s) / 2, y = r.y + (r.h - s) / 2;
	int rr = s * 27 / 100;
	draw_circle(dl, x + s * 29 / 100, y + s * 34 / 100, rr, c);
	draw_circle(dl, x + s * 71 / 100, y + s * 34 / 100, rr, c);
	int top = y + s * 40 / 100;
	tri_down(dl, x + s / 2, top, s * 47 / 100, y + s * 94 / 100 - top, c);
}

void kiosk_draw_icon(ui_t *ui, ui_rect_t r, kd_icon_t icon, ui_color_t c, ui_color_t bg)
{
	draw_list_t *dl = ui_dl(ui);
	int s = r.w < r.h ? r.w : r.h;
	int x = r.x + (r.w - s) / 2, y = r.y + (r.h - s) / 2, cx = x + s / 2, cy = y + s / 2;
	switch (icon) {
	case KD_ICON_TODAY: {
		/* A sun: a disc and eight rays. */
		static const int rays[8][2] = {{0, -10}, {7, -7}, {10, 0},  {7, 7},
					       {0, 10},	 {-7, 7}, {-10, 0}, {-7, -7}};
		draw_circle(dl, cx, cy, s * 24 / 100, c);
		for (int i = 0; i < 8; i++)
			draw_circle(dl, cx + rays[i][0] * s * 42 / 1000,
				    cy + rays[i][1] * s * 42 / 1000, s * 7 / 100, c);
		break;
	}
	case KD_ICON_WEEK: {
		/* A calendar page: rings on top, a grid of days. */
		ui_rect_t page = {x + s / 10, y + s * 18 / 100, s * 8 / 10, s * 72 / 100};
		draw_rect(dl, page, s / 10, c);
		int cell = s * 12 / 100, gap = s * 6 / 100;
		int gx = page.x + (page.w - 3 * cell - 2 * gap) / 2, gy = page.y + s * 22 / 100;
		for (int i = 0; i < 6; i++)
			draw_rect(dl,
				  (ui_rect_t){gx + (i % 3) * (cell + gap),
					      gy + (i / 3) * (cell + gap), cell, cell},
				  cell / 4, bg);
		draw_rect(dl, (ui_rect_t){page.x + s * 16 / 100, y + s / 20, s / 10, s * 22 / 100},
			  s / 20, c);
		draw_rect(dl,
			  (ui_rect_t){page.x + page.w - s * 26 / 100, y + s / 20, s / 10,
				      s * 22 / 100},
			  s / 20, c);
		break;
	}
	case KD_ICON_ASK: {
		/* A speech bubble with three dots. */
		ui_rect_t b = {x + s / 20, y + s * 12 / 100, s * 9 / 10, s * 62 / 100};
		draw_rect(dl, b, s * 22 / 100, c);
		tri_down(dl, x + s * 30 / 100, b.y + b.h - 1, s * 14 / 100, s * 22 / 100, c);
		for (int i = -1; i <= 1; i++)
			draw_circle(dl, cx + i * s * 22 / 100, b.y + b.h / 2, s * 7 / 100, bg);
		break;
	}
	case KD_ICON_GROUPS: {
		/* Three people: heads and shoulders. */
		int hr = s * 12 / 100, sh = s * 30 / 100;
		for (int i = -1; i <= 1; i += 2) {
			int px = cx + i * s * 27 / 100;
			draw_circle(dl, px, y + s * 34 / 100, hr * 85 / 100, c);
			draw_rect(
				dl,
				(ui_rect_t){px - s * 15 / 100, y + s * 52 / 100, s * 30 / 100, sh},
				s * 12 / 100, c);
		}
		/* The one in front, ringed with the background to stand apart. */
		draw_circle(dl, cx, y + s * 30 / 100, hr + s / 25, bg);
		draw_rect(
			dl,
			(ui_rect_t){cx - s * 22 / 100, y + s * 46 / 100, s * 44 / 100, sh + s / 8},
			s * 16 / 100, bg);
		draw_circle(dl, cx, y + s * 30 / 100, hr, c);
		draw_rect(
			dl,
			(ui_rect_t){cx - s * 18 / 100, y + s * 50 / 100, s * 36 / 100, sh + s / 20},
			s * 14 / 100, c);
		break;
	}
	case KD_ICON_GLOBE: {
		/* A globe: a ring, its meridian as a narrow ring, the equator. */
		int t = s / 12 > 1 ? s / 12 : 1, rr = s * 45 / 100;
		ui_rect_t globe = {cx - rr, cy - rr, 2 * rr, 2 * rr};
		draw_outline(dl, globe, rr, t, c);
		int mw = rr * 9 / 10;
		draw_outline(dl, (ui_rect_t){cx - mw / 2, cy - rr, mw, 2 * rr}, mw / 2, t, c);
		draw_rect(dl, (ui_rect_t){cx - rr, cy - t / 2, 2 * rr, t}, 0, c);
		break;
	}
	case KD_ICON_SERVICES:
	default:
		/* A directory: three rows, each a dot and a line. */
		for (int i = 0; i < 3; i++) {
			int ry = y + s * (22 + i * 28) / 100;
			draw_circle(dl, x + s * 14 / 100, ry, s * 9 / 100, c);
			draw_rect(dl,
				  (ui_rect_t){x + s * 32 / 100, ry - s * 6 / 100, s * 62 / 100,
					      s * 12 / 100},
				  s * 6 / 100, c);
		}
		break;
	}
}

int kiosk_draw_person_wheel(const person_view_t *p)
{
	if (p->ntopics > 0 && p->topics[0].colour > WHEEL_NONE && p->topics[0].colour < WHEEL_COUNT)
		return (int)p->topics[0].colour;
	return ui_wheel_for_name(p->name);
}

static void open_label(const char *lang, int day, int today, const hours_view_t *hv, char *out,
		       int cap)
{
	char when[48], hours[24];
	if (day == today)
		ui_fmt(when, (int)sizeof when, "%s", tx(lang, T_TODAY));
	else if (day == today + 1)
		ui_fmt(when, (int)sizeof when, "%s", tx(lang, T_TOMORROW));
	else
		ui_fmt_date(lang, day, false, when, sizeof when);
	ui_fmt_hours(hv->open_at, hv->close_at, hours, sizeof hours);
	ui_fmt(out, cap, "%s %s", when, hours);
}

void kiosk_draw_org_room(const char *org, const char *room, char *out, int cap)
{
	const char *a = org ? org : "", *b = room ? room : "";
	char keep[96];
	size_t k = 0;
	int cps = 0;
	for (const char *p = b; *p; p++)
		cps += ((unsigned char)*p & 0xC0) != 0x80;
	if (cps <= 16) {
		for (const char *p = b; *p && k + 3 < sizeof keep; p++) {
			if (*p == ' ') {
				keep[k++] = (char)0xC2; /* U+00A0 */
				keep[k++] = (char)0xA0;
			} else {
				keep[k++] = *p;
			}
		}
		keep[k] = 0;
		b = keep;
	}
	ui_fmt(out, cap, "%s%s%s", a, *a && *b ? " · " : "", b);
}

void kiosk_draw_person_press(ui_t *ui, ui_rect_t card, const person_view_t *p, ui_action_t *out)
{
	if (!p->id || !*p->id)
		return;
	ui_press_t pr = ui_press(ui, ui_id(ui, p->id), card, p->name, true);
	if (pr.held)
		draw_rect(ui_dl(ui), card, ui_radius(ui), ui_theme(ui)->pressed);
	if (pr.fired)
		ui_act(out, KA_OPEN_PERSON, 0, p->id);
}

void kiosk_first_next(const kiosk_view_t *v, const char *lang, char *out, int cap)
{
	out[0] = 0;
	const today_view_t *t = &v->today;
	if (!t->next_day || !t->has_next_person || t->day != wall_day(v->now))
		return;
	const person_view_t *p = &t->next_person;
	char who[160], at[16];
	ui_fmt(who, (int)sizeof who, "%s%s%s%s", p->name, *p->org_name ? " (" : "", p->org_name,
	       *p->org_name ? ")" : "");
	ui_fmt_time_short(p->start, at, sizeof at);
	ui_fmt(out, cap, tx(lang, T_FIRST_NEXT), who, at);
}

void kiosk_next_open(const kiosk_view_t *v, const char *lang, char *out, int cap)
{
	int today = wall_day(v->now), minute = wall_minute(v->now);
	out[0] = 0;
	/* The model looked ahead two weeks (after closing, or a closed day). */
	if (v->today.next_day > today && v->today.day == today) {
		open_label(lang, v->today.next_day, today, &v->today.next_hours, out, cap);
		return;
	}
	for (int i = 0; i < 7; i++) {
		const week_day_t *d = &v->week.days[i];
		if (!d->hours.open || d->hours.open_at < 0)
			continue;
		if (d->day > today || (d->day == today && d->hours.open_at > minute)) {
			open_label(lang, d->day, today, &d->hours, out, cap);
			return;
		}
	}
	/* Not this week: the same weekday next week, if its hours this week
	 * were the regular ones (an exception says nothing about next week). */
	for (int i = 0; i < 7; i++) {
		const week_day_t *d = &v->week.days[i];
		if (d->day <= 0 || !d->hours.open || d->hours.changed || d->hours.open_at < 0)
			continue;
		if (d->day + 7 > today) {
			open_label(lang, d->day + 7, today, &d->hours, out, cap);
			return;
		}
	}
}
