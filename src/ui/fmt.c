/* fmt: see fmt.h. */
#include "ui/fmt.h"

#include "core/timeutil.h"
#include "core/tr.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int ui_fmt(char *out, int cap, const char *fmt, ...)
{
	if (cap <= 0)
		return 0;
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(out, (size_t)cap, fmt, ap);
	va_end(ap);
	if (n < 0) {
		out[0] = 0;
		return 0;
	}
	if (n >= cap) {
		n = cap - 1;
		while (n > 0 && ((unsigned char)out[n] & 0xC0) == 0x80)
			n--; /* out[n] starts the cut sequence: drop it whole */
		out[n] = 0;
	}
	return n;
}

void ui_fmt_hhmm(int minutes, char out[6])
{
	minutes = minutes < 0 ? 0 : minutes > 1440 ? 1440 : minutes;
	ui_fmt(out, 6, "%02d:%02d", minutes / 60, minutes % 60);
}

void ui_fmt_time_short(int m, char *out, int cap)
{
	m = m < 0 ? 0 : m > 1440 ? 1440 : m;
	if (m % 60)
		ui_fmt(out, cap, "%d:%02d", m / 60, m % 60);
	else
		ui_fmt(out, cap, "%d", m / 60);
}

void ui_fmt_hours(int open_at, int close_at, char *out, int cap)
{
	char a[16], b[16];
	ui_fmt_time_short(open_at, a, sizeof a);
	ui_fmt_time_short(close_at, b, sizeof b);
	ui_fmt(out, cap, "%s–%s", a, b);
}

void ui_fmt_span(int start, int end, char *out, int cap)
{
	char a[6], b[6];
	ui_fmt_hhmm(start, a);
	ui_fmt_hhmm(end, b);
	ui_fmt(out, cap, "%s–%s", a, b);
}

/* The names, English here under each key; every other language from its
 * catalogue in assets/po. */
static const tr_key_t weekdays[2][7] = {
	{NC_("WEEKDAY_1", "Monday"), NC_("WEEKDAY_2", "Tuesday"), NC_("WEEKDAY_3", "Wednesday"),
	 NC_("WEEKDAY_4", "Thursday"), NC_("WEEKDAY_5", "Friday"), NC_("WEEKDAY_6", "Saturday"),
	 NC_("WEEKDAY_7", "Sunday")},
	{NC_("WEEKDAY_SHORT_1", "Mon"), NC_("WEEKDAY_SHORT_2", "Tue"),
	 NC_("WEEKDAY_SHORT_3", "Wed"), NC_("WEEKDAY_SHORT_4", "Thu"),
	 NC_("WEEKDAY_SHORT_5", "Fri"), NC_("WEEKDAY_SHORT_6", "Sat"),
	 NC_("WEEKDAY_SHORT_7", "Sun")},
};
static const tr_key_t months[12] = {
	NC_("MONTH_SHORT_1", "Jan"),  NC_("MONTH_SHORT_2", "Feb"),  NC_("MONTH_SHORT_3", "Mar"),
	NC_("MONTH_SHORT_4", "Apr"),  NC_("MONTH_SHORT_5", "May"),  NC_("MONTH_SHORT_6", "Jun"),
	NC_("MONTH_SHORT_7", "Jul"),  NC_("MONTH_SHORT_8", "Aug"),  NC_("MONTH_SHORT_9", "Sep"),
	NC_("MONTH_SHORT_10", "Oct"), NC_("MONTH_SHORT_11", "Nov"), NC_("MONTH_SHORT_12", "Dec"),
};
/* TRANSLATORS: a date as the screens show it: {weekday} (its name), {day}
 * (1-31), {month} (the month's short name) or {m} (its number 1-12). The
 * weekday comes first, followed by a space. */
static const tr_key_t date_form = NC_("DATE", "{weekday} {day} {month}");

const char *ui_fmt_weekday(const char *lang, int wd, bool long_form)
{
	return tr_key(lang, &weekdays[long_form ? 0 : 1][(wd - 1 + 7) % 7]);
}

void ui_fmt_date(const char *lang, int day, bool long_form, char *out, int cap)
{
	int y, m, d;
	if (cap <= 0)
		return;
	day_to_ymd(day, &y, &m, &d);
	char dd[8], mm[8];
	snprintf(dd, sizeof dd, "%d", d);
	snprintf(mm, sizeof mm, "%d", m);
	const char *const names[] = {"{weekday}", "{day}", "{month}", "{m}"};
	const char *const with[] = {ui_fmt_weekday(lang, day_weekday(day), long_form), dd,
				    tr_key(lang, &months[(m - 1 + 12) % 12]), mm};
	int n = 0;
	out[0] = 0;
	for (const char *p = tr_key(lang, &date_form); *p && n < cap - 1;) {
		size_t i = 0;
		while (i < 4 && strncmp(p, names[i], strlen(names[i])))
			i++;
		if (i < 4) {
			n += ui_fmt(out + n, cap - n, "%s", with[i]);
			p += strlen(names[i]);
		} else {
			out[n++] = *p++;
			out[n] = 0;
		}
	}
}
