/*
 * kapp_youth_text: the few messages the app itself shows as state.notice when a
 * write is refused or fails. (The screens' own words are in youth/tx.c;
 * these belong to the outcomes only the app knows.) English here under
 * each key; every other language from its catalogue in assets/po.
 */
#if OVI_HAVE_PLATFORM
#include "app/kapp_youth.h"

#include "core/tr.h"

#include <string.h>

static const tr_key_t keys[AT_COUNT] = {
	[AT_TRY_AGAIN] =
		NC_("AT_TRY_AGAIN", "That could not be saved. Try again, or ask the staff."),
	[AT_NICK_TAKEN] =
		NC_("AT_NICK_TAKEN",
		    "Someone has already signed up with that nickname. Pick another one."),
	[AT_LIST_FULL] = NC_("AT_LIST_FULL", "The group and its waiting list are full."),
	[AT_SESSION_OVER] = NC_("AT_SESSION_OVER", "This session is already over."),
	[AT_SIGNUP_CLOSED] = NC_("AT_SIGNUP_CLOSED", "Sign-up for this session is closed."),
	[AT_CONTENT_UPDATED] = NC_("AT_CONTENT_UPDATED", "The information was just updated."),
};

const char *kapp_youth_text(const char *lang, kapp_youth_text_t id)
{
	if (id < 0 || id >= AT_COUNT)
		return "";
	return tr_key(lang, &keys[id]);
}
#endif
