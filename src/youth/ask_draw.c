/*
 * Vector drawing for the ask screens: topic icons and the huge queue number,
 * from the draw list's antialiased rects, circles and rings plus a polygon
 * filler. The draw list has no paths, so a polygon becomes one-pixel rows
 * whose edge pixels carry their coverage in alpha (4 samples per row, exact
 * across): smooth edges at any angle, on the GPU and in headless PNGs alike.
 *
 * Icons are designed on a 24-unit square (like common icon sets) and digits
 * on a 10 x 16 cell, then scaled to the box.
 */
#include "youth/ask_internal.h"

#include <math.h>
#include <string.h>

/* libm is not linked into the UI core: the few functions needed, for
 * drawing accuracy. */
#define PI 3.14159265f

static float fl(float v)
{
	int i = (int)v;
	return (float)(i - (v < (float)i));
}

static float ce(float v)
{
	return -fl(-v);
}

static int rnd(float v)
{
	return v >= 0 ? (int)(v + 0.5f) : -(int)(-v + 0.5f);
}

static float fmin2(float a, float b)
{
	return a < b ? a : b;
}

static float fmax2(float a, float b)
{
	return a > b ? a : b;
}

#define POLY_MAX 64
#define ROW_MAX	 2048
#define SUB	 4  /* samples per pixel row */
#define LEVELS	 32 /* alpha steps of an edge pixel */

static int quant(float cov)
{
	int q = (int)(cov * LEVELS + 0.5f);
	return q < 0 ? 0 : q > LEVELS ? LEVELS : q;
}

static void span(float *cov, int ix0, int ix1, float a, float b)
{
	if (a < (float)ix0)
		a = (float)ix0;
	if (b > (float)ix1)
		b = (float)ix1;
	if (b <= a)
		return;
	int pa = (int)fl(a), pb = (int)fl(b);
	const float w = 1.0f / SUB;
	if (pa == pb) {
		cov[pa - ix0] += (b - a) * w;
		return;
	}
	cov[pa - ix0] += ((float)pa + 1 - a) * w;
	for (int x = pa + 1; x < pb; x++)
		cov[x - ix0] += w;
	if (pb < ix1)
		cov[pb - ix0] += (b - (float)pb) * w;
}

void ask_poly(ui_t *ui, const ask_pt_t *p, int n, ui_color_t c)
{
	if (n < 3 || n > POLY_MAX)
		return;
	draw_list_t *dl = ui_dl(ui);
	// cppcheck-suppress duplicateAssignExpression ; min and max start at the first point
	float x0 = p[0].x, x1 = p[0].x, y0 = p[0].y, y1 = p[0].y;
	for (int i = 1; i < n; i++) {
		x0 = fmin2(x0, p[i].x);
		x1 = fmax2(x1, p[i].x);
		y0 = fmin2(y0, p[i].y);
		y1 = fmax2(y1, p[i].y);
	}
	/* Only the rows and columns the clip lets through become commands. */
	ui_rect_t clip = draw_clip(dl);
	int ix0 = ui_clampi((int)fl(x0), clip.x, clip.x + clip.w);
	int ix1 = ui_clampi((int)ce(x1), clip.x, clip.x + clip.w);
	int iy0 = ui_clampi((int)fl(y0), clip.y, clip.y + clip.h);
	int iy1 = ui_clampi((int)ce(y1), clip.y, clip.y + clip.h);
	if (ix1 - ix0 > ROW_MAX)
		ix1 = ix0 + ROW_MAX;
	int w = ix1 - ix0;
	if (w <= 0 || iy1 <= iy0)
		return;
	float cov[ROW_MAX];
	for (int y = iy0; y < iy1; y++) {
		memset(cov, 0, (size_t)w * sizeof cov[0]);
		for (int s = 0; s < SUB; s++) {
			float sy = (float)y + ((float)s + 0.5f) / SUB, xs[POLY_MAX];
			int nx = 0;
			for (int i = 0; i < n; i++) {
				ask_pt_t a = p[i], b = p[(i + 1) % n];
				if ((a.y <= sy) != (b.y <= sy))
					xs[nx++] = a.x + (sy - a.y) * (b.x - a.x) / (b.y - a.y);
			}
			for (int i = 1; i < nx; i++) /* insertion sort: a handful */
				for (int j = i; j > 0 && xs[j - 1] > xs[j]; j--) {
					float t = xs[j];
					xs[j] = xs[j - 1];
					xs[j - 1] = t;
				}
			for (int k = 0; k + 1 < nx; k += 2)
				span(cov, ix0, ix1, xs[k], xs[k + 1]);
		}
		for (int x = 0; x < w;) {
			int q = quant(cov[x]), e = x + 1;
			while (e < w && quant(cov[e]) == q)
				e++;
			if (q)
				draw_rect(dl, (ui_rect_t){ix0 + x, y, e - x, 1}, 0,
					  ui_alpha(c, (uint8_t)(c.a * q / LEVELS)));
			x = e;
		}
	}
}

