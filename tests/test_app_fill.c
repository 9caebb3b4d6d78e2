/*
 * The youth view's parts (app/kapp_youth_fill.c) on the model fixture: a
 * part is filled when the screen on view shows it and its key changed,
 * kept while current, dropped when stale and off view; a language, a
 * minute or a write refills what is on view; the reset forgets everything;
 * without content nothing but the base part is filled.
 */
#include "testlib.h"

#include "app/kapp_youth.h"
#include "core/err.h"
#include "core/timeutil.h"
#include "model/model.h"
#include "model_fixture.h"

#include <stdlib.h>
#include <string.h>

static model_t *open_db(const char *name, bool content)
{
	char *dir = test_tmpdir(name), path[4200];
	snprintf(path, sizeof path, "%s/ovi.db", dir);
	free(dir);
	model_t *m = NULL;
	CHECK_INT(model_open(path, &m), 0);
	if (content && m) {
		content_t *c = fx_content(1);
		bundle_record_t rec = fx_record("/data/bundles/1");
		CHECK_INT(model_apply_content(m, c, &rec), 0);
		content_free(c);
	}
	return m;
}

static kapp_fill_in_t in_at(int day, int minute)
{
	wall_t now = wall_make(day, minute);
	return (kapp_fill_in_t){.now = now, .minute_stamp = now / 60, .bundle_id = 1};
}

static int slots(const week_view_t *w)
{
	int n = 0;
	for (int i = 0; i < 7; i++)
		n += w->days[i].nslots;
	return n;
}

static bool filled(const kapp_youth_t *y, int part)
{
	return y->part[part].arena != NULL;
}

TEST(parts_follow_the_screen)
{
	model_t *m = open_db("fill_parts", true);
	kapp_youth_t y;
	memset(&y, 0, sizeof y);
	kiosk_state_init(&y.st, "fi");
	kapp_fill_in_t in = in_at(FX_MON, HM(10, 30));

	/* Today: the base part only; the week has its hours, no one in it. */
	CHECK_INT(kapp_youth_fill(m, &y, &in), 1);
	CHECK(y.view.has_content);
	CHECK_INT(y.view.today.nnow, 2);
	CHECK(y.view.week.days[3].hours.changed); /* Thursday 12-20 */
	CHECK_INT(slots(&y.view.week), 0);
	CHECK_INT(y.view.week_next.days[0].day, 0);
	CHECK_INT(y.view.groups.n, 0);
	CHECK_INT(kapp_youth_fill(m, &y, &in), 0); /* nothing changed */

	/* The Week: its people, this week and the next. */
	y.st.screen = KS_WEEK;
	CHECK_INT(kapp_youth_fill(m, &y, &in), 1);
	CHECK(slots(&y.view.week) >= 5);
	CHECK_INT(y.view.week_next.days[0].day, FX_MON + 7);
	/* Back to Today and to the Week: nothing to read again. */
	y.st.screen = KS_TODAY;
	CHECK_INT(kapp_youth_fill(m, &y, &in), 0);
	y.st.screen = KS_WEEK;
	CHECK_INT(kapp_youth_fill(m, &y, &in), 0);

	/* Groups, then one group: one fill. */
	y.st.screen = KS_GROUPS;
	CHECK_INT(kapp_youth_fill(m, &y, &in), 1);
	CHECK(y.view.groups.n >= 1);
	y.st.screen = KS_GROUP;
	str_copy(y.st.group_id, sizeof y.st.group_id, "games");
	CHECK_INT(kapp_youth_fill(m, &y, &in), 0);
	CHECK_STR(y.view.group.id, "games");

	/* A new minute: the base and the groups on view; the week (by the
	 * day) stays, off view but current. */
	in = in_at(FX_MON, HM(10, 31));
	CHECK_INT(kapp_youth_fill(m, &y, &in), 2);
	CHECK(filled(&y, KAPP_PART_WEEK));

	/* A write: what is on view is read again. */
	in.write_gen++;
	CHECK_INT(kapp_youth_fill(m, &y, &in), 2);

	/* Another language on Today: the base part in Swedish; the groups and
	 * the week, stale and off view, are dropped. */
	y.st.screen = KS_TODAY;
	y.st.group_id[0] = 0;
	str_copy(y.st.lang, sizeof y.st.lang, "sv");
	CHECK_INT(kapp_youth_fill(m, &y, &in), 1);
	CHECK_STR(y.view.today.now[0].room, "Rum 1");
	CHECK(!filled(&y, KAPP_PART_GROUPS));
	CHECK_INT(y.view.groups.n, 0);
	CHECK(!filled(&y, KAPP_PART_WEEK));
	CHECK_INT(slots(&y.view.week), 0);
	CHECK(y.view.week.days[3].hours.changed); /* the base part's hours */

	/* A topic, and the services with a search. */
	str_copy(y.st.topic_id, sizeof y.st.topic_id, "housing");
	y.st.screen = KS_TOPIC;
	CHECK_INT(kapp_youth_fill(m, &y, &in), 1);
	CHECK_STR(y.view.topic.topic.id, "housing");
	y.st.topic_id[0] = 0;
	y.st.screen = KS_SERVICES;
	CHECK_INT(kapp_youth_fill(m, &y, &in), 1); /* the topic dropped, the services read */
	CHECK(!filled(&y, KAPP_PART_TOPIC));
	CHECK_STR(y.view.topic.topic.id, "");
	CHECK_INT(y.view.services.n, 2);
	str_copy(y.st.kb.text, sizeof y.st.kb.text, "asumistuki");
	CHECK_INT(kapp_youth_fill(m, &y, &in), 1);
	CHECK_INT(y.view.services.n, 1);
	/* Typing elsewhere changes nothing that was read. */
	y.st.screen = KS_QUESTION;
	str_copy(y.st.kb.text, sizeof y.st.kb.text, "Miten haen asumistukea?");
	CHECK_INT(kapp_youth_fill(m, &y, &in), 0);
	CHECK(!filled(&y, KAPP_PART_SERVICES)); /* the search's list, off view: gone */

	/* The reset forgets every part; the next fill reads the base again. */
	kapp_youth_drop_parts(&y);
	for (int p = 0; p < KAPP_PARTS; p++)
		CHECK(!filled(&y, p));
	CHECK(!y.view.has_content);
	kiosk_state_init(&y.st, "fi");
	CHECK_INT(kapp_youth_fill(m, &y, &in), 1);
	CHECK(y.view.has_content);
	kapp_youth_drop_parts(&y);
	model_close(m);
}

TEST(no_content_fills_only_the_base)
{
	model_t *m = open_db("fill_empty", false);
	kapp_youth_t y;
	memset(&y, 0, sizeof y);
	kiosk_state_init(&y.st, "fi");
	y.st.screen = KS_WEEK;
	kapp_fill_in_t in = in_at(FX_MON, HM(10, 30));
	CHECK_INT(kapp_youth_fill(m, &y, &in), 1);
	CHECK(!y.view.has_content);
	CHECK(!filled(&y, KAPP_PART_WEEK));
	CHECK_STR(y.view.today.site.name, "");
	CHECK_STR(y.view.group.id, "");
	CHECK_STR(y.view.service.name, "");
	kapp_youth_drop_parts(&y);
	model_close(m);
}

int main(void)
{
	model_global_init();
	RUN(parts_follow_the_screen);
	RUN(no_content_fills_only_the_base);
	return test_summary();
}
