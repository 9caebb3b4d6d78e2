/*
 * page: what every page of the kiosk has, youth and staff alike: the
 * margin, section heads, the site's logo (or the colour wheel drawn as
 * one), and a line through struck-out text.
 */
#ifndef OVI_UI_PAGE_H
#define OVI_UI_PAGE_H

#include "ui/ui.h"

/* The page margin: 48 dp, less on small screens. */
int ui_page_margin(ui_t *ui);
/* A section head ("Nyt paikalla") at y in col; returns the height it took
 * including the gap under it. */
int ui_page_section(ui_t *ui, ui_rect_t col, int y, const char *title);
/* The height of a section head (what ui_page_section() returns). */
int ui_page_section_h(ui_t *ui);

/* Text height at width w in style st (0 for "" and NULL). */
int ui_page_text_h(ui_t *ui, int w, const char *s, ui_text_style_t st);

/* The colour wheel as a logo: six sectors on a soft tile, drawn in r. */
void ui_page_wheel_logo(ui_t *ui, ui_rect_t r);
/* The site's logo when it has one the platform can show, else the wheel. */
void ui_page_logo(ui_t *ui, ui_rect_t r, const char *path);

/* A horizontal line through the middle of a text box (struck-out names). */
void ui_page_strike(ui_t *ui, ui_rect_t text_box, ui_color_t c);

#endif
