/*
 * Today in staff mode: everyone on today's roster (on site now, later,
 * not coming) with one-tap state chips (here, late, leaves at, away today,
 * and back to the plan when staff changed something), and the way to add a
 * walk-in. Also the time picker behind "late" and "leaves at" (ST_TIME).
 *
 * Each row is laid out twice, to measure and to draw, so the chips can go
 * beside the person on a wide screen and under them on a narrow one.
 */
#include "staff/staff_internal.h"

#include "ui/fmt.h"

#include <stdio.h>
#include <string.h>

/* Now rounded up to the next 5 minutes: the first guess of a picker. */
static int now5(const staff_view_t *v)
{
	int m = wall_minute(v->now);
	return (m + 4) / 5 * 5;
}

static bool has_override(const staff_view_t *v, const person_view_t *p)
{
	for (int i = 0; i < v->overrides.n; i++) {
		const override_row_t *o = &v->overrides.v[i];
		if (p->id[0] ? strcmp(o->person, p->id) == 0
			     : !o->person[0] && strcmp(o->name, p->name) == 0)
			return true;
	}
	return false;
}

static void status_text(const person_view_t *p, const char *lang, char *out, int cap)
{
	char t[6];
	out[0] = 0;
	switch (p->presence) {
	case PRESENCE_LATE:
		ui_fmt_hhmm(p->start, t);
		staff_draw_fmt_s(out, cap, staff_tx(lang, S_ST_LATE), t);
		break;
	case PRESENCE_LEAVES_EARLY:
		ui_fmt_hhmm(p->end, t);
		staff_draw_fmt_s(out, cap, staff_tx(lang, S_ST_LEAVES), t);
		break;
	case PRESENCE_HERE:
		ui_fmt(out, cap, "%s", staff_tx(lang, S_ST_HERE));
		break;
	case PRESENCE_AWAY:
		ui_fmt(out, cap, "%s", staff_tx(lang, S_ST_AWAY));
		break;
	case PRESENCE_WALKIN:
		ui_fmt(out, cap, "%s", staff_tx(lang, S_ST_WALKIN));
		break;
	case PRESENCE_EXTRA:
		ui_fmt(out, cap, "%s", staff_tx(lang, S_ST_EXTRA));
		break;
	default:
		break;
	}
}

/* The chips of one person; returns how many. The last, "as planned", is
 * only shown when staff changed the day (has_override); it is always made
 * so that every row keeps its chips in the same place. */
static int chips(const staff_view_t *v, const person_view_t *p, const char *lang, sd_btn_t *b)
{
	int n = 0, late_guess = p->start > now5(v) ? p->start + 15 : now5(v) + 15;
	int leave_guess = now5(v) + 30;
	if (!p->id[0]) {
		/* A visitor staff added: they can only be taken off again. */
		b[n++] = (sd_btn_t){"remove",
				    staff_tx(lang, S_REMOVE),
				    UI_BTN_SECONDARY,
				    SA_SET_PLANNED,
				    0,
				    p->name,
				    false,
				    false,
				    NULL};
		return n;
	}
	presence_t pr = p->presence;
	b[n++] = (sd_btn_t){"here",
			    staff_tx(lang, S_HERE),
			    pr == PRESENCE_HERE ? UI_BTN_DARK : UI_BTN_SECONDARY,
			    SA_SET_HERE,
			    wall_minute(v->now),
			    p->id,
			    false,
			    false,
			    NULL};
	b[n++] = (sd_btn_t){"late",
			    staff_tx(lang, S_LATE),
			    pr == PRESENCE_LATE ? UI_BTN_DARK : UI_BTN_SECONDARY,
			    SA_LATE_PICK,
			    late_guess,
			    p->id,
			    false,
			    false,
			    NULL};
	b[n++] = (sd_btn_t){"leaves",
			    staff_tx(lang, S_LEAVES),
			    pr == PRESENCE_LEAVES_EARLY ? UI_BTN_DARK : UI_BTN_SECONDARY,
			    SA_LEAVES_PICK,
			    leave_guess,
			    p->id,
			    false,
			    false,
			    NULL};
	b[n++] = (sd_btn_t){"away",
			    staff_tx(lang, S_AWAY),
			    pr == PRESENCE_AWAY ? UI_BTN_DARK : UI_BTN_SECONDARY,
			    SA_SET_AWAY,
			    0,
			    p->id,
			    false,
			    false,
			    NULL};
	b[n++] = (sd_btn_t){"planned",
			    staff_tx(lang, S_PLANNED),
			    UI_BTN_OUTLINE,
			    SA_SET_PLANNED,
			    0,
			    p->id,
			    false,
			    false,
			    NULL};
	return n;
}

