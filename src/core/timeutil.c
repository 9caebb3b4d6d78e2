#include "core/timeutil.h"

#include "core/str.h"

#include <ctype.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static atomic_bool pinned;
static _Atomic int64_t pinned_ms; /* wall milliseconds */
static _Atomic int64_t mono_offset_ms;
static _Atomic int64_t wall_offset_s; /* clock_set_running() */

static wall_t system_now(void)
{
	time_t t = time(NULL);
	struct tm tm;
	localtime_r(&t, &tm);
	return (wall_t)timegm(&tm);
}

wall_t clock_now(void)
{
	if (pinned)
		return pinned_ms / 1000;
	return system_now() + wall_offset_s;
}

void clock_set_running(wall_t t)
{
	if (pinned)
		pinned_ms = t * 1000;
	else
		wall_offset_s = t - system_now();
}

void clock_set(wall_t t)
{
	pinned_ms = t * 1000;
	pinned = true;
}

void clock_advance_ms(int64_t ms)
{
	mono_offset_ms += ms;
	if (pinned)
		pinned_ms += ms;
}

bool clock_is_pinned(void)
{
	return pinned;
}

int64_t clock_mono_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000 + mono_offset_ms;
}

static int64_t floordiv(int64_t a, int64_t b)
{
	return a / b - (a % b != 0 && ((a < 0) != (b < 0)));
}

int wall_day(wall_t t)
{
	return (int)floordiv(t, 86400);
}
int wall_minute(wall_t t)
{
	return (int)((t - (wall_t)wall_day(t) * 86400) / 60);
}
wall_t wall_make(int day, int minute)
{
	return (wall_t)day * 86400 + (wall_t)minute * 60;
}

/* Howard Hinnant's days_from_civil. */
int day_from_ymd(int y, int m, int d)
{
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int)doe - 719468;
}

void day_to_ymd(int z, int *y, int *m, int *d)
{
	z += 719468;
	int era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int yy = (int)yoe + era * 400;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = yy + (*m <= 2);
}

int day_weekday(int day)
{
	/* 1970-01-01 was a Thursday (4). */
	int w = (int)floordiv((int64_t)day + 3, 7);
	return day + 3 - w * 7 + 1;
}

