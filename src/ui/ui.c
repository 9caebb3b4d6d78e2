#include "ui/ui_internal.h"

#include "core/log.h"
#include "core/mem.h"
#include "core/str.h"
#include "core/utf8.h"

#include <assert.h>
#include <math.h>
#include <string.h>

/* The type scale in dp (mock-up pixels at 1080p); index 0 is the default. */
static const int type_dp[UI_TS_COUNT] = {26, 20, 22, 26, 28, 30, 34, 50, 76};

/* The distance a finger may wander before a press inside a scroll region
 * becomes a drag, in dp. */
#define DRAG_SLOP_DP 14
#define TOUCH_PAD_DP 12

int ui_fake_measure(void *ud, int font, int px, const char *s, int *w, int *h)
{
	(void)ud;
	(void)font;
	*w = (int)(utf8_len(s) * (size_t)px * 11 / 20);
	*h = px * 4 / 3;
	return 0;
}

static void apply_size(ui_t *ui)
{
	ui->w = ui->next_w > 0 ? ui->next_w : 1;
	ui->h = ui->next_h > 0 ? ui->next_h : 1;
	float s = (float)(ui->w < ui->h ? ui->w : ui->h) / 1080.0f;
	ui->unit = s >= 1 ? s : sqrtf(s);
}

int ui_new(ui_t **out, int w, int h)
{
	*out = NULL;
	ui_t *ui = ovi_calloc(1, sizeof *ui);
	if (!ui)
		return err_set(OVI_ENOMEM, "out of memory for the UI");
	ui->next_w = w;
	ui->next_h = h;
	apply_size(ui);
	ui->theme = ui_theme_get(UI_THEME_LIGHT);
	ui->measure = ui_fake_measure;
	if (draw_list_init(&ui->fr[0].dl, ui->w, ui->h) < 0 ||
	    draw_list_init(&ui->fr[1].dl, ui->w, ui->h) < 0) {
		ui_free(ui);
		return OVI_ENOMEM;
	}
	*out = ui;
	return 0;
}

void ui_free(ui_t *ui)
{
	if (!ui)
		return;
	ui_frame_free(&ui->fr[0]);
	ui_frame_free(&ui->fr[1]);
	ovi_free(ui);
}

void ui_set_measure(ui_t *ui, ui_measure_fn fn, void *ud)
{
	ui->measure = fn ? fn : ui_fake_measure;
	ui->measure_ud = ud;
	ui->nlh = 0;
	memset(ui->th, 0, sizeof ui->th);
}

void ui_set_image_probe(ui_t *ui, ui_image_fn fn, void *ud)
{
	ui->image = fn;
	ui->image_ud = ud;
}

void ui_set_screen(ui_t *ui, int w, int h)
{
	ui->next_w = w;
	ui->next_h = h;
}

void ui_set_theme(ui_t *ui, ui_theme_kind_t kind)
{
	ui->theme = ui_theme_get(kind);
}

void ui_set_large_text(ui_t *ui, bool on)
{
	ui->large_text = on;
}

bool ui_large_text(const ui_t *ui)
{
	return ui->large_text;
}

/* ---- Input ---------------------------------------------------------- */

static void enqueue(ui_t *ui, int type, int pointer, int x, int y, int64_t t)
{
	if (ui->qlen == UI_QUEUE_MAX) {
		/* A flood: keep what is queued (it starts and ends presses in
		 * order) and drop the newcomer, unless it is a move that can
		 * replace the last queued move. */
		ui_event_t *last = &ui->q[(ui->qhead + ui->qlen - 1) % UI_QUEUE_MAX];
		if (type == EV_MOVE && last->type == EV_MOVE && last->pointer == pointer)
			*last = (ui_event_t){type, pointer, x, y, t};
		return;
	}
	if (type == EV_MOVE && ui->qlen) {
		/* Coalesce consecutive moves of one pointer. */
		ui_event_t *last = &ui->q[(ui->qhead + ui->qlen - 1) % UI_QUEUE_MAX];
		if (last->type == EV_MOVE && last->pointer == pointer) {
			*last = (ui_event_t){type, pointer, x, y, t};
			return;
		}
	}
	ui->q[(ui->qhead + ui->qlen) % UI_QUEUE_MAX] = (ui_event_t){type, pointer, x, y, t};
	ui->qlen++;
}

