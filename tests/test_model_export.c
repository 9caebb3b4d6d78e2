#include "testlib.h"

#include "core/err.h"
#include "core/fault.h"
#include "core/log.h"
#include "model/model.h"
#include "model_fixture.h"

#include <stdlib.h>

static model_t *fresh(const char *dir)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/ovi.db", dir);
	model_t *m = NULL;
	if (model_open(path, &m) < 0)
		return NULL;
	content_t *c = fx_content(1);
	bundle_record_t rec = fx_record("/data/bundles/1");
	model_apply_content(m, c, &rec);
	content_free(c);
	return m;
}

static char *slurp(const char *dir, const char *name)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	return test_read_file(path, NULL);
}

TEST(export_writes_four_quoted_files)
{
	char *dir = test_tmpdir("export_files");
	model_t *m = fresh(dir);
	clock_set(wall_make(FX_MON, HM(9, 5)));
	char code[8];
	bool w;
	CHECK_INT(model_signup(m, "games-1", "Kettu, \"K\"", code, &w), 0);
	CHECK_INT(model_signup(m, "games-1", "=HYPERLINK(1)", code, &w), 0);
	CHECK_INT(model_signup(m, "games-1", "Ilves", code, &w), 0);
	CHECK(w);
	CHECK_INT(model_add_question(m, "housing", "fi", "Rivi yksi\nrivi kaksi", true), 0);
	CHECK_INT(model_add_question(m, "", "en", "-1+2", false), 0);
	CHECK_INT(model_count(m, wall_make(FX_MON, 600), "topic_view", "housing"), 0);
	CHECK_INT(model_count(m, wall_make(FX_MON, 600), "topic_view", "housing"), 0);
	CHECK_INT(model_add_group_idea(m, "Sählyä, kiitos", "fi"), 0);

	char out[4200];
	snprintf(out, sizeof out, "%s/export/2026-11-23", dir); /* made when missing */
	CHECK_INT(model_export(m, out), 0);

	char *s = slurp(out, "signups.csv");
	CHECK(s && !strncmp(s,
			    "\xEF\xBB\xBF"
			    "date,start,group,session,nickname,status,",
			    41));
	CHECK_CONTAINS(s, "\r\n2026-11-23,14:00,Pelikerho,games-1,\"Kettu, \"\"K\"\"\",signed up,,"
			  "2026-11-23 09:05\r\n");
	CHECK_CONTAINS(s, ",\"'=HYPERLINK(1)\",signed up,");
	CHECK_CONTAINS(s, ",Ilves,waiting,1,2026-11-23 09:05\r\n");
	free(s);

	s = slurp(out, "questions.csv");
	CHECK_CONTAINS(s, "id,asked,topic,language,crisis,status,question,answer,handled\r\n");
	CHECK_CONTAINS(s, "1,2026-11-23 09:05,housing,fi,yes,pending,"
			  "\"Rivi yksi\nrivi kaksi\",,\r\n");
	CHECK_CONTAINS(s, "2,2026-11-23 09:05,,en,no,pending,\"'-1+2\",,\r\n");
	free(s);

	s = slurp(out, "counters.csv");
	CHECK_CONTAINS(s, "date,hour,kind,key,count\r\n");
	CHECK_CONTAINS(s, "2026-11-23,10,topic_view,housing,2\r\n");
	CHECK_CONTAINS(s, "2026-11-23,9,signup,games,3\r\n");
	CHECK_CONTAINS(s, "2026-11-23,9,question,,1\r\n");
	free(s);

	s = slurp(out, "group_ideas.csv");
	CHECK_CONTAINS(s, "id,suggested,language,status,idea\r\n1,2026-11-23 09:05,fi,pending,"
			  "\"Sählyä, kiitos\"\r\n");
	free(s);
	model_close(m);
	free(dir);
}

/* A sign-up for a session a later bundle removed still exports. */
TEST(export_survives_removed_sessions)
{
	char *dir = test_tmpdir("export_removed");
	model_t *m = fresh(dir);
	clock_set(wall_make(FX_MON, HM(9, 5)));
	char code[8];
	bool w;
	CHECK_INT(model_signup(m, "games-2", "Orava", code, &w), 0);
	content_t *c = fx_content(2);
	bundle_record_t rec = fx_record("/data/bundles/2");
	CHECK_INT(model_apply_content(m, c, &rec), 0);
	content_free(c);
	CHECK_INT(model_export(m, dir), 0);
	char *s = slurp(dir, "signups.csv");
	CHECK_CONTAINS(s, "\r\n,,,games-2,Orava,signed up,,2026-11-23 09:05\r\n");
	free(s);
	model_close(m);
	free(dir);
}

/* A failing write leaves the file that was there, and says which one. */
TEST(export_failure_keeps_old_files)
{
	char *dir = test_tmpdir("export_fail");
	model_t *m = fresh(dir);
	CHECK_INT(model_export(m, dir), 0);
	char *before = slurp(dir, "counters.csv");
	CHECK_INT(model_count(m, wall_make(FX_MON, 600), "topic_view", "money"), 0);
	fault_arm(FAULT_WRITE, 3, true);
	int rc = model_export(m, dir);
	fault_disarm_all();
	CHECK(rc < 0);
	CHECK_CONTAINS(err_last(), "export of counters.csv");
	char *after = slurp(dir, "counters.csv");
	CHECK_STR(after, before);
	free(before);
	free(after);
	CHECK_INT(model_export(m, dir), 0);
	after = slurp(dir, "counters.csv");
	CHECK_CONTAINS(after, "topic_view,money,1");
	free(after);

	CHECK(model_export(m, "/proc/version/nope") < 0);
	CHECK_CONTAINS(err_last(), "export");
	model_close(m);
	free(dir);
}

int main(void)
{
	if (model_global_init() < 0) {
		fprintf(stderr, "%s\n", err_last());
		return 1;
	}
	log_set_level(OVI_LOG_WARN);
	RUN(export_writes_four_quoted_files);
	RUN(export_survives_removed_sessions);
	RUN(export_failure_keeps_old_files);
	return test_summary();
}
