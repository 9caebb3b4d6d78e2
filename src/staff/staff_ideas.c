/*
 * Group ideas young people sent (ST_IDEAS), in three steps: new ones
 * (take one up, or hide it), the ones staff took up (publish, or hide), and
 * the published ones that the youth Groups screen shows as "being planned"
 * (take down). The tab's badge counts the new ones.
 */
#include "staff/staff_internal.h"

#include <stdio.h>
#include <string.h>

/* One idea with the buttons of its step. */
static int idea_card(ui_t *ui, ui_rect_t col, const staff_view_t *v, const idea_row_t *it,
		     const char *lang, const sd_btn_t *b, int nb, bool draw, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = staff_draw_pad(ui), gap = ui_dp(ui, 10), w = col.w - 2 * pad;
	char when[48], meta[80], code[8];
	staff_draw_when(it->created, wall_day(v->now), lang, when, sizeof when);
	ui_fmt(code, (int)sizeof code, "%s", it->lang);
	for (char *c = code; *c; c++)
		*c = (char)(*c >= 'a' && *c <= 'z' ? *c - 32 : *c);
	ui_fmt(meta, (int)sizeof meta, code[0] ? "%s · %s" : "%.0s%s", code, when);
	ui_text_style_t ts = {UI_FONT_REGULAR, UI_TS_BODY, th->ink, 0, 0, 0};
	ui_text_style_t ms = {UI_FONT_REGULAR, UI_TS_SMALL, th->muted, 0, 0, 0};
	int th_ = ui_text_height(ui, w, it->text, ts), mh = ui_text_height(ui, w, meta, ms);
	int bh = staff_draw_buttons(ui, (ui_rect_t){0, 0, w, 0}, b, nb, false, false, out);
	int h = 2 * pad + mh + gap + th_ + 2 * gap + bh;
	if (!draw)
		return h;
	ui_rect_t card = {col.x, col.y, col.w, h};
	ui_card(ui, card);
	int x = card.x + pad, y = card.y + pad;
	y += ui_text(ui, (ui_rect_t){x, y, w, mh}, meta, ms).h + gap;
	y += ui_text(ui, (ui_rect_t){x, y, w, th_}, it->text, ts).h + 2 * gap;
	staff_draw_buttons(ui, (ui_rect_t){x, y, w, bh}, b, nb, false, true, out);
	return h;
}

/* One step's section: its heading and its ideas; nothing when empty. */
static int section(ui_t *ui, ui_rect_t col, int y, const staff_view_t *v, const idea_list_t *l,
		   int step, const char *lang, ui_action_t *out)
{
	static const staff_text_t heads[3] = {S_IDEAS_NEW, S_IDEAS_TAKEN, S_IDEAS_PUBLISHED};
	if (!l->n)
		return y;
	int gap = staff_draw_card_gap(ui);
	y += ui_page_section(ui, col, y, staff_tx(lang, heads[step]));
	for (int i = 0; i < l->n; i++) {
		const idea_row_t *it = &l->v[i];
		sd_btn_t b[2];
		int nb = 2;
		if (step == 0) {
			b[0] = (sd_btn_t){"accept",
					  staff_tx(lang, S_ACCEPT),
					  UI_BTN_SECONDARY,
					  SA_IDEA_ACCEPT,
					  it->id,
					  NULL,
					  false,
					  false,
					  NULL};
			b[1] = (sd_btn_t){"hide",
					  staff_tx(lang, S_HIDE),
					  UI_BTN_OUTLINE,
					  SA_IDEA_HIDE,
					  it->id,
					  NULL,
					  false,
					  false,
					  NULL};
		} else if (step == 1) {
			b[0] = (sd_btn_t){"publish",
					  staff_tx(lang, S_PUBLISH_IDEA),
					  UI_BTN_PRIMARY,
					  SA_IDEA_PUBLISH,
					  it->id,
					  NULL,
					  false,
					  false,
					  NULL};
			b[1] = (sd_btn_t){"hide",
					  staff_tx(lang, S_HIDE),
					  UI_BTN_OUTLINE,
					  SA_IDEA_HIDE,
					  it->id,
					  NULL,
					  false,
					  false,
					  NULL};
		} else {
			b[0] = (sd_btn_t){"unpublish",
					  staff_tx(lang, S_UNPUBLISH_IDEA),
					  UI_BTN_OUTLINE,
					  SA_IDEA_UNPUBLISH,
					  it->id,
					  NULL,
					  false,
					  false,
					  NULL};
			nb = 1;
		}
		ui_push_id(ui, ui_idi(ui, "idea", it->id));
		y += idea_card(ui, (ui_rect_t){col.x, y, col.w, 0}, v, it, lang, b, nb, true, out) +
		     gap;
		ui_pop_id(ui);
	}
	return y + ui_dp(ui, 12);
}

void staff_ideas(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		 ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	staff_draw_title(ui, &area, staff_tx(s->lang, S_IDEAS), -1, NULL, 0, s, out);
	int y = ui_scroll_begin(ui, ui_id(ui, "ideas"), area);
	int w = area.w < ui_dp(ui, 1100) ? area.w : ui_dp(ui, 1100);
	ui_rect_t col = {area.x, 0, w, 0};
	if (!v->ideas.n && !v->ideas_accepted.n && !v->ideas_published.n)
		y += staff_draw_empty(ui, (ui_rect_t){area.x, y, w, 0},
				      staff_tx(s->lang, S_IDEAS_EMPTY), true);
	y = section(ui, col, y, v, &v->ideas, 0, s->lang, out);
	y = section(ui, col, y, v, &v->ideas_accepted, 1, s->lang, out);
	y = section(ui, col, y, v, &v->ideas_published, 2, s->lang, out);
	y += ui_text(ui, (ui_rect_t){area.x, y, w, 0}, staff_tx(s->lang, S_IDEAS_NOTE),
		     (ui_text_style_t){UI_FONT_REGULAR, UI_TS_SMALL, th->muted, 0, 0, 0})
		     .h;
	ui_scroll_end(ui, y + ui_dp(ui, 16));
}
