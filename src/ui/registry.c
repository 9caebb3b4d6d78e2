/*
 * The per-frame registry of hit areas and texts, and the checks on it.
 */
#include "ui/ui_internal.h"

#include "core/mem.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static bool grow(void **p, int *cap, int n, size_t size)
{
	if (n < *cap)
		return true;
	int c = *cap ? *cap * 2 : 64;
	void *q = ovi_realloc(*p, (size_t)c * size);
	if (!q)
		return false;
	*p = q;
	*cap = c;
	return true;
}

void ui_frame_clear(ui_frame_t *f)
{
	f->nhits = 0;
	f->ntexts = 0;
	f->nover = 0;
}

void ui_frame_free(ui_frame_t *f)
{
	draw_list_free(&f->dl);
	ovi_free(f->hits);
	ovi_free(f->texts);
	ovi_free(f->over);
	memset(f, 0, sizeof *f);
}

void ui_reg_hit(ui_t *ui, ui_id_t id, int kind, ui_rect_t r, const char *label, bool disabled)
{
	ui_frame_t *f = ui_cur(ui);
	if (!grow((void **)&f->hits, &f->caphits, f->nhits, sizeof *f->hits)) {
		f->dl.oom = true;
		return;
	}
	const char *l = draw_strdup(&f->dl, label ? label : "");
	if (!l)
		return;
	f->hits[f->nhits++] = (ui_hit_t){
		.id = id,
		.kind = kind,
		.r = r,
		.clip = draw_clip(&f->dl),
		.label = l,
		.scroll = ui_scroll_current(ui),
		.disabled = disabled,
	};
}

void ui_reg_text(ui_t *ui, ui_rect_t box, const char *text, int font, int px, int lines,
		 bool ellipsised)
{
	ui_frame_t *f = ui_cur(ui);
	if (!grow((void **)&f->texts, &f->captexts, f->ntexts, sizeof *f->texts)) {
		f->dl.oom = true;
		return;
	}
	const char *t = draw_strdup(&f->dl, text);
	if (!t)
		return;
	ui_rect_t clip = draw_clip(&f->dl);
	ui_rect_t vis = ui_rect_intersect(box, clip);
	f->texts[f->ntexts++] = (ui_text_rec_t){
		.r = box,
		.clip = clip,
		.text = t,
		.font = font,
		.px = px,
		.lines = lines,
		.ellipsised = ellipsised,
		.clipped = !ui_rect_empty(vis) && !ui_rect_inside(box, clip),
		.hidden = ui_rect_empty(vis) && !ui_rect_empty(box),
		.scroll = ui_scroll_current(ui),
	};
}

void ui_reg_overflow(ui_t *ui, const char *fmt, ...)
{
	ui_frame_t *f = ui_cur(ui);
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (!grow((void **)&f->over, &f->capover, f->nover, sizeof *f->over)) {
		f->dl.oom = true;
		return;
	}
	const char *s = draw_strdup(&f->dl, buf);
	if (s)
		f->over[f->nover++] = s;
}

const ui_text_rec_t *ui_texts(const ui_t *ui, int *n)
{
	*n = ui->fr[ui->cur].ntexts;
	return ui->fr[ui->cur].texts;
}

const ui_hit_t *ui_hits(const ui_t *ui, int *n)
{
	*n = ui->fr[ui->cur].nhits;
	return ui->fr[ui->cur].hits;
}

const char *const *ui_overflows(const ui_t *ui, int *n)
{
	*n = ui->fr[ui->cur].nover;
	return ui->fr[ui->cur].over;
}

const ui_text_rec_t *ui_find_text(const ui_t *ui, const char *s)
{
	int n;
	const ui_text_rec_t *t = ui_texts(ui, &n);
	for (int i = 0; i < n; i++)
		if (strcmp(t[i].text, s) == 0)
			return &t[i];
	for (int i = 0; i < n; i++)
		if (strstr(t[i].text, s))
			return &t[i];
	return NULL;
}

