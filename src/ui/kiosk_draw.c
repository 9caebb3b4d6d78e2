/*
 * Helpers shared by the kiosk frame and screens: time formats, section
 * heads and the icons, which are drawn from rects and circles so that they
 * need no image files and look the same in every theme.
 */
#include "ui/kiosk_draw.h"

#include "ui/i18n.h"
#include "ui/ui_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int kd_fmt(char *out, int cap, const char *fmt, ...)
{
	if (cap <= 0)
		return 0;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(out, (size_t)cap, fmt, ap);
	va_end(ap);
	if (n < 0) {
		out[0] = 0;
		return 0;
	}
	if (n >= cap) {
		n = cap - 1;
		while (n > 0 && ((unsigned char)out[n] & 0xC0) == 0x80)
			n--; /* out[n] starts the cut sequence: drop it whole */
		out[n] = 0;
	}
	return n;
}

void kd_hhmm(int minutes, char out[6])
{
	minutes = minutes < 0 ? 0 : minutes > 1440 ? 1440 : minutes;
	kd_fmt(out, 6, "%02d:%02d", minutes / 60, minutes % 60);
}

void kd_time_short(int m, char *out, int cap)
{
	m = m < 0 ? 0 : m > 1440 ? 1440 : m;
	if (m % 60)
		kd_fmt(out, cap, "%d:%02d", m / 60, m % 60);
	else
		kd_fmt(out, cap, "%d", m / 60);
}

void kd_hours(int open_at, int close_at, char *out, int cap)
{
	char a[16], b[16];
	kd_time_short(open_at, a, sizeof a);
	kd_time_short(close_at, b, sizeof b);
	kd_fmt(out, cap, "%s–%s", a, b);
}

void kd_span(int start, int end, char *out, int cap)
{
	char a[6], b[6];
	kd_hhmm(start, a);
	kd_hhmm(end, b);
	kd_fmt(out, cap, "%s–%s", a, b);
}

int kd_margin(ui_t *ui)
{
	ui_rect_t s = ui_screen(ui);
	int shortest = s.w < s.h ? s.w : s.h;
	return ui_dp(ui, shortest < 700 ? 28 : 48);
}

int kd_section_h(ui_t *ui)
{
	return ui_line_height(ui, UI_FONT_BOLD, UI_TS_SECTION) + ui_dp(ui, 14);
}

int kd_section(ui_t *ui, ui_rect_t col, int y, const char *title)
{
	int h = ui_line_height(ui, UI_FONT_BOLD, UI_TS_SECTION);
	ui_text(ui, (ui_rect_t){col.x, y, col.w, h}, title,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_SECTION, ui_theme(ui)->ink, 0, 0, 1});
	return kd_section_h(ui);
}

int kd_text_h(ui_t *ui, int w, const char *s, ui_text_style_t st)
{
	return s && *s ? ui_text_height(ui, w, s, st) : 0;
}

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

static int isqrt(int v)
{
	int r = 0;
	while ((r + 1) * (r + 1) <= v)
		r++;
	return r;
}

/* The wheel's colour at (ax, ay) from the centre (y up): six 60° sectors,
 * coral at the top right going round to yellow on the right, as on the
 * Kajaani wheel. */
static int sector(float ax, float ay)
{
	const float t = 0.57735f; /* tan 30° */
	if (ax >= 0)
		return ay >= ax * t ? WHEEL_WORK : ay >= -ax * t ? WHEEL_MONEY : WHEEL_FREETIME;
	return ay >= -ax * t ? WHEEL_HOUSING : ay >= ax * t ? WHEEL_WELLBEING : WHEEL_STUDIES;
}

