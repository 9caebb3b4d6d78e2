#include "ui/keyboard.h"
#include "ui/ui_internal.h"
#include "ui/widgets.h"

#include "core/str.h"
#include "core/utf8.h"

#include <stdlib.h>
#include <string.h>

/*
 * Rows are written as the keys' texts separated by spaces; "{name:w}" is a
 * special key w tenths of a letter key wide. Each layout has a grid width in
 * tenths; shorter rows are centred on it.
 */
typedef struct kb_def {
	int grid;
	const char *rows[2][4];
} kb_def_t;

#define ROW_NORDIC_BOTTOM "{page:20} {space:55} {action:35}"
#define SYM_NORDIC                                                                                 \
	{                                                                                          \
		"1 2 3 4 5 6 7 8 9 0", "- / : ; ( ) \xE2\x82\xAC & @ \" '",                        \
			". , ? ! + % # = {bs:30}", ROW_NORDIC_BOTTOM                               \
	}

static const kb_def_t defs[UI_KB_LAYOUTS] = {
	[UI_KB_FI] = {110,
		      {{"q w e r t y u i o p å", "a s d f g h j k l ö ä",
			"{shift:15} z x c v b n m {bs:25}", ROW_NORDIC_BOTTOM},
		       SYM_NORDIC}},
	[UI_KB_SV] = {110,
		      {{"q w e r t y u i o p å", "a s d f g h j k l ö ä",
			"{shift:15} z x c v b n m {bs:25}", ROW_NORDIC_BOTTOM},
		       SYM_NORDIC}},
	[UI_KB_EN] = {100,
		      {{"q w e r t y u i o p", "a s d f g h j k l",
			"{shift:15} z x c v b n m {bs:15}", "{page:20} {space:50} {action:30}"},
		       {"1 2 3 4 5 6 7 8 9 0", "- / : ; ( ) \xE2\x82\xAC & @ \"",
			". , ? ! ' + % # {bs:20}", "{page:20} {space:50} {action:30}"}}},
};

void ui_kb_init(ui_kb_t *kb, ui_kb_layout_t layout, int max_len)
{
	memset(kb, 0, sizeof *kb);
	int cap = (UI_KB_TEXT_MAX - 1) / 4; /* every character may take 4 bytes */
	kb->layout = layout >= 0 && layout < UI_KB_LAYOUTS ? layout : UI_KB_EN;
	kb->max_len = max_len > 0 && max_len < cap ? max_len : cap;
}

void ui_kb_clear(ui_kb_t *kb)
{
	kb->text[0] = 0;
	kb->page = 0;
	kb->shift = kb->auto_cap;
}

ui_kb_layout_t ui_kb_layout_for(const char *lang)
{
	return !lang		     ? UI_KB_EN
	       : !strcmp(lang, "fi") ? UI_KB_FI
	       : !strcmp(lang, "sv") ? UI_KB_SV
				     : UI_KB_EN;
}

int ui_kb_len(const ui_kb_t *kb)
{
	return (int)utf8_len(kb->text);
}

static bool sentence_end(const char *t)
{
	size_t n = strlen(t);
	return n >= 2 && t[n - 1] == ' ' && (t[n - 2] == '.' || t[n - 2] == '?' || t[n - 2] == '!');
}

static int insert(ui_kb_t *kb, const char *s)
{
	size_t n = strlen(kb->text), k = strlen(s);
	if (!k)
		return UI_KB_NOCHANGE;
	if (ui_kb_len(kb) >= kb->max_len || n + k >= sizeof kb->text)
		return UI_KB_FULL;
	memcpy(kb->text + n, s, k + 1);
	return UI_KB_EDITED;
}

