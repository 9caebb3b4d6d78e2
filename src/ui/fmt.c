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

const char *ui_fmt_weekday(const char *lang, int wd, bool long_form)
{
	static const char *const names[3][2][7] = {
		{{"maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai",
		  "sunnuntai"},
		 {"ma", "ti", "ke", "to", "pe", "la", "su"}},
		{{"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"},
		 {"mån", "tis", "ons", "tor", "fre", "lör", "sön"}},
		{{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"},
		 {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}},
	};
	int l = (int)tr_frame(lang);
	return names[l][long_form ? 0 : 1][(wd - 1 + 7) % 7];
}

void ui_fmt_date(const char *lang, int day, bool long_form, char *out, int cap)
{
	static const char *const months[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
					       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
	int y, m, d;
	if (cap <= 0)
		return;
	day_to_ymd(day, &y, &m, &d);
	const char *name = ui_fmt_weekday(lang, day_weekday(day), long_form);
	if (tr_frame(lang) == TR_FRAME_EN)
		snprintf(out, (size_t)cap, "%s %d %s", name, d, months[(m - 1) % 12]);
	else
		snprintf(out, (size_t)cap, "%s %d.%d.", name, d, m);
}