/* "Late · Aino Korhonen": which person's chip, for replay and tests. */
static void name_hits(sd_btn_t *b, int n, const char *name, char (*hit)[128])
{
	for (int i = 0; i < n; i++) {
		ui_fmt(hit[i], 128, "%s · %s", b[i].label, name);
		b[i].hit = hit[i];
	}
}

static int person_row(ui_t *ui, ui_rect_t col, const staff_view_t *v, const person_view_t *p,
		      const char *lang, bool draw, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = staff_draw_pad(ui), av = ui_dp(ui, 56), gap = ui_dp(ui, 16);
	char span[32], sub[320], status[96];
	ui_fmt_span(p->start, p->end, span, sizeof span);
	ui_fmt(sub, (int)sizeof sub, "%s", span);
	const char *parts[3] = {p->org_name, p->room, NULL};
	for (int i = 0; parts[i]; i++)
		if (*parts[i]) {
			size_t l = strlen(sub);
			ui_fmt(sub + l, (int)(sizeof sub - l), " · %s", parts[i]);
		}
	status_text(p, lang, status, sizeof status);
	sd_btn_t b[6];
	char hits[6][128];
	int nfull = chips(v, p, lang, b);
	int nb = p->id[0] && !has_override(v, p) ? nfull - 1 : nfull;
	name_hits(b, nb, p->name, hits);
	int inner = col.w - 2 * pad;
	/* The room of a person's chips, shown or not, so that every row's
	 * chips start in the same place (a visitor's one chip too). */
	person_view_t ref = *p;
	ref.id = "-";
	sd_btn_t rb[6];
	int rn = chips(v, &ref, lang, rb), bw = staff_draw_buttons_w(ui, rb, rn);
	bool beside = inner - bw - gap >= ui_dp(ui, 420);
	int tw = (beside ? inner - bw - gap : inner) - av - gap;
	ui_text_style_t ns = {UI_FONT_BOLD, UI_TS_NAME, th->ink, 0, 0, 2};
	ui_text_style_t ss = {UI_FONT_REGULAR, UI_TS_SMALL, th->muted, 0, 0, 0};
	ui_text_style_t st = {UI_FONT_BOLD,
			      UI_TS_SMALL,
			      p->presence == PRESENCE_AWAY ? th->wheel_deep[WHEEL_HOUSING]
							   : th->wheel_deep[WHEEL_FREETIME],
			      0,
			      0,
			      0};
	int nh = ui_text_height(ui, tw, p->name, ns), sh = ui_text_height(ui, tw, sub, ss);
	int th_ = status[0] ? ui_text_height(ui, tw, status, st) : 0;
	int text_h = nh + sh + th_;
	int who_h = text_h > av ? text_h : av;
	int chips_w = beside ? bw : inner;
	int ch = staff_draw_buttons(ui, (ui_rect_t){0, 0, chips_w, 0}, p->id[0] ? b : rb,
				    p->id[0] ? nfull : rn, false, false, out);
	int h = 2 * pad + (beside ? (who_h > ch ? who_h : ch) : who_h + gap + ch);
	if (!draw)
		return h;
	ui_rect_t card = {col.x, col.y, col.w, h};
	ui_card(ui, card);
	int y = card.y + pad;
	int ty = beside ? y + ((h - 2 * pad) - text_h) / 2 : y + (who_h - text_h) / 2;
	ui_avatar(ui, (ui_rect_t){card.x + pad, beside ? y + ((h - 2 * pad) - av) / 2 : y, av, av},
		  p->photo, p->name, 0);
	int x = card.x + pad + av + gap;
	ui_text(ui, (ui_rect_t){x, ty, tw, nh}, p->name, ns);
	ui_text(ui, (ui_rect_t){x, ty + nh, tw, sh}, sub, ss);
	if (th_)
		ui_text(ui, (ui_rect_t){x, ty + nh + sh, tw, th_}, status, st);
	if (p->presence == PRESENCE_AWAY)
		ui_page_strike(ui,
			       (ui_rect_t){x, ty,
					   ui_text_width(ui, p->name, UI_FONT_BOLD, UI_TS_NAME),
					   ui_line_height(ui, UI_FONT_BOLD, UI_TS_NAME)},
			       th->muted);
	ui_rect_t cr = beside ? (ui_rect_t){card.x + card.w - pad - bw,
					    y + ((h - 2 * pad) - ch) / 2, bw, ch}
			      : (ui_rect_t){card.x + pad, y + who_h + gap, inner, ch};
	staff_draw_buttons(ui, cr, b, nb, false, true, out);
	return h;
}