static int days_in_month(int y, int m)
{
	static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

static int read_uint(const char **s, int maxdigits)
{
	int v = 0, n = 0;
	while (isdigit((unsigned char)**s) && n < maxdigits) {
		v = v * 10 + (**s - '0');
		(*s)++;
		n++;
	}
	if (n == 0 || isdigit((unsigned char)**s))
		return -1;
	return v;
}

static int check_ymd(int y, int m, int d)
{
	if (y < 1970 || y > 2200 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
		return -1;
	return day_from_ymd(y, m, d);
}

int parse_date(const char *s)
{
	const char *p = s;
	int a = read_uint(&p, 4);
	if (a < 0)
		return -1;
	if (*p == '-' && p - s == 4) {
		p++;
		int m = read_uint(&p, 2);
		if (m < 0 || *p++ != '-')
			return -1;
		int d = read_uint(&p, 2);
		if (d < 0 || *p)
			return -1;
		return check_ymd(a, m, d);
	}
	if (*p == '.' && p - s <= 2) {
		p++;
		int m = read_uint(&p, 2);
		if (m < 0 || *p++ != '.')
			return -1;
		const char *ys = p;
		int y = read_uint(&p, 4);
		if (y < 0 || p - ys != 4)
			return -1;
		if (*p == '.')
			p++;
		if (*p)
			return -1;
		return check_ymd(y, m, a);
	}
	return -1;
}

int parse_hhmm(const char *s, bool allow_24)
{
	const char *p = s;
	int h = read_uint(&p, 2);
	if (h < 0 || (*p != ':' && *p != '.'))
		return -1;
	p++;
	const char *ms = p;
	int m = read_uint(&p, 2);
	if (m < 0 || p - ms != 2 || *p)
		return -1;
	if (m > 59 || h > 24 || (h == 24 && (m != 0 || !allow_24)))
		return -1;
	return h * 60 + m;
}

wall_t parse_datetime(const char *s)
{
	char date[32];
	size_t n = strcspn(s, " T");
	if (n >= sizeof date || !s[n])
		return -1;
	memcpy(date, s, n);
	date[n] = 0;
	int day = parse_date(date);
	if (day < 0)
		return -1;
	const char *t = s + n + 1;
	char hm[6];
	if (strlen(t) == 8 && t[5] == ':') {
		memcpy(hm, t, 5);
		hm[5] = 0;
		const char *sp = t + 6;
		int sec = read_uint(&sp, 2);
		if (sec < 0 || sec > 59 || *sp)
			return -1;
		int min = parse_hhmm(hm, false);
		return min < 0 ? -1 : wall_make(day, min) + sec;
	}
	int min = parse_hhmm(t, false);
	return min < 0 ? -1 : wall_make(day, min);
}

int parse_weekday(const char *s)
{
	static const char *names[7][8] = {
		{"ma", "maanantai", "må", "måndag", "mon", "monday", "mo", NULL},
		{"ti", "tiistai", "tisdag", "tue", "tuesday", "tu", "tues", NULL},
		{"ke", "keskiviikko", "on", "onsdag", "wed", "wednesday", "we", NULL},
		{"to", "torstai", "torsdag", "thu", "thursday", "th", "thur", "thurs"},
		{"pe", "perjantai", "fr", "fredag", "fri", "friday", NULL, NULL},
		{"la", "lauantai", "lö", "lördag", "sat", "saturday", "sa", NULL},
		{"su", "sunnuntai", "sö", "söndag", "sun", "sunday", NULL, NULL},
	};
	char buf[32];
	str_copy(buf, sizeof buf, s);
	str_trim(buf);
	size_t n = strlen(buf);
	if (n && buf[n - 1] == '.')
		buf[--n] = 0;
	if (n == 1 && buf[0] >= '1' && buf[0] <= '7')
		return buf[0] - '0';
	/* Lowercase ASCII and the two-byte Å, Ä, Ö. */
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)buf[i];
		if (c >= 'A' && c <= 'Z')
			buf[i] = (char)(c + 32);
		else if (c == 0xC3 && i + 1 < n) {
			unsigned char d = (unsigned char)buf[i + 1];
			if (d == 0x85 || d == 0x84 || d == 0x96)
				buf[i + 1] = (char)(d + 0x20);
			i++;
		}
	}
	for (int d = 0; d < 7; d++)
		for (int k = 0; k < 8 && names[d][k]; k++)
			if (strcmp(buf, names[d][k]) == 0)
				return d + 1;
	return 0;
}

void fmt_hhmm(int minutes, char out[6])
{
	if (minutes < 0)
		minutes = 0;
	unsigned h = (unsigned)(minutes / 60) % 100u, m = (unsigned)minutes % 60u;
	out[0] = (char)('0' + h / 10);
	out[1] = (char)('0' + h % 10);
	out[2] = ':';
	out[3] = (char)('0' + m / 10);
	out[4] = (char)('0' + m % 10);
	out[5] = 0;
}

void fmt_date(int day, char out[11])
{
	int y, m, d;
	day_to_ymd(day, &y, &m, &d);
	unsigned yy = (unsigned)y % 10000u;
	snprintf(out, 11, "%04u-%02u-%02u", yy, (unsigned)m % 100u, (unsigned)d % 100u);
}

void fmt_datetime(wall_t t, char out[17])
{
	char d[11], hm[6];
	fmt_date(wall_day(t), d);
	fmt_hhmm(wall_minute(t), hm);
	memcpy(out, d, 10);
	out[10] = ' ';
	memcpy(out + 11, hm, 6);
}