void ui_pointer_down(ui_t *ui, int p, int x, int y, int64_t t)
{
	enqueue(ui, EV_DOWN, p, x, y, t);
}
void ui_pointer_move(ui_t *ui, int p, int x, int y, int64_t t)
{
	enqueue(ui, EV_MOVE, p, x, y, t);
}
void ui_pointer_up(ui_t *ui, int p, int x, int y, int64_t t)
{
	enqueue(ui, EV_UP, p, x, y, t);
}
bool ui_pointer_held(const ui_t *ui)
{
	return ui->down;
}

void ui_block_input(ui_t *ui, ui_rect_t r)
{
	ui_reg_hit(ui, ui_id(ui, "\x01block"), UI_HIT_BLOCK, r, "", false);
}

int ui_touch_pad(const ui_t *ui)
{
	return ui_dp(ui, TOUCH_PAD_DP);
}

static long dist2(ui_rect_t r, int x, int y)
{
	long dx = x < r.x ? r.x - x : x >= r.x + r.w ? x - (r.x + r.w - 1) : 0;
	long dy = y < r.y ? r.y - y : y >= r.y + r.h ? y - (r.y + r.h - 1) : 0;
	return dx * dx + dy * dy;
}

/* Binds a new press to what the person saw under the finger: the topmost
 * hit area of the last finished frame, else the nearest one whose touch
 * padding covers the point. */
static void resolve_press(ui_t *ui, int x, int y)
{
	const ui_frame_t *f = ui_prev(ui);
	const ui_hit_t *best = NULL;
	for (int i = f->nhits - 1; i >= 0 && !best; i--) {
		const ui_hit_t *h = &f->hits[i];
		if (ui_rect_contains(ui_rect_intersect(h->r, h->clip), x, y))
			best = h;
	}
	if (!best) {
		int pad = ui_touch_pad(ui);
		long bestd = -1;
		for (int i = f->nhits - 1; i >= 0; i--) {
			const ui_hit_t *h = &f->hits[i];
			if (h->kind == UI_HIT_BLOCK &&
			    ui_rect_contains(ui_rect_intersect(h->r, h->clip), x, y))
				break; /* nothing beneath a blocker counts */
			if (h->kind != UI_HIT_BUTTON)
				continue;
			ui_rect_t pr = ui_rect_intersect(ui_inset(h->r, -pad), h->clip);
			long d = dist2(h->r, x, y);
			if (ui_rect_contains(pr, x, y) && (bestd < 0 || d < bestd)) {
				best = h;
				bestd = d;
			}
		}
	}
	ui->active = 0;
	ui->active_scroll = 0;
	if (!best)
		return;
	if (best->kind == UI_HIT_BLOCK)
		return;
	if (best->kind == UI_HIT_SCROLL) {
		ui->active_scroll = best->id;
	} else {
		ui->active = best->id;
		ui->active_scroll = best->scroll;
	}
	ui_scroll_state_t *st =
		ui->active_scroll ? ui_scroll_state(ui, ui->active_scroll, false) : NULL;
	if (st && (st->vel > 0.05f * ui->unit || st->vel < -0.05f * ui->unit)) {
		/* A touch on a moving list only stops it. */
		st->vel = 0;
		ui->active = 0;
	}
}

