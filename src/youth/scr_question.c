/*
 * Typing an anonymous question: the text field with a character counter,
 * what happens to the question said right under it, and the keyboard.
 *
 * This is the only screen that draws state.kb.text. The keyboard takes the
 * bottom (its keys never below a finger's width); the field gets what is
 * left: several lines on a big screen, one line beside the back button on a
 * 7" panel.
 *
 * While the text has a crisis phrase (the app asks the model at every
 * keystroke: view.typing_crisis), a crisis card takes the place of "what
 * happens next": you are not alone, the crisis contacts with their numbers,
 * and one tap to all the help. The keyboard stays: the question can still
 * be written and sent (it reaches staff flagged). On a short screen the
 * card is one strip above the keyboard with the first crisis contact.
 */
#include "youth/ask_internal.h"
#include "youth/kiosk_draw.h"

#include <stdio.h>
#include <string.h>

typedef struct qlayout {
	bool compact;	     /* one row: back, field (, help) */
	int lines;	     /* text field lines */
	int kb_h;	     /* keyboard height */
	int priv_size;	     /* type role of the privacy line */
	int priv_h, field_h; /* measured */
	int top_h;	     /* everything above the keyboard */
} qlayout_t;

static int kb_min(ui_t *ui)
{
	/* Four rows of keys a finger wide, as keyboard.c spaces them. */
	return 4 * ui_dp(ui, UI_MIN_TARGET) + 3 * ui_dp(ui, 10) + 2 * ui_dp(ui, 12);
}

static int field_h(ui_t *ui, int lines)
{
	return lines * ui_line_height(ui, UI_FONT_REGULAR, UI_TS_NAME) + 2 * ui_dp(ui, 8);
}

/* The privacy line's width: the row minus the lock and the counter. */
static int priv_w(ui_t *ui, int w, const char *counter, int size)
{
	int icon = ui_dp(ui, 30), gap = ui_dp(ui, 12);
	return w - icon - gap - ui_text_width(ui, counter, UI_FONT_BOLD, size) - 2 * gap;
}

static qlayout_t plan(ui_t *ui, ui_rect_t area, int w, int head, const char *priv,
		      const char *counter, bool crisis)
{
	qlayout_t L = {0};
	int full = ui_keyboard_height(ui, area.w), min = kb_min(ui);
	int max_lines = ui_portrait(ui) ? 7 : 4;
	L.priv_size = UI_TS_SMALL;
	ui_text_style_t ps = {UI_FONT_REGULAR, UI_TS_SMALL, {0}, 0, 0, 0};
	L.priv_h = ui_text_height(ui, priv_w(ui, w, counter, UI_TS_SMALL), priv, ps);
	int fixed = ui_dp(ui, 16) + head + ui_dp(ui, 16) + ui_dp(ui, 12) + L.priv_h + ui_dp(ui, 16);
	/* The crisis card needs at least its strip between the head and the field. */
	if (crisis)
		fixed += kiosk_crisis_strip_h(ui) + ui_dp(ui, 16);
	for (int kb = full; kb >= min;
	     kb = kb > min && kb - ui_dp(ui, 8) < min ? min : kb - ui_dp(ui, 8)) {
		for (int lines = max_lines; lines >= 2; lines--) {
			if (fixed + field_h(ui, lines) + kb <= area.h) {
				L.lines = lines;
				L.kb_h = kb;
				L.field_h = field_h(ui, lines);
				L.top_h = fixed + L.field_h;
				return L;
			}
		}
		if (kb == min)
			break;
	}
	/* A short screen: one row of back and field (up to three lines when
	 * the keyboard leaves room), a caption under it. */
	L.compact = true;
	L.priv_size = UI_TS_CAPTION;
	ps.size = UI_TS_CAPTION;
	L.priv_h = ui_text_height(ui, priv_w(ui, w, counter, UI_TS_CAPTION), priv, ps);
	/* The crisis strip takes the privacy line's place. */
	if (crisis)
		L.priv_h = kiosk_crisis_strip_h(ui);
	for (L.lines = 3; L.lines >= 1; L.lines--) {
		L.field_h = field_h(ui, L.lines);
		if (L.field_h < ui_dp(ui, UI_MIN_TARGET))
			L.field_h = ui_dp(ui, UI_MIN_TARGET);
		L.top_h = ui_dp(ui, 10) + L.field_h + ui_dp(ui, 8) + L.priv_h + ui_dp(ui, 10);
		if (L.top_h + full <= area.h || L.lines == 1)
			break;
	}
	L.kb_h = ui_clampi(area.h - L.top_h, min, full);
	return L;
}

