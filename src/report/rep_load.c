/*
 * rep load: the kiosks under a folder, each its counters.csv and status.ini.
 */
#include "report/rep.h"

#include "bundle/csv.h"
#include "bundle/ini.h"
#include "core/err.h"
#include "core/fs.h"
#include "core/lang.h"
#include "core/mem.h"
#include "core/str.h"
#include "core/timeutil.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define MAX_FILE  (64 * 1024 * 1024)
#define MAX_DEPTH 6

void rep_init(rep_t *r, const char *lang)
{
	memset(r, 0, sizeof *r);
	str_copy(r->lang, sizeof r->lang, lang && *lang ? lang : "en");
}

void rep_free(rep_t *r)
{
	for (int i = 0; i < r->nk; i++) {
		ovi_free(r->k[i].c);
		ovi_free(r->k[i].labels);
	}
	ovi_free(r->k);
	memset(r, 0, sizeof *r);
}

static int add_count(rep_kiosk_t *k, const rep_count_t *c)
{
	if (k->nc == k->capc) {
		int cap = k->capc ? k->capc * 2 : 256;
		rep_count_t *v = ovi_realloc(k->c, sizeof *v * (size_t)cap);
		if (!v)
			return err_set(OVI_ENOMEM, "out of memory reading the counts");
		k->c = v, k->capc = cap;
	}
	k->c[k->nc++] = *c;
	return OVI_OK;
}

static void status(rep_kiosk_t *k, const char *dir)
{
	char path[700], *data = NULL;
	size_t len;
	snprintf(path, sizeof path, "%s/status.ini", dir);
	if (fs_read_file(path, 1024 * 1024, &data, &len) < 0)
		return;
	ini_t *ini = NULL;
	if (ini_parse("status.ini", data, len, &ini) == 0) {
		const char *v;
		if ((v = ini_get(ini, "kiosk", "site")) && *v)
			str_copy(k->site, sizeof k->site, v);
		if ((v = ini_get(ini, "kiosk", "site_name")) && *v)
			str_copy(k->site_name, sizeof k->site_name, v);
		if ((v = ini_get(ini, "kiosk", "kiosk")))
			str_copy(k->kiosk, sizeof k->kiosk, v);
		if ((v = ini_get(ini, "kiosk", "version")))
			str_copy(k->version, sizeof k->version, v);
		if ((v = ini_get(ini, "kiosk", "bundle_serial")))
			k->serial = atoll(v);
		if ((v = ini_get(ini, "kiosk", "last_import")))
			str_copy(k->last_import, sizeof k->last_import, v);
		if ((v = ini_get(ini, "kiosk", "last_import_result")))
			str_copy(k->last_result, sizeof k->last_result, v);
		if ((v = ini_get(ini, "kiosk", "written")))
			str_copy(k->written, sizeof k->written, v);
		if ((v = ini_get(ini, "kiosk", "free_space_mb")) && *v)
			k->free_mb = atoll(v);
		if ((v = ini_get(ini, "kiosk", "uptime_s")) && *v)
			k->uptime_s = atoll(v);
	}
	ini_free(ini);
	ovi_free(data);
}

/* labels.csv beside the counts (optional: older exports lack it). */
static void labels(rep_kiosk_t *k, const char *dir)
{
	char path[700], *data = NULL;
	size_t len;
	snprintf(path, sizeof path, "%s/labels.csv", dir);
	if (fs_read_file(path, MAX_FILE, &data, &len) < 0)
		return;
	csv_t *csv = NULL;
	if (csv_parse_rows(path, data, len, 1000 * 1000, &csv) == 0) {
		int ck = csv_col(csv, "kind"), ckey = csv_col(csv, "key"),
		    cl = csv_col(csv, "label");
		if (ck >= 0 && ckey >= 0 && cl >= 0 && csv->nrows > 0 &&
		    (k->labels = ovi_calloc((size_t)csv->nrows, sizeof *k->labels))) {
			for (int i = 0; i < csv->nrows; i++) {
				rep_label_t *l = &k->labels[k->nlabels];
				str_copy(l->kind, sizeof l->kind, csv->rows[i].cols[ck]);
				str_copy(l->key, sizeof l->key, csv->rows[i].cols[ckey]);
				str_copy(l->label, sizeof l->label, csv->rows[i].cols[cl]);
				if (l->label[0])
					k->nlabels++;
			}
		}
	}
	csv_free(csv);
	ovi_free(data);
}

const char *rep_label(const rep_t *r, const char *kind, const char *key)
{
	for (int i = 0; i < r->nk; i++)
		for (int j = 0; j < r->k[i].nlabels; j++)
			if (!strcmp(r->k[i].labels[j].key, key) &&
			    !strcmp(r->k[i].labels[j].kind, kind))
				return r->k[i].labels[j].label;
	if (!strcmp(kind, "visit_language") || !strcmp(kind, "language")) {
		/* Each language in its own words, as on the kiosk's buttons. */
		const char *name = lang_name(key);
		if (name)
			return name;
	}
	return key;
}

