#include "screen_demo.h"

#include "ui/widgets.h"

#include <string.h>

void demo_view_fi(demo_view_t *v, const ui_kb_t *kb)
{
	memset(v, 0, sizeof *v);
	v->site = "Ohjaamo Keskusta";
	v->address = "Kauppakatu 12 · 2. krs";
	v->open_label = "Auki tänään 10–17";
	v->clock = "11:02";
	v->weekday = "maanantai";
	v->date = "23.11.";
	v->heading = "Nyt paikalla";
	v->person_id = "aino";
	v->person = "Aino Korhonen";
	v->role = "Opinto-ohjaaja · Huone 1";
	v->until = "–15:00";
	v->topics[0] = "Opiskelu";
	v->topic_wheels[0] = 4;
	v->topics[1] = "Työ";
	v->topic_wheels[1] = 1;
	v->topics[2] = "Raha";
	v->topic_wheels[2] = 2;
	v->ntopics = 3;
	v->paragraph = "Työllisyyspalveluiden nuorisokoordinaattori auttaa työnhaussa, "
		       "opiskelupaikan etsimisessä ja kaikessa siltä väliltä. Kysy "
		       "rohkeasti – täällä ei tarvitse tietää, kenen puoleen kääntyä.";
	v->welcome = "Tervetuloa";
	v->arabic = "مرحبا بكم";
	v->cyrillic = "Ласкаво просимо";
	v->english = "Welcome · Välkommen";
	v->field_label = "Kirjoita nimimerkki (ei oikeaa nimeä tarvita)";
	v->field_hint = "Nimimerkkiäsi ei näytetä muille, ja se poistetaan kahden viikon kuluttua.";
	v->placeholder = "Nimimerkki";
	v->button = "Kysy nimettömänä";
	v->button_hint = "Vastaus tulee tälle näytölle.";
	v->action = "Ilmoittaudu";
	v->kb = kb;
}

/* The colour wheel as a logo: six dots in a ring on a soft tile. */
static void wheel_logo(ui_t *ui, ui_rect_t r)
{
	static const int ring[6][2] = {{0, -10}, {9, -5}, {9, 5}, {0, 10}, {-9, 5}, {-9, -5}};
	const ui_theme_t *th = ui_theme(ui);
	int cx = r.x + r.w / 2, cy = r.y + r.h / 2, unit = r.w / 28;
	draw_rect(ui_dl(ui), r, r.w / 4, th->surface);
	if (th->outline.a)
		draw_outline(ui_dl(ui), r, r.w / 4, ui_dp(ui, 2), th->outline);
	for (int i = 0; i < 6; i++)
		draw_circle(ui_dl(ui), cx + ring[i][0] * unit, cy + ring[i][1] * unit,
			    unit * 11 / 2, ui_alpha(th->wheel[i + 1], 235));
}

static const char *const langs[3] = {"FI", "SV", "EN"};