int ui_kb_apply(ui_kb_t *kb, const ui_action_t *a)
{
	if (!a || a->kind != UI_ACT_KEY)
		return UI_KB_NOCHANGE;
	int r = UI_KB_NOCHANGE;
	size_t n = strlen(kb->text);
	switch (a->key) {
	case UI_KEY_CHAR:
		r = insert(kb, a->text);
		if (r == UI_KB_EDITED)
			kb->shift = false;
		break;
	case UI_KEY_SPACE:
		if (n == 0 || kb->text[n - 1] == ' ')
			return UI_KB_NOCHANGE; /* no leading or double spaces */
		r = insert(kb, " ");
		if (r == UI_KB_EDITED && kb->auto_cap && sentence_end(kb->text))
			kb->shift = true;
		break;
	case UI_KEY_BACKSPACE:
		if (n == 0)
			return UI_KB_NOCHANGE;
		while (n > 0 && ((unsigned char)kb->text[n - 1] & 0xC0) == 0x80)
			n--;
		kb->text[n ? n - 1 : 0] = 0;
		if (kb->auto_cap)
			kb->shift = !kb->text[0] || sentence_end(kb->text);
		r = UI_KB_EDITED;
		break;
	case UI_KEY_SHIFT:
		kb->shift = !kb->shift;
		break;
	case UI_KEY_PAGE:
		kb->page = !kb->page;
		break;
	case UI_KEY_ACTION:
		r = UI_KB_SUBMIT;
		break;
	}
	return r;
}

/* ---- Drawing -------------------------------------------------------- */

typedef struct key {
	int kind; /* ui_key_t */
	int w;	  /* tenths of a letter key */
	char text[16];
} kb_key_t;

/* Parses the next key of a row; returns the rest of the row, NULL at its end. */
static const char *next_key(const char *p, kb_key_t *k)
{
	while (*p == ' ')
		p++;
	if (!*p)
		return NULL;
	const char *e = p;
	if (*p == '{') {
		while (*e && *e != '}')
			e++;
		char name[16] = "";
		int w = 10;
		const char *colon = memchr(p, ':', (size_t)(e - p));
		size_t nl = (size_t)((colon ? colon : e) - p - 1);
		memcpy(name, p + 1, nl < sizeof name ? nl : sizeof name - 1);
		if (colon)
			w = atoi(colon + 1);
		k->w = w;
		k->text[0] = 0;
		k->kind = !strcmp(name, "shift")   ? UI_KEY_SHIFT
			  : !strcmp(name, "bs")	   ? UI_KEY_BACKSPACE
			  : !strcmp(name, "page")  ? UI_KEY_PAGE
			  : !strcmp(name, "space") ? UI_KEY_SPACE
						   : UI_KEY_ACTION;
		return *e ? e + 1 : e;
	}
	while (*e && *e != ' ')
		e++;
	size_t n = (size_t)(e - p);
	memcpy(k->text, p, n < sizeof k->text ? n : sizeof k->text - 1);
	k->text[n < sizeof k->text ? n : sizeof k->text - 1] = 0;
	k->kind = UI_KEY_CHAR;
	k->w = 10;
	return e;
}

static int row_width(const char *row)
{
	kb_key_t k;
	int w = 0;
	for (const char *p = row; (p = next_key(p, &k));)
		w += k.w;
	return w;
}

static int key_h(ui_t *ui)
{
	return ui_dp(ui, 80);
}
static int key_gap(ui_t *ui)
{
	return ui_dp(ui, 10);
}
static int kb_pad(ui_t *ui)
{
	return ui_dp(ui, 12);
}

int ui_keyboard_height(ui_t *ui, int w)
{
	(void)w;
	return 2 * kb_pad(ui) + 4 * key_h(ui) + 3 * key_gap(ui);
}

