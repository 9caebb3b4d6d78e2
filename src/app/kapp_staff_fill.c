/*
 * kapp_staff_fill: the model's queries behind staff_view_t. Like the youth
 * view (kapp_youth_fill.c), the whole view is refilled when its key changes: after
 * navigation, a write, a new minute, new content; drawing never queries.
 * The Content screen's key also changes every few seconds, so that a stick
 * put in shows up without a tap.
 */
#if OVI_HAVE_PLATFORM
#include "app/kapp_staff.h"

#include "core/err.h"
#include "core/log.h"
#include "sync/sync.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define STAFF_LOG_SHOWN 20
#define STICK_RESCAN_S	3

static void failed(const char *what)
{
	log_warn("staff: %s: %s", what, err_last());
}

void kapp_staff_fill_key(const staff_state_t *s, int64_t minute_stamp, int64_t bundle_id,
			 unsigned write_gen, char *out, size_t cap)
{
	long long stick = s->screen == ST_CONTENT ? (long long)(clock_now() / STICK_RESCAN_S) : 0;
	snprintf(out, cap, "%d|%s|%s|%lld|%lld|%u|%lld|%d", (int)s->screen, s->lang, s->session_id,
		 (long long)minute_stamp, (long long)bundle_id, write_gen, stick, s->label[0] != 0);
}

static int by_time(const void *x, const void *y)
{
	const session_view_t *a = x, *b = y;
	if (a->day != b->day)
		return a->day < b->day ? -1 : 1;
	if (a->start != b->start)
		return a->start < b->start ? -1 : 1;
	return strcmp(a->id, b->id);
}

/* Every upcoming session of every group, soonest first. */
static void fill_sessions(model_t *m, arena_t *ar, const char *lang, int day, int minute,
			  staff_view_t *v)
{
	group_list_t gl;
	if (model_groups(m, ar, lang, day, minute, &gl) < 0) {
		failed("the groups");
		return;
	}
	int n = 0;
	for (int g = 0; g < gl.n; g++)
		n += gl.v[g].nsessions;
	if (!n)
		return;
	session_view_t *all = arena_alloc(ar, sizeof *all * (size_t)n);
	if (!all)
		return;
	int k = 0;
	for (int g = 0; g < gl.n; g++)
		for (int i = 0; i < gl.v[g].nsessions; i++)
			all[k++] = gl.v[g].sessions[i];
	qsort(all, (size_t)n, sizeof *all, by_time);
	v->sessions = all;
	v->nsessions = n;
}

static void fill_content(model_t *m, const config_t *cfg, staff_view_t *v)
{
	v->has_bundle = model_current_bundle(m, &v->bundle) == OVI_OK;
	bundle_record_t prev;
	v->has_previous = model_previous_bundle(m, &prev) == OVI_OK;
	if (model_bundle_hold(m, &v->held_serial) < 0)
		v->held_serial = 0;
	v->has_import = model_last_import(m, &v->last_import) == OVI_OK;
	char sticks[1][512];
	v->usb_present = sync_usb_sticks(&cfg->sync, sticks, 1) > 0;
}

/* The views promise strings are never NULL, also without content. */
static void empty_today(today_view_t *t)
{
	site_view_t *si = &t->site;
	si->site_id = si->name = si->address = si->welcome = si->logo = si->default_lang = "";
	t->hours.note = "";
}

void kapp_staff_fill(model_t *m, arena_t *ar, const staff_state_t *s, const config_t *cfg,
		     wall_t now, staff_view_t *v)
{
	memset(v, 0, sizeof *v);
	v->now = now;
	empty_today(&v->today);
	const char *lang = s->lang[0] ? s->lang : NULL;
	int day = wall_day(now), minute = wall_minute(now);
	fill_content(m, cfg, v);
	/* The PIN pad needs only the site and the clock; nothing of staff's
	 * lists is read before a PIN was accepted. */
	if (v->has_bundle && model_today(m, ar, lang, day, minute, &v->today) < 0) {
		memset(&v->today, 0, sizeof v->today);
		empty_today(&v->today);
		failed("today");
	}
	if (!s->label[0])
		return;
	if (model_overrides(m, ar, day, &v->overrides) < 0)
		failed("today's changes");
	if (model_staff_people(m, ar, lang, &v->people) < 0)
		failed("the people");
	if (model_queue_list(m, ar, lang, day, &v->queue) < 0)
		failed("the queue");
	if (model_questions_pending(m, ar, lang, &v->questions) < 0)
		failed("the questions");
	fill_sessions(m, ar, lang, day, minute, v);
	if (s->session_id[0] && model_session_signups(m, ar, s->session_id, &v->signups) < 0)
		failed("the sign-ups");
	if (model_ideas_pending(m, ar, &v->ideas) < 0)
		failed("the group ideas");
	if (model_ideas(m, ar, "accepted", &v->ideas_accepted) < 0)
		failed("the group ideas taken up");
	if (model_ideas(m, ar, "published", &v->ideas_published) < 0)
		failed("the published group ideas");
	if (s->screen == ST_PINS && model_staff_pins(m, ar, &v->pins) < 0)
		failed("the PINs");
	if (model_staff_log_list(m, ar, STAFF_LOG_SHOWN, &v->log) < 0)
		failed("the staff log");
}
#endif