void ask_stroke(ui_t *ui, ask_pt_t a, ask_pt_t b, float hw, ui_color_t c)
{
	/* A capsule: a half circle around each end, as one convex polygon. The
	 * half circles are the unit vectors (ux, uy) turned by -90..90 degrees. */
	enum { HALF = 9 };
	float dx = b.x - a.x, dy = b.y - a.y, len = sqrtf(dx * dx + dy * dy);
	float ux = len > 0 ? dx / len : 1, uy = len > 0 ? dy / len : 0;
	ask_pt_t p[2 * (HALF + 1)];
	int n = 0;
	for (int k = 0; k < 2; k++) {
		ask_pt_t e = k ? a : b;
		float sx = k ? -ux : ux, sy = k ? -uy : uy;
		for (int i = 0; i <= HALF; i++) {
			float t = -PI / 2 + PI * (float)i / HALF, ct = cosf(t), st = sinf(t);
			p[n++] = (ask_pt_t){e.x + hw * (sx * ct - sy * st),
					    e.y + hw * (sx * st + sy * ct)};
		}
	}
	ask_poly(ui, p, n, c);
}

/* An arc of a circle (centre c, radius r of the line's middle) from angle
 * a0 to a1 in degrees (0 = right, 90 = down), hw thick on each side, with
 * round ends. */
static void arc(ui_t *ui, ask_pt_t ctr, float r, float a0, float a1, float hw, ui_color_t c)
{
	enum { SEG = 24 };
	ask_pt_t p[2 * (SEG + 1)];
	float d2r = PI / 180;
	for (int i = 0; i <= SEG; i++) {
		float t = (a0 + (a1 - a0) * (float)i / SEG) * d2r;
		p[i] = (ask_pt_t){ctr.x + (r + hw) * cosf(t), ctr.y + (r + hw) * sinf(t)};
		p[2 * SEG + 1 - i] =
			(ask_pt_t){ctr.x + (r - hw) * cosf(t), ctr.y + (r - hw) * sinf(t)};
	}
	ask_poly(ui, p, 2 * (SEG + 1), c);
	for (int k = 0; k < 2; k++) {
		float t = (k ? a1 : a0) * d2r;
		ask_pt_t e = {ctr.x + r * cosf(t), ctr.y + r * sinf(t)};
		ask_stroke(ui, e, e, hw, c);
	}
}

/* ---- Icons on a 24-unit square ----------------------------------------- */

typedef struct pen {
	ui_t *ui;
	float x, y, u; /* origin and px per unit */
	ui_color_t fg, bg;
} pen_t;

static ask_pt_t P(const pen_t *g, float x, float y)
{
	return (ask_pt_t){g->x + x * g->u, g->y + y * g->u};
}

static ui_rect_t R(const pen_t *g, float x, float y, float w, float h)
{
	ask_pt_t a = P(g, x, y);
	return (ui_rect_t){rnd(a.x), rnd(a.y), rnd(w * g->u), rnd(h * g->u)};
}

static void rect(const pen_t *g, float x, float y, float w, float h, float rad, ui_color_t c)
{
	draw_rect(ui_dl(g->ui), R(g, x, y, w, h), rnd(rad * g->u), c);
}

static void disc(const pen_t *g, float cx, float cy, float r, ui_color_t c)
{
	ask_pt_t p = P(g, cx, cy);
	draw_circle(ui_dl(g->ui), rnd(p.x), rnd(p.y), rnd(r * g->u), c);
}

static void ring(const pen_t *g, float cx, float cy, float r, float th, ui_color_t c)
{
	ui_rect_t b = R(g, cx - r, cy - r, 2 * r, 2 * r);
	draw_outline(ui_dl(g->ui), b, b.w / 2, rnd(th * g->u) > 0 ? rnd(th * g->u) : 1, c);
}

static void line(const pen_t *g, float x0, float y0, float x1, float y1, float hw, ui_color_t c)
{
	ask_stroke(g->ui, P(g, x0, y0), P(g, x1, y1), hw * g->u, c);
}

