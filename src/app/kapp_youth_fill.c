/*
 * kapp_youth_fill: the model's queries behind kiosk_view_t, part by part.
 *
 * The view is made of parts, each filled by its own queries into its own
 * arena and keyed by what it depends on: the part every screen shows
 * (Today, the week's hours, the topics, the help, the called number), the
 * week's people, one topic, the groups, the services. A part is filled
 * only while the screen on view needs it, and again only when its key
 * changed: going from Today to a group fills nothing that Today showed, a
 * new minute refills what shows the time of day, a write or a language
 * refills what is on view. Everything is asked for in the visitor's
 * language; the model falls back to the site's default per text. Drawing a
 * frame never queries.
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
 * (nothing imported yet, an id that is gone, a part not on view) get "" too. */
static void empty_topic(topic_detail_t *d)
{
	memset(d, 0, sizeof *d);
	d->topic.id = d->topic.title = d->topic.text = d->topic.icon = "";
}

static void empty_group(group_view_t *g)
{
	memset(g, 0, sizeof *g);
	g->id = g->title = g->text = "";
}

static void empty_service(service_view_t *sv)
{
	memset(sv, 0, sizeof *sv);
	sv->id = sv->name = sv->point1 = sv->point2 = sv->point3 = "";
	sv->phone = sv->web = sv->email = sv->org_id = sv->org_name = sv->logo = "";
}

static void empty_base(kiosk_view_t *v)
{
	site_view_t *si = &v->today.site;
	memset(&v->today, 0, sizeof v->today);
	memset(&v->topics, 0, sizeof v->topics);
	memset(&v->help, 0, sizeof v->help);
	si->site_id = si->name = si->address = si->welcome = si->logo = si->default_lang = "";
	v->today.hours.note = "";
	v->has_content = false;
	v->called_number = 0;
}

/* ---- the parts ---------------------------------------------------------------- */

typedef struct fill_ctx {
	model_t *m;
	const kiosk_state_t *s;
	const char *lang;
	wall_t now;
	int day, minute, monday;
} fill_ctx_t;

/* What every screen shows: the header (site, hours, open now), Today, the
 * week's hours (when the site opens next), the topics, the help and the
 * called number. */
static void fill_base(const fill_ctx_t *c, arena_t *ar, kapp_youth_t *y)
{
	kiosk_view_t *v = &y->view;
	empty_base(v);
	memset(&y->week_hours, 0, sizeof y->week_hours);
	bundle_record_t b;
	v->has_content = model_current_bundle(c->m, &b) == OVI_OK;
	if (!v->has_content)
		return;
	if (model_today(c->m, ar, c->lang, c->day, c->minute, &v->today) < 0)
		failed("today");
	if (model_week_hours(c->m, ar, c->lang, c->monday, &y->week_hours) < 0)
		failed("the week's hours");
	if (model_topics(c->m, ar, c->lang, &v->topics) < 0)
		failed("the topics");
	if (model_help(c->m, ar, c->lang, false, &v->help) < 0)
		failed("the help contacts");
	/* Refilled every minute and after every write (and every few seconds
	 * while it shows), so the banner comes at once and goes on time. */
	if (model_queue_called(c->m, c->day, c->now, KAPP_CALLED_BANNER_S, &v->called_number) < 0) {
		v->called_number = 0;
		failed("the called number");
	}
}

/* Who is on site each day of this week and the next (the Week, a person). */
static void fill_week(const fill_ctx_t *c, arena_t *ar, kapp_youth_t *y)
{
	memset(&y->week_full, 0, sizeof y->week_full);
	memset(&y->week_next, 0, sizeof y->week_next);
	if (model_week(c->m, ar, c->lang, c->monday, &y->week_full) < 0)
		failed("the week");
	if (model_week(c->m, ar, c->lang, c->monday + 7, &y->week_next) < 0)
		failed("next week");
}

