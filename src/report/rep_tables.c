/*
 * rep tables: the aggregates every output shows (weeks, weekday x hour,
 * the most opened items), computed once here so the workbook, the CSV and
 * the page always agree.
 */
#include "report/rep_internal.h"

#include "core/mem.h"
#include "core/str.h"
#include "core/timeutil.h"

#include <stdlib.h>
#include <string.h>

int rep_iso_week(int day, int *year)
{
	int thursday = day - day_weekday(day) + 4;
	int y, m, d;
	day_to_ymd(thursday, &y, &m, &d);
	if (year)
		*year = y;
	return (thursday - day_from_ymd(y, 1, 1)) / 7 + 1;
}

int rep_weeks(const rep_t *r, int k, int *monday, long long *visits, int cap)
{
	if (!r->first_day)
		return 0;
	int first = r->first_day - day_weekday(r->first_day) + 1;
	int n = 0;
	for (int d = first; d <= r->last_day && n < cap; d += 7, n++) {
		monday[n] = d;
		visits[n] = 0;
	}
	for (int i = (k < 0 ? 0 : k); i < (k < 0 ? r->nk : k + 1); i++)
		for (int j = 0; j < r->k[i].nc; j++) {
			const rep_count_t *c = &r->k[i].c[j];
			if (strcmp(c->kind, "visit"))
				continue;
			int w = (c->day - first) / 7;
			if (w >= 0 && w < n)
				visits[w] += c->n;
		}
	return n;
}

long long rep_hours(const rep_t *r, int k, long long grid[7][24])
{
	memset(grid, 0, sizeof(long long) * 7 * 24);
	long long unknown = 0;
	for (int i = (k < 0 ? 0 : k); i < (k < 0 ? r->nk : k + 1); i++)
		for (int j = 0; j < r->k[i].nc; j++) {
			const rep_count_t *c = &r->k[i].c[j];
			if (strcmp(c->kind, "visit"))
				continue;
			if (c->hour < 0)
				unknown += c->n;
			else
				grid[day_weekday(c->day) - 1][c->hour] += c->n;
		}
	return unknown;
}

static int by_count(const void *a, const void *b)
{
	const rep_kv_t *x = a, *y = b;
	if (x->n != y->n)
		return x->n < y->n ? 1 : -1;
	return strcmp(x->key, y->key);
}

int rep_keys(const rep_t *r, int k, const char *kind, rep_kv_t *out, int cap)
{
	int n = 0;
	for (int i = (k < 0 ? 0 : k); i < (k < 0 ? r->nk : k + 1); i++)
		for (int j = 0; j < r->k[i].nc; j++) {
			const rep_count_t *c = &r->k[i].c[j];
			if (strcmp(c->kind, kind))
				continue;
			int f = 0;
			while (f < n && strcmp(out[f].key, c->key))
				f++;
			if (f == n) {
				if (n == cap)
					continue;
				str_copy(out[n].key, sizeof out[n].key, c->key);
				out[n++].n = 0;
			}
			out[f].n += c->n;
		}
	qsort(out, (size_t)n, sizeof *out, by_count);
	return n;
}

/* The counts of kiosk k summed over (day, hour, kind, key): what the data
 * sheet and the CSV list. Caller frees *out. */
static int cmp_count(const void *a, const void *b)
{
	const rep_count_t *x = a, *y = b;
	if (x->day != y->day)
		return x->day - y->day;
	if (x->hour != y->hour)
		return x->hour - y->hour;
	int c = strcmp(x->kind, y->kind);
	return c ? c : strcmp(x->key, y->key);
}

int rep_rows(const rep_kiosk_t *k, rep_count_t **out)
{
	*out = NULL;
	if (!k->nc)
		return 0;
	rep_count_t *v = ovi_malloc(sizeof *v * (size_t)k->nc);
	if (!v)
		return -1;
	memcpy(v, k->c, sizeof *v * (size_t)k->nc);
	qsort(v, (size_t)k->nc, sizeof *v, cmp_count);
	int n = 0;
	for (int i = 0; i < k->nc; i++) {
		if (n && !cmp_count(&v[n - 1], &v[i]))
			v[n - 1].n += v[i].n;
		else
			v[n++] = v[i];
	}
	*out = v;
	return n;
}
