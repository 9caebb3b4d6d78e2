/* rep text: the report's words, English here under each key; every other
 * language from its catalogue in assets/po. */
#include "report/rep.h"

#include "core/tr.h"

#include <string.h>

static const tr_key_t keys[RT_COUNT_] = {
	[RT_TITLE] = NC_("RT_TITLE", "Ovi: how the kiosk was used"),
	[RT_PERIOD] = NC_("RT_PERIOD", "Period"),
	[RT_SITES] = NC_("RT_SITES", "Kiosks"),
	[RT_VISITS] = NC_("RT_VISITS", "Visits"),
	[RT_NUMBERS] = NC_("RT_NUMBERS", "Queue numbers"),
	[RT_QUESTIONS] = NC_("RT_QUESTIONS", "Questions"),
	[RT_SIGNUPS] = NC_("RT_SIGNUPS", "Sign-ups"),
	[RT_CANCELS] = NC_("RT_CANCELS", "Cancellations"),
	[RT_IDEAS] = NC_("RT_IDEAS", "Group ideas"),
	[RT_SEARCHES] = NC_("RT_SEARCHES", "Searches"),
	[RT_SEARCH_HIT] = NC_("RT_SEARCH_HIT", "Search found services"),
	[RT_SEARCH_MISS] = NC_("RT_SEARCH_MISS", "Search found nothing"),
	[RT_FEEDBACK] = NC_("RT_FEEDBACK", "How was the visit?"),
	[RT_FEEDBACK_1] = NC_("RT_FEEDBACK_1", "Not good"),
	[RT_FEEDBACK_2] = NC_("RT_FEEDBACK_2", "Okay"),
	[RT_FEEDBACK_3] = NC_("RT_FEEDBACK_3", "Good"),
	[RT_BY_WEEK] = NC_("RT_BY_WEEK", "Visits by week"),
	[RT_BY_HOUR] = NC_("RT_BY_HOUR", "Visits by weekday and hour"),
	[RT_WEEKDAY] = NC_("RT_WEEKDAY", "Day"),
	[RT_HOUR] = NC_("RT_HOUR", "Hour"),
	[RT_TOPICS] = NC_("RT_TOPICS", "Topics opened"),
	[RT_TOPIC] = NC_("RT_TOPIC", "Topic"),
	[RT_LANGUAGES] = NC_("RT_LANGUAGES", "Languages of visits"),
	[RT_LANGUAGE] = NC_("RT_LANGUAGE", "Language"),
	[RT_SCREENS] = NC_("RT_SCREENS", "Screens opened"),
	[RT_SCREEN] = NC_("RT_SCREEN", "Screen"),
	[RT_SIDE_BY_SIDE] = NC_("RT_SIDE_BY_SIDE", "Kiosks side by side"),
	[RT_SITE] = NC_("RT_SITE", "Site"),
	[RT_KIOSK] = NC_("RT_KIOSK", "Kiosk"),
	[RT_VERSION] = NC_("RT_VERSION", "Ovi version"),
	[RT_SERIAL] = NC_("RT_SERIAL", "Content version"),
	[RT_LAST_IMPORT] = NC_("RT_LAST_IMPORT", "Latest content"),
	[RT_LAST_SEEN] = NC_("RT_LAST_SEEN", "Last seen"),
	[RT_WEEK] = NC_("RT_WEEK", "Week"),
	[RT_DATE] = NC_("RT_DATE", "Date"),
	[RT_KIND] = NC_("RT_KIND", "What"),
	[RT_KEY] = NC_("RT_KEY", "Item"),
	[RT_COUNT] = NC_("RT_COUNT", "Count"),
	[RT_SMALL_NOTE] = NC_(
		"RT_SMALL_NOTE",
		"Counts below five are shown as <5, so that no number narrows down to one person."),
	[RT_PRIVACY_NOTE] =
		NC_("RT_PRIVACY_NOTE", "Nothing in these figures identifies anyone: the kiosk "
				       "counts events, never the words people typed."),
	[RT_TOTAL] = NC_("RT_TOTAL", "Total"),
	[RT_SUMMARY] = NC_("RT_SUMMARY", "Summary"),
	[RT_DATA] = NC_("RT_DATA", "Data"),
	[RT_NOTHING] = NC_("RT_NOTHING", "Nothing counted yet."),
	[RT_UNKNOWN_HOUR] = NC_("RT_UNKNOWN_HOUR", "hour not known"),
	[RT_FREE_SPACE] = NC_("RT_FREE_SPACE", "Free space (MB)"),
	[RT_WEEKDAYS] = NC_("RT_WEEKDAYS", "Mon Tue Wed Thu Fri Sat Sun"),
};

const char *rep_tx(const rep_t *r, rep_text_t id)
{
	if (id < 0 || id >= RT_COUNT_)
		return "";
	return tr_key(r->lang, &keys[id]);
}

const char *rep_weekday(const rep_t *r, int wd)
{
	static _Thread_local char out[8];
	const char *s = rep_tx(r, RT_WEEKDAYS);
	for (int i = 1; i < wd && s; i++) {
		s = strchr(s, ' ');
		if (s)
			s++;
	}
	if (!s || wd < 1 || wd > 7)
		return "?";
	size_t n = strcspn(s, " ");
	if (n >= sizeof out)
		n = sizeof out - 1;
	memcpy(out, s, n);
	out[n] = 0;
	return out;
}