/* The lock, the privacy sentence and the counter. */
static void privacy_row(ui_t *ui, ui_rect_t r, const qlayout_t *L, const char *priv,
			const char *counter, bool full)
{
	const ui_theme_t *th = ui_theme(ui);
	int icon = ui_dp(ui, 30), gap = ui_dp(ui, 12);
	int lh = ui_line_height(ui, UI_FONT_REGULAR, L->priv_size);
	int ic = icon < lh + ui_dp(ui, 6) ? icon : lh + ui_dp(ui, 6);
	ask_icon(ui, (ui_rect_t){r.x, r.y + (lh - ic) / 2, ic, ic}, "lock", th->muted, th->bg);
	int pw = priv_w(ui, r.w, counter, L->priv_size);
	ui_text(ui, (ui_rect_t){r.x + icon + gap, r.y, pw, L->priv_h}, priv,
		(ui_text_style_t){UI_FONT_REGULAR, L->priv_size, th->muted, 0, 0, 0});
	ui_color_t cc = full ? (th->high_contrast ? th->ink : th->wheel_deep[1]) : th->muted;
	int cw = ui_text_width(ui, counter, UI_FONT_BOLD, L->priv_size);
	ui_text(ui, (ui_rect_t){r.x + r.w - cw, r.y, cw, lh}, counter,
		(ui_text_style_t){UI_FONT_BOLD, L->priv_size, cc, UI_ALIGN_END, 0, 1});
}

/* What happens to a question, in three numbered steps: in a column, or in
 * a row on a wide screen. Returns the height (drawn when draw is set). */
static int steps(ui_t *ui, ui_rect_t r, const char *lang, int wheel, bool draw)
{
	const ui_theme_t *th = ui_theme(ui);
	int pad = ui_dp(ui, 28), d = ui_dp(ui, 48), gap = ui_dp(ui, 18), n = 3;
	bool row = r.w >= ui_dp(ui, 1300);
	ui_text_style_t ts = {UI_FONT_REGULAR, UI_TS_BODY, th->ink, 0, UI_ALIGN_CENTER, 0};
	int cw = row ? (r.w - 2 * pad - (n - 1) * gap) / n : r.w - 2 * pad;
	int tw = cw - d - gap, h[3], inner = 0;
	for (int i = 0; i < n; i++) {
		int t = ui_text_height(ui, tw, scr_ask_tx(lang, (ask_text_t)(AT_STEP1 + i)), ts);
		h[i] = t > d ? t : d;
		inner = row ? (h[i] > inner ? h[i] : inner) : inner + h[i] + (i ? gap : 0);
	}
	int total = inner + 2 * pad;
	if (!draw)
		return total;
	ui_card(ui, (ui_rect_t){r.x, r.y, r.w, total});
	ui_color_t fill = th->wheel_tint[wheel], num = ui_on_color(th, fill);
	int x = r.x + pad, y = r.y + pad;
	for (int i = 0; i < n; i++) {
		int rh = row ? inner : h[i];
		draw_circle(ui_dl(ui), x + d / 2, y + rh / 2, d / 2, fill);
		char digit[2] = {(char)('1' + i), 0};
		ui_text(ui, (ui_rect_t){x, y + (rh - d) / 2, d, d}, digit,
			(ui_text_style_t){UI_FONT_BOLD, UI_TS_LABEL, num, UI_ALIGN_CENTER,
					  UI_ALIGN_CENTER, 1});
		ui_text(ui, (ui_rect_t){x + d + gap, y, tw, rh},
			scr_ask_tx(lang, (ask_text_t)(AT_STEP1 + i)), ts);
		if (row)
			x += cw + gap;
		else
			y += rh + gap;
	}
	return total;
}

