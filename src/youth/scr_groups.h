/*
 * scr_groups: the groups screens, split in two files: scr_groups.c (the list
 * and one group) and scr_signup.c (typing a nickname, a cancel code or an
 * idea, and the results). scr_groups() in kiosk.h dispatches to these.
 * Private to those files.
 */
#ifndef OVI_YOUTH_SCR_GROUPS_H
#define OVI_YOUTH_SCR_GROUPS_H

#include "youth/scr_gs.h"

void scr_signup_form(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		     ui_action_t *out); /* KS_SIGNUP */
void scr_signup_signed_up(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
			  ui_action_t *out); /* KS_SIGNED_UP */
void scr_signup_cancel(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		       ui_action_t *out); /* KS_CANCEL */
void scr_signup_idea(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		     ui_action_t *out); /* KS_IDEA */
/* A confirmation (KS_CANCELLED, KS_IDEA_SENT): a mark, title, an optional
 * line, and T_DONE back to the groups. */
void scr_signup_done(ui_t *ui, ui_rect_t area, const kiosk_state_t *s, const char *title,
		     const char *sub, ui_action_t *out);

#endif