void staff_today(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		 ui_action_t *out)
{
	const today_view_t *t = &v->today;
	char title[96], date[48];
	ui_fmt_date(s->lang, wall_day(v->now), true, date, sizeof date);
	ui_fmt(title, (int)sizeof title, "%s", date);
	if (title[0] >= 'a' && title[0] <= 'z')
		title[0] = (char)(title[0] - 32);
	sd_btn_t add = {"add-walkin",
			staff_tx(s->lang, S_ADD_WALKIN),
			UI_BTN_PRIMARY,
			SA_WALKIN_START,
			wall_minute(v->now),
			NULL,
			false,
			false,
			NULL};
	staff_draw_title(ui, &area, title, -1, &add, 1, s, out);

	const struct {
		staff_text_t head;
		const person_view_t *p;
		int n;
	} secs[3] = {{S_SEC_NOW, t->now, t->nnow},
		     {S_SEC_LATER, t->later, t->nlater},
		     {S_SEC_AWAY, t->away, t->naway}};
	int y = ui_scroll_begin(ui, ui_id(ui, "roster"), area);
	int gap = staff_draw_card_gap(ui);
	if (t->nnow + t->nlater + t->naway == 0)
		y += staff_draw_empty(ui, (ui_rect_t){area.x, y, area.w, 0},
				      staff_tx(s->lang, S_NOBODY), true);
	for (int k = 0; k < 3; k++) {
		if (!secs[k].n)
			continue;
		y += ui_page_section(ui, (ui_rect_t){area.x, y, area.w, 0}, y,
				     staff_tx(s->lang, secs[k].head));
		for (int i = 0; i < secs[k].n; i++) {
			ui_push_id(ui, ui_idi(ui, "p", k * 1000 + i));
			ui_rect_t col = {area.x, y, area.w, 0};
			y += person_row(ui, col, v, &secs[k].p[i], s->lang, true, out) + gap;
			ui_pop_id(ui);
		}
		y += ui_dp(ui, 8);
	}
	ui_scroll_end(ui, y);
}

/* ---- The time picker -------------------------------------------------- */

static const person_view_t *find_person(const staff_view_t *v, const char *id)
{
	const today_view_t *t = &v->today;
	const person_view_t *lists[3] = {t->now, t->later, t->away};
	int ns[3] = {t->nnow, t->nlater, t->naway};
	for (int k = 0; k < 3; k++)
		for (int i = 0; i < ns[k]; i++)
			if (strcmp(lists[k][i].id, id) == 0)
				return &lists[k][i];
	return NULL;
}

