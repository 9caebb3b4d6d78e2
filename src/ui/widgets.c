/*
 * Buttons and the press behaviour, cards, pills and chips, avatars, the text
 * field. Sizes are in dp from the 1080p mock-ups.
 */
#include "ui/widgets.h"
#include "ui/ui_internal.h"

#include "core/str.h"
#include "core/utf8.h"

#include <stdio.h>

#include <string.h>

#define EDGE_DP 4 /* the soft bottom edge under cards and buttons */

int ui_radius(ui_t *ui)
{
	return ui_dp(ui, 20);
}

static int button_radius(ui_t *ui)
{
	return ui_dp(ui, 16);
}

ui_press_t ui_press(ui_t *ui, ui_id_t id, ui_rect_t r, const char *label, bool enabled)
{
	ui_press_t p = {false, false};
	ui_reg_hit(ui, id, UI_HIT_BUTTON, r, label, !enabled);
	if (ui->active != id || !enabled)
		return p;
	ui_rect_t area = ui_unmirror(
		ui, ui_rect_intersect(ui_inset(r, -ui_touch_pad(ui)), draw_clip(ui_dl(ui))));
	p.held = ui->down && ui_rect_contains(area, ui->x, ui->y);
	if (ui->released && !ui->fired && ui_rect_contains(area, ui->rx, ui->ry)) {
		p.fired = true;
		ui->fired = true; /* one press fires once, whoever asks again */
	}
	return p;
}

int64_t ui_press_held_ms(const ui_t *ui, ui_id_t id)
{
	if (!ui->down || ui->active != id || ui->dragging)
		return -1;
	int64_t d = ui->now - ui->t_down;
	return d < 0 ? 0 : d;
}

ui_press_t ui_press_hold(ui_t *ui, ui_id_t id, ui_rect_t r, const char *label, int hold_ms)
{
	ui_press_t p = {false, false};
	ui_reg_hit(ui, id, UI_HIT_BUTTON, r, label, false);
	if (ui->active != id || !ui->down || ui->fired)
		return p;
	ui_rect_t area = ui_unmirror(
		ui, ui_rect_intersect(ui_inset(r, -ui_touch_pad(ui)), draw_clip(ui_dl(ui))));
	if (!ui_rect_contains(area, ui->x, ui->y)) {
		ui->fired = true; /* slid off: this press is over for the gesture */
		return p;
	}
	p.held = true;
	int64_t held = ui_press_held_ms(ui, id);
	if (held >= hold_ms) {
		p.fired = true;
		ui->fired = true; /* the release that follows does nothing */
	} else if (held >= 0) {
		/* Frames at the hold time, and a few a second for feedback. */
		int64_t at = ui->t_down + hold_ms;
		if (at > ui->now + 100)
			at = ui->now + 100;
		if (!ui->wake_at || at < ui->wake_at)
			ui->wake_at = at;
	}
	return p;
}

/* ---- Buttons -------------------------------------------------------- */

static void button_colors(ui_t *ui, const ui_button_opts_t *o, ui_color_t *fill, ui_color_t *fg,
			  ui_color_t *line)
{
	const ui_theme_t *th = ui_theme(ui);
	*line = (ui_color_t){0, 0, 0, 0};
	switch (o->style) {
	case UI_BTN_PRIMARY:
		*fill = th->accent;
		*fg = th->on_accent;
		break;
	case UI_BTN_SECONDARY:
		*fill = th->surface;
		*fg = th->ink;
		*line = th->outline;
		break;
	case UI_BTN_OUTLINE:
		*fill = (ui_color_t){0, 0, 0, 0};
		*fg = th->ink;
		*line = th->ink;
		break;
	case UI_BTN_DARK:
		*fill = th->ink;
		*fg = th->on_ink;
		break;
	case UI_BTN_GHOST:
		*fill = (ui_color_t){0, 0, 0, 0};
		*fg = th->ink;
		break;
	case UI_BTN_WHEEL:
	default: {
		int w = o->wheel >= 0 && o->wheel < UI_WHEEL_COUNT ? o->wheel : 0;
		*fill = th->wheel[w];
		*fg = ui_on_color(th, *fill);
		break;
	}
	}
	if (o->disabled) {
		fill->a = (uint8_t)(fill->a * 2 / 5);
		*fg = th->muted;
		line->a = (uint8_t)(line->a * 2 / 5);
	}
}

