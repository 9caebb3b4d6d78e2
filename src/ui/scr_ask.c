/* Placeholder until the real screen lands: keeps the build linking. */
#include "ui/i18n.h"
#include "ui/kiosk.h"

void scr_ask(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
	    ui_action_t *out)
{
	(void)v;
	(void)out;
	ui_text(ui, area, kiosk_screen_name(s->screen),
		ui_ts(UI_FONT_BOLD, UI_TS_TITLE, ui_theme(ui)->ink));
}