static void header(ui_t *ui, ui_rect_t r, const demo_view_t *v, ui_action_t *out, bool *pill_shown)
{
	const ui_theme_t *th = ui_theme(ui);
	int gap = ui_dp(ui, 24), lb = ui_dp(ui, UI_MIN_TARGET), lgap = ui_dp(ui, 12);
	int logo = ui_dp(ui, 84);
	int clock_w = ui_text_width(ui, v->clock, UI_FONT_BOLD, UI_TS_CLOCK);
	int date_w = ui_text_width(ui, v->weekday, UI_FONT_REGULAR, UI_TS_BODY);
	int site_w = ui_text_width(ui, v->site, UI_FONT_BOLD, UI_TS_SECTION);
	int addr_w = ui_text_width(ui, v->address, UI_FONT_REGULAR, UI_TS_SMALL);
	int pill_w = ui_pill_width(ui, v->open_label, UI_TS_LABEL);
	int langs_w = 3 * lb + 2 * lgap;
	int left_w = logo + gap + (site_w > addr_w ? site_w : addr_w);
	int need = left_w + gap + clock_w + gap + langs_w;
	bool show_date = need + date_w + gap <= r.w;
	if (show_date)
		need += date_w + gap;
	*pill_shown = need + pill_w + gap <= r.w;

	/* Right: languages, date, clock. */
	ui_rect_t row = r;
	ui_rect_t lr = ui_cut_right(&row, langs_w);
	for (int i = 0; i < 3; i++) {
		ui_rect_t b = {lr.x + i * (lb + lgap), lr.y + (lr.h - lb) / 2, lb, lb};
		if (ui_button(ui, ui_idi(ui, "lang", i), b, langs[i],
			      i == v->lang ? UI_BTN_DARK : UI_BTN_OUTLINE))
			ui_act(out, DEMO_ACT_LANG, i, NULL);
	}
	ui_cut_right(&row, gap);
	if (show_date) {
		ui_rect_t dr = ui_cut_right(&row, date_w);
		int lh = ui_line_height(ui, UI_FONT_REGULAR, UI_TS_BODY);
		ui_text_style_t ds = {UI_FONT_REGULAR, UI_TS_BODY, th->muted, UI_ALIGN_END, 0, 1};
		int y = dr.y + (dr.h - 2 * lh) / 2;
		ui_text(ui, (ui_rect_t){dr.x, y, dr.w, lh}, v->weekday, ds);
		ui_text(ui, (ui_rect_t){dr.x, y + lh, dr.w, lh}, v->date, ds);
		ui_cut_right(&row, gap / 2);
	}
	ui_rect_t cr = ui_cut_right(&row, clock_w);
	ui_text(ui, cr, v->clock,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_CLOCK, th->ink, UI_ALIGN_END, UI_ALIGN_CENTER,
				  1});

	/* Left: logo, site and address, the open pill. */
	ui_rect_t lg = ui_cut_left(&row, logo);
	wheel_logo(ui, ui_center(lg, logo, logo));
	ui_cut_left(&row, gap);
	int sh = ui_line_height(ui, UI_FONT_BOLD, UI_TS_SECTION);
	int ah = ui_line_height(ui, UI_FONT_REGULAR, UI_TS_SMALL);
	int bw = site_w > addr_w ? site_w : addr_w;
	ui_rect_t nb = ui_cut_left(&row, bw < row.w ? bw : row.w);
	int y = nb.y + (nb.h - sh - ah) / 2;
	ui_text(ui, (ui_rect_t){nb.x, y, nb.w, sh}, v->site,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_SECTION, th->ink, 0, 0, 1});
	ui_text(ui, (ui_rect_t){nb.x, y + sh, nb.w, ah}, v->address,
		(ui_text_style_t){UI_FONT_REGULAR, UI_TS_SMALL, th->muted, 0, 0, 1});
	if (*pill_shown) {
		ui_cut_left(&row, gap);
		int ph = ui_pill_height(ui, UI_TS_LABEL);
		ui_pill(ui, (ui_rect_t){row.x, row.y + (row.h - ph) / 2, pill_w, ph}, v->open_label,
			UI_TS_LABEL, th->wheel_deep[3], ui_on_color(th, th->wheel_deep[3]));
	}
}

/* The person card: avatar, name and "until", role, topic chips. Returns its
 * height (drawn at y). */