static void vel_sample(ui_t *ui, int64_t t, int y)
{
	if (ui->vn == UI_VEL_SAMPLES) {
		memmove(ui->vt, ui->vt + 1, sizeof ui->vt[0] * (UI_VEL_SAMPLES - 1));
		memmove(ui->vy, ui->vy + 1, sizeof ui->vy[0] * (UI_VEL_SAMPLES - 1));
		ui->vn--;
	}
	ui->vt[ui->vn] = t;
	ui->vy[ui->vn] = y;
	ui->vn++;
}

/* Finger velocity over the last ~100 ms, px per ms (positive = downwards). */
static float release_velocity(const ui_t *ui, int64_t t_up)
{
	if (ui->vn < 2 || t_up - ui->vt[ui->vn - 1] > 80)
		return 0; /* the finger rested before lifting */
	int i = ui->vn - 1;
	while (i > 0 && t_up - ui->vt[i - 1] <= 100)
		i--;
	int64_t dt = ui->vt[ui->vn - 1] - ui->vt[i];
	if (dt <= 0)
		return 0;
	return (float)(ui->vy[ui->vn - 1] - ui->vy[i]) / (float)dt;
}

static void pointer_moved(ui_t *ui, int x, int y, int64_t t)
{
	ui->x = x;
	ui->y = y;
	vel_sample(ui, t, y);
	ui_scroll_state_t *st =
		ui->active_scroll ? ui_scroll_state(ui, ui->active_scroll, false) : NULL;
	if (!st)
		return;
	if (!ui->dragging &&
	    (y - ui->py > ui_dp(ui, DRAG_SLOP_DP) || ui->py - y > ui_dp(ui, DRAG_SLOP_DP))) {
		/* Scrolling wins over the button under the finger. */
		ui->dragging = true;
		ui->active = 0;
		ui->drag_off = st->offset;
		ui->py = y;
		st->vel = 0;
	}
	if (ui->dragging) {
		float off = ui->drag_off + (float)(ui->py - y);
		st->offset = off < 0 ? 0 : off > (float)st->max ? (float)st->max : off;
	}
}

static void apply_event(ui_t *ui, const ui_event_t *e)
{
	switch (e->type) {
	case EV_DOWN:
		/* A second finger is ignored; the same pointer going down again
		 * means its release was lost, so it starts a new press. */
		if (ui->down && e->pointer != ui->ptr)
			return;
		ui->down = true;
		ui->ptr = e->pointer;
		ui->x = ui->px = e->x;
		ui->y = ui->py = e->y;
		ui->fired = false;
		ui->t_down = e->t;
		ui->dragging = false;
		ui->vn = 0;
		vel_sample(ui, e->t, e->y);
		resolve_press(ui, e->x, e->y);
		break;
	case EV_MOVE:
		if (ui->down && e->pointer == ui->ptr)
			pointer_moved(ui, e->x, e->y, e->t);
		break;
	case EV_UP:
		if (!ui->down || e->pointer != ui->ptr)
			return;
		pointer_moved(ui, e->x, e->y, e->t);
		ui->down = false;
		ui->released = true;
		ui->rx = e->x;
		ui->ry = e->y;
		if (ui->dragging) {
			ui_scroll_state_t *st = ui_scroll_state(ui, ui->active_scroll, false);
			float v = -release_velocity(ui, e->t);
			float vmax = 6.0f * ui->unit;
			if (st)
				st->vel = v > vmax ? vmax : v < -vmax ? -vmax : v;
			ui->dragging = false;
		}
		break;
	}
}

/* ---- Frames --------------------------------------------------------- */

void ui_begin(ui_t *ui, int64_t now_ms)
{
	assert(!ui->in_frame && "ui_begin twice without ui_end");
	ui->in_frame = true;
	ui->frame++;
	ui->now = now_ms;
	apply_size(ui);
	ui->cur = !ui->cur;
	ui_frame_clear(ui_cur(ui));
	draw_list_reset(&ui_cur(ui)->dl, ui->w, ui->h);
	ui->bleed = (ui_rect_t){0, 0, 0, 0};
	/* The background belongs to the frame, so a renderer needs no theme. */
	draw_rect(&ui_cur(ui)->dl, ui_screen(ui), 0, ui->theme->bg);

	ui->released = false;
	while (ui->qlen) {
		ui_event_t e = ui->q[ui->qhead];
		ui->qhead = (ui->qhead + 1) % UI_QUEUE_MAX;
		ui->qlen--;
		apply_event(ui, &e);
		if (ui->released)
			break; /* the rest waits for the next frame */
	}
	ui_scroll_animate(ui);
	ui->wake_at = 0;
	ui->nids = 0;
	ui->nscroll = 0;
}