void staff_today_time(ui_t *ui, ui_rect_t area, const staff_view_t *v, const staff_state_t *s,
		      ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const person_view_t *p = find_person(v, s->person_id);
	const char *name = p ? p->name : s->person_id;
	bool late = s->time_kind != SA_SET_LEAVES;
	char title[200], planned[96] = "", span[32], tm[6];
	staff_draw_fmt_s(title, (int)sizeof title,
			 staff_tx(s->lang, late ? S_TIME_LATE : S_TIME_LEAVES), name);
	if (p) {
		ui_fmt_span(p->start, p->end, span, sizeof span);
		staff_draw_fmt_s(planned, (int)sizeof planned, staff_tx(s->lang, S_TIME_PLANNED),
				 span);
	}
	ui_fmt_hhmm(s->time_min, tm);
	staff_draw_title(ui, &area, title, ST_TODAY, NULL, 0, s, out);

	/* A card in the middle: the time between -5 and +5, the quick picks
	 * under it, then cancel and save. */
	int pad = staff_draw_pad(ui), gap = ui_dp(ui, 20);
	int w = area.w < ui_dp(ui, 760) ? area.w : ui_dp(ui, 760);
	int iw = w - 2 * pad;
	int y = ui_scroll_begin(ui, ui_id(ui, "time"), area);
	ui_text_style_t ps = {UI_FONT_REGULAR, UI_TS_BODY, th->muted, UI_ALIGN_CENTER, 0, 0};
	int plh = planned[0] ? ui_text_height(ui, iw, planned, ps) + gap : 0;
	int bh = ui_line_height(ui, UI_FONT_BOLD, UI_TS_CLOCK);
	if (bh < ui_dp(ui, UI_MIN_TARGET))
		bh = ui_dp(ui, UI_MIN_TARGET);
	sd_btn_t step[2] = {
		{"minus5", "−5 min", UI_BTN_SECONDARY, SA_TIME_STEP, -5, NULL, false, false, NULL},
		{"plus5", "+5 min", UI_BTN_SECONDARY, SA_TIME_STEP, 5, NULL, false, false, NULL},
	};
	/* Quick picks from the planned time (late) or from now (leaves). */
	int base = late ? (p && p->start > now5(v) ? p->start : now5(v)) : now5(v);
	char ql[3][16];
	sd_btn_t quick[3];
	static const int mins[3] = {15, 30, 60};
	static const char *const qkeys[3] = {"q15", "q30", "q60"};
	for (int i = 0; i < 3; i++) {
		ui_fmt(ql[i], 16, staff_tx(s->lang, S_MIN_LATER), mins[i]);
		quick[i] = (sd_btn_t){qkeys[i],	   ql[i],	   UI_BTN_SECONDARY,
				      SA_TIME_SET, base + mins[i], NULL,
				      false,	   false,	   NULL};
		if (s->time_min == base + mins[i])
			quick[i].style = UI_BTN_DARK;
	}
	sd_btn_t save[2] = {
		{"cancel", staff_tx(s->lang, S_CANCEL), UI_BTN_OUTLINE, SA_NAV, ST_TODAY, NULL,
		 false, false, NULL},
		{"save", staff_tx(s->lang, S_SAVE), UI_BTN_PRIMARY,
		 s->time_kind ? s->time_kind : SA_SET_LATE, s->time_min, s->person_id, false, false,
		 NULL},
	};
	int qw = staff_draw_buttons_w(ui, quick, 3),
	    qh = staff_draw_buttons(ui, (ui_rect_t){0, 0, iw, 0}, quick, 3, false, false, out);
	int sh = staff_draw_buttons(ui, (ui_rect_t){0, 0, iw, 0}, save, 2, true, false, out);
	int h = 2 * pad + plh + bh + gap + qh + 2 * gap + sh;
	ui_rect_t card = {area.x + (area.w - w) / 2, y, w, h};
	ui_card(ui, card);
	int x = card.x + pad;
	y += pad;
	if (plh)
		ui_text(ui, (ui_rect_t){x, y, iw, plh - gap}, planned, ps);
	y += plh;
	int sw = staff_draw_buttons_w(ui, &step[0], 1);
	ui_rect_t row = {x, y, iw, bh};
	ui_rect_t l = ui_cut_left(&row, sw), r = ui_cut_right(&row, sw);
	int by = y + (bh - ui_dp(ui, UI_MIN_TARGET)) / 2;
	staff_draw_buttons(ui, (ui_rect_t){l.x, by, l.w, 0}, &step[0], 1, false, true, out);
	staff_draw_buttons(ui, (ui_rect_t){r.x, by, r.w, 0}, &step[1], 1, false, true, out);
	ui_text(ui, row, tm,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_CLOCK, th->ink, UI_ALIGN_CENTER,
				  UI_ALIGN_CENTER, 1});
	y += bh + gap;
	int qx = qw < iw ? x + (iw - qw) / 2 : x;
	y += staff_draw_buttons(ui, (ui_rect_t){qx, y, qw < iw ? qw : iw, 0}, quick, 3, false, true,
				out) +
	     2 * gap;
	ui_separator(ui, x, y - gap, iw);
	y += staff_draw_buttons(ui, (ui_rect_t){x, y, iw, 0}, save, 2, true, true, out) + pad;
	ui_scroll_end(ui, y);
}