static void fill_topic(const fill_ctx_t *c, arena_t *ar, kapp_youth_t *y)
{
	empty_topic(&y->view.topic);
	if (model_topic(c->m, ar, c->lang, c->s->topic_id, c->day, c->minute, &y->view.topic) < 0) {
		empty_topic(&y->view.topic);
		failed("the topic");
	}
}

/* The groups with their coming sessions, and the ideas being planned. */
static void fill_groups(const fill_ctx_t *c, arena_t *ar, kapp_youth_t *y)
{
	kiosk_view_t *v = &y->view;
	memset(&v->groups, 0, sizeof v->groups);
	memset(&v->ideas, 0, sizeof v->ideas);
	if (model_groups(c->m, ar, c->lang, c->day, c->minute, &v->groups) < 0)
		failed("the groups");
	if (model_planned_ideas(c->m, ar, &v->ideas) < 0)
		failed("the ideas being planned");
}

/* The directory, filtered by what is typed in its search. */
static void fill_services(const fill_ctx_t *c, arena_t *ar, kapp_youth_t *y)
{
	kiosk_view_t *v = &y->view;
	memset(&v->services, 0, sizeof v->services);
	empty_service(&v->service);
	const char *search = c->s->screen == KS_SERVICES ? c->s->kb.text : NULL;
	if (model_services(c->m, ar, c->lang, search, &v->services) < 0)
		failed("the services");
	if (c->s->service_id[0] && !find_service(&v->services, c->s->service_id, &v->service)) {
		/* Opened from a filtered list that no longer has it: look it up
		 * in the whole directory. */
		service_list_t all;
		if (model_services(c->m, ar, c->lang, NULL, &all) == OVI_OK)
			find_service(&all, c->s->service_id, &v->service);
	}
}

/* Forgets a part: its arena, its key and what it put in the view. */
static void drop(kapp_youth_t *y, int part)
{
	arena_free(y->part[part].arena);
	y->part[part].arena = NULL;
	y->part[part].key[0] = 0;
	kiosk_view_t *v = &y->view;
	switch (part) {
	case KAPP_PART_BASE:
		empty_base(v);
		memset(&y->week_hours, 0, sizeof y->week_hours);
		break;
	case KAPP_PART_WEEK:
		memset(&y->week_full, 0, sizeof y->week_full);
		memset(&y->week_next, 0, sizeof y->week_next);
		break;
	case KAPP_PART_TOPIC:
		empty_topic(&v->topic);
		break;
	case KAPP_PART_GROUPS:
		memset(&v->groups, 0, sizeof v->groups);
		memset(&v->ideas, 0, sizeof v->ideas);
		break;
	case KAPP_PART_SERVICES:
		memset(&v->services, 0, sizeof v->services);
		empty_service(&v->service);
		break;
	}
}

void kapp_youth_drop_parts(kapp_youth_t *y)
{
	for (int p = 0; p < KAPP_PARTS; p++)
		drop(y, p);
	empty_group(&y->view.group);
}

static bool one_of(kiosk_screen_t s, const kiosk_screen_t *list, int n)
{
	for (int i = 0; i < n; i++)
		if (s == list[i])
			return true;
	return false;
}

/* Whether the state's screen shows the part, and the part's key: what its
 * queries depend on. */