void ui_button_draw(ui_t *ui, ui_rect_t r, const char *label, const ui_button_opts_t *o, bool held)
{
	const ui_theme_t *th = ui_theme(ui);
	draw_list_t *dl = ui_dl(ui);
	ui_color_t fill, fg, line;
	button_colors(ui, o, &fill, &fg, &line);
	int rad = button_radius(ui), edge = ui_dp(ui, EDGE_DP);
	bool raised = o->style == UI_BTN_SECONDARY && !th->high_contrast && !o->disabled;
	if (raised && !held)
		draw_rect(dl, (ui_rect_t){r.x, r.y + edge, r.w, r.h}, rad,
			  o->on_tray ? th->kb_edge : th->surface_edge);
	if (raised && held)
		r.y += edge / 2; /* pressed in */
	draw_rect(dl, r, rad, fill);
	if (line.a)
		draw_outline(dl, r, rad, ui_dp(ui, (float)th->outline_dp), line);
	if (held)
		draw_rect(dl, r, rad, th->pressed);

	int size = o->size ? o->size : UI_TS_LABEL;
	int pad = ui_dp(ui, 22), gap = ui_dp(ui, 14);
	int iw = o->icon ? ui_text_width(ui, o->icon, UI_FONT_BOLD, size) : 0;
	if (!o->sublabel && label && *label) {
		/* Small buttons ("SV") give their padding to the label first. */
		int need = ui_text_width(ui, label, UI_FONT_BOLD, size) + (o->icon ? iw + gap : 0);
		int room = (r.w - need) / 2, min = ui_dp(ui, 6);
		pad = room < pad ? (room > min ? room : min) : pad;
	}
	ui_rect_t in = ui_inset_xy(r, pad, ui_dp(ui, 6));
	if (o->sublabel && *o->sublabel) {
		/* Icon on the left, label over sublabel, as a block centred
		 * vertically (the topic actions of the mock-up). */
		if (o->icon) {
			iw = ui_text_width(ui, o->icon, UI_FONT_BOLD, UI_TS_TITLE);
			ui_rect_t ir = ui_cut_left(&in, iw + gap);
			ui_text(ui, ir, o->icon,
				(ui_text_style_t){UI_FONT_BOLD, UI_TS_TITLE, fg, UI_ALIGN_START,
						  UI_ALIGN_CENTER, 1});
		}
		ui_text_style_t ls = {UI_FONT_BOLD, size, fg, UI_ALIGN_START, 0, 1};
		ui_text_style_t ss = {UI_FONT_REGULAR, UI_TS_SMALL, fg, UI_ALIGN_START, 0, 2};
		int lh = ui_text_height(ui, in.w, label, ls),
		    sh = ui_text_height(ui, in.w, o->sublabel, ss);
		int y = in.y + (in.h - lh - sh) / 2;
		ui_text(ui, (ui_rect_t){in.x, y, in.w, lh}, label, ls);
		ui_text(ui, (ui_rect_t){in.x, y + lh, in.w, sh}, o->sublabel, ss);
		return;
	}
	int avail = in.w - (o->icon ? iw + gap : 0);
	int lw = label && *label ? ui_text_width(ui, label, UI_FONT_BOLD, size) : 0;
	if (lw > avail)
		lw = avail;
	/* An icon alone (the back button's "‹") is centred without the gap. */
	int icon_w = o->icon ? iw + (lw ? gap : 0) : 0;
	int x = o->align_start ? in.x : in.x + (in.w - lw - icon_w) / 2;
	if (o->icon) {
		ui_text(ui, (ui_rect_t){x, in.y, iw, in.h}, o->icon,
			(ui_text_style_t){UI_FONT_BOLD, size, fg, UI_ALIGN_START, UI_ALIGN_CENTER,
					  1});
		x += iw + (lw ? gap : 0);
	}
	if (lw)
		ui_text(ui, (ui_rect_t){x, in.y, lw, in.h}, label,
			(ui_text_style_t){UI_FONT_BOLD, size, fg, UI_ALIGN_CENTER, UI_ALIGN_CENTER,
					  0});
}

bool ui_button_ex(ui_t *ui, ui_id_t id, ui_rect_t r, const char *label, const ui_button_opts_t *o)
{
	const char *name = label && *label ? label : o->icon;
	ui_press_t p = ui_press(ui, id, r, name, !o->disabled);
	ui_button_draw(ui, r, label, o, p.held);
	return p.fired;
}

bool ui_button(ui_t *ui, ui_id_t id, ui_rect_t r, const char *label, ui_btn_style_t style)
{
	ui_button_opts_t o = {.style = style};
	return ui_button_ex(ui, id, r, label, &o);
}

