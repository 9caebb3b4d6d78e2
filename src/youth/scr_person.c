/*
 * Person (KS_PERSON): one person, opened from their card on Today or on a
 * topic. When they are on site this week and next (from the week views,
 * days already past left out), the languages they speak, and the topics
 * they help with as buttons that open the topic. Nothing here needs the
 * model: the person comes from today's lists or the topic's helpers.
 */
#include "youth/tx.h"
#include "youth/kiosk.h"
#include "youth/kiosk_draw.h"
#include "youth/scr_gs.h"

#include <stdio.h>
#include <string.h>

static const person_view_t *in(const person_view_t *v, int n, const char *id)
{
	for (int i = 0; i < n; i++)
		if (v[i].id && strcmp(v[i].id, id) == 0)
			return &v[i];
	return NULL;
}

static const person_view_t *find_person(const kiosk_view_t *v, const char *id)
{
	const today_view_t *t = &v->today;
	const person_view_t *p = in(t->now, t->nnow, id);
	if (!p)
		p = in(t->later, t->nlater, id);
	if (!p)
		p = in(t->away, t->naway, id);
	if (!p)
		p = in(v->topic.helpers, v->topic.nhelpers, id);
	return p;
}

/* "ma 23.11. · 10–15 · Huone 1" for each visit of the person from today on,
 * in this week and the next; returns the height (draws when draw). */
static int visits(ui_t *ui, int x, int y, int w, const kiosk_view_t *v, const kiosk_state_t *s,
		  const char *id, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	int today = wall_day(v->now), y0 = y, n = 0;
	const week_view_t *weeks[2] = {&v->week, &v->week_next};
	ui_text_style_t ds = ui_ts(UI_FONT_BOLD, UI_TS_BODY, th->ink);
	ui_text_style_t ts = ui_ts(UI_FONT_REGULAR, UI_TS_BODY, th->ink);
	int lh = ui_line_height(ui, UI_FONT_BOLD, UI_TS_BODY) + ui_dp(ui, 8);
	int dw = ui_dp(ui, 220);
	for (int k = 0; k < 2; k++)
		for (int d = 0; d < 7; d++) {
			const week_day_t *wd = &weeks[k]->days[d];
			if (wd->day < today)
				continue;
			for (int j = 0; j < wd->nslots; j++) {
				const week_slot_t *sl = &wd->slots[j];
				if (!sl->person_id || strcmp(sl->person_id, id) != 0)
					continue;
				char date[48], when[32], room[96], line[200];
				if (wd->day == today)
					ui_fmt(date, (int)sizeof date, "%s", tx(s->lang, T_TODAY));
				else
					ui_fmt_date(s->lang, wd->day, false, date, sizeof date);
				ui_fmt_hours(sl->start, sl->end, when, sizeof when);
				kiosk_draw_org_room(NULL, sl->room, room, sizeof room);
				bool away = sl->presence == PRESENCE_AWAY;
				ui_fmt(line, (int)sizeof line, "%s%s%s%s%s", when,
				       *room ? " · " : "", room, away ? " · " : "",
				       away ? tx(s->lang, T_AWAY) : "");
				int h = ui_text_height(ui, w - dw, line, ts);
				h = h + ui_dp(ui, 8) > lh ? h + ui_dp(ui, 8) : lh;
				if (draw) {
					ui_text(ui, (ui_rect_t){x, y, dw, lh}, date, ds);
					ui_rect_t r =
						ui_text(ui, (ui_rect_t){x + dw, y, w - dw, 0}, line,
							ui_ts(UI_FONT_REGULAR, UI_TS_BODY,
							      away ? th->muted : th->ink));
					if (away)
						ui_page_strike(
							ui,
							(ui_rect_t){r.x, r.y,
								    ui_text_width(ui, when,
										  UI_FONT_REGULAR,
										  UI_TS_BODY),
								    r.h},
							th->muted);
				}
				y += h;
				n++;
			}
		}
	if (!n) {
		ui_text_style_t ms = ui_ts(UI_FONT_REGULAR, UI_TS_BODY, th->muted);
		int h = ui_text_height(ui, w, tx(s->lang, T_PERSON_NOT_SOON), ms);
		if (draw)
			ui_text(ui, (ui_rect_t){x, y, w, 0}, tx(s->lang, T_PERSON_NOT_SOON), ms);
		y += h;
	}
	return y - y0;
}

