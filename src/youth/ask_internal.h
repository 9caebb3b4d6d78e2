/*
 * ask_internal: what the "ask about anything" screens share (scr_ask.c,
 * scr_topic.c, scr_question.c, ask_draw.c): their own few words in fi/sv/en,
 * small formatting helpers, and vector drawing (topic icons, the huge queue
 * number) built from the draw list's rects, circles and rings.
 *
 * Private to src/ui; screens elsewhere use kiosk.h.
 */
#ifndef OVI_YOUTH_ASK_INTERNAL_H
#define OVI_YOUTH_ASK_INTERNAL_H

#include "youth/tx.h"
#include "youth/kiosk.h"
#include "ui/widgets.h"

/* ---- Words tx.h does not have (yet) ----------------------------------- */

typedef enum {
	AT_ASK_SUB,	 /* under the grid's title: no name, no appointment */
	AT_NO_TOPICS,	 /* the grid when the content has none */
	AT_ANSWERED_ON,	 /* "Vastattu %s" */
	AT_NOT_FOUND,	 /* end of the answers: didn't find yours? */
	AT_NUMBER_SHORT, /* "Nro" on the ticket */
	AT_STEP1,	 /* what happens to a question, in three steps */
	AT_STEP2,
	AT_STEP3,
	AT_COUNT
} ask_text_t;

/* The text in lang (fi, sv, en; others fall back to en). Static. */
const char *scr_ask_tx(const char *lang, ask_text_t id);

/* Copies fmt into out with its first "%s" or "%d" replaced by arg: the
 * kiosk's words are data, so they never reach printf as a format. */
void scr_ask_subst(char *out, int cap, const char *fmt, const char *arg);

/* ---- Shared pieces of the screens ---------------------------------------- */

/* The square back button (a drawn chevron), labelled T_BACK for taps. */
void scr_ask_back(ui_t *ui, ui_rect_t r, const char *lang, ui_action_t *out);
/* Page margin and gaps scaled to the screen. */
int scr_ask_margin(ui_t *ui, ui_rect_t area);
/* The wheel colour of the open topic, 0..6. */
int scr_ask_wheel(int colour);
/* The topic the state points at: the detail when loaded, else from the list. */
const topic_view_t *scr_ask_topic(const kiosk_view_t *v, const kiosk_state_t *s);

void scr_topics_grid(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		     ui_action_t *out);
void scr_topic_screen(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		      ui_action_t *out);
void scr_topic_answers(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		       ui_action_t *out);
void scr_question_form(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		       ui_action_t *out);

/* ---- Vector drawing (ask_draw.c) ----------------------------------------- */

typedef struct ask_pt {
	float x, y;
} ask_pt_t;

/* Fills a polygon (even-odd, at most 64 points) with antialiased edges, as
 * one-pixel rows in the draw list. */
void ask_poly(ui_t *ui, const ask_pt_t *p, int n, ui_color_t c);
/* A straight line of width 2*hw with round ends. */
void ask_stroke(ui_t *ui, ask_pt_t a, ask_pt_t b, float hw, ui_color_t c);

/* A topic icon by its content name (work, study, money, home, health,
 * mind, heart, free, food, law, star, chat) or one of the screens' own
 * (ticket, check, back, lock, help, next, sent). Drawn in fg inside the
 * square box; bg is the colour under it (for cut-outs). Returns false for
 * an unknown name (draw something else instead). */
bool ask_icon(ui_t *ui, ui_rect_t box, const char *name, ui_color_t fg, ui_color_t bg);

/* Digits drawn as shapes, h px tall: for a number bigger than any font
 * role. Only 0-9 are drawn. */
int ask_digits_width(int h, const char *digits);
void ask_digits(ui_t *ui, int x, int y, int h, const char *digits, ui_color_t c);

#endif
