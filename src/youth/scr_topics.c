/*
 * The topic grid of "ask about anything": an invitation (no name, no
 * appointment) over big tappable tiles, one per topic, in the topic's pale
 * wheel colour with its icon on the deep one.
 *
 * Columns follow the width (5 on a 1080p landscape, 3 on a 7" panel, 2 in
 * portrait); rows share the height, between a finger and a poster. Tiles
 * are tall (icon over title) when there is height, else a row (icon beside
 * title). One type size and one shape for the whole grid, chosen so that
 * every title fits; the last row's tiles share its width.
 */
#include "youth/ask_internal.h"

#include <string.h>

/* The icon badge of a topic: a rounded square in the deep wheel colour with
 * the icon (or the title's first letter) in the colour that reads on it. */
static void badge(ui_t *ui, ui_rect_t r, const topic_view_t *t)
{
	const ui_theme_t *th = ui_theme(ui);
	/* (High contrast: the tile is already the bright colour; a black badge.) */
	ui_color_t fill = th->high_contrast ? th->bg : th->wheel_deep[scr_ask_wheel(t->colour)];
	ui_color_t fg =
		th->high_contrast ? th->wheel[scr_ask_wheel(t->colour)] : ui_on_color(th, fill);
	draw_rect(ui_dl(ui), r, r.w / 4, fill);
	int d = r.w * 5 / 8;
	if (ask_icon(ui, ui_center(r, d, d), t->icon, fg, fill))
		return;
	char ini[16];
	ui_initials(t->title, ini, sizeof ini);
	if (!ini[0])
		return;
	int n = 1;
	while (ini[n] && ((unsigned char)ini[n] & 0xC0) == 0x80)
		n++;
	ini[n] = 0;
	int size = r.h >= ui_line_height(ui, UI_FONT_BOLD, UI_TS_TITLE) ? UI_TS_TITLE : UI_TS_LABEL;
	ui_text(ui, r, ini,
		(ui_text_style_t){UI_FONT_BOLD, size, fg, UI_ALIGN_CENTER, UI_ALIGN_CENTER, 1});
}

typedef struct geom {
	int pad, b;	 /* padding, badge size */
	ui_rect_t badge; /* where the badge goes */
	ui_rect_t title; /* the title's box */
} geom_t;

/* Lays out a tile; false when the title does not fit that way. */
static bool tile_geom(ui_t *ui, ui_rect_t r, const char *title, int size, bool tall, geom_t *g)
{
	g->pad = ui_dp(ui, r.h >= ui_dp(ui, 150) ? 24 : 14);
	ui_rect_t in = ui_inset(r, g->pad);
	ui_text_style_t ts = {UI_FONT_BOLD, size, {0}, 0, 0, 0};
	if (tall) {
		int gap = ui_dp(ui, 8), min = ui_dp(ui, 56);
		int h = ui_text_height(ui, in.w, title, ts);
		g->b = ui_clampi(in.h * 9 / 20, min, ui_dp(ui, 104));
		if (g->b + gap + h > in.h)
			g->b = in.h - gap - h; /* a long title takes the badge's room */
		g->badge = (ui_rect_t){in.x, in.y, g->b, g->b};
		g->title = (ui_rect_t){in.x, in.y + in.h - h, in.w, h};
		return g->b >= min && r.w >= ui_dp(ui, 200);
	}
	g->b = ui_clampi(in.h, ui_dp(ui, 40), ui_dp(ui, 88));
	g->badge = (ui_rect_t){in.x, in.y + (in.h - g->b) / 2, g->b, g->b};
	g->title = (ui_rect_t){in.x + g->b + g->pad, in.y, in.w - g->b - g->pad, in.h};
	return ui_text_height(ui, g->title.w, title, ts) <= g->title.h;
}

static void tile(ui_t *ui, ui_rect_t r, const topic_view_t *t, int i, int size, bool tall,
		 ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int w = scr_ask_wheel(t->colour);
	ui_color_t fill = th->wheel_tint[w], ink = ui_on_color(th, fill);
	ui_press_t p = ui_press(ui, ui_idi(ui, "topic", i), r, t->title, true);
	if (p.fired)
		ui_act(out, KA_OPEN_TOPIC, i, t->id);
	ui_card_fill(ui, r, fill);
	geom_t g;
	tile_geom(ui, r, t->title, size, tall, &g);
	badge(ui, g.badge, t);
	ui_text_style_t ts = {UI_FONT_BOLD, size, ink, UI_ALIGN_START, UI_ALIGN_CENTER, 0};
	if (tall) {
		int cv = ui_dp(ui, 40);
		ask_icon(ui,
			 (ui_rect_t){r.x + r.w - g.pad - cv, g.badge.y + (g.b - cv) / 2, cv, cv},
			 "next", th->high_contrast ? ink : th->wheel_deep[w], fill);
		ts.valign = UI_ALIGN_END;
	}
	ui_text(ui, g.title, t->title, ts);
	if (p.held)
		draw_rect(ui_dl(ui), r, ui_radius(ui), th->pressed);
}

typedef struct grid {
	int x, top, w, cols, rows, gap, th, n;
} grid_t;

/* Tile i: the last row's tiles share the row's width. */
static ui_rect_t tile_rect(const grid_t *g, int i)
{
	int row = i / g->cols, c = i % g->cols;
	int in_row = row == g->rows - 1 ? g->n - row * g->cols : g->cols;
	int tw = (g->w - (in_row - 1) * g->gap) / in_row;
	return (ui_rect_t){g->x + c * (tw + g->gap), g->top + row * (g->th + g->gap), tw, g->th};
}

