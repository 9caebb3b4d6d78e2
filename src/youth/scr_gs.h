/*
 * scr_gs: pieces shared by the groups and services screens (scr_groups.c,
 * scr_signup.c, scr_services.c), private to them: the few words tx.h
 * lacks, dates and times, the places pill, the title row with its back
 * button, the split between a form and the keyboard, notices, cards with a
 * wheel colour band, and the confirmation layout.
 *
 * Everything here draws through the widgets (so the registry sees it) and
 * returns sizes in pixels; strings written to caller buffers are always
 * terminated.
 */
#ifndef OVI_YOUTH_SCR_GS_H
#define OVI_YOUTH_SCR_GS_H

#include <stddef.h>

#include "youth/tx.h"
#include "youth/kiosk.h"
#include "ui/widgets.h"

/* Words of these screens that tx.h does not have (fi, sv, en; others en). */
typedef enum {
	GS_MORE_DATES,	/* "+%d muuta kertaa" (plural: scr_gs_tx_n()) */
	GS_WAIT_POS,	/* "Jonosijasi on %d." */
	GS_WAIT_HINT,	/* what the waiting list means */
	GS_SIGNED_HINT, /* what happens next after signing up */
	GS_PHONE,
	GS_WEB,
	GS_EMAIL,
	GS_CLEAR,	      /* clears the search */
	GS_SEARCH_FIELD,      /* the search field's name for tap "..." (the key says "Hae") */
	GS_WAITING_N,	      /* "%d jonossa" (plural) */
	GS_KEY_WAITLIST,      /* a short T_JOIN_WAITLIST for the keyboard's action key */
	GS_SESSION_CANCELLED, /* staff cancelled the session: "Peruttu" */
	GS_SIGNUP_CLOSED,     /* staff closed its sign-up */
	GS_COUNT
} gs_text_t;

const char *scr_gs_tx(const char *lang, gs_text_t id);
/* A word with a number in its form for n (GS_MORE_DATES, GS_WAITING_N). */
const char *scr_gs_tx_n(const char *lang, gs_text_t id, long n);
/* The name of an area of life (wheel 1..6) in lang; "" for none. */
const char *scr_gs_wheel_name(const char *lang, int wheel);

/* Replaces the first "%d" (or "%s") of tmpl with n (or s) and "%%" with "%".
 * tmpl is never used as a printf format, so a translation with a wrong
 * conversion prints as text instead of reading garbage. */
void scr_gs_fmt_int(char *out, size_t cap, const char *tmpl, int n);
void scr_gs_fmt_str(char *out, size_t cap, const char *tmpl, const char *s);

/* "15:00–17:00". */
void scr_gs_span(int start, int end, char *out, size_t cap);
/* "10–14", "10–14:30": whole hours without minutes (the visits line). */
void scr_gs_span_short(int start, int end, char *out, size_t cap);
/* The day: "Tänään", "Huomenna", else ui_fmt_date() ("ma 23.11." or long). */
void scr_gs_day(const char *lang, int day, int today, bool long_form, char *out, size_t cap);
/* "ma 23.11. · 15:00–17:00". */
void scr_gs_when(const char *lang, const session_view_t *s, int today, char *out, size_t cap);
/* Today's day number for the view (today.day, else the clock). */
int scr_gs_today(const kiosk_view_t *v);

/* The places pill's text and colours: "3 paikkaa", "1 paikka", "Täynnä · jono". */
void scr_gs_places(ui_t *ui, const char *lang, const session_view_t *s, char *out, size_t cap,
		   ui_color_t *bg, ui_color_t *fg);
/* Draws the places pill with its right edge at right, vertically centred on
 * cy; returns its width. */
int scr_gs_places_pill(ui_t *ui, int right, int cy, const char *lang, const session_view_t *s);

/* The session with this id in the open group, else in today's sessions;
 * NULL when neither has it. Borrowed from v. */
const session_view_t *scr_gs_find_session(const kiosk_view_t *v, const char *id);
/* The title of the group a session belongs to. */
const char *scr_gs_session_title(const kiosk_view_t *v, const session_view_t *s);

/* True when the area is short (800x480 and the like): tighter spacing. */
bool scr_gs_short(ui_t *ui, ui_rect_t area);

/* A title in size (UI_TS_TITLE, or UI_TS_SECTION on short screens) with a
 * back button (KA_BACK) before it when back is true, and an optional line
 * under it (sub may be NULL). Draws at r.y; returns the height. */
int scr_gs_title_row(ui_t *ui, ui_rect_t r, const char *lang, const char *title, const char *sub,
		     int size, bool back, ui_action_t *out);
/* The height scr_gs_title_row() takes. */
int scr_gs_title_row_height(ui_t *ui, int w, const char *title, const char *sub, int size,
			    bool back);

/* Cuts the keyboard's rect off the bottom of area: its natural height, at
 * most three fifths of area unless the keys would get smaller than a finger. */
ui_rect_t scr_gs_cut_keyboard(ui_t *ui, ui_rect_t *area);

/* A notice (a refused nickname, an unknown code) in a coral tint with a "!"
 * mark, its text in size (UI_TS_BODY, or UI_TS_SMALL where room is short).
 * Draws at y in a column x..x+w, at least min_h high; returns the height
 * (0 for ""). */
int scr_gs_notice(ui_t *ui, int x, int y, int w, int min_h, const char *text, int size);
int scr_gs_notice_height(ui_t *ui, int w, const char *text, int size);

/* A white card with a wheel colour band down its start edge; returns the
 * inner rect (padding applied). */
ui_rect_t scr_gs_band_card(ui_t *ui, ui_rect_t r, int wheel, bool held);
/* The padding of scr_gs_band_card() on its start side and the others. */
int scr_gs_band_pad_start(ui_t *ui);
int scr_gs_band_pad(ui_t *ui);

/* What happens to what is typed, right under the field: a small lock and
 * the text in size, muted. Returns the height; draws only when draw. */
int scr_gs_privacy(ui_t *ui, int x, int y, int w, const char *text, int size, bool draw);

/* The width kept free at the end of a scrolling list for its indicator. */
int scr_gs_gutter(ui_t *ui);

/* A bullet point: a wheel-coloured dot and wrapped text; returns the height. */
int scr_gs_bullet(ui_t *ui, int x, int y, int w, const char *text, int wheel, int size, bool draw);

/* The largest of the text roles from `largest` down whose line fits h
 * pixels (bold); UI_TS_CAPTION when none does. */
int scr_gs_fit_size(ui_t *ui, int largest, int h);
/* The keyboard's action label: long (T_JOIN_WAITLIST) when it fits the
 * action key of a keyboard drawn in kb, else short. */
const char *scr_gs_key_label(ui_t *ui, ui_rect_t kb, const ui_kb_t *k, const char *long_label,
			     const char *short_label);

/* The "›" that says a card opens, w wide, centred on a line of height lh at y. */
void scr_gs_chevron(ui_t *ui, int x, int y, int w, int lh);

/* A big round mark ("✓", a number) in a deep wheel colour, centred in r. */
void scr_gs_mark(ui_t *ui, ui_rect_t r, const char *glyph, int wheel);

#endif
