/* page: see page.h. */
#include "ui/page.h"

#include "ui/ui_internal.h"

#include <math.h>

int ui_page_margin(ui_t *ui)
{
	ui_rect_t s = ui_screen(ui);
	int shortest = s.w < s.h ? s.w : s.h;
	return ui_dp(ui, shortest < 700 ? 28 : 48);
}

int ui_page_section_h(ui_t *ui)
{
	return ui_line_height(ui, UI_FONT_BOLD, UI_TS_SECTION) + ui_dp(ui, 14);
}

int ui_page_section(ui_t *ui, ui_rect_t col, int y, const char *title)
{
	int h = ui_line_height(ui, UI_FONT_BOLD, UI_TS_SECTION);
	ui_text(ui, (ui_rect_t){col.x, y, col.w, h}, title,
		(ui_text_style_t){UI_FONT_BOLD, UI_TS_SECTION, ui_theme(ui)->ink, 0, 0, 1});
	return ui_page_section_h(ui);
}

int ui_page_text_h(ui_t *ui, int w, const char *s, ui_text_style_t st)
{
	return s && *s ? ui_text_height(ui, w, s, st) : 0;
}

/* The wheel's colour at (ax, ay) from the centre (y up): six 60° sectors,
 * coral at the top right going round to yellow on the right, as on the
 * Kajaani wheel. The numbers are the wheel slots of the theme (ui.h), in
 * wheel_t's order (model/content.h). */
static int sector(float ax, float ay)
{
	const float t = 0.57735f; /* tan 30° */
	if (ax >= 0)
		return ay >= ax * t ? 1 : ay >= -ax * t ? 2 : 3; /* work, money, free time */
	return ay >= -ax * t ? 6 : ay >= ax * t ? 5 : 4;	 /* housing, wellbeing, studies */
}

void ui_page_wheel_logo(ui_t *ui, ui_rect_t r)
{
	const ui_theme_t *th = ui_theme(ui);
	draw_list_t *dl = ui_dl(ui);
	int d = r.w < r.h ? r.w : r.h;
	ui_rect_t sq = ui_center(r, d, d);
	float cx = (float)sq.x + (float)d / 2, cy = (float)sq.y + (float)d / 2;
	int rad = d * 28 / 100, step = d / 40 > 1 ? d / 40 : 1;
	/* A rounded tile cut into six wedges, filled row by row. */
	for (int y = sq.y; y < sq.y + d; y += step) {
		int h = y + step > sq.y + d ? sq.y + d - y : step;
		int my = y + h / 2 - sq.y, in = 0;
		int dy = my < rad ? rad - my : my > d - rad ? my - (d - rad) : 0;
		if (dy)
			in = rad - (int)sqrt((double)(rad * rad - dy * dy));
		float xl = (float)(sq.x + in), xr = (float)(sq.x + d - in);
		float fy = (float)y + (float)h / 2 - cy;
		float cuts[5] = {xl, cx - fy * 1.7320508f, cx, cx + fy * 1.7320508f, xr};
		/* Sort the three crossings (insertion sort) and clamp them. */
		for (int i = 2; i < 4; i++)
			for (int j = i; j > 1 && cuts[j] < cuts[j - 1]; j--) {
				float tmp = cuts[j];
				cuts[j] = cuts[j - 1];
				cuts[j - 1] = tmp;
			}
		for (int i = 1; i < 4; i++)
			cuts[i] = cuts[i] < xl ? xl : cuts[i] > xr ? xr : cuts[i];
		for (int i = 0; i < 4; i++) {
			int x0 = (int)(cuts[i] + 0.5f), x1 = (int)(cuts[i + 1] + 0.5f);
			if (x1 <= x0)
				continue;
			float mx = (cuts[i] + cuts[i + 1]) / 2 - cx;
			draw_rect(dl, (ui_rect_t){x0, y, x1 - x0, h}, 0,
				  th->wheel[sector(mx, -fy)]);
		}
	}
	/* A small hub in the middle, like the wheel's centre. */
	draw_circle(dl, (int)cx, (int)cy, d * 14 / 100, th->surface);
}

void ui_page_logo(ui_t *ui, ui_rect_t r, const char *path)
{
	int w, h;
	if (path && *path && ui->image && ui->image(ui->image_ud, path, &w, &h) == 0) {
		int d = r.w < r.h ? r.w : r.h;
		draw_image(ui_dl(ui), ui_center(r, d, d), path, DRAW_IMG_PLACEHOLDER,
			   ui_theme(ui)->surface);
		return;
	}
	ui_page_wheel_logo(ui, r);
}

void ui_page_strike(ui_t *ui, ui_rect_t box, ui_color_t c)
{
	int t = ui_dp(ui, 2) > 1 ? ui_dp(ui, 2) : 1;
	draw_rect(ui_dl(ui), (ui_rect_t){box.x, box.y + box.h / 2, box.w, t}, 0, c);
}
