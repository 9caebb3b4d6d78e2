/*
 * Vertical scroll regions: drag to scroll, momentum after a flick, clamped to
 * the content. The state of each region (offset, velocity) lives in the
 * context keyed by its id, because a screen is rebuilt from plain state every
 * frame; ui_reset() forgets all of it.
 */
#include "ui/widgets.h"
#include "ui/ui_internal.h"

#include <assert.h>
#include <string.h>

/* Velocity kept per millisecond of momentum (0.997^1000 ~ 5 %): a flick
 * glides for about a second and a half. */
#define FRICTION 0.997f

ui_scroll_state_t *ui_scroll_state(ui_t *ui, ui_id_t id, bool create)
{
	ui_scroll_state_t *lru = &ui->scroll[0];
	for (int i = 0; i < UI_SCROLL_MAX; i++) {
		ui_scroll_state_t *s = &ui->scroll[i];
		if (s->id == id)
			return s;
		if (!s->id || (lru->id && s->last_frame < lru->last_frame))
			lru = s;
	}
	if (!create)
		return NULL;
	memset(lru, 0, sizeof *lru);
	lru->id = id;
	return lru;
}

ui_id_t ui_scroll_current(const ui_t *ui)
{
	return ui->nscroll ? ui->sstack[ui->nscroll - 1].id : 0;
}

bool ui_scroll_moving(const ui_t *ui)
{
	for (int i = 0; i < UI_SCROLL_MAX; i++)
		if (ui->scroll[i].id && ui->scroll[i].vel != 0)
			return true;
	return false;
}

void ui_scroll_animate(ui_t *ui)
{
	int64_t dt = ui->last_anim ? ui->now - ui->last_anim : 0;
	ui->last_anim = ui->now;
	if (dt < 0)
		dt = 0;
	if (dt > 64)
		dt = 64; /* the app was not drawing: do not jump */
	float stop = 0.01f * ui->unit;
	for (int i = 0; i < UI_SCROLL_MAX; i++) {
		ui_scroll_state_t *s = &ui->scroll[i];
		if (!s->id || s->vel == 0 || (ui->dragging && ui->active_scroll == s->id))
			continue;
		for (int64_t k = 0; k < dt; k++) {
			s->offset += s->vel;
			s->vel *= FRICTION;
		}
		if (s->offset <= 0 || s->offset >= (float)s->max) {
			s->offset = s->offset <= 0 ? 0 : (float)s->max;
			s->vel = 0;
		}
		if (s->vel < stop && s->vel > -stop)
			s->vel = 0;
	}
}

int ui_scroll_begin(ui_t *ui, ui_id_t id, ui_rect_t r)
{
	assert(ui->nscroll < UI_SCROLL_NEST && "scroll regions nested too deep");
	ui_scroll_state_t *st = ui_scroll_state(ui, id, true);
	st->last_frame = ui->frame;
	st->view_h = r.h;
	ui_reg_hit(ui, id, UI_HIT_SCROLL, r, "", false);
	int top = r.y - (int)(st->offset + 0.5f);
	if (ui->nscroll < UI_SCROLL_NEST) {
		ui->sstack[ui->nscroll].id = id;
		ui->sstack[ui->nscroll].r = r;
		ui->sstack[ui->nscroll].top = top;
		ui->sstack[ui->nscroll].st = st;
		ui->nscroll++;
	}
	draw_clip_push(ui_dl(ui), r);
	return top;
}

void ui_scroll_end(ui_t *ui, int content_bottom)
{
	assert(ui->nscroll > 0 && "ui_scroll_end without ui_scroll_begin");
	if (ui->nscroll <= 0)
		return;
	ui->nscroll--;
	ui_rect_t r = ui->sstack[ui->nscroll].r;
	ui_scroll_state_t *st = ui->sstack[ui->nscroll].st;
	int content_h = content_bottom - ui->sstack[ui->nscroll].top;
	st->max = content_h > r.h ? content_h - r.h : 0;
	if (st->offset > (float)st->max) {
		st->offset = (float)st->max;
		st->vel = 0;
	}
	draw_clip_pop(ui_dl(ui));
	if (st->max <= 0)
		return;
	/* A thin indicator says there is more: kiosks have no scroll bars to
	 * grab, but people need to know the list goes on. */
	const ui_theme_t *th = ui_theme(ui);
	int w = ui_dp(ui, 6), pad = ui_dp(ui, 6);
	int track = r.h - 2 * pad;
	int thumb = (int)((long)track * r.h / content_h);
	if (thumb < ui_dp(ui, 48))
		thumb = ui_dp(ui, 48);
	if (thumb > track)
		thumb = track;
	int y = r.y + pad + (int)((float)(track - thumb) * st->offset / (float)st->max);
	draw_rect(ui_dl(ui), (ui_rect_t){r.x + r.w - w - pad / 2, y, w, thumb}, w / 2,
		  ui_alpha(th->muted, 0x90));
}

float ui_scroll_offset(ui_t *ui, ui_id_t id)
{
	ui_scroll_state_t *st = ui_scroll_state(ui, id, false);
	return st ? st->offset : 0;
}

void ui_scroll_to(ui_t *ui, ui_id_t id, int offset)
{
	ui_scroll_state_t *st = ui_scroll_state(ui, id, true);
	st->offset = offset < 0 ? 0 : (float)offset;
	if (st->max && st->offset > (float)st->max)
		st->offset = (float)st->max;
	st->vel = 0;
}