static void poly(const pen_t *g, const float *xy, int n, ui_color_t c)
{
	ask_pt_t p[POLY_MAX];
	for (int i = 0; i < n && i < POLY_MAX; i++)
		p[i] = P(g, xy[2 * i], xy[2 * i + 1]);
	ask_poly(g->ui, p, n < POLY_MAX ? n : POLY_MAX, c);
}

#define POLY(g, c, ...)                                                                            \
	do {                                                                                       \
		static const float xy_[] = {__VA_ARGS__};                                          \
		poly(g, xy_, (int)(sizeof xy_ / sizeof xy_[0] / 2), c);                            \
	} while (0)

static void i_work(const pen_t *g)
{
	draw_outline(ui_dl(g->ui), R(g, 8, 3, 8, 6), rnd(1.6f * g->u), rnd(2 * g->u), g->fg);
	rect(g, 2.5, 7, 19, 14, 2.6, g->fg);
	rect(g, 2.5, 12.2, 19, 1.6, 0, g->bg);
	rect(g, 10.2, 10.8, 3.6, 4.4, 1, g->bg);
	rect(g, 11, 11.6, 2, 2.8, 0.6, g->fg);
}

static void i_study(const pen_t *g)
{
	rect(g, 6, 9.5, 12, 8, 3.4, g->fg);
	POLY(g, g->bg, 12, 1.2, 25, 8.2, 12, 15.2, -1, 8.2);
	POLY(g, g->fg, 12, 3, 22.4, 8.2, 12, 13.4, 1.6, 8.2);
	line(g, 20.6, 9, 20.6, 15.8, 0.8, g->fg);
	disc(g, 20.6, 17.2, 1.6, g->fg);
}

static void i_money(const pen_t *g)
{
	/* A coin with a euro sign cut out of it. */
	disc(g, 12, 12, 10.5, g->fg);
	arc(g->ui, P(g, 13.2f, 12), 5 * g->u, 42, 318, 1.35f * g->u, g->bg);
	line(g, 6, 10.3, 12.4, 10.3, 0.95, g->bg);
	line(g, 6, 13.7, 11.8, 13.7, 0.95, g->bg);
}

static void i_home(const pen_t *g)
{
	POLY(g, g->fg, 12, 1.8, 23, 11.6, 1, 11.6);
	rect(g, 4.5, 9.5, 15, 12, 1.2, g->fg);
	rect(g, 10, 14.5, 4, 7, 1, g->bg);
}

static void i_health(const pen_t *g)
{
	rect(g, 8.8, 3, 6.4, 18, 1.8, g->fg);
	rect(g, 3, 8.8, 18, 6.4, 1.8, g->fg);
}

static void i_mind(const pen_t *g)
{
	disc(g, 8.4, 10.4, 4.6, g->fg);
	disc(g, 13.6, 8, 5.6, g->fg);
	disc(g, 18, 11.6, 4.2, g->fg);
	rect(g, 4.6, 10.8, 17.6, 5, 2.5, g->fg);
	disc(g, 6, 19.4, 1.9, g->fg);
	disc(g, 2.9, 22, 1.2, g->fg);
}

static void i_heart(const pen_t *g)
{
	/* Two circles and the lines from the tip that touch them. */
	disc(g, 7.4, 8.8, 5.2, g->fg);
	disc(g, 16.6, 8.8, 5.2, g->fg);
	POLY(g, g->fg, 3.63, 12.38, 7.4, 8.8, 12, 8, 16.6, 8.8, 20.37, 12.38, 12, 21.2);
}

static void i_free(const pen_t *g)
{
	/* A game controller: the body and two grips angled down. */
	line(g, 6.4, 11.4, 4.6, 17, 3.3, g->fg);
	line(g, 17.6, 11.4, 19.4, 17, 3.3, g->fg);
	rect(g, 2, 6.5, 20, 9.5, 4.75, g->fg);
	rect(g, 4.4, 10.4, 5.6, 1.7, 0.6, g->bg);
	rect(g, 6.35, 8.45, 1.7, 5.6, 0.6, g->bg);
	disc(g, 16, 9.8, 1.2, g->bg);
	disc(g, 18.4, 12.2, 1.2, g->bg);
}

static void i_food(const pen_t *g)
{
	ring(g, 17.6, 14.4, 3.8, 1.9, g->fg);
	rect(g, 3, 9, 13.4, 12.5, 2.6, g->fg);
	line(g, 6.6, 2.6, 6.6, 5.8, 0.9, g->fg);
	line(g, 9.7, 1.8, 9.7, 5.8, 0.9, g->fg);
	line(g, 12.8, 2.6, 12.8, 5.8, 0.9, g->fg);
}

