/*
 * kapp_staff_notes: what the app itself tells staff after something it did (the
 * staff screens' own words are in staff/staff_tx.c). A detail after the colon
 * comes from the layer that knows it (an import's reason, an error), in
 * English like the log and the report on the stick.
 */
#if OVI_HAVE_PLATFORM
#include "app/kapp_staff.h"

#include "core/tr.h"

#include <string.h>

static const tr_key_t keys[SN_COUNT] = {
	[SN_FAILED] = NC_("SN_FAILED", "That did not work: %s"),
	[SN_NO_PINS] = NC_("SN_NO_PINS",
			   "No staff PIN has been set. Add one with \"ovi staff-pin add NAME\"."),
	[SN_NO_STICK] = NC_("SN_NO_STICK", "No USB stick found. Put one in and try again."),
	[SN_IMPORTED] =
		NC_("SN_IMPORTED", "The content from the stick is in use now (version %lld)."),
	[SN_IMPORT_NOTHING] = NC_("SN_IMPORT_NOTHING", "Nothing new on the stick: %s"),
	[SN_IMPORT_REFUSED] = NC_("SN_IMPORT_REFUSED",
				  "The stick's content was refused; the old content stays: %s"),
	[SN_ROLLED_BACK] = NC_("SN_ROLLED_BACK", "Back to the previous content (version %lld)."),
	[SN_ROLLBACK_FAILED] =
		NC_("SN_ROLLBACK_FAILED", "Could not go back to the previous content: %s"),
	[SN_EXPORTED] =
		NC_("SN_EXPORTED", "The data is on the stick in %s. The stick can be pulled out."),
	[SN_EXPORT_FAILED] = NC_("SN_EXPORT_FAILED", "Could not write the data to the stick: %s"),
	[SN_STICK_PROTECTED] =
		NC_("SN_STICK_PROTECTED",
		    "The stick is write-protected. Slide the lock on its side to unlocked, put it "
		    "in again and try again. The kiosk's data is safe."),
	[SN_STICK_FULL] = NC_("SN_STICK_FULL", "The stick is full. Make room on it or use another "
					       "stick, and try again. The kiosk's data is safe."),
	[SN_STICK_GONE] =
		NC_("SN_STICK_GONE", "The stick was pulled out before the export finished. Put it "
				     "in again and export again. The kiosk's data is safe."),
	[SN_STICK_READ_ONLY] =
		NC_("SN_STICK_READ_ONLY", "This device cannot write to the stick (it is mounted "
					  "read-only). The kiosk's data is safe."),
	[SN_CLOCK_SYSTEM] = NC_("SN_CLOCK_SYSTEM", "The clock is now %s."),
	[SN_CLOCK_KIOSK] =
		NC_("SN_CLOCK_KIOSK", "The kiosk's clock is now %s. The system clock was not "
				      "changed (%s), so this holds until the next restart."),
	[SN_PUBLISHED] = NC_("SN_PUBLISHED", "The answer is published."),
	[SN_HIDDEN] = NC_("SN_HIDDEN", "The question is hidden."),
	[SN_SESSION_CANCELLED] =
		NC_("SN_SESSION_CANCELLED", "The session is cancelled. The youth screens say so."),
	[SN_SIGNUP_REMOVED] = NC_("SN_SIGNUP_REMOVED", "The sign-up is removed."),
	[SN_WORKING] = NC_("SN_WORKING", "One moment, this can take a while…"),
};

const char *kapp_staff_note(const char *lang, kapp_staff_note_t id)
{
	if (id < 0 || id >= SN_COUNT)
		return "";
	return tr_key(lang, &keys[id]);
}
#endif
