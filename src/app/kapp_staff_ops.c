/*
 * kapp_staff_ops: what staff do to the kiosk itself from the Content and Clock
 * screens: import from a stick now, roll back, export to a stick, set the
 * clock. Each runs on the UI thread and takes as long as it takes (an
 * import of a big bundle a few seconds): staff asked for it and wait for
 * the answer, which comes back as one sentence.
 */
#if OVI_HAVE_PLATFORM
#include "app/kapp_staff.h"

#include "bundle/import.h"
#include "core/err.h"
#include "core/log.h"
#include "core/str.h"
#include "sync/sync.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#define STICKS_MAX 8

static void say(char *note, size_t cap, const char *lang, kapp_staff_note_t id, const char *detail)
{
	snprintf(note, cap, kapp_staff_note(lang, id), detail ? detail : "");
}

static void say_serial(char *note, size_t cap, const char *lang, kapp_staff_note_t id,
		       long long serial)
{
	snprintf(note, cap, kapp_staff_note(lang, id), serial);
}

/* The first reasons of a refusal on one line ("; " between them). */
static void reasons(const errlist_t *l, const char *fallback, char *out, size_t cap)
{
	strbuf_t b = {0};
	for (int i = 0; i < l->n && i < 3; i++)
		sb_printf(&b, "%s%s", i ? "; " : "", l->msg[i]);
	if (l->total > 3)
		sb_printf(&b, " (+%d)", l->total - 3);
	str_copy(out, cap, l->n ? sb_str(&b) : fallback);
	sb_free(&b);
}

int kapp_staff_op_import_stick(kapp_t *a, const char *lang, char *note, size_t cap)
{
	const sync_config_t *cfg = &a->config->sync;
	char sticks[STICKS_MAX][512];
	int n = sync_usb_sticks(cfg, sticks, STICKS_MAX);
	if (n <= 0) {
		say(note, cap, lang, SN_NO_STICK, NULL);
		return err_set(OVI_ENOTFOUND, "no USB stick under the configured roots");
	}
	sync_result_t r;
	memset(&r, 0, sizeof r);
	int rc = sync_usb_check(cfg, a->data_dir, a->m, sticks[0], &r);
	char why[900];
	switch (r.outcome) {
	case SYNC_APPLIED:
		say_serial(note, cap, lang, SN_IMPORTED, r.serial);
		rc = OVI_OK;
		break;
	case SYNC_REJECTED:
		reasons(&r.reasons, r.message, why, sizeof why);
		say(note, cap, lang, SN_IMPORT_REFUSED, why);
		rc = OVI_EREJECT;
		break;
	case SYNC_FAILED:
		say(note, cap, lang, SN_IMPORT_REFUSED, r.message);
		rc = rc < 0 ? rc : OVI_ERR;
		break;
	default: /* nothing new, or still arriving */
		say(note, cap, lang, SN_IMPORT_NOTHING, r.message);
		rc = OVI_OK;
		break;
	}
	log_info("staff: import from %s: %s: %s", sticks[0], sync_outcome_name(r.outcome),
		 r.message);
	sync_result_clear(&r);
	return rc;
}

int kapp_staff_op_rollback(kapp_t *a, const char *lang, char *note, size_t cap)
{
	const config_t *c = a->config;
	import_opts_t o = {
		.data_dir = a->data_dir,
		.keys = c->keys,
		.nkeys = c->nkeys,
		.allow_unsigned = c->development,
		.source = "rollback (staff)",
		.lang = lang,
	};
	import_result_t r;
	memset(&r, 0, sizeof r);
	int rc = bundle_rollback(&o, a->m, &r);
	if (rc == OVI_OK) {
		say_serial(note, cap, lang, SN_ROLLED_BACK, (long long)r.meta.serial);
	} else {
		char why[900];
		reasons(&r.errors, err_last(), why, sizeof why);
		say(note, cap, lang, SN_ROLLBACK_FAILED, why);
	}
	import_result_clear(&r);
	return rc;
}

int kapp_staff_op_export(kapp_t *a, const char *lang, char *note, size_t cap)
{
	char dir[1100];
	sync_stick_problem_t why = STICK_OK;
	int rc = sync_usb_export(&a->config->sync, a->m, NULL, dir, sizeof dir, &why);
	if (rc >= 0) {
		say(note, cap, lang, SN_EXPORTED, dir);
		return rc;
	}
	static const kapp_staff_note_t note_of[] = {
		[STICK_NONE] = SN_NO_STICK,
		[STICK_READ_ONLY] = SN_STICK_READ_ONLY,
		[STICK_PROTECTED] = SN_STICK_PROTECTED,
		[STICK_FULL] = SN_STICK_FULL,
		[STICK_GONE] = SN_STICK_GONE,
	};
	if (why > STICK_OK && why < STICK_OTHER && note_of[why])
		say(note, cap, lang, note_of[why], NULL);
	else
		say(note, cap, lang, SN_EXPORT_FAILED, err_last());
	return rc;
}

/* Wall seconds (the local wall clock) to the system's time_t. */
static time_t to_system(wall_t t)
{
	time_t w = (time_t)t;
	struct tm tm;
	gmtime_r(&w, &tm); /* wall seconds are the wall clock read as UTC */
	tm.tm_isdst = -1;
	return mktime(&tm);
}

int kapp_staff_op_set_clock(kapp_t *a, wall_t t, const char *lang, char *note, size_t cap)
{
	char when[17];
	fmt_datetime(t, when);
	const char *why = NULL;
	char buf[160];
	if (clock_is_pinned()) {
		why = "a test or --now fixed the kiosk's clock";
	} else if (a->config->development) {
		why = "development mode";
	} else {
		struct timespec ts = {.tv_sec = to_system(t), .tv_nsec = 0};
		if (ts.tv_sec != (time_t)-1 && clock_settime(CLOCK_REALTIME, &ts) == 0) {
			/* The offset of an earlier kiosk-only setting is spent. */
			clock_set_running(t);
			snprintf(note, cap, kapp_staff_note(lang, SN_CLOCK_SYSTEM), when);
			log_info("staff: the system clock is set to %s", when);
			return OVI_OK;
		}
		snprintf(buf, sizeof buf, "%s",
			 errno == EPERM ? "no permission (CAP_SYS_TIME)" : strerror(errno));
		why = buf;
	}
	clock_set_running(t);
	snprintf(note, cap, kapp_staff_note(lang, SN_CLOCK_KIOSK), when, why);
	log_info("staff: the kiosk's clock is set to %s (%s)", when, why);
	return OVI_OK;
}
#endif