/* Topic buttons, flowed; returns the height. */
static int topic_buttons(ui_t *ui, int x, int y, int w, const person_view_t *p, bool draw,
			 ui_action_t *out)
{
	int bh = ui_dp(ui, UI_MIN_TARGET), gap = ui_dp(ui, 12), cx = x, cy = y;
	for (int i = 0; i < p->ntopics; i++) {
		ui_button_opts_t o = {.style = UI_BTN_SECONDARY};
		int bw = ui_button_width(ui, p->topics[i].title, &o) + ui_dp(ui, 24);
		if (bw > w)
			bw = w;
		if (cx > x && cx + bw > x + w) {
			cx = x;
			cy += bh + gap;
		}
		if (draw && ui_button_ex(ui, ui_idi(ui, "topic", i), (ui_rect_t){cx, cy, bw, bh},
					 p->topics[i].title, &o))
			ui_act(out, KA_OPEN_TOPIC, 0, p->topics[i].id);
		cx += bw + gap;
	}
	return p->ntopics ? cy + bh - y : 0;
}

void scr_person(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const person_view_t *p = find_person(v, s->person_id);
	ui_rect_t r = area;
	r.w -= scr_gs_gutter(ui);
	int top = ui_scroll_begin(ui, ui_id(ui, "person"), area) + ui_dp(ui, 16);
	int y = top, gap = ui_dp(ui, 24);
	if (!p) {
		/* The person left today's content (a new bundle): just the way back. */
		y += scr_gs_title_row(ui, (ui_rect_t){r.x, y, r.w, 0}, s->lang, tx(s->lang, T_BACK),
				      NULL, UI_TS_SECTION, true, out);
		ui_scroll_end(ui, y);
		return;
	}
	int w = r.w > ui_dp(ui, 1100) ? ui_dp(ui, 1100) : r.w;
	char sub[256];
	kiosk_draw_org_room(p->org_name, p->role, sub, sizeof sub);
	y += scr_gs_title_row(ui, (ui_rect_t){r.x, y, w, 0}, s->lang, p->name, sub, UI_TS_TITLE,
			      true, out) +
	     gap;
	int av = ui_dp(ui, 140), x = r.x, cw = w;
	bool side = w >= ui_dp(ui, 700);
	if (side) {
		ui_avatar(ui, (ui_rect_t){r.x, y, av, av}, p->photo, p->name,
			  kiosk_draw_person_wheel(p));
		x += av + gap;
		cw -= av + gap;
	}
	int y0 = y;
	y += ui_page_section(ui, (ui_rect_t){x, y, cw, 0}, y, tx(s->lang, T_PERSON_WHEN));
	y += visits(ui, x, y, cw, v, s, p->id, true) + gap;
	if (p->nlanguages) {
		y += ui_page_section(ui, (ui_rect_t){x, y, cw, 0}, y, tx(s->lang, T_PERSON_SPEAKS));
		char langs[256] = "", code[8];
		for (int i = 0; i < p->nlanguages; i++) {
			size_t n = strlen(langs);
			snprintf(langs + n, sizeof langs - n, "%s%s", i ? " · " : "",
				 tx_lang_name(p->languages[i], code, (int)sizeof code));
		}
		y += ui_text(ui, (ui_rect_t){x, y, cw, 0}, langs,
			     ui_ts(UI_FONT_BOLD, UI_TS_BODY, th->ink))
			     .h +
		     gap;
	}
	if (p->ntopics) {
		y += ui_page_section(ui, (ui_rect_t){x, y, cw, 0}, y, tx(s->lang, T_PERSON_HELPS));
		y += topic_buttons(ui, x, y, cw, p, true, out) + gap;
	}
	if (side && y < y0 + av)
		y = y0 + av;
	ui_scroll_end(ui, y);
}