/* True when a blocker registered after hit i covers the point. */
static bool covered(const ui_hit_t *h, int n, int i, int x, int y)
{
	for (int j = i + 1; j < n; j++)
		if (h[j].kind == UI_HIT_BLOCK &&
		    ui_rect_contains(ui_rect_intersect(h[j].r, h[j].clip), x, y))
			return true;
	return false;
}

int ui_find_hit(const ui_t *ui, const char *label, int *x, int *y)
{
	int n;
	const ui_hit_t *h = ui_hits(ui, &n);
	for (int i = 0; i < n; i++) {
		ui_rect_t vis = ui_rect_intersect(h[i].r, h[i].clip);
		if (h[i].kind != UI_HIT_BUTTON || h[i].disabled || ui_rect_empty(vis) ||
		    strcmp(h[i].label, label) != 0 ||
		    covered(h, n, i, vis.x + vis.w / 2, vis.y + vis.h / 2))
			continue;
		*x = vis.x + vis.w / 2;
		*y = vis.y + vis.h / 2;
		return 0;
	}
	return err_set(OVI_ENOTFOUND, "nothing to tap labelled \"%s\" on the screen", label);
}

static void note(errlist_t *out, int *count, const char *fmt, const char *a, ui_rect_t r)
{
	(*count)++;
	if (out)
		errlist_add(out, "%s \"%.60s\" at %d,%d %dx%d", fmt, a, r.x, r.y, r.w, r.h);
}

int ui_lint(const ui_t *ui, int min_target_dp, errlist_t *out)
{
	int count = 0, nt, nh;
	const ui_text_rec_t *t = ui_texts(ui, &nt);
	const ui_hit_t *h = ui_hits(ui, &nh);
	ui_rect_t scr = ui_screen(ui);

	for (int i = 0; i < nt; i++) {
		if (t[i].hidden)
			continue;
		if (!ui_rect_inside(ui_rect_intersect(t[i].r, t[i].clip), scr) ||
		    (!t[i].scroll && !ui_rect_inside(t[i].r, scr)))
			note(out, &count, "text outside the screen:", t[i].text, t[i].r);
		if (t[i].ellipsised)
			note(out, &count, "text ellipsised:", t[i].text, t[i].r);
		if (t[i].clipped && !t[i].scroll)
			note(out, &count, "text cut by a clip:", t[i].text, t[i].r);
	}
	int min = min_target_dp > 0 ? ui_dp(ui, (float)min_target_dp) : 0;
	int layer_i = 0;
	for (int i = 0; i < nh; i++) {
		if (h[i].kind == UI_HIT_BLOCK)
			layer_i++; /* what follows is above a modal's blocker */
		if (h[i].kind != UI_HIT_BUTTON)
			continue;
		ui_rect_t a = ui_rect_intersect(h[i].r, h[i].clip);
		if (ui_rect_empty(a))
			continue;
		if (!ui_rect_inside(h[i].r, scr) && !h[i].scroll)
			note(out, &count, "hit area outside the screen:", h[i].label, h[i].r);
		if (min && (h[i].r.w < min || h[i].r.h < min))
			note(out, &count, "hit area smaller than a finger:", h[i].label, h[i].r);
		int layer_j = layer_i;
		for (int j = i + 1; j < nh; j++) {
			if (h[j].kind == UI_HIT_BLOCK)
				layer_j++;
			if (h[j].kind != UI_HIT_BUTTON || layer_j != layer_i)
				continue;
			if (h[j].id == h[i].id)
				note(out, &count, "hit id used twice:", h[i].label, h[i].r);
			ui_rect_t b = ui_rect_intersect(h[j].r, h[j].clip);
			if (!h[i].disabled && !h[j].disabled && ui_rect_overlaps(a, b))
				note(out, &count, "hit areas overlap:", h[i].label, h[i].r);
		}
	}
	return count;
}