void scr_question_form(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		       ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const topic_view_t *t = scr_ask_topic(v, s);
	int m = scr_ask_margin(ui, area), gap = ui_dp(ui, 16);
	int w = area.w - 2 * m, x = area.x + m;
	const char *priv = tx(s->lang, T_QUESTION_PRIVACY);
	int len = ui_kb_len(&s->kb), max = s->kb.max_len > 0 ? s->kb.max_len : KIOSK_QUESTION_MAX;
	char counter[32];
	snprintf(counter, sizeof counter, "%d/%d", len, max);
	bool crisis = v->typing_crisis;
	int back = ui_dp(ui, UI_MIN_TARGET);
	const char *ph = tx(s->lang, T_QUESTION_PLACEHOLDER);

	/* The head row's title: a screen title when it fits beside the back
	 * (and help) buttons, else a section head. */
	const char *title = tx(s->lang, T_QUESTION_TITLE);
	int title_x = x + back + ui_dp(ui, 20), right = x + w;
	int tsz = UI_TS_TITLE;
	int tw = ui_text_width(ui, title, UI_FONT_BOLD, tsz);
	if (tw > right - title_x) {
		tsz = UI_TS_SECTION;
		tw = ui_text_width(ui, title, UI_FONT_BOLD, tsz);
	}
	int head_h = ui_line_height(ui, UI_FONT_BOLD, tsz);
	head_h = head_h > back ? head_h : back;
	qlayout_t L = plan(ui, area, w, head_h, priv, counter, crisis);

	if (L.compact) {
		int y = area.y + ui_dp(ui, 10);
		scr_ask_back(ui, (ui_rect_t){x, y, back, back}, s->lang, out);
		int fx = x + back + gap, fw = x + w - fx;
		ui_textfield(ui, (ui_rect_t){fx, y, fw, L.field_h}, s->kb.text, ph, true);
		y += L.field_h + ui_dp(ui, 8);
		if (crisis)
			kiosk_crisis_card(ui, (ui_rect_t){x, y, w, L.priv_h}, v, s->lang, 0, out);
		else
			privacy_row(ui, (ui_rect_t){x, y, w, L.priv_h}, &L, priv, counter,
				    len >= max);
	} else {
		/* The head row at the top; the field, the privacy line and the
		 * keyboard together under it, centred in what is left. */
		int y = area.y + ui_dp(ui, 16);
		scr_ask_back(ui, (ui_rect_t){x, y + (head_h - back) / 2, back, back}, s->lang, out);
		ui_text(ui, (ui_rect_t){title_x, y, right - title_x, head_h}, title,
			(ui_text_style_t){UI_FONT_BOLD, tsz, th->ink, 0, UI_ALIGN_CENTER, 1});
		if (t) {
			int cw = ui_pill_width(ui, t->title, UI_TS_LABEL);
			int ch = ui_pill_height(ui, UI_TS_LABEL);
			int cx = title_x + tw + ui_dp(ui, 20);
			if (cx + cw <= right) {
				int wh = scr_ask_wheel(t->colour);
				ui_pill(ui, (ui_rect_t){cx, y + (head_h - ch) / 2, cw, ch},
					t->title, UI_TS_LABEL, th->wheel_tint[wh],
					ui_on_color(th, th->wheel_tint[wh]));
			}
		}
		/* The keyboard on the bottom edge. Landscape: the field and the
		 * privacy line right above it, what happens next in the room
		 * between the head and the field. Portrait (a tall screen): the
		 * field right under the head, so no empty band stands above it,
		 * and what happens next between the privacy line and the keys. */
		int kb_y = area.y + area.h - L.kb_h;
		bool tall = ui_portrait(ui);
		int field_y = tall ? y + head_h + ui_dp(ui, 16)
				   : kb_y - ui_dp(ui, 16) - L.priv_h - ui_dp(ui, 12) - L.field_h;
		int priv_y = field_y + L.field_h + ui_dp(ui, 12);
		ui_textfield(ui, (ui_rect_t){x, field_y, w, L.field_h}, s->kb.text, ph, true);
		privacy_row(ui, (ui_rect_t){x, priv_y, w, L.priv_h}, &L, priv, counter, len >= max);
		int top = tall ? priv_y + L.priv_h + ui_dp(ui, 24) : y + head_h + ui_dp(ui, 24);
		int bottom = tall ? kb_y - ui_dp(ui, 24) : field_y - ui_dp(ui, 32);
		int wheel = t ? scr_ask_wheel(t->colour) : 0;
		ui_rect_t sr = {x, top, w, bottom - top};
		if (crisis) {
			int rows = kiosk_crisis_rows(ui, v, w, sr.h);
			int ch = rows ? kiosk_crisis_card_h(ui, rows) : kiosk_crisis_strip_h(ui);
			kiosk_crisis_card(ui, (ui_rect_t){x, sr.y + (sr.h - ch) / 2, w, ch}, v,
					  s->lang, rows, out);
		}
		int sh = crisis ? sr.h + 1 : steps(ui, sr, s->lang, wheel, false);
		if (sh <= sr.h) {
			sr.y += (sr.h - sh) / 2;
			steps(ui, sr, s->lang, wheel, true);
		}
	}
	ui_keyboard(ui, (ui_rect_t){area.x, area.y + area.h - L.kb_h, area.w, L.kb_h}, &s->kb,
		    tx(s->lang, T_SEND), out);
}