static void i_law(const pen_t *g)
{
	rect(g, 4.5, 1.5, 15, 21, 2, g->fg);
	POLY(g, g->bg, 13.5, 0.5, 20.5, 0.5, 20.5, 7.5);
	POLY(g, g->fg, 13.5, 1.5, 13.5, 7.5, 19.5, 7.5);
	rect(g, 7.8, 11, 8.4, 1.7, 0.8, g->bg);
	rect(g, 7.8, 14.6, 8.4, 1.7, 0.8, g->bg);
	rect(g, 7.8, 18.2, 5.2, 1.7, 0.8, g->bg);
}

static void i_star(const pen_t *g)
{
	float xy[20];
	for (int i = 0; i < 10; i++) {
		float r = i % 2 ? 4.6f : 10.6f, t = PI * ((float)i / 5 - 0.5f);
		xy[2 * i] = 12 + r * cosf(t);
		xy[2 * i + 1] = 13 + r * sinf(t);
	}
	poly(g, xy, 10, g->fg);
}

static void i_chat(const pen_t *g)
{
	rect(g, 1.5, 3, 21, 14.5, 4.2, g->fg);
	POLY(g, g->fg, 5.5, 15, 5.5, 22, 12.5, 16);
	disc(g, 7.4, 10.2, 1.5, g->bg);
	disc(g, 12, 10.2, 1.5, g->bg);
	disc(g, 16.6, 10.2, 1.5, g->bg);
}

static void i_ticket(const pen_t *g)
{
	rect(g, 1.5, 5, 21, 14, 2.4, g->fg);
	disc(g, 1.5, 12, 2.6, g->bg);
	disc(g, 22.5, 12, 2.6, g->bg);
	for (int i = 0; i < 4; i++)
		rect(g, 15.2f, 6.6f + 3.0f * (float)i, 1.4f, 1.8f, 0.5f, g->bg);
	line(g, 6, 9.5, 11, 9.5, 0.9, g->bg);
	line(g, 6, 14.5, 11, 14.5, 0.9, g->bg);
}

static void i_check(const pen_t *g)
{
	line(g, 4.6, 12.6, 9.8, 17.8, 1.9, g->fg);
	line(g, 9.8, 17.8, 19.6, 6.6, 1.9, g->fg);
}

static void i_back(const pen_t *g)
{
	line(g, 14.6, 5, 7.6, 12, 1.7, g->fg);
	line(g, 7.6, 12, 14.6, 19, 1.7, g->fg);
}

static void i_next(const pen_t *g)
{
	line(g, 9.4, 5, 16.4, 12, 1.7, g->fg);
	line(g, 16.4, 12, 9.4, 19, 1.7, g->fg);
}

static void i_lock(const pen_t *g)
{
	draw_outline(ui_dl(g->ui), R(g, 7, 2, 10, 12), rnd(5 * g->u), rnd(2.2f * g->u), g->fg);
	rect(g, 4, 10, 16, 12.5, 2.4, g->fg);
	disc(g, 12, 15, 1.8, g->bg);
	rect(g, 11.2, 15.4, 1.6, 3.6, 0.8, g->bg);
}

static void i_help(const pen_t *g)
{
	/* A lifebuoy: a thick ring with four bands cut across it. */
	ring(g, 12, 12, 10, 5.4, g->fg);
	for (int i = 0; i < 4; i++) {
		float t = PI * (0.25f + 0.5f * (float)i);
		line(g, 12 + 4.4f * cosf(t), 12 + 4.4f * sinf(t), 12 + 10.6f * cosf(t),
		     12 + 10.6f * sinf(t), 0.55f, g->bg);
	}
}

static void i_sent(const pen_t *g)
{
	/* A paper plane. */
	POLY(g, g->fg, 2, 11, 22, 2.5, 15.5, 21.5, 11.2, 13.6);
	POLY(g, g->bg, 11.2, 13.6, 22, 2.5, 10.4, 15.2);
	POLY(g, g->fg, 10.2, 14.6, 12.6, 14.8, 10.6, 19.8);
}

static const struct {
	const char *name;
	void (*fn)(const pen_t *g);
} icons[] = {
	{"work", i_work},     {"study", i_study}, {"money", i_money}, {"home", i_home},
	{"health", i_health}, {"mind", i_mind},	  {"heart", i_heart}, {"free", i_free},
	{"food", i_food},     {"law", i_law},	  {"star", i_star},   {"chat", i_chat},
	{"ticket", i_ticket}, {"check", i_check}, {"back", i_back},   {"next", i_next},
	{"lock", i_lock},     {"help", i_help},	  {"sent", i_sent},
};

