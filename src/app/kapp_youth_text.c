/*
 * kapp_youth_text: the few messages the app itself shows as state.notice when a
 * write is refused or fails. (The screens' own words are in youth/tx.c;
 * these belong to the outcomes only the app knows.) Other languages get
 * English, as in youth/tx.c.
 */
#if OVI_HAVE_PLATFORM
#include "app/kapp_youth.h"

#include "core/tr.h"

#include <string.h>

static const char *const fi[AT_COUNT] = {
	[AT_TRY_AGAIN] = "Tallentaminen ei onnistunut. Kokeile uudelleen tai kysy henkilökunnalta.",
	[AT_NICK_TAKEN] = "Tällä nimimerkillä on jo ilmoittauduttu. Valitse toinen.",
	[AT_LIST_FULL] = "Ryhmä ja sen jonotuslista ovat täynnä.",
	[AT_SESSION_OVER] = "Tämä ryhmäkerta on jo ohi.",
	[AT_SIGNUP_CLOSED] = "Tähän ryhmäkertaan ei voi nyt ilmoittautua.",
	[AT_CONTENT_UPDATED] = "Tiedot päivittyivät juuri.",
};
static const char *const sv[AT_COUNT] = {
	[AT_TRY_AGAIN] = "Det gick inte att spara. Försök igen eller fråga personalen.",
	[AT_NICK_TAKEN] = "Någon har redan anmält sig med det smeknamnet. Välj ett annat.",
	[AT_LIST_FULL] = "Gruppen och dess kölista är fulla.",
	[AT_SESSION_OVER] = "Den här gruppträffen är redan slut.",
	[AT_SIGNUP_CLOSED] = "Det går inte att anmäla sig till den här träffen nu.",
	[AT_CONTENT_UPDATED] = "Informationen uppdaterades just.",
};
static const char *const en[AT_COUNT] = {
	[AT_TRY_AGAIN] = "That could not be saved. Try again, or ask the staff.",
	[AT_NICK_TAKEN] = "Someone has already signed up with that nickname. Pick another one.",
	[AT_LIST_FULL] = "The group and its waiting list are full.",
	[AT_SESSION_OVER] = "This session is already over.",
	[AT_SIGNUP_CLOSED] = "Sign-up for this session is closed.",
	[AT_CONTENT_UPDATED] = "The information was just updated.",
};

const char *kapp_youth_text(const char *lang, kapp_youth_text_t id)
{
	if (id < 0 || id >= AT_COUNT)
		return "";
	const char *const *t[] = {fi, sv, en};
	return t[tr_frame(lang)][id];
}
#endif
