/*
 * kapp_youth_fill: the model's queries behind kiosk_view_t, for one state.
 *
 * Everything is asked for in the visitor's language; the model falls back to
 * the site's default per text. The whole view is refilled when the key
 * (kapp_youth_fill_key()) changes, i.e. after navigation, a language switch, a
 * write, a new minute or new content; drawing a frame never queries.
 */
#if OVI_HAVE_PLATFORM
#include "app/kapp_youth.h"

#include "core/err.h"
#include "core/log.h"
#include "model/model_staff.h"

#include <stdio.h>
#include <string.h>

/* Logs a failed query once per fill; the view part stays empty. */
static void failed(const char *what)
{
	log_warn("kiosk: %s: %s", what, err_last());
}

static const char *lang_or_null(const kiosk_state_t *s)
{
	return s->lang[0] ? s->lang : NULL;
}

void kapp_youth_fill_key(const kiosk_state_t *s, int64_t minute_stamp, int64_t bundle_id,
			 unsigned write_gen, char *out, size_t cap)
{
	/* The search only filters the services list; typing elsewhere (a
	 * question, a nickname) changes nothing the model returns. */
	const char *search = s->screen == KS_SERVICES ? s->kb.text : "";
	/* Next week is read only for the Week screen, the ideas being planned
	 * only for Groups. */
	snprintf(out, cap, "%s|%s|%s|%s|%s|%lld|%lld|%u|%s|%d", s->lang, s->topic_id, s->group_id,
		 s->session_id, s->service_id, (long long)minute_stamp, (long long)bundle_id,
		 write_gen, search,
		 (s->screen == KS_WEEK || s->screen == KS_PERSON) | (s->screen == KS_GROUPS) << 1);
}

static void find_group(const group_list_t *gl, const char *id, group_view_t *out)
{
	for (int i = 0; i < gl->n; i++)
		if (strcmp(gl->v[i].id, id) == 0) {
			*out = gl->v[i];
			return;
		}
}

static bool find_service(const service_list_t *sl, const char *id, service_view_t *out)
{
	for (int i = 0; i < sl->n; i++)
		if (strcmp(sl->v[i].id, id) == 0) {
			*out = sl->v[i];
			return true;
		}
	return false;
}

/* The views promise strings are never NULL; the parts a fill may leave out
 * (nothing imported yet, an id that is gone) get "" too. */
static void empty_topic(topic_detail_t *d)
{
	memset(d, 0, sizeof *d);
	d->topic.id = d->topic.title = d->topic.text = d->topic.icon = "";
}

static void empty_strings(kiosk_view_t *v)
{
	site_view_t *si = &v->today.site;
	si->site_id = si->name = si->address = si->welcome = si->logo = si->default_lang = "";
	v->today.hours.note = "";
	empty_topic(&v->topic);
	v->group.id = v->group.title = v->group.text = "";
	service_view_t *sv = &v->service;
	sv->id = sv->name = sv->point1 = sv->point2 = sv->point3 = "";
	sv->phone = sv->web = sv->email = sv->org_id = sv->org_name = sv->logo = "";
}

void kapp_youth_fill(model_t *m, arena_t *ar, const kiosk_state_t *s, wall_t now, kiosk_view_t *v)
{
	memset(v, 0, sizeof *v);
	empty_strings(v);
	v->now = now;
	bundle_record_t b;
	v->has_content = model_current_bundle(m, &b) == OVI_OK;
	if (!v->has_content)
		return;
	const char *lang = lang_or_null(s);
	int day = wall_day(now), minute = wall_minute(now);
	if (model_read_begin(m) < 0)
		failed("one snapshot for the view");

	if (model_today(m, ar, lang, day, minute, &v->today) < 0)
		failed("today");
	/* This week, Monday to Sunday (scr_week.c marks today in it). */
	if (model_week(m, ar, lang, day - (day_weekday(day) - 1), &v->week) < 0)
		failed("the week");
	memset(&v->week_next, 0, sizeof v->week_next);
	if ((s->screen == KS_WEEK || s->screen == KS_PERSON) &&
	    model_week(m, ar, lang, day - (day_weekday(day) - 1) + 7, &v->week_next) < 0)
		failed("next week");
	if (model_topics(m, ar, lang, &v->topics) < 0)
		failed("the topics");
	if (s->topic_id[0] && model_topic(m, ar, lang, s->topic_id, day, minute, &v->topic) < 0) {
		empty_topic(&v->topic);
		failed("the topic");
	}
	memset(&v->ideas, 0, sizeof v->ideas);
	if (s->screen == KS_GROUPS && model_planned_ideas(m, ar, &v->ideas) < 0)
		failed("the ideas being planned");
	if (model_groups(m, ar, lang, day, minute, &v->groups) < 0)
		failed("the groups");
	if (s->group_id[0])
		find_group(&v->groups, s->group_id, &v->group);

	const char *search = s->screen == KS_SERVICES ? s->kb.text : NULL;
	if (model_services(m, ar, lang, search, &v->services) < 0)
		failed("the services");
	if (s->service_id[0] && !find_service(&v->services, s->service_id, &v->service)) {
		/* Opened from a filtered list that no longer has it: look it up
		 * in the whole directory. */
		service_list_t all;
		if (model_services(m, ar, lang, NULL, &all) == OVI_OK)
			find_service(&all, s->service_id, &v->service);
	}
	if (model_help(m, ar, lang, false, &v->help) < 0)
		failed("the help contacts");
	/* The view is refilled every minute and after every write, so the
	 * banner comes at once and goes within a minute of its time. */
	if (model_queue_called(m, day, now, KAPP_CALLED_BANNER_S, &v->called_number) < 0) {
		v->called_number = 0;
		failed("the called number");
	}
	model_read_end(m);
}
#endif
