/*
 * kapp_replay: `ovi --replay FILE` runs the real kiosk (the same kapp_t, model
 * and screens) from a script, headless or in the window, for tests and
 * demos. Commands are listed in cmd_run.c's help. Each command ends by
 * running frames until the screen is settled (no action pending, no
 * animation), so the next line sees what a person would.
 *
 * Taps go in as pointer events at screen pixels, exactly as the platform
 * feeds them; `tap "Label"` finds the point from the last frame's registry
 * (ui_find_hit). `wait` moves the kiosk clock (clock_advance_ms), so a 75 s
 * idle reset takes no real time.
 */
#if OVI_HAVE_PLATFORM
#include "app/kapp.h"

#include "core/err.h"
#include "core/fs.h"
#include "core/log.h"
#include "core/mem.h"
#include "core/str.h"
#include "core/utf8.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define VAR_MAX	   16
#define ARG_MAX	   8
#define SETTLE_MAX 1000
#define KEY_SHIFT  "\xE2\x87\xA7" /* ⇧, the keyboard's shift key */

typedef struct replay {
	kapp_t *a;
	const char *path;
	int line;
	struct {
		char name[32];
		char value[256];
	} vars[VAR_MAX];
	int nvars;
} replay_t;

static int fail(replay_t *r, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(replay_t *r, int code, const char *fmt, ...)
{
	char msg[8192];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	fprintf(stderr, "%s:%d: %s\n", r->path, r->line, msg);
	return err_set(code, "%s:%d: %s", r->path, r->line, msg);
}

/* ---- running frames -------------------------------------------------------- */

static int settle(replay_t *r)
{
	kapp_t *a = r->a;
	for (int i = 0; i < SETTLE_MAX; i++) {
		kapp_tick(a);
		if (a->win) {
			int ev = plat_wait_event(a->win, a->ui, 0);
			if (ev & PLAT_EV_QUIT)
				return fail(r, OVI_ERR, "the window was closed");
			if (ev & PLAT_EV_INPUT)
				kapp_input(a);
			if (ev & (PLAT_EV_RESIZED | PLAT_EV_REDRAW))
				a->dirty = true;
		}
		if (a->anim_ms > 0) {
			/* Momentum runs on the kiosk clock, not the wall's. */
			clock_advance_ms(a->anim_ms);
			a->dirty = true;
		}
		if (!a->dirty)
			return OVI_OK;
		kapp_frame(a);
	}
	return fail(r, OVI_ERR, "the screen did not settle in %d frames", SETTLE_MAX);
}

static int tap_at(replay_t *r, int x, int y)
{
	kapp_t *a = r->a;
	log_debug("replay: line %d: tap %d %d on %s", r->line, x, y, kapp_screen_name(a));
	ui_pointer_down(a->ui, UI_POINTER_MOUSE, x, y, clock_mono_ms());
	kapp_input(a);
	kapp_frame(a); /* the press, as a finger shows it */
	ui_pointer_up(a->ui, UI_POINTER_MOUSE, x, y, clock_mono_ms());
	kapp_input(a);
	return settle(r);
}

/* A finger held still on x, y for ms of kiosk time (the 3-second press on
 * the logo that opens staff mode), in frames of 100 ms as a screen that
 * shows the hold's progress would run them. */
static int press_at(replay_t *r, int x, int y, int64_t ms)
{
	kapp_t *a = r->a;
	log_debug("replay: line %d: press %d %d for %lld ms on %s", r->line, x, y, (long long)ms,
		  kapp_screen_name(a));
	ui_pointer_down(a->ui, UI_POINTER_MOUSE, x, y, clock_mono_ms());
	kapp_input(a);
	kapp_frame(a);
	for (int64_t held = 0; held < ms;) {
		int64_t step = ms - held < 100 ? ms - held : 100;
		clock_advance_ms(step);
		held += step;
		kapp_tick(a);
		kapp_frame(a);
	}
	ui_pointer_up(a->ui, UI_POINTER_MOUSE, x, y, clock_mono_ms());
	kapp_input(a);
	return settle(r);
}

static bool covered(const ui_hit_t *h, int n, int i, int x, int y)
{
	for (int j = i + 1; j < n; j++)
		if (h[j].kind == UI_HIT_BLOCK &&
		    ui_rect_contains(ui_rect_intersect(h[j].r, h[j].clip), x, y))
			return true;
	return false;
}

/* The first button labelled exactly label that a finger can reach (visible,
 * enabled, its centre not under a modal drawn after it, as the card's
 * "Piilota" under the confirmation's own "Piilota"), else the first such
 * button whose label contains it. */
static int find_label(const ui_t *ui, const char *label, int *x, int *y)
{
	int n;
	const ui_hit_t *h = ui_hits(ui, &n);
	for (int exact = 1; exact >= 0; exact--) {
		for (int i = 0; i < n; i++) {
			ui_rect_t vis = ui_rect_intersect(h[i].r, h[i].clip);
			int cx = vis.x + vis.w / 2, cy = vis.y + vis.h / 2;
			bool match = exact ? !strcmp(h[i].label, label)
					   : *label && strstr(h[i].label, label) != NULL;
			if (h[i].kind == UI_HIT_BUTTON && !h[i].disabled && !ui_rect_empty(vis) &&
			    match && !covered(h, n, i, cx, cy)) {
				*x = cx;
				*y = cy;
				return OVI_OK;
			}
		}
	}
	return OVI_ENOTFOUND;
}

/* What can be tapped, for a failure message. */
static void list_labels(const ui_t *ui, char *out, size_t cap)
{
	strbuf_t b = {0};
	int n;
	const ui_hit_t *h = ui_hits(ui, &n);
	for (int i = 0, shown = 0; i < n && shown < 40; i++) {
		if (h[i].kind != UI_HIT_BUTTON || h[i].disabled || !h[i].label[0] ||
		    ui_rect_empty(ui_rect_intersect(h[i].r, h[i].clip)))
			continue;
		sb_printf(&b, "%s\"%s\"", shown++ ? ", " : "", h[i].label);
	}
	str_copy(out, cap, sb_str(&b));
	sb_free(&b);
}

static void list_texts(const ui_t *ui, char *out, size_t cap)
{
	strbuf_t b = {0};
	int n;
	const ui_text_rec_t *t = ui_texts(ui, &n);
	for (int i = 0, shown = 0; i < n && shown < 60; i++) {
		if (t[i].hidden)
			continue;
		char cut[64]; /* str_copy never splits a character */
		str_copy(cut, sizeof cut, t[i].text);
		sb_printf(&b, "%s\"%s\"", shown++ ? ", " : "", cut);
	}
	str_copy(out, cap, sb_str(&b));
	sb_free(&b);
}

static int tap_label(replay_t *r, const char *label)
{
	int x, y;
	if (find_label(r->a->ui, label, &x, &y) < 0) {
		char have[2048];
		list_labels(r->a->ui, have, sizeof have);
		return fail(r, OVI_ERR,
			    "tap: nothing labelled \"%s\" on the screen \"%s\"; "
			    "there is: %s",
			    label, kapp_screen_name(r->a), have);
	}
	return tap_at(r, x, y);
}

/* hold "Label" MS: any hit area with that label, hidden gestures too (the
 * logo's is labelled "staff-entry"). */
static int hold_label(replay_t *r, const char *label, int64_t ms)
{
	int n, x, y;
	const ui_hit_t *h = ui_hits(r->a->ui, &n);
	for (int i = 0; i < n; i++) {
		ui_rect_t vis = ui_rect_intersect(h[i].r, h[i].clip);
		if (!strcmp(h[i].label, label) && !ui_rect_empty(vis)) {
			x = vis.x + vis.w / 2;
			y = vis.y + vis.h / 2;
			return press_at(r, x, y, ms);
		}
	}
	if (find_label(r->a->ui, label, &x, &y) == OVI_OK)
		return press_at(r, x, y, ms);
	char have[2048];
	list_labels(r->a->ui, have, sizeof have);
	return fail(r, OVI_ERR, "hold: nothing labelled \"%s\" on the screen \"%s\"; there is: %s",
		    label, kapp_screen_name(r->a), have);
}

static int drag(replay_t *r, int x1, int y1, int x2, int y2)
{
	kapp_t *a = r->a;
	ui_pointer_down(a->ui, UI_POINTER_MOUSE, x1, y1, clock_mono_ms());
	kapp_input(a);
	kapp_frame(a);
	const int steps = 12;
	for (int k = 1; k <= steps; k++) {
		clock_advance_ms(16);
		ui_pointer_move(a->ui, UI_POINTER_MOUSE, x1 + (x2 - x1) * k / steps,
				y1 + (y2 - y1) * k / steps, clock_mono_ms());
		kapp_frame(a);
	}
	ui_pointer_up(a->ui, UI_POINTER_MOUSE, x2, y2, clock_mono_ms());
	kapp_input(a);
	return settle(r);
}

/* Types one character by tapping its key: switches the keyboard to the
 * letters, shift or the symbols page when the key is not showing. */
static int type_char(replay_t *r, const char *ch)
{
	const ui_t *ui = r->a->ui;
	const char *label = strcmp(ch, " ") == 0 ? "space" : ch;
	bool tried_shift = false, tried_page = false;
	for (int tries = 0; tries < 5; tries++) {
		int x, y;
		if (ui_find_hit(ui, label, &x, &y) == OVI_OK)
			return tap_at(r, x, y);
		int rc;
		if (!tried_shift && ui_find_hit(ui, "abc", &x, &y) == OVI_OK) {
			rc = tap_at(r, x, y); /* back to the letters */
		} else if (!tried_shift && ui_find_hit(ui, KEY_SHIFT, &x, &y) == OVI_OK) {
			tried_shift = true;
			rc = tap_at(r, x, y);
		} else if (!tried_page && ui_find_hit(ui, "123", &x, &y) == OVI_OK) {
			tried_page = true;
			rc = tap_at(r, x, y);
		} else {
			break;
		}
		if (rc < 0)
			return rc;
	}
	return fail(r, OVI_ERR,
		    "type: no key for \"%s\" on the screen \"%s\" (is the "
		    "keyboard showing?)",
		    ch, kapp_screen_name(r->a));
}

static int type_text(replay_t *r, const char *text)
{
	const char *p = text, *end = text + strlen(text);
	while (p < end) {
		const char *start = p;
		utf8_next(&p, end);
		char ch[8] = "";
		memcpy(ch, start, (size_t)(p - start) < 7 ? (size_t)(p - start) : 7);
		int rc = type_char(r, ch);
		if (rc < 0)
			return rc;
	}
	return OVI_OK;
}

static int wait_ms(replay_t *r, int64_t ms)
{
	/* In steps of a second, so the warning and its countdown happen as
	 * they would. */
	while (ms > 0) {
		int64_t step = ms < 1000 ? ms : 1000;
		clock_advance_ms(step);
		ms -= step;
		int rc = settle(r);
		if (rc < 0)
			return rc;
	}
	return OVI_OK;
}

static const ui_text_rec_t *find_visible(const ui_t *ui, const char *s, bool exact,
					 bool *hidden_only)
{
	int n;
	const ui_text_rec_t *t = ui_texts(ui, &n);
	*hidden_only = false;
	for (int i = 0; i < n; i++)
		if (exact ? !strcmp(t[i].text, s) : strstr(t[i].text, s) != NULL) {
			if (!t[i].hidden)
				return &t[i];
			*hidden_only = true;
		}
	return NULL;
}

static int expect(replay_t *r, const char *s, bool want, bool exact)
{
	bool hidden_only;
	const ui_text_rec_t *t = find_visible(r->a->ui, s, exact, &hidden_only);
	if (want && !t) {
		char have[4096];
		list_texts(r->a->ui, have, sizeof have);
		return fail(r, OVI_ERR,
			    "expect: \"%s\" is not %s on the screen \"%s\"; it shows: %s", s,
			    hidden_only ? "visible (it is scrolled away)" : "anywhere",
			    kapp_screen_name(r->a), have);
	}
	if (!want && (t || hidden_only))
		return fail(r, OVI_ERR, "expect-not: \"%s\" is on the screen \"%s\"%s", s,
			    kapp_screen_name(r->a), t ? "" : " (scrolled out of view, but drawn)");
	return OVI_OK;
}

static void trim(char *s)
{
	size_t n = strlen(s), i = 0;
	while (n && (s[n - 1] == ' ' || s[n - 1] == ':'))
		s[--n] = 0;
	while (s[i] == ' ' || s[i] == ':')
		i++;
	memmove(s, s + i, n - i + 1);
}

static int set_var(replay_t *r, const char *name, const char *value)
{
	int i = 0;
	while (i < r->nvars && strcmp(r->vars[i].name, name))
		i++;
	if (i == VAR_MAX)
		return fail(r, OVI_EUSAGE, "remember: at most %d names", VAR_MAX);
	if (i == r->nvars)
		r->nvars++;
	str_copy(r->vars[i].name, sizeof r->vars[i].name, name);
	str_copy(r->vars[i].value, sizeof r->vars[i].value, value);
	return OVI_OK;
}

/* remember NAME "Prefix" [N]: the rest of the first visible text containing
 * Prefix; when that is nothing (Prefix is a heading), the N texts drawn
 * after it, joined (a code drawn one character per tile: N = its length). */
static int remember(replay_t *r, const char *name, const char *prefix, int count)
{
	int n;
	const ui_text_rec_t *t = ui_texts(r->a->ui, &n);
	for (int i = 0; i < n; i++) {
		const char *at = strstr(t[i].text, prefix);
		if (!at || t[i].hidden)
			continue;
		char v[256];
		str_copy(v, sizeof v, at + strlen(prefix));
		trim(v);
		for (int j = i + 1, got = v[0] ? count : 0; j < n && got < count; j++) {
			if (t[j].hidden)
				continue;
			size_t len = strlen(v);
			str_copy(v + len, sizeof v - len, t[j].text);
			if (++got == count)
				trim(v);
		}
		if (!v[0])
			break;
		log_debug("replay: $%s is set", name);
		return set_var(r, name, v);
	}
	return fail(r, OVI_ERR, "remember: no text \"%s\" followed by something on the screen",
		    prefix);
}

static int shot(replay_t *r, const char *file)
{
	kapp_t *a = r->a;
	plat_headless_t *hl = a->hl;
	if (!hl) {
		/* In a window: render the same list into memory. */
		ui_rect_t s = ui_screen(a->ui);
		if (plat_headless_open(&hl, s.w, s.h) < 0)
			return fail(r, OVI_ERR, "shot: %s", err_last());
	}
	int rc = plat_headless_render(hl, ui_draw_list(a->ui));
	if (rc == OVI_OK)
		rc = plat_headless_save_png(hl, file);
	if (hl != a->hl)
		plat_headless_close(hl);
	return rc < 0 ? fail(r, OVI_ERR, "shot: %s", err_last()) : OVI_OK;
}

/* ---- parsing ------------------------------------------------------------------ */

/* Replaces $NAME with what `remember` kept. */
static int expand(replay_t *r, const char *in, char *out, size_t cap)
{
	strbuf_t b = {0};
	for (const char *p = in; *p;) {
		if (*p != '$' || !(isalnum((unsigned char)p[1]) || p[1] == '_')) {
			sb_putc(&b, *p++);
			continue;
		}
		const char *e = p + 1;
		while (isalnum((unsigned char)*e) || *e == '_')
			e++;
		int i = 0;
		while (i < r->nvars && (strlen(r->vars[i].name) != (size_t)(e - p - 1) ||
					strncmp(r->vars[i].name, p + 1, (size_t)(e - p - 1))))
			i++;
		if (i == r->nvars) {
			sb_free(&b);
			return fail(r, OVI_EUSAGE, "$%.*s was never remembered", (int)(e - p - 1),
				    p + 1);
		}
		sb_append(&b, r->vars[i].value);
		p = e;
	}
	str_copy(out, cap, sb_str(&b));
	sb_free(&b);
	return OVI_OK;
}

/* Splits a line into words; "double quoted" words may hold spaces, \" and
 * \\. Returns the count, or -1 for an unterminated quote. */
static int split(char *line, char **argv, int max)
{
	int n = 0;
	char *p = line;
	while (*p) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (!*p)
			break;
		if (n == max)
			return n;
		char *w = p, *o = p;
		if (*p == '"') {
			p++;
			while (*p && *p != '"') {
				if (*p == '\\' && (p[1] == '"' || p[1] == '\\'))
					p++;
				*o++ = *p++;
			}
			if (*p != '"')
				return -1;
			p++;
		} else {
			while (*p && *p != ' ' && *p != '\t')
				*o++ = *p++;
		}
		if (*p)
			p++;
		*o = 0;
		argv[n++] = w;
	}
	return n;
}