/* One kiosk: dir holds counters.csv. */
static int add_kiosk(rep_t *r, const char *dir)
{
	char path[700], *data = NULL;
	size_t len;
	snprintf(path, sizeof path, "%s/counters.csv", dir);
	int rc = fs_read_file(path, MAX_FILE, &data, &len);
	if (rc < 0)
		return err_prefix(rc, "%s: ", path);
	csv_t *csv = NULL;
	rc = csv_parse_rows(path, data, len, 10 * 1000 * 1000, &csv);
	ovi_free(data);
	if (rc < 0)
		return rc;
	int cd = csv_col(csv, "date"), ch = csv_col(csv, "hour"), ck = csv_col(csv, "kind"),
	    ckey = csv_col(csv, "key"), cn = csv_col(csv, "count");
	if (cd < 0 || ck < 0 || ckey < 0 || cn < 0) {
		csv_free(csv);
		return err_set(OVI_EREJECT, "%s: not Ovi's counters (date, kind, key, count)",
			       path);
	}
	if (r->nk == r->capk) {
		int cap = r->capk ? r->capk * 2 : 8;
		rep_kiosk_t *v = ovi_realloc(r->k, sizeof *v * (size_t)cap);
		if (!v) {
			csv_free(csv);
			return err_set(OVI_ENOMEM, "out of memory reading the counts");
		}
		r->k = v, r->capk = cap;
	}
	rep_kiosk_t *k = &r->k[r->nk];
	memset(k, 0, sizeof *k);
	k->free_mb = k->uptime_s = -1;
	str_copy(k->dir, sizeof k->dir, dir);
	/* An export folder is named ovi-export, inside ovi-kiosk on a stick:
	 * the folder above those names it better. */
	char up[512];
	str_copy(up, sizeof up, dir);
	for (int i = 0; i < 2; i++) {
		char *slash = strrchr(up, '/');
		const char *last = slash ? slash + 1 : up;
		if (slash && slash > up &&
		    (!strcmp(last, "ovi-export") || !strcmp(last, "ovi-kiosk")))
			*slash = 0;
	}
	const char *ub = strrchr(up, '/');
	str_copy(k->site, sizeof k->site, ub && ub[1] ? ub + 1 : up);
	status(k, dir);
	labels(k, dir);
	if (!k->site_name[0])
		str_copy(k->site_name, sizeof k->site_name, k->site);
	rc = OVI_OK;
	for (int i = 0; i < csv->nrows && rc == OVI_OK; i++) {
		char **c = csv->rows[i].cols;
		rep_count_t x = {.hour = -1};
		x.day = parse_date(c[cd]);
		if (x.day < 0) {
			rc = err_set(OVI_EREJECT, "%s line %d: '%s' is not a date", path,
				     csv->rows[i].line, c[cd]);
			break;
		}
		if (ch >= 0 && c[ch][0])
			x.hour = atoi(c[ch]);
		if (x.hour < -1 || x.hour > 23)
			x.hour = -1;
		str_copy(x.kind, sizeof x.kind, c[ck]);
		str_copy(x.key, sizeof x.key, c[ckey]);
		x.n = atoll(c[cn]);
		if (x.n <= 0)
			continue;
		rc = add_count(k, &x);
		if (!r->first_day || x.day < r->first_day)
			r->first_day = x.day;
		if (x.day > r->last_day)
			r->last_day = x.day;
	}
	csv_free(csv);
	if (rc < 0) {
		ovi_free(k->c);
		ovi_free(k->labels);
		return rc;
	}
	r->nk++;
	return 1;
}

static int walk(rep_t *r, const char *dir, int depth)
{
	char path[700];
	snprintf(path, sizeof path, "%s/counters.csv", dir);
	if (fs_exists(path))
		return add_kiosk(r, dir);
	if (depth >= MAX_DEPTH)
		return 0;
	struct dirent **names = NULL;
	int n = scandir(dir, &names, NULL, alphasort);
	if (n < 0)
		return 0;
	int found = 0, rc = 0;
	for (int i = 0; i < n; i++) {
		if (rc >= 0 && names[i]->d_name[0] != '.') {
			char sub[700];
			struct stat st;
			snprintf(sub, sizeof sub, "%s/%s", dir, names[i]->d_name);
			if (lstat(sub, &st) == 0 && S_ISDIR(st.st_mode)) {
				rc = walk(r, sub, depth + 1);
				if (rc > 0)
					found += rc;
			}
		}
		free(names[i]);
	}
	free(names);
	return rc < 0 ? rc : found;
}

int rep_add_dir(rep_t *r, const char *dir)
{
	if (!fs_is_dir(dir))
		return err_set(OVI_ENOTFOUND, "%s is not a folder", dir);
	int rc = walk(r, dir, 0);
	if (rc == 0)
		return err_set(OVI_ENOTFOUND,
			       "%s has no counters.csv (an export from a kiosk: ovi export, or "
			       "the ovi-kiosk/ovi-export folder on a stick)",
			       dir);
	return rc;
}

long long rep_sum(const rep_t *r, int k, const char *kind, const char *key)
{
	long long s = 0;
	for (int i = k < 0 ? 0 : k; i < (k < 0 ? r->nk : k + 1); i++)
		for (int j = 0; j < r->k[i].nc; j++) {
			const rep_count_t *c = &r->k[i].c[j];
			if (!strcmp(c->kind, kind) && (!key || !strcmp(c->key, key)))
				s += c->n;
		}
	return s;
}

void rep_fmt_count(long long n, char out[24])
{
	if (n > 0 && n < REP_SMALL)
		snprintf(out, 24, "<%d", REP_SMALL);
	else
		snprintf(out, 24, "%lld", n);
}