static int person_card(ui_t *ui, ui_rect_t col, int y, const demo_view_t *v, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = ui_dp(ui, 20), av = ui_dp(ui, 104), gap = ui_dp(ui, 18);
	int text_w = col.w - 2 * pad - av - gap;
	int until_w = ui_text_width(ui, v->until, UI_FONT_BOLD, UI_TS_SMALL);
	int nh = ui_line_height(ui, UI_FONT_BOLD, UI_TS_NAME);
	ui_text_style_t rs = {UI_FONT_REGULAR, UI_TS_BODY, th->muted, 0, 0, 2};
	int rh = ui_text_height(ui, text_w, v->role, rs);
	/* Chips are laid out once to know their height, then drawn. */
	int chip_h = ui_pill_height(ui, UI_TS_SMALL), cw = 0, rows = 1;
	for (int i = 0; i < v->ntopics; i++) {
		int w = ui_pill_width(ui, v->topics[i], UI_TS_SMALL) + ui_dp(ui, 8);
		if (cw && cw + w > text_w) {
			rows++;
			cw = 0;
		}
		cw += w;
	}
	int chips_h = rows * chip_h + (rows - 1) * ui_dp(ui, 8);
	int inner = nh + rh + ui_dp(ui, 8) + chips_h;
	int h = 2 * pad + (inner > av ? inner : av);
	ui_rect_t card = {col.x, y, col.w, h};
	ui_press_t p = ui_press(ui, ui_id(ui, "person"), card, v->person, true);
	if (p.fired)
		ui_act(out, DEMO_ACT_PERSON, 0, v->person_id);
	ui_card(ui, card);
	if (p.held)
		draw_rect(ui_dl(ui), card, ui_radius(ui), th->pressed);
	ui_avatar(ui, (ui_rect_t){card.x + pad, card.y + pad, av, av}, v->photo, v->person,
		  v->topic_wheels[0]);
	int x = card.x + pad + av + gap, ty = card.y + pad;
	ui_text(ui, (ui_rect_t){x + text_w - until_w, ty, until_w, nh}, v->until,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_SMALL, th->ink, UI_ALIGN_END, UI_ALIGN_CENTER,
				  1});
	ui_text(ui, (ui_rect_t){x, ty, text_w - until_w - gap / 2, nh}, v->person,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_NAME, th->ink, 0, 0, 1});
	ui_text(ui, (ui_rect_t){x, ty + nh, text_w, rh}, v->role, rs);
	ui_chips(ui, (ui_rect_t){x, ty + nh + rh + ui_dp(ui, 8), text_w, chips_h}, v->topics,
		 v->topic_wheels, v->ntopics);
	return h;
}

static int section(ui_t *ui, ui_rect_t col, int y, const char *title)
{
	int h = ui_line_height(ui, UI_FONT_BOLD, UI_TS_SECTION);
	ui_text(ui, (ui_rect_t){col.x, y, col.w, h}, title,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_SECTION, ui_theme(ui)->ink, 0, 0, 1});
	return h + ui_dp(ui, 12);
}

static int left_column(ui_t *ui, ui_rect_t col, int y, const demo_view_t *v, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int y0 = y;
	y += section(ui, col, y, v->heading);
	y += person_card(ui, col, y, v, out) + ui_dp(ui, 24);
	ui_rect_t used = ui_text(ui, (ui_rect_t){col.x, y, col.w, 0}, v->paragraph,
				 ui_ts(UI_FONT_REGULAR, UI_TS_BODY, th->ink));
	return used.y + used.h - y0;
}