static bool parse_int(const char *s, int64_t *out)
{
	char *end;
	long long v = strtoll(s, &end, 10);
	if (!*s || *end)
		return false;
	*out = v;
	return true;
}

static int run_line(replay_t *r, char *raw)
{
	char line[2048];
	if (expand(r, raw, line, sizeof line) < 0)
		return OVI_EUSAGE;
	char copy[2048];
	str_copy(copy, sizeof copy, line);
	char *argv[ARG_MAX];
	int argc = split(line, argv, ARG_MAX);
	if (argc < 0)
		return fail(r, OVI_EUSAGE, "a quote is not closed");
	if (argc == 0)
		return OVI_OK;
	const char *cmd = argv[0];
	int64_t n[4];
	if (!strcmp(cmd, "tap") && argc == 3 && parse_int(argv[1], &n[0]) &&
	    parse_int(argv[2], &n[1]))
		return tap_at(r, (int)n[0], (int)n[1]);
	if (!strcmp(cmd, "tap") && argc == 2)
		return tap_label(r, argv[1]);
	if (!strcmp(cmd, "press") && argc == 4 && parse_int(argv[1], &n[0]) &&
	    parse_int(argv[2], &n[1]) && parse_int(argv[3], &n[2]) && n[2] >= 0)
		return press_at(r, (int)n[0], (int)n[1], n[2]);
	if (!strcmp(cmd, "hold") && argc == 3 && parse_int(argv[2], &n[0]) && n[0] >= 0)
		return hold_label(r, argv[1], n[0]);
	if (!strcmp(cmd, "drag") && argc == 5 && parse_int(argv[1], &n[0]) &&
	    parse_int(argv[2], &n[1]) && parse_int(argv[3], &n[2]) && parse_int(argv[4], &n[3]))
		return drag(r, (int)n[0], (int)n[1], (int)n[2], (int)n[3]);
	if (!strcmp(cmd, "type") && argc >= 2) {
		/* The rest of the line as it is (one quoted word: its inside). */
		const char *rest = copy + strspn(copy, " \t") + 4;
		rest += strspn(rest, " \t");
		return type_text(r, argc == 2 ? argv[1] : rest);
	}
	if (!strcmp(cmd, "wait") && argc == 2 && parse_int(argv[1], &n[0]) && n[0] >= 0)
		return wait_ms(r, n[0]);
	if (!strcmp(cmd, "expect") && argc == 2)
		return expect(r, argv[1], true, false);
	if (!strcmp(cmd, "expect-exact") && argc == 2)
		return expect(r, argv[1], true, true);
	if (!strcmp(cmd, "expect-not") && argc == 2)
		return expect(r, argv[1], false, false);
	if (!strcmp(cmd, "expect-screen") && argc == 2) {
		if (kiosk_screen_by_name(argv[1]) < 0 && staff_screen_by_name(argv[1]) < 0)
			return fail(r, OVI_EUSAGE, "expect-screen: no screen \"%s\"", argv[1]);
		if (strcmp(kapp_screen_name(r->a), argv[1]))
			return fail(r, OVI_ERR, "expect-screen: on \"%s\", not \"%s\"",
				    kapp_screen_name(r->a), argv[1]);
		return OVI_OK;
	}
	if (!strcmp(cmd, "clock") && argc == 2) {
		wall_t t = parse_datetime(argv[1]);
		if (t < 0)
			return fail(r, OVI_EUSAGE,
				    "clock: \"%s\" is not a time like "
				    "\"2026-11-23 10:30\"",
				    argv[1]);
		clock_set(t);
		return settle(r);
	}
	if (!strcmp(cmd, "remember") &&
	    (argc == 3 || (argc == 4 && parse_int(argv[3], &n[0]) && n[0] > 0 && n[0] < 64)))
		return remember(r, argv[1], argv[2], argc == 4 ? (int)n[0] : 1);
	if (!strcmp(cmd, "shot") && argc == 2)
		return shot(r, argv[1]);
	if (!strcmp(cmd, "power-cut") && argc == 1) {
		/* The plug pulled at exactly this line: no close, no checkpoint,
		 * no flush of anything but what the kiosk already wrote. */
		log_info("replay: %s:%d: power cut", r->path, r->line);
		fflush(NULL);
		_exit(KAPP_REPLAY_POWER_CUT);
	}
	return fail(r, OVI_EUSAGE, "cannot read \"%s\" (see ovi run --help for the commands)",
		    copy);
}

int kapp_replay(kapp_t *a, const char *path)
{
	replay_t r = {.a = a, .path = path};
	char *text = NULL;
	size_t len = 0;
	if (fs_read_file(path, 1 << 20, &text, &len) < 0) {
		fprintf(stderr, "ovi: %s\n", err_last());
		return OVI_EUSAGE;
	}
	int rc = settle(&r); /* the first screen, for the first tap */
	char *p = text;
	while (rc == OVI_OK && p && *p) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = 0;
		r.line++;
		size_t n = strlen(p);
		if (n && p[n - 1] == '\r')
			p[n - 1] = 0;
		char *s = p + strspn(p, " \t");
		if (*s && *s != '#')
			rc = run_line(&r, s);
		p = nl ? nl + 1 : NULL;
	}
	ovi_free(text);
	if (rc == OVI_OK)
		log_info("replay: %s passed (%d lines)", path, r.line);
	return rc;
}
#endif