bool ui_keyboard(ui_t *ui, ui_rect_t r, const ui_kb_t *kb, const char *action_label,
		 ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const kb_def_t *def = &defs[kb->layout >= 0 && kb->layout < UI_KB_LAYOUTS ? kb->layout : 0];
	int pad = kb_pad(ui), gap = key_gap(ui);
	/* On a narrow screen (a 720 or 800 px wide portrait panel) the letter
	 * keys would come out under the smallest touch target: the tray then
	 * reaches the screen's edges and the gaps shrink. */
	if ((r.w - 2 * pad + gap) * 10 / def->grid - gap < ui_dp(ui, UI_MIN_TARGET)) {
		ui_rect_t sc = ui_screen(ui);
		r.x = sc.x;
		r.w = sc.w;
		pad = ui_dp(ui, 4);
		gap = ui_dp(ui, 6);
		ui_set_bleed(ui, r);
	}
	draw_rect(ui_dl(ui), r, 0, th->kb_bg);
	draw_rect(ui_dl(ui), (ui_rect_t){r.x, r.y, r.w, ui_dp(ui, 2) > 1 ? ui_dp(ui, 2) : 1}, 0,
		  th->high_contrast ? th->line : th->kb_edge);

	/* A letter key is at most 130 dp wide; rows are centred. */
	int unit = (r.w - 2 * pad + gap) * 10 / def->grid;
	if (unit > ui_dp(ui, 140))
		unit = ui_dp(ui, 140);
	int kh = (r.h - 2 * pad - 3 * gap) / 4;
	if (kh > ui_dp(ui, 100))
		kh = ui_dp(ui, 100);
	int grid_w = def->grid * unit / 10 - gap;
	int x_grid = r.x + (r.w - grid_w) / 2;
	int y = r.y + (r.h - 4 * kh - 3 * gap) / 2;
	bool full = ui_kb_len(kb) >= kb->max_len;
	bool fired = false;
	ui_action_t act = {0};

	ui_push_id(ui, ui_id(ui, "keyboard"));
	for (int row = 0; row < 4; row++, y += kh + gap) {
		const char *spec = def->rows[kb->page ? 1 : 0][row];
		int x = x_grid + (def->grid - row_width(spec)) * unit / 20;
		kb_key_t k;
		int col = 0;
		for (const char *p = spec; (p = next_key(p, &k)); col++) {
			ui_rect_t kr = {x, y, k.w * unit / 10 - gap, kh};
			x += k.w * unit / 10;
			char label[16];
			str_copy(label, sizeof label, k.text);
			if (k.kind == UI_KEY_CHAR && kb->shift && !kb->page) {
				const char *s = k.text;
				int n = utf8_encode(ui_cp_upper(utf8_next(&s, s + strlen(s))),
						    label);
				label[n] = 0;
			}
			ui_button_opts_t o = {
				.style = UI_BTN_SECONDARY, .size = UI_TS_NAME, .on_tray = true};
			const char *shown = label, *name = label;
			switch (k.kind) {
			case UI_KEY_CHAR:
				o.disabled = full;
				break;
			case UI_KEY_SPACE:
				o.disabled = full;
				shown = "";
				name = "space";
				break;
			case UI_KEY_SHIFT:
				shown = name = "\xE2\x87\xA7"; /* ⇧ */
				o.style = kb->shift ? UI_BTN_DARK : UI_BTN_SECONDARY;
				break;
			case UI_KEY_BACKSPACE:
				shown = name = "\xE2\x8C\xAB"; /* ⌫ */
				break;
			case UI_KEY_PAGE:
				shown = name = kb->page ? "abc" : "123";
				o.size = UI_TS_LABEL;
				break;
			case UI_KEY_ACTION:
				shown = name = action_label ? action_label : "OK";
				o.style = UI_BTN_PRIMARY;
				o.size = UI_TS_LABEL;
				o.disabled = !kb->text[0];
				break;
			}
			ui_press_t pr = ui_press(ui, ui_idi(ui, "key", row * 32 + col), kr, name,
						 !o.disabled);
			ui_button_draw(ui, kr, shown, &o, pr.held);
			if (pr.fired && !fired) {
				fired = true;
				act.kind = UI_ACT_KEY;
				act.key = k.kind;
				if (k.kind == UI_KEY_CHAR)
					str_copy(act.text, sizeof act.text, label);
			}
		}
	}
	ui_pop_id(ui);
	if (fired && out && out->kind == UI_ACT_NONE)
		*out = act;
	return fired;
}
