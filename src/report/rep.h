/*
 * rep: the evaluation a site's funders read ("how is it used"), from the
 * anonymous counts kiosks export (counters.csv, written by model_export())
 * and their status (status.ini, written by the sync layer).
 *
 * Input is folders: one kiosk's export (a stick's ovi-kiosk/ovi-export/), or
 * a tree of them (what a network of kiosks uploaded: site/kiosk/...). Every
 * folder under the given ones that holds counters.csv is one kiosk.
 *
 * Output, in fi, sv or en:
 *   - rep_write_xlsx(): a workbook Finnish Excel opens as it is (real dates
 *     and numbers, one sheet per question a funder asks);
 *   - rep_write_csv(): the same rows as CSV (UTF-8 with a BOM, semicolons:
 *     Finnish Excel's own);
 *   - rep_write_html(): one self-contained page (inline SVG charts, no
 *     scripts, prints to PDF) for one kiosk or many side by side.
 *
 * Small numbers: a count of 1 to 4 in any cell, bar or total is shown as
 * "<5" (REP_SMALL), so that no table narrows down to a person.
 */
#ifndef OVI_REPORT_REP_H
#define OVI_REPORT_REP_H

#include <stdbool.h>
#include <stdint.h>

#define REP_SMALL 5 /* counts below this are shown as "<5" */

typedef struct rep_count {
	int day;  /* timeutil's day number */
	int hour; /* 0..23, -1 when not known (counted before schema 5) */
	char kind[24];
	char key[64];
	long long n;
} rep_count_t;

typedef struct rep_kiosk {
	char dir[512];	      /* where its counters.csv is */
	char site[64];	      /* the bundle's site id, else the folder's name */
	char site_name[128];  /* the site's name, else site */
	char kiosk[64];	      /* the kiosk's own name (host), "" when not known */
	char version[32];     /* Ovi's version */
	long long serial;     /* the bundle it shows, 0 when not known */
	char last_import[40]; /* "2026-11-22 14:01", "" when not known */
	char last_result[160];
	char written[40];   /* when its status was written: last seen */
	long long free_mb;  /* -1 when not known */
	long long uptime_s; /* -1 when not known */
	rep_count_t *c;
	int nc, capc;
	struct rep_label *labels; /* labels.csv: what its ids are called */
	int nlabels;
} rep_kiosk_t;

typedef struct rep_label {
	char kind[24];
	char key[64];
	char label[96];
} rep_label_t;

typedef struct rep {
	rep_kiosk_t *k;
	int nk, capk;
	int first_day, last_day; /* the period the counts cover; 0 when none */
	char lang[4];		 /* "fi", "sv" or "en" */
} rep_t;

/* An empty report in lang (unknown languages give English). */
void rep_init(rep_t *r, const char *lang);
void rep_free(rep_t *r);

/* Adds every kiosk found in dir or below it (depth up to 6). Returns how
 * many were added (0: none, err_last() says so), or an error for a file that
 * could not be read or parsed (its name and line in err_last()). */
int rep_add_dir(rep_t *r, const char *dir);

/* Sum of the counts of kind (key NULL: any key) of kiosk k (-1: all). */
long long rep_sum(const rep_t *r, int k, const char *kind, const char *key);

/* What key of kind is called: a topic's title, a language's own name;
 * key itself when nothing says. */
const char *rep_label(const rep_t *r, const char *kind, const char *key);

/* "12" or "<5" (or "0"): a count as every output shows it. */
void rep_fmt_count(long long n, char out[24]);

int rep_write_csv(const rep_t *r, const char *path);
int rep_write_xlsx(const rep_t *r, const char *path);
int rep_write_html(const rep_t *r, const char *path);
/* Both spreadsheets: base.xlsx and base.csv (base has no extension). */
int rep_write_sheets(const rep_t *r, const char *base);

/* The words of the report in r->lang. */
typedef enum {
	RT_TITLE,
	RT_PERIOD,
	RT_SITES,
	RT_VISITS,
	RT_NUMBERS,
	RT_QUESTIONS,
	RT_SIGNUPS,
	RT_CANCELS,
	RT_IDEAS,
	RT_SEARCHES,
	RT_SEARCH_HIT,
	RT_SEARCH_MISS,
	RT_FEEDBACK,
	RT_FEEDBACK_1,
	RT_FEEDBACK_2,
	RT_FEEDBACK_3,
	RT_BY_WEEK,
	RT_BY_HOUR,
	RT_WEEKDAY,
	RT_HOUR,
	RT_TOPICS,
	RT_TOPIC,
	RT_LANGUAGES,
	RT_LANGUAGE,
	RT_SCREENS,
	RT_SCREEN,
	RT_SIDE_BY_SIDE,
	RT_SITE,
	RT_KIOSK,
	RT_VERSION,
	RT_SERIAL,
	RT_LAST_IMPORT,
	RT_LAST_SEEN,
	RT_WEEK,
	RT_DATE,
	RT_KIND,
	RT_KEY,
	RT_COUNT,
	RT_SMALL_NOTE,
	RT_PRIVACY_NOTE,
	RT_TOTAL,
	RT_SUMMARY,
	RT_DATA,
	RT_NOTHING,
	RT_UNKNOWN_HOUR,
	RT_FREE_SPACE,
	RT_WEEKDAYS, /* "ma ti ke to pe la su" */
	RT_COUNT_
} rep_text_t;
const char *rep_tx(const rep_t *r, rep_text_t id);
/* The weekday's short name, 1 = Monday .. 7 = Sunday. */
const char *rep_weekday(const rep_t *r, int wd);

#endif
