#include "ui/keyboard.h"
#include "ui/ui_internal.h"
#include "ui/widgets.h"

#include "core/str.h"
#include "core/utf8.h"

#include <stdlib.h>
#include <string.h>

void ui_kb_init(ui_kb_t *kb, ui_kb_layout_t layout, int max_len)
{
	memset(kb, 0, sizeof *kb);
	int cap = (UI_KB_TEXT_MAX - 1) / 4; /* every character may take 4 bytes */
	kb->layout = layout >= 0 && layout < ui_kb_ndefs ? layout : ui_kb_layout_for("en");
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
	int en = 0;
	for (int i = 0; i < ui_kb_ndefs; i++) {
		if (lang && !strcmp(ui_kb_defs[i].lang, lang))
			return i;
		if (!strcmp(ui_kb_defs[i].lang, "en"))
			en = i;
	}
	return en;
}

const char *ui_kb_layout_lang(ui_kb_layout_t layout)
{
	return layout >= 0 && layout < ui_kb_ndefs ? ui_kb_defs[layout].lang : "en";
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
	case UI_KEY_LATIN:
		kb->latin = !kb->latin;
		kb->page = 0;
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
			  : !strcmp(name, "latin") ? UI_KEY_LATIN
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

/* The keyboard's four rows as shown (its page; the Latin letters with the
 * layout's own bottom row) and how they are laid out in r. */
typedef struct kb_geom {
	const char *rows[4];
	int grid; /* the widest row, in tenths of a letter key */
	int pad, gap, unit, kh, x_grid, y;
	ui_rect_t r;
	bool bleed;
} kb_geom_t;

static const ui_kb_def_t *kb_def(const ui_kb_t *kb)
{
	return &ui_kb_defs[kb->layout >= 0 && kb->layout < ui_kb_ndefs ? kb->layout : 0];
}

static void geom(ui_t *ui, ui_rect_t r, const ui_kb_t *kb, kb_geom_t *g)
{
	const ui_kb_def_t *def = kb_def(kb);
	const ui_kb_def_t *letters = kb->latin && def->latin >= 0 ? &ui_kb_defs[def->latin] : def;
	g->grid = 0;
	for (int row = 0; row < 4; row++) {
		g->rows[row] = kb->page	 ? def->rows[1][row]
			       : row < 3 ? letters->rows[0][row]
					 : def->rows[0][row];
		int w = row_width(g->rows[row]);
		g->grid = w > g->grid ? w : g->grid;
	}
	g->pad = kb_pad(ui), g->gap = key_gap(ui), g->bleed = false;
	/* On a narrow screen (a 720 or 800 px wide portrait panel) the letter
	 * keys would come out under the smallest touch target: the tray then
	 * reaches the screen's edges and the gaps shrink. */
	if ((r.w - 2 * g->pad + g->gap) * 10 / g->grid - g->gap < ui_dp(ui, UI_MIN_TARGET)) {
		ui_rect_t sc = ui_screen(ui);
		r.x = sc.x;
		r.w = sc.w;
		g->pad = ui_dp(ui, 4);
		g->gap = ui_dp(ui, 6);
		g->bleed = true;
	}
	g->r = r;
	/* A letter key is at most 140 dp wide; rows are centred. */
	g->unit = (r.w - 2 * g->pad + g->gap) * 10 / g->grid;
	if (g->unit > ui_dp(ui, 140))
		g->unit = ui_dp(ui, 140);
	g->kh = (r.h - 2 * g->pad - 3 * g->gap) / 4;
	if (g->kh > ui_dp(ui, 100))
		g->kh = ui_dp(ui, 100);
	int grid_w = g->grid * g->unit / 10 - g->gap;
	g->x_grid = r.x + (r.w - grid_w) / 2;
	g->y = r.y + (r.h - 4 * g->kh - 3 * g->gap) / 2;
}

int ui_keyboard_action_width(ui_t *ui, ui_rect_t r, const ui_kb_t *kb)
{
	kb_geom_t g;
	geom(ui, r, kb, &g);
	kb_key_t k;
	for (const char *p = g.rows[3]; (p = next_key(p, &k));)
		if (k.kind == UI_KEY_ACTION)
			return k.w * g.unit / 10 - g.gap;
	return 0;
}

bool ui_keyboard(ui_t *ui, ui_rect_t r, const ui_kb_t *kb, const char *action_label,
		 ui_action_t *out)
{
	const ui_theme_t *th = ui_theme(ui);
	const ui_kb_def_t *def = kb_def(kb);
	kb_geom_t g;
	geom(ui, r, kb, &g);
	if (g.bleed)
		ui_set_bleed(ui, g.r);
	r = g.r;
	int gap = g.gap, unit = g.unit, kh = g.kh, y = g.y;
	draw_rect(ui_dl(ui), r, 0, th->kb_bg);
	draw_rect(ui_dl(ui), (ui_rect_t){r.x, r.y, r.w, ui_dp(ui, 2) > 1 ? ui_dp(ui, 2) : 1}, 0,
		  th->high_contrast ? th->line : th->kb_edge);
	bool full = ui_kb_len(kb) >= kb->max_len;
	bool fired = false;
	ui_action_t act = {0};

	ui_push_id(ui, ui_id(ui, "keyboard"));
	for (int row = 0; row < 4; row++, y += kh + gap) {
		const char *spec = g.rows[row];
		int x = g.x_grid + (g.grid - row_width(spec)) * unit / 20;
		kb_key_t k;
		int col = 0;
		for (const char *p = spec; (p = next_key(p, &k)); col++) {
			/* Keys keep the layout file's order in a right-to-left
			 * frame too (an Arabic keyboard starts with ض on the
			 * left): placed pre-mirrored. */
			ui_rect_t kr =
				ui_unmirror(ui, (ui_rect_t){x, y, k.w * unit / 10 - gap, kh});
			x += k.w * unit / 10;
			char label[16];
			str_copy(label, sizeof label, k.text);
			if (k.kind == UI_KEY_CHAR && kb->shift && !kb->page) {
				const char *s = k.text;
				int n = utf8_encode(utf8_toupper(utf8_next(&s, s + strlen(s))),
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
			case UI_KEY_LATIN:
				/* Latin letters are "ABC" in every language. */
				shown = name = kb->latin ? def->native : "ABC";
				o.size = UI_TS_LABEL;
				break;
			case UI_KEY_ACTION:
				shown = name = action_label ? action_label : "OK";
				o.style = UI_BTN_PRIMARY;
				/* A long word on a narrow keyboard ("Ilmoittaudu" on
				 * a portrait 7" panel) steps down a size or two. */
				o.size = UI_TS_LABEL;
				while (o.size > UI_TS_CAPTION &&
				       ui_text_width(ui, shown, UI_FONT_BOLD, o.size) >
					       kr.w - 2 * ui_dp(ui, 12))
					o.size--;
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