/* The biggest type (and the tall shape if possible) that fits every title. */
static bool choose(ui_t *ui, const grid_t *g, const topic_list_t *tl, int *size, bool *tall)
{
	static const int tall_sizes[] = {UI_TS_SECTION, UI_TS_NAME};
	static const int row_sizes[] = {UI_TS_NAME, UI_TS_LABEL, UI_TS_SMALL};
	for (int shape = g->th >= ui_dp(ui, 170) ? 0 : 1; shape < 2; shape++) {
		const int *sz = shape ? row_sizes : tall_sizes;
		int nsz = shape ? 3 : 2;
		for (int k = 0; k < nsz; k++) {
			bool all = true;
			for (int i = 0; i < tl->n && all; i++) {
				geom_t ge;
				all = tile_geom(ui, tile_rect(g, i), tl->v[i].title, sz[k], !shape,
						&ge);
			}
			if (all) {
				*size = sz[k];
				*tall = !shape;
				return true;
			}
		}
	}
	*size = UI_TS_SMALL;
	*tall = false;
	return false;
}

void scr_topics_grid(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		     ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int m = scr_ask_margin(ui, area), gap = ui_dp(ui, 20);
	ui_rect_t r = ui_inset_xy(area, m, 0);
	ui_cut_top(&r, ui_dp(ui, 16));

	/* The invitation: the title and what it costs (nothing). On a short
	 * screen the line goes beside the title, in smaller type if need be. */
	const char *title = tx(s->lang, T_ASK), *sub = scr_ask_tx(s->lang, AT_ASK_SUB);
	int title_w = ui_text_width(ui, title, UI_FONT_BOLD, UI_TS_TITLE);
	int sub_w = ui_text_width(ui, sub, UI_FONT_REGULAR, UI_TS_BODY);
	int th_ = ui_line_height(ui, UI_FONT_BOLD, UI_TS_TITLE);
	ui_text_style_t ss = {UI_FONT_REGULAR, UI_TS_BODY, th->muted, 0, UI_ALIGN_CENTER, 0};
	bool short_area = area.h < ui_dp(ui, 600);
	int beside_w = r.w - title_w - gap;
	if (short_area && title_w + gap + sub_w > r.w) {
		ss.size = UI_TS_SMALL;
		if (ui_text_height(ui, beside_w, sub, ss) > th_)
			beside_w = 0;
	}
	if (short_area && beside_w > 0) {
		ui_rect_t row = ui_cut_top(&r, th_);
		ui_text(ui, ui_cut_left(&row, title_w), title,
			(ui_text_style_t){UI_FONT_BOLD, UI_TS_TITLE, th->ink, 0, UI_ALIGN_CENTER,
					  1});
		ui_cut_left(&row, gap);
		ui_text(ui, row, sub, ss);
	} else {
		ss.size = UI_TS_BODY;
		ss.valign = 0;
		ui_text(ui, ui_cut_top(&r, th_), title,
			(ui_text_style_t){UI_FONT_BOLD, UI_TS_TITLE, th->ink, 0, 0, 1});
		int sh = ui_text_height(ui, r.w, sub, ss);
		ui_text(ui, ui_cut_top(&r, sh), sub, ss);
	}
	ui_cut_top(&r, ui_dp(ui, short_area ? 14 : 28));
	if (short_area)
		gap = ui_dp(ui, 14);

	int n = v->topics.n;
	if (n <= 0) {
		ui_text(ui, r, scr_ask_tx(s->lang, AT_NO_TOPICS),
			ui_ts(UI_FONT_REGULAR, UI_TS_BODY, th->ink));
		return;
	}
	float wdp = (float)r.w / ui_unit(ui);
	grid_t g = {.x = r.x, .w = r.w, .gap = gap, .n = n};
	g.cols = ui_portrait(ui) ? 2 : ui_clampi((int)(wdp / 330), 2, 5);
	if (g.cols > n)
		g.cols = n;
	g.rows = (n + g.cols - 1) / g.cols;
	int bottom_pad = ui_dp(ui, short_area ? 10 : 24);
	int avail = r.h - bottom_pad - (g.rows - 1) * gap;
	g.th = ui_clampi(avail / g.rows, ui_dp(ui, 76), ui_dp(ui, 280));
	int size;
	bool tall;
	/* Taller tiles when a title needs them (and the grid scrolls). */
	while (!choose(ui, &g, &v->topics, &size, &tall) && g.th < ui_dp(ui, 280))
		g.th += ui_dp(ui, 8);
	ui_rect_t view = {area.x, r.y, area.w, area.y + area.h - r.y};
	if (g.rows * g.th + (g.rows - 1) * gap + bottom_pad > view.h) {
		/* It scrolls: leave the scroll indicator a lane of its own. */
		g.w -= ui_dp(ui, 16);
		choose(ui, &g, &v->topics, &size, &tall);
	}

	g.top = ui_scroll_begin(ui, ui_id(ui, "topics"), view);
	for (int i = 0; i < n; i++)
		tile(ui, tile_rect(&g, i), &v->topics.v[i], i, size, tall, out);
	ui_scroll_end(ui, g.top + g.rows * g.th + (g.rows - 1) * gap + bottom_pad);
}