void kd_wheel_logo(ui_t *ui, ui_rect_t r)
{
	const ui_theme_t *th = ui_theme(ui);
	draw_list_t *dl = ui_dl(ui);
	int d = r.w < r.h ? r.w : r.h;
	ui_rect_t sq = ui_center(r, d, d);
	float cx = (float)sq.x + (float)d / 2, cy = (float)sq.y + (float)d / 2;
	int rad = d * 28 / 100, step = d / 40 > 1 ? d / 40 : 1;
	/* A rounded tile cut into six wedges, filled row by row. */
	for (int y = sq.y; y < sq.y + d; y += step) {
		int h = y + step > sq.y + d ? sq.y + d - y : step;
		int my = y + h / 2 - sq.y, in = 0;
		int dy = my < rad ? rad - my : my > d - rad ? my - (d - rad) : 0;
		if (dy)
			in = rad - isqrt(rad * rad - dy * dy);
		float xl = (float)(sq.x + in), xr = (float)(sq.x + d - in);
		float fy = (float)y + (float)h / 2 - cy;
		float cuts[5] = {xl, cx - fy * 1.7320508f, cx, cx + fy * 1.7320508f, xr};
		/* Sort the three crossings (insertion sort) and clamp them. */
		for (int i = 2; i < 4; i++)
			for (int j = i; j > 1 && cuts[j] < cuts[j - 1]; j--) {
				float tmp = cuts[j];
				cuts[j] = cuts[j - 1];
				cuts[j - 1] = tmp;
			}
		for (int i = 1; i < 4; i++)
			cuts[i] = cuts[i] < xl ? xl : cuts[i] > xr ? xr : cuts[i];
		for (int i = 0; i < 4; i++) {
			int x0 = (int)(cuts[i] + 0.5f), x1 = (int)(cuts[i + 1] + 0.5f);
			if (x1 <= x0)
				continue;
			float mx = (cuts[i] + cuts[i + 1]) / 2 - cx;
			draw_rect(dl, (ui_rect_t){x0, y, x1 - x0, h}, 0,
				  th->wheel[sector(mx, -fy)]);
		}
	}
	/* A small hub in the middle, like the wheel's centre. */
	draw_circle(dl, (int)cx, (int)cy, d * 14 / 100, th->surface);
}

void kd_logo(ui_t *ui, ui_rect_t r, const char *path)
{
	int w, h;
	if (path && *path && ui->image && ui->image(ui->image_ud, path, &w, &h) == 0) {
		int d = r.w < r.h ? r.w : r.h;
		draw_image(ui_dl(ui), ui_center(r, d, d), path, DRAW_IMG_PLACEHOLDER,
			   ui_theme(ui)->surface);
		return;
	}
	kd_wheel_logo(ui, r);
}

void kd_face(ui_t *ui, ui_rect_t r, int mood, ui_color_t face, ui_color_t ink)
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

void kd_heart(ui_t *ui, ui_rect_t r, ui_color_t c)
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

void kd_icon(ui_t *ui, ui_rect_t r, kd_icon_t icon, ui_color_t c, ui_color_t bg)
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
		draw_rect(
		    dl,
		    (ui_rect_t){page.x + page.w - s * 26 / 100, y + s / 20, s / 10, s * 22 / 100},
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
			    dl, (ui_rect_t){px - s * 15 / 100, y + s * 52 / 100, s * 30 / 100, sh},
			    s * 12 / 100, c);
		}
		/* The one in front, ringed with the background to stand apart. */
		draw_circle(dl, cx, y + s * 30 / 100, hr + s / 25, bg);
		draw_rect(
		    dl, (ui_rect_t){cx - s * 22 / 100, y + s * 46 / 100, s * 44 / 100, sh + s / 8},
		    s * 16 / 100, bg);
		draw_circle(dl, cx, y + s * 30 / 100, hr, c);
		draw_rect(
		    dl, (ui_rect_t){cx - s * 18 / 100, y + s * 50 / 100, s * 36 / 100, sh + s / 20},
		    s * 14 / 100, c);
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

int kd_person_wheel(const person_view_t *p)
{
	if (p->ntopics > 0 && p->topics[0].colour > WHEEL_NONE && p->topics[0].colour < WHEEL_COUNT)
		return (int)p->topics[0].colour;
	return ui_wheel_for_name(p->name);
}

void kd_strike(ui_t *ui, ui_rect_t box, ui_color_t c)
{
	int t = ui_dp(ui, 2) > 1 ? ui_dp(ui, 2) : 1;
	draw_rect(ui_dl(ui), (ui_rect_t){box.x, box.y + box.h / 2, box.w, t}, 0, c);
}

static void open_label(const char *lang, int day, int today, const hours_view_t *hv, char *out,
		       int cap)
{
	char when[48], hours[24];
	if (day == today)
		kd_fmt(when, (int)sizeof when, "%s", tx(lang, T_TODAY));
	else if (day == today + 1)
		kd_fmt(when, (int)sizeof when, "%s", tx(lang, T_TOMORROW));
	else
		tx_date(lang, day, false, when, sizeof when);
	kd_hours(hv->open_at, hv->close_at, hours, sizeof hours);
	kd_fmt(out, cap, "%s %s", when, hours);
}

void kd_org_room(const char *org, const char *room, char *out, int cap)
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
	kd_fmt(out, cap, "%s%s%s", a, *a && *b ? " · " : "", b);
}

void kd_person_press(ui_t *ui, ui_rect_t card, const person_view_t *p, ui_action_t *out)
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
	kd_fmt(who, (int)sizeof who, "%s%s%s%s", p->name, *p->org_name ? " (" : "", p->org_name,
	       *p->org_name ? ")" : "");
	kd_time_short(p->start, at, sizeof at);
	kd_fmt(out, cap, tx(lang, T_FIRST_NEXT), who, at);
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
