/*
 * kiosk_draw: small drawing helpers shared by the youth frame and its
 * screens: the drawn icons (the faces, the heart, the bottom bar's shapes),
 * the person colour, the crisis card. Times, section heads and the logo
 * are the toolkit's (ui/fmt.h, ui/page.h).
 */
#ifndef OVI_YOUTH_KIOSK_DRAW_H
#define OVI_YOUTH_KIOSK_DRAW_H

#include "model/views.h"
#include "youth/kiosk.h"
#include "ui/fmt.h"
#include "ui/page.h"
#include "ui/widgets.h"

/* A face for "How was your visit?": mood 1 sad, 2 neutral, 3 happy; a
 * filled disc with eyes and a mouth of dots, inscribed in r. */
void kiosk_draw_face(ui_t *ui, ui_rect_t r, int mood, ui_color_t face, ui_color_t ink);
/* A filled heart inscribed in r. */
void kiosk_draw_heart(ui_t *ui, ui_rect_t r, ui_color_t c);

/* The bottom bar's icons, drawn as shapes in r. */
typedef enum {
	KD_ICON_TODAY,
	KD_ICON_WEEK,
	KD_ICON_ASK,
	KD_ICON_GROUPS,
	KD_ICON_SERVICES,
	KD_ICON_GLOBE /* the language button */
} kd_icon_t;
void kiosk_draw_icon(ui_t *ui, ui_rect_t r, kd_icon_t icon, ui_color_t c, ui_color_t bg);

/* A person's colour: the wheel of their first topic, else one from the name. */
int kiosk_draw_person_wheel(const person_view_t *p);

/* The crisis card (kiosk_crisis.c), drawn in r: rows rows of crisis
 * contacts under "you are not alone" and the button to all the help
 * (KA_HELP), or with rows 0 one strip with the first contact. Heights:
 * kiosk_crisis_card_h(rows), kiosk_crisis_strip_h(); kiosk_crisis_rows() is how many
 * rows fit in w x h (0: only the strip). */
void kiosk_crisis_card(ui_t *ui, ui_rect_t r, const kiosk_view_t *v, const char *lang, int rows,
		       ui_action_t *out);
int kiosk_crisis_card_h(ui_t *ui, int rows);
int kiosk_crisis_strip_h(ui_t *ui);
int kiosk_crisis_rows(ui_t *ui, const kiosk_view_t *v, int w, int h);

/* ---- Frame internals (kiosk_frame.c, kiosk_overlay.c) ----------------- */

/* True on the screens that show a keyboard: the bottom bar makes way. */
bool kiosk_typing(const kiosk_state_t *s);
/* When the site opens next, e.g. "Huomenna 10–17", "ti 1.12. 10–17"; "" when
 * the week view does not say. */
void kiosk_next_open(const kiosk_view_t *v, const char *lang, char *out, int cap);
/* "First in: Aino Korhonen (Virta) at 10" for the next opening the model
 * found (today_view_t.next_*); "" when none. */
/* "Ammattiopisto Virta · Huone 1": an organisation and a room, the room
 * kept on one line when it is short ("Huone 1" never breaks between its
 * words: its spaces become no-break spaces). Either may be NULL or "". */
void kiosk_draw_org_room(const char *org, const char *room, char *out, int cap);
/* A person's card as one tap target that opens the person (KS_PERSON);
 * drawn pressed while held. Nothing for a walk-in visitor (no id). */
void kiosk_draw_person_press(ui_t *ui, ui_rect_t card, const person_view_t *p, ui_action_t *out);
void kiosk_first_next(const kiosk_view_t *v, const char *lang, char *out, int cap);
/* The help and crisis contacts, the idle warning and the notice, drawn over
 * everything; area is the content area (the toast goes there). */
/* The languages the header offers, in order (the site's choice, else
 * Finnish, Swedish, English and the bundle's), the visitor's own
 * included; at most max codes into out. Returns how many. */
int kiosk_langs(const kiosk_view_t *v, const kiosk_state_t *s, const char **out, int max);

void kiosk_overlays(ui_t *ui, const kiosk_view_t *v, const kiosk_state_t *s, ui_rect_t area,
		    ui_action_t *out);

#endif