int ui_button_width(ui_t *ui, const char *label, const ui_button_opts_t *o)
{
	int size = o && o->size ? o->size : UI_TS_LABEL;
	int w = 2 * ui_dp(ui, 22) + (label ? ui_text_width(ui, label, UI_FONT_BOLD, size) : 0);
	if (o && o->icon)
		w += ui_text_width(ui, o->icon, UI_FONT_BOLD, size) + ui_dp(ui, 14);
	int min = ui_dp(ui, UI_MIN_TARGET);
	return w < min ? min : w;
}

ui_rect_t ui_label(ui_t *ui, ui_rect_t r, const char *s, int font, int size, ui_color_t c)
{
	return ui_text(ui, r, s,
		       (ui_text_style_t){font, size, c, UI_ALIGN_START, UI_ALIGN_CENTER, 1});
}

/* ---- Surfaces ------------------------------------------------------- */

void ui_card_fill(ui_t *ui, ui_rect_t r, ui_color_t fill)
{
	const ui_theme_t *th = ui_theme(ui);
	draw_list_t *dl = ui_dl(ui);
	int rad = ui_radius(ui);
	if (th->surface_edge.a)
		draw_rect(dl, (ui_rect_t){r.x, r.y + ui_dp(ui, EDGE_DP), r.w, r.h}, rad,
			  th->surface_edge);
	draw_rect(dl, r, rad, fill);
	if (th->outline.a)
		draw_outline(dl, r, rad, ui_dp(ui, (float)th->outline_dp), th->outline);
}

void ui_card(ui_t *ui, ui_rect_t r)
{
	ui_card_fill(ui, r, ui_theme(ui)->surface);
}

void ui_separator(ui_t *ui, int x, int y, int w)
{
	int h = ui_dp(ui, 2);
	draw_rect(ui_dl(ui), (ui_rect_t){x, y, w, h < 1 ? 1 : h}, 0, ui_theme(ui)->line);
}

int ui_pill_height(ui_t *ui, int size)
{
	return ui_line_height(ui, UI_FONT_BOLD, size ? size : UI_TS_SMALL) + ui_dp(ui, 6);
}

int ui_pill_width(ui_t *ui, const char *label, int size)
{
	size = size ? size : UI_TS_SMALL;
	return ui_text_width(ui, label, UI_FONT_BOLD, size) + 2 * (ui_pill_height(ui, size) / 2);
}

void ui_pill(ui_t *ui, ui_rect_t r, const char *label, int size, ui_color_t bg, ui_color_t fg)
{
	size = size ? size : UI_TS_SMALL;
	draw_rect(ui_dl(ui), r, r.h / 2, bg);
	int pad = r.h / 2;
	ui_text(ui, ui_inset_xy(r, pad, 0), label,
		(ui_text_style_t){UI_FONT_BOLD, size, fg, UI_ALIGN_CENTER, UI_ALIGN_CENTER, 1});
}

void ui_chip(ui_t *ui, ui_rect_t r, const char *label, int wheel)
{
	const ui_theme_t *th = ui_theme(ui);
	ui_color_t bg = th->wheel_tint[wheel >= 0 && wheel < UI_WHEEL_COUNT ? wheel : 0];
	ui_pill(ui, r, label, UI_TS_SMALL, bg, ui_on_color(th, bg));
}

int ui_chips(ui_t *ui, ui_rect_t area, const char *const *labels, const int *wheels, int n)
{
	ui_flow_t f = ui_flow(area, ui_dp(ui, 8));
	int h = ui_pill_height(ui, UI_TS_SMALL);
	for (int i = 0; i < n; i++) {
		ui_rect_t r = ui_flow_next(&f, ui_pill_width(ui, labels[i], UI_TS_SMALL), h);
		ui_chip(ui, r, labels[i], wheels ? wheels[i] : 0);
	}
	return n ? ui_flow_height(&f) : 0;
}

/* ---- Avatar --------------------------------------------------------- */

void ui_initials(const char *name, char *out, int cap)
{
	uint32_t first = 0, last = 0;
	const char *s = name ? name : "", *end = s + strlen(s);
	bool start = true;
	while (s < end) {
		uint32_t c = utf8_next(&s, end);
		if (c == ' ' || c == '-' || c == '\t') {
			start = true;
			continue;
		}
		if (start && c != '(' && c != '"') {
			if (!first)
				first = c;
			else
				last = c;
		}
		start = false;
	}
	char buf[16];
	int n = 0;
	if (first)
		n += utf8_encode(utf8_toupper(first), buf + n);
	if (last)
		n += utf8_encode(utf8_toupper(last), buf + n);
	buf[n] = 0;
	str_copy(out, (size_t)cap, buf);
}

