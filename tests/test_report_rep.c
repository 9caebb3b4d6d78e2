/* report/rep.h: reading exports, small counts, weeks and hours, and what a
 * broken or hostile export gets (a message naming the file and line). */
#include "testlib.h"

#include "core/err.h"
#include "core/fs.h"
#include "core/log.h"
#include "core/timeutil.h"
#include "report/rep.h"
#include "report/rep_internal.h"

#include <stdlib.h>
#include <string.h>

static char *root;

static void write(const char *dir, const char *name, const char *text)
{
	char path[4300];
	fs_mkdirs(dir, 0755);
	snprintf(path, sizeof path, "%s/%s", dir, name);
	CHECK_INT(test_write_file(path, text, strlen(text)), 0);
}

TEST(small_counts_are_hidden)
{
	char s[24];
	rep_fmt_count(0, s);
	CHECK_STR(s, "0");
	for (int n = 1; n < REP_SMALL; n++) {
		rep_fmt_count(n, s);
		CHECK_STR(s, "<5");
	}
	rep_fmt_count(5, s);
	CHECK_STR(s, "5");
	rep_fmt_count(123456, s);
	CHECK_STR(s, "123456");
}

TEST(iso_weeks)
{
	int y;
	CHECK_INT(rep_iso_week(day_from_ymd(2026, 11, 23), &y), 48);
	CHECK_INT(y, 2026);
	/* 2027-01-01 is a Friday: still week 53 of 2026. */
	CHECK_INT(rep_iso_week(day_from_ymd(2027, 1, 1), &y), 53);
	CHECK_INT(y, 2026);
	CHECK_INT(rep_iso_week(day_from_ymd(2027, 1, 4), &y), 1);
	CHECK_INT(y, 2027);
}

TEST(a_tree_of_kiosks)
{
	char a[4300], b[4300];
	snprintf(a, sizeof a, "%s/drop/site-a/kiosk-1", root);
	snprintf(b, sizeof b, "%s/drop/site-b/ovi-kiosk/ovi-export", root);
	write(a, "counters.csv",
	      "\xEF\xBB\xBF"
	      "date,hour,kind,key,count\r\n"
	      "2026-11-23,10,visit,,7\r\n2026-11-23,14,visit,,3\r\n"
	      "2026-11-24,15,topic_view,work,9\r\n2026-11-24,15,visit_language,uk,2\r\n");
	write(a, "status.ini",
	      "[kiosk]\nsite = site-a\nsite_name = Paikka A\nkiosk = k1\n"
	      "bundle_serial = 12\nwritten = 2026-11-30 12:00\n");
	write(a, "labels.csv", "kind,key,label\ntopic_view,work,Työ\n");
	/* An export from before hours were counted, under a stick's folders. */
	write(b, "counters.csv", "date,kind,key,count\n2026-11-30,visit,,6\n");
	rep_t r;
	rep_init(&r, "fi");
	char drop[4300];
	snprintf(drop, sizeof drop, "%s/drop", root);
	CHECK_INT(rep_add_dir(&r, drop), 2);
	CHECK_INT(r.nk, 2);
	CHECK_STR(r.k[0].site_name, "Paikka A");
	CHECK_INT(r.k[0].serial, 12);
	CHECK_STR(r.k[1].site, "site-b"); /* named after the folder above ovi-kiosk/ */
	CHECK_INT(rep_sum(&r, -1, "visit", NULL), 16);
	CHECK_INT(rep_sum(&r, 0, "visit", NULL), 10);
	CHECK_STR(rep_label(&r, "topic_view", "work"), "Työ");
	CHECK_STR(rep_label(&r, "visit_language", "uk"), "Українська");
	CHECK_STR(rep_label(&r, "topic_view", "money"), "money");
	long long grid[7][24];
	CHECK_INT(rep_hours(&r, -1, grid), 6); /* site-b's hours are not known */
	CHECK_INT(grid[0][10], 7);
	CHECK_INT(grid[0][14], 3);
	int monday[8];
	long long v[8];
	CHECK_INT(rep_weeks(&r, -1, monday, v, 8), 2);
	CHECK_INT(v[0], 10);
	CHECK_INT(v[1], 6);
	/* Every output is written, and the small counts in them are "<5". */
	char path[4400];
	snprintf(path, sizeof path, "%s/r.csv", root);
	CHECK_INT(rep_write_csv(&r, path), 0);
	char *csv = test_read_file(path, NULL);
	CHECK_CONTAINS(csv, "Paikka A;k1;2026-11-23;ma;14;visit;;<5\r\n");
	CHECK_CONTAINS(csv, "Paikka A;k1;2026-11-23;ma;10;visit;;7\r\n");
	CHECK_CONTAINS(csv, "site-b;;2026-11-30;ma;;visit;;6\r\n");
	free(csv);
	snprintf(path, sizeof path, "%s/r.html", root);
	CHECK_INT(rep_write_html(&r, path), 0);
	char *html = test_read_file(path, NULL);
	CHECK_CONTAINS(html, ">Työ<");
	/* The two Ukrainian visits: no bar, and "<5". */
	const char *uk = strstr(html, "Українська</text>");
	CHECK(uk != NULL);
	if (uk) {
		char row[300];
		snprintf(row, sizeof row, "%.250s", uk);
		CHECK_CONTAINS(row, "width=\"0\"");
		CHECK_CONTAINS(row, ">&lt;5</text>");
	}
	free(html);
	snprintf(path, sizeof path, "%s/r.xlsx", root);
	CHECK_INT(rep_write_xlsx(&r, path), 0);
	CHECK(fs_exists(path));
	rep_free(&r);
}