void ui_set_rtl(ui_t *ui, bool rtl)
{
	ui->rtl = rtl;
}
bool ui_rtl(const ui_t *ui)
{
	return ui->rtl;
}
ui_rect_t ui_unmirror(const ui_t *ui, ui_rect_t r)
{
	if (ui->rtl)
		r.x = ui->w - r.x - r.w;
	return r;
}

/* A right-to-left frame: everything built is mirrored about the screen's
 * vertical axis, once, as the frame ends. Shapes are symmetric, text and
 * images keep their own orientation inside their mirrored boxes. */
static void mirror_frame(ui_t *ui)
{
	ui_frame_t *f = ui_cur(ui);
	for (int i = 0; i < f->dl.n; i++) {
		draw_cmd_t *c = &f->dl.cmd[i];
		if (!(c->kind == DRAW_CLIP_POP && (c->flags & DRAW_CLIP_NONE)))
			c->r = ui_unmirror(ui, c->r);
	}
	for (int i = 0; i < f->nhits; i++) {
		f->hits[i].r = ui_unmirror(ui, f->hits[i].r);
		f->hits[i].clip = ui_unmirror(ui, f->hits[i].clip);
	}
	for (int i = 0; i < f->ntexts; i++) {
		f->texts[i].r = ui_unmirror(ui, f->texts[i].r);
		f->texts[i].clip = ui_unmirror(ui, f->texts[i].clip);
	}
	if (!ui_rect_empty(ui->bleed))
		ui->bleed = ui_unmirror(ui, ui->bleed);
}

int ui_end(ui_t *ui)
{
	assert(ui->in_frame && "ui_end without ui_begin");
	assert(ui->nids == 0 && "ui_push_id without ui_pop_id");
	assert(ui->nscroll == 0 && "ui_scroll_begin without ui_scroll_end");
	assert(ui_cur(ui)->dl.depth == 0 && "clip push without pop");
	ui->in_frame = false;
	if (ui->rtl)
		mirror_frame(ui);
	if (ui->released) {
		/* The press is over, whether or not anything took it. */
		ui->active = 0;
		ui->active_scroll = 0;
		ui->released = false;
	}
	if (ui_cur(ui)->dl.oom)
		return err_set(OVI_ENOMEM, "out of memory while building the frame");
	return 0;
}

const draw_list_t *ui_draw_list(const ui_t *ui)
{
	return &ui->fr[ui->cur].dl;
}
draw_list_t *ui_dl(ui_t *ui)
{
	return &ui_cur(ui)->dl;
}
uint64_t ui_frame_count(const ui_t *ui)
{
	return ui->frame;
}

int ui_next_frame_ms(const ui_t *ui)
{
	if (ui->qlen)
		return 0;
	if (ui_scroll_moving(ui))
		return 16;
	if (ui->wake_at > 0) {
		/* A press held towards its hold time: wake when it is reached. */
		int64_t d = ui->wake_at - ui->now;
		return d < 1 ? 1 : d > 60000 ? 60000 : (int)d;
	}
	return -1;
}

void ui_reset(ui_t *ui)
{
	ui->qlen = 0;
	ui->down = false;
	ui->released = false;
	ui->active = 0;
	ui->active_scroll = 0;
	ui->dragging = false;
	ui->fired = true;
	memset(ui->scroll, 0, sizeof ui->scroll);
}

/* ---- Metrics -------------------------------------------------------- */