static bool part_key(int part, const kiosk_state_t *s, const kapp_fill_in_t *in, char *key,
		     size_t cap)
{
	static const kiosk_screen_t group_screens[] = {KS_GROUPS,    KS_GROUP,	  KS_SIGNUP,
						       KS_SIGNED_UP, KS_CANCEL,	  KS_CANCELLED,
						       KS_IDEA,	     KS_IDEA_SENT};
	long long minute = (long long)in->minute_stamp, day = minute / (24 * 60);
	long long bundle = (long long)in->bundle_id;
	switch (part) {
	case KAPP_PART_BASE:
		snprintf(key, cap, "%s|%lld|%lld|%u|%lld", s->lang, minute, bundle, in->write_gen,
			 (long long)in->banner_slot);
		return true;
	case KAPP_PART_WEEK:
		snprintf(key, cap, "%s|%lld|%lld|%u", s->lang, day, bundle, in->write_gen);
		return s->screen == KS_WEEK || s->screen == KS_PERSON;
	case KAPP_PART_TOPIC:
		snprintf(key, cap, "%s|%s|%lld|%lld|%u", s->lang, s->topic_id, minute, bundle,
			 in->write_gen);
		return s->topic_id[0] != 0;
	case KAPP_PART_GROUPS:
		snprintf(key, cap, "%s|%lld|%lld|%u", s->lang, minute, bundle, in->write_gen);
		return one_of(s->screen, group_screens,
			      (int)(sizeof group_screens / sizeof group_screens[0])) ||
		       s->group_id[0] || s->session_id[0];
	case KAPP_PART_SERVICES:
		/* The search only filters the services list: typing elsewhere
		 * (a question, a nickname) changes nothing here. */
		snprintf(key, cap, "%s|%s|%s|%lld", s->lang,
			 s->screen == KS_SERVICES ? s->kb.text : "", s->service_id, bundle);
		return s->screen == KS_SERVICES || s->screen == KS_SERVICE || s->service_id[0];
	}
	return false;
}

typedef void (*fill_fn)(const fill_ctx_t *, arena_t *, kapp_youth_t *);

int kapp_youth_fill(model_t *m, kapp_youth_t *y, const kapp_fill_in_t *in)
{
	static const fill_fn fills[KAPP_PARTS] = {
		[KAPP_PART_BASE] = fill_base,	      [KAPP_PART_WEEK] = fill_week,
		[KAPP_PART_TOPIC] = fill_topic,	      [KAPP_PART_GROUPS] = fill_groups,
		[KAPP_PART_SERVICES] = fill_services,
	};
	const kiosk_state_t *s = &y->st;
	int day = wall_day(in->now);
	fill_ctx_t c = {.m = m,
			.s = s,
			.lang = lang_or_null(s),
			.now = in->now,
			.day = day,
			.minute = wall_minute(in->now),
			.monday = day - (day_weekday(day) - 1)};
	int filled = 0;
	bool reading = false;
	for (int p = 0; p < KAPP_PARTS; p++) {
		char key[sizeof y->part[p].key];
		bool needed = part_key(p, s, in, key, sizeof key);
		bool current = y->part[p].arena && !strcmp(key, y->part[p].key);
		if (current)
			continue;
		if (!needed) {
			drop(y, p); /* stale and not on view: nothing old stays */
			continue;
		}
		/* Without content only the base part is filled (it says so). */
		if (p != KAPP_PART_BASE && !y->view.has_content) {
			drop(y, p);
			continue;
		}
		arena_t *ar = arena_new();
		if (!ar) {
			log_error("kiosk: out of memory for the view; showing the last one");
			continue;
		}
		if (!reading && model_read_begin(m) < 0)
			failed("one snapshot for the view");
		reading = true;
		fills[p](&c, ar, y);
		arena_free(y->part[p].arena);
		y->part[p].arena = ar;
		str_copy(y->part[p].key, sizeof y->part[p].key, key);
		filled++;
	}
	if (reading)
		model_read_end(m);

	/* Put together what the parts read. */
	kiosk_view_t *v = &y->view;
	v->now = in->now;
	bool full = y->part[KAPP_PART_WEEK].arena != NULL;
	v->week = full ? y->week_full : y->week_hours;
	if (full)
		v->week_next = y->week_next;
	else
		memset(&v->week_next, 0, sizeof v->week_next);
	empty_group(&v->group);
	if (s->group_id[0])
		find_group(&v->groups, s->group_id, &v->group);
	return filled;
}
#endif