bool ask_icon(ui_t *ui, ui_rect_t box, const char *name, ui_color_t fg, ui_color_t bg)
{
	int d = box.w < box.h ? box.w : box.h;
	pen_t g = {ui,
		   (float)box.x + (float)(box.w - d) / 2,
		   (float)box.y + (float)(box.h - d) / 2,
		   (float)d / 24,
		   fg,
		   bg};
	for (size_t i = 0; name && i < sizeof icons / sizeof icons[0]; i++)
		if (strcmp(name, icons[i].name) == 0) {
			icons[i].fn(&g);
			return true;
		}
	return false;
}

/* ---- Digits on a 10 x 16 cell ------------------------------------------ */

#define DW   10.0f
#define DH   16.0f
#define DGAP 2.6f
#define HW   1.35f /* half the stroke */

static void digit(const pen_t *g, int d)
{
	const float e = HW; /* the stroke's middle stays inside the cell */
	ui_color_t c = g->fg;
	ask_pt_t ctr;
	switch (d) {
	case 0:
		draw_outline(ui_dl(g->ui), R(g, 0, 0, DW, DH), rnd(DW / 2 * g->u),
			     rnd(2 * HW * g->u), c);
		break;
	case 1:
		line(g, 6, e, 6, DH - e, HW, c);
		line(g, 6, e, 2.4f, 3.6f, HW, c);
		break;
	case 2:
		ctr = P(g, 5, 4.9f);
		arc(g->ui, ctr, 3.6f * g->u, 192, 385, HW * g->u, c);
		line(g, 5 + 3.6f * cosf(25 * PI / 180), 4.9f + 3.6f * sinf(25 * PI / 180), e,
		     DH - e, HW, c);
		line(g, e, DH - e, DW - e, DH - e, HW, c);
		break;
	case 3:
		ctr = P(g, 5, 4.4f);
		arc(g->ui, ctr, 3.05f * g->u, 200, 450, HW * g->u, c);
		ctr = P(g, 5, 11.25f);
		arc(g->ui, ctr, 3.4f * g->u, 270, 520, HW * g->u, c);
		line(g, 3.6f, 7.45f, 5, 7.45f, HW, c);
		break;
	case 4:
		line(g, 7.2f, DH - e, 7.2f, e, HW, c);
		line(g, 7.2f, e, e, 10.8f, HW, c);
		line(g, e, 10.8f, DW - e + 0.2f, 10.8f, HW, c);
		break;
	case 5:
		line(g, DW - e, e, 2.2f, e, HW, c);
		line(g, 2.2f, e, 1.8f, 7.6f, HW, c);
		ctr = P(g, 5.1f, 10.9f);
		arc(g->ui, ctr, 3.75f * g->u, 222, 510, HW * g->u, c);
		break;
	case 6:
		draw_outline(ui_dl(g->ui), R(g, 0, 6.2f, DW, 9.8f), rnd(4.9f * g->u),
			     rnd(2 * HW * g->u), c);
		line(g, 1.5f, 10.2f, 7, e, HW, c);
		break;
	case 7:
		line(g, e, e, DW - e, e, HW, c);
		line(g, DW - e, e, 3.6f, DH - e, HW, c);
		break;
	case 8:
		draw_outline(ui_dl(g->ui), R(g, 0.9f, 0, 8.2f, 7.9f), rnd(4 * g->u),
			     rnd(2 * HW * g->u), c);
		draw_outline(ui_dl(g->ui), R(g, 0.1f, 6.4f, 9.8f, 9.6f), rnd(4.8f * g->u),
			     rnd(2 * HW * g->u), c);
		break;
	case 9:
		draw_outline(ui_dl(g->ui), R(g, 0, 0, DW, 9.8f), rnd(4.9f * g->u),
			     rnd(2 * HW * g->u), c);
		line(g, DW - 1.5f, 5.8f, 3, DH - e, HW, c);
		break;
	}
}

int ask_digits_width(int h, const char *digits)
{
	int n = digits ? (int)strlen(digits) : 0;
	float u = (float)h / DH;
	return n ? rnd(((float)n * DW + (float)(n - 1) * DGAP) * u) : 0;
}

void ask_digits(ui_t *ui, int x, int y, int h, const char *digits, ui_color_t c)
{
	pen_t g = {ui, (float)x, (float)y, (float)h / DH, c, c};
	for (const char *p = digits; p && *p; p++) {
		if (*p >= '0' && *p <= '9')
			digit(&g, *p - '0');
		g.x += (DW + DGAP) * g.u;
	}
}