ui_rect_t ui_screen(const ui_t *ui)
{
	return (ui_rect_t){0, 0, ui->w, ui->h};
}
void ui_set_bleed(ui_t *ui, ui_rect_t r)
{
	ui->bleed = r;
}
ui_rect_t ui_bleed(const ui_t *ui)
{
	return ui->bleed;
}
bool ui_portrait(const ui_t *ui)
{
	return ui->h > ui->w;
}
float ui_unit(const ui_t *ui)
{
	return ui->unit;
}
const ui_theme_t *ui_theme(const ui_t *ui)
{
	return ui->theme;
}
int64_t ui_now(const ui_t *ui)
{
	return ui->now;
}

int ui_dp(const ui_t *ui, float dp)
{
	float v = dp * ui->unit;
	return (int)(v < 0 ? v - 0.5f : v + 0.5f);
}

bool ui_countdown(bool *on, int *shown, int left)
{
	bool warn = left > 0;
	left = warn ? left : 0;
	if (*on == warn && *shown == left)
		return false;
	*on = warn;
	*shown = left;
	return true;
}

int ui_font_px(const ui_t *ui, int size)
{
	if (size < 0 || size >= UI_TS_COUNT)
		size = 0;
	float px = (float)type_dp[size] * ui->unit * (ui->large_text ? 1.25f : 1.0f);
	return px < 10 ? 10 : (int)(px + 0.5f);
}

void ui_measure(ui_t *ui, int font, int px, const char *s, int *w, int *h)
{
	if (ui->measure(ui->measure_ud, font, px, s, w, h) < 0) {
		log_debug("ui: measuring text failed: %s", err_last());
		*w = 0;
		*h = px;
	}
}

int ui_line_height(ui_t *ui, int font, int size)
{
	int px = ui_font_px(ui, size);
	for (int i = 0; i < ui->nlh; i++)
		if (ui->lh[i].font == font && ui->lh[i].px == px)
			return ui->lh[i].h;
	int w, h;
	ui_measure(ui, font, px, "Åg", &w, &h);
	if (ui->nlh == UI_LH_CACHE)
		ui->nlh = 0;
	ui->lh[ui->nlh].font = font;
	ui->lh[ui->nlh].px = px;
	ui->lh[ui->nlh].h = h;
	ui->nlh++;
	return h;
}

/* ---- Ids and actions ------------------------------------------------ */

static ui_id_t fnv(ui_id_t h, const void *data, size_t n)
{
	const unsigned char *p = data;
	for (size_t i = 0; i < n; i++)
		h = (h ^ p[i]) * 16777619u;
	return h;
}

static ui_id_t id_seed(const ui_t *ui)
{
	return ui->nids ? ui->ids[ui->nids - 1] : 2166136261u;
}

ui_id_t ui_id(ui_t *ui, const char *key)
{
	ui_id_t h = fnv(id_seed(ui), key, strlen(key));
	return h ? h : 1;
}

ui_id_t ui_idi(ui_t *ui, const char *key, int64_t index)
{
	ui_id_t h = fnv(id_seed(ui), key, strlen(key));
	h = fnv(h, &index, sizeof index);
	return h ? h : 1;
}

void ui_push_id(ui_t *ui, ui_id_t id)
{
	assert(ui->nids < UI_ID_NEST && "id stack overflow");
	if (ui->nids < UI_ID_NEST)
		ui->ids[ui->nids++] = id;
}

void ui_pop_id(ui_t *ui)
{
	assert(ui->nids > 0 && "ui_pop_id without push");
	if (ui->nids > 0)
		ui->nids--;
}

void ui_act(ui_action_t *out, int kind, int64_t arg, const char *id)
{
	if (!out || out->kind != UI_ACT_NONE)
		return;
	memset(out, 0, sizeof *out);
	out->kind = kind;
	out->arg = arg;
	if (id)
		str_copy(out->id, sizeof out->id, id);
}