static int right_column(ui_t *ui, ui_rect_t col, int y, const demo_view_t *v, ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	int y0 = y, pad = ui_dp(ui, 20);
	y += section(ui, col, y, v->welcome);

	/* Three scripts in one card: right-to-left Arabic, Cyrillic, Latin. */
	const char *lines[3] = {v->arabic, v->cyrillic, v->english};
	int lh = ui_line_height(ui, UI_FONT_REGULAR, UI_TS_LABEL) + ui_dp(ui, 16);
	int vpad = ui_dp(ui, 6);
	ui_rect_t card = {col.x, y, col.w, 2 * vpad + 3 * lh};
	ui_card(ui, card);
	for (int i = 0; i < 3; i++) {
		ui_rect_t lr = {card.x + pad, card.y + vpad + i * lh, card.w - 2 * pad, lh};
		if (i)
			ui_separator(ui, lr.x, lr.y, lr.w);
		ui_text(ui, lr, lines[i],
			(ui_text_style_t){UI_FONT_REGULAR, UI_TS_LABEL, th->ink, 0, UI_ALIGN_CENTER,
					  1});
	}
	y += card.h + ui_dp(ui, 24);

	ui_text_style_t ls = ui_ts(UI_FONT_BOLD, UI_TS_LABEL, th->ink);
	ui_rect_t l = ui_text(ui, (ui_rect_t){col.x, y, col.w, 0}, v->field_label, ls);
	y += l.h + ui_dp(ui, 10);
	int fh = ui_dp(ui, 88);
	ui_textfield(ui, (ui_rect_t){col.x, y, col.w, fh}, v->kb->text, v->placeholder, true);
	y += fh + ui_dp(ui, 8);
	ui_rect_t hint = ui_text(ui, (ui_rect_t){col.x, y, col.w, 0}, v->field_hint,
				 ui_ts(UI_FONT_REGULAR, UI_TS_CAPTION, th->muted));
	y += hint.h + ui_dp(ui, 20);

	ui_button_opts_t o = {
		.style = UI_BTN_DARK, .icon = "?", .sublabel = v->button_hint, .align_start = true};
	int bh = ui_dp(ui, 100);
	if (ui_button_ex(ui, ui_id(ui, "ask"), (ui_rect_t){col.x, y, col.w, bh}, v->button, &o))
		ui_act(out, DEMO_ACT_ASK, 0, NULL);
	y += bh;
	return y - y0;
}

void screen_demo(ui_t *ui, const demo_view_t *v, ui_action_t *out)
{
	ui_rect_t r = ui_screen(ui);
	int m = ui_dp(ui, 48), gap = ui_dp(ui, 40);
	int kb_h = ui_keyboard_height(ui, r.w);
	if (kb_h > r.h / 2)
		kb_h = r.h / 2;
	ui_rect_t kb = ui_cut_bottom(&r, kb_h);
	bool pill = false;
	/* The header grows with the clock in large-text mode. */
	int head_h = ui_line_height(ui, UI_FONT_BOLD, UI_TS_CLOCK) + ui_dp(ui, 16);
	if (head_h < ui_dp(ui, 124))
		head_h = ui_dp(ui, 124);
	header(ui, ui_inset_xy(ui_cut_top(&r, head_h), m, 0), v, out, &pill);

	/* The content scrolls when the screen is too small for it (800x480
	 * with the keyboard up). */
	ui_id_t sid = ui_id(ui, "body");
	int top = ui_scroll_begin(ui, sid, r);
	ui_rect_t body = {r.x + m, top, r.w - 2 * m, 0};
	int y = top, h;
	if (!pill) {
		const ui_theme_t *th = ui_theme(ui);
		int ph = ui_pill_height(ui, UI_TS_LABEL);
		ui_pill(ui,
			(ui_rect_t){body.x, y, ui_pill_width(ui, v->open_label, UI_TS_LABEL), ph},
			v->open_label, UI_TS_LABEL, th->wheel_deep[3],
			ui_on_color(th, th->wheel_deep[3]));
		y += ph + ui_dp(ui, 20);
	}
	if (ui_portrait(ui) || body.w < ui_dp(ui, 1100)) {
		y += left_column(ui, body, y, v, out) + gap;
		y += right_column(ui, body, y, v, out);
	} else {
		ui_rect_t left = body, right = body;
		left.w = (body.w - gap) * 11 / 20;
		right.x = left.x + left.w + gap;
		right.w = body.x + body.w - right.x;
		int hl = left_column(ui, left, y, v, out), hr = right_column(ui, right, y, v, out);
		y += hl > hr ? hl : hr;
	}
	h = y + ui_dp(ui, 24);
	ui_scroll_end(ui, h);
	ui_keyboard(ui, kb, v->kb, v->action, out);
}