TEST(broken_exports_are_named)
{
	char d[4300];
	rep_t r;
	snprintf(d, sizeof d, "%s/bad1", root);
	write(d, "counters.csv", "date,hour,kind,key,count\n2026-13-40,10,visit,,1\n");
	rep_init(&r, "en");
	CHECK(rep_add_dir(&r, d) < 0);
	CHECK_CONTAINS(err_last(), "counters.csv line 2: '2026-13-40' is not a date");
	rep_free(&r);
	snprintf(d, sizeof d, "%s/bad2", root);
	write(d, "counters.csv", "name,phone\nAino,040\n");
	rep_init(&r, "en");
	CHECK(rep_add_dir(&r, d) < 0);
	CHECK_CONTAINS(err_last(), "not Ovi's counters");
	rep_free(&r);
	/* A lying export: hours out of range become "not known", negative and
	 * zero counts are dropped, a hostile site name is escaped on the page. */
	snprintf(d, sizeof d, "%s/odd", root);
	write(d, "counters.csv",
	      "date,hour,kind,key,count\n2026-11-23,99,visit,,8\n"
	      "2026-11-23,10,visit,,-5\n2026-11-23,10,visit,,0\n");
	write(d, "status.ini", "[kiosk]\nsite_name = <script>alert(1)</script>\n");
	rep_init(&r, "en");
	CHECK_INT(rep_add_dir(&r, d), 1);
	CHECK_INT(rep_sum(&r, -1, "visit", NULL), 8);
	long long grid[7][24];
	CHECK_INT(rep_hours(&r, -1, grid), 8);
	char path[4400];
	snprintf(path, sizeof path, "%s/odd.html", root);
	CHECK_INT(rep_write_html(&r, path), 0);
	char *html = test_read_file(path, NULL);
	CHECK(!strstr(html, "<script>"));
	CHECK_CONTAINS(html, "&lt;script&gt;");
	free(html);
	rep_free(&r);
	snprintf(d, sizeof d, "%s/empty", root);
	fs_mkdirs(d, 0755);
	rep_init(&r, "en");
	CHECK_INT(rep_add_dir(&r, d), OVI_ENOTFOUND);
	rep_free(&r);
}

int main(void)
{
	log_set_level(OVI_LOG_WARN);
	root = test_tmpdir("report_rep");
	RUN(small_counts_are_hidden);
	RUN(iso_weeks);
	RUN(a_tree_of_kiosks);
	RUN(broken_exports_are_named);
	free(root);
	return test_summary();
}