void ui_avatar(ui_t *ui, ui_rect_t r, const char *photo, const char *name, int wheel)
{
	const ui_theme_t *th = ui_theme(ui);
	int d = r.w < r.h ? r.w : r.h;
	ui_rect_t sq = ui_center(r, d, d);
	if (wheel <= 0 || wheel >= UI_WHEEL_COUNT)
		wheel = ui_wheel_for_name(name);
	/* The deep variant carries white initials at AA contrast. */
	ui_color_t bg = th->wheel_deep[wheel];
	int w, h;
	if (photo && *photo && (!ui->image || ui->image(ui->image_ud, photo, &w, &h) == 0)) {
		draw_image(ui_dl(ui), sq, photo, DRAW_IMG_ROUND | DRAW_IMG_PLACEHOLDER, bg);
		return;
	}
	draw_circle(ui_dl(ui), sq.x + d / 2, sq.y + d / 2, d / 2, bg);
	char ini[16];
	ui_initials(name, ini, sizeof ini);
	if (!*ini)
		return;
	int px = d * 9 / 25, tw, th_;
	ui_measure(ui, UI_FONT_BOLD, px, ini, &tw, &th_);
	ui_rect_t box = {sq.x + (d - tw) / 2, sq.y + (d - th_) / 2, tw, th_};
	draw_text(ui_dl(ui), box.x, box.y, tw, th_, UI_FONT_BOLD, px, ui_on_color(th, bg), ini, 0);
	ui_reg_text(ui, box, ini, UI_FONT_BOLD, px, 1, false);
}

/* ---- Text field ----------------------------------------------------- */

void ui_textfield(ui_t *ui, ui_rect_t r, const char *text, const char *placeholder, bool focused)
{
	const ui_theme_t *th = ui_theme(ui);
	draw_list_t *dl = ui_dl(ui);
	int rad = button_radius(ui);
	draw_rect(dl, r, rad, th->surface);
	draw_outline(dl, r, rad, ui_dp(ui, focused ? 4 : 2), focused ? th->ink : th->muted);
	ui_rect_t in = ui_inset_xy(r, ui_dp(ui, 24), ui_dp(ui, 8));
	int lh = ui_line_height(ui, UI_FONT_REGULAR, UI_TS_NAME);
	int maxl = in.h / lh > 0 ? in.h / lh : 1;
	ui_text_style_t st = {UI_FONT_REGULAR,
			      UI_TS_NAME,
			      th->ink,
			      UI_ALIGN_START,
			      maxl == 1 ? UI_ALIGN_CENTER : UI_ALIGN_START,
			      maxl};
	int cx = in.x, cy = in.y + (maxl == 1 ? (in.h - lh) / 2 : 0);
	bool ends_left = false; /* the text runs against the frame: the caret before cx */
	if (!text || !*text) {
		if (placeholder && *placeholder) {
			st.color = th->muted;
			ui_text(ui, in, placeholder, st);
		}
	} else {
		/* Show the end of what was typed: drop words from the front
		 * until the rest fits, and mark the drop with "…". */
		ui_text_style_t all = st;
		all.max_lines = 0;
		const char *t = text, *shown = text;
		char buf[1024];
		for (;;) {
			if (t != text) {
				snprintf(buf, sizeof buf, "\xE2\x80\xA6%s", t);
				shown = buf;
			}
			if (!*t || ui_text_height(ui, in.w, shown, all) <= maxl * lh)
				break;
			const char *sp = strchr(t + 1, ' ');
			t = sp ? sp + 1 : t + 1;
			while (((unsigned char)*t & 0xC0) == 0x80)
				t++;
		}
		ui_text_ex(ui, in, shown, st, &cx, &cy);
		ends_left = ui_text_dir_rtl(ui, shown) != ui_rtl(ui);
		if (maxl == 1)
			cy = in.y + (in.h - lh) / 2;
	}
	if (focused) {
		int cw = ui_dp(ui, 3) > 1 ? ui_dp(ui, 3) : 2;
		int x = ends_left ? cx - cw - cw / 2 : cx + cw / 2;
		draw_rect(dl, (ui_rect_t){x, cy + lh / 8, cw, lh * 3 / 4}, 0, th->focus);
	}
}
