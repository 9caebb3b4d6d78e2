/* lang: see lang.h. */
#include "core/lang.h"

#include <stddef.h>
#include <string.h>

/* The languages of Finland's youth spaces and of the people who come to
 * them: the national and Sámi languages, the largest languages of
 * immigration, and neighbours. Sorted by code. */
static const struct {
	const char *code, *name;
	bool rtl;
} langs[] = {
	{"ar", "العربية", true},
	{"ckb", "کوردی", true},
	{"da", "Dansk", false},
	{"de", "Deutsch", false},
	{"en", "English", false},
	{"es", "Español", false},
	{"et", "Eesti", false},
	{"fa", "فارسی", true},
	{"fi", "Suomi", false},
	{"fr", "Français", false},
	{"he", "עברית", true},
	{"it", "Italiano", false},
	{"ku", "Kurdî", false},
	{"lt", "Lietuvių", false},
	{"lv", "Latviešu", false},
	{"nb", "Norsk bokmål", false},
	{"nl", "Nederlands", false},
	{"nn", "Norsk nynorsk", false},
	{"no", "Norsk", false},
	{"pl", "Polski", false},
	{"ps", "پښتو", true},
	{"pt", "Português", false},
	{"ro", "Română", false},
	{"ru", "Русский", false},
	{"se", "Davvisámegiella", false},
	{"smn", "Anarâškielâ", false},
	{"sms", "Sääʹmǩiõll", false},
	{"so", "Soomaali", false},
	{"sq", "Shqip", false},
	{"sv", "Svenska", false},
	{"tr", "Türkçe", false},
	{"uk", "Українська", false},
	{"ur", "اردو", true},
	{"vi", "Tiếng Việt", false},
};

static int find(const char *code)
{
	if (!code)
		return -1;
	size_t lo = 0, hi = sizeof langs / sizeof langs[0];
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(code, langs[mid].code);
		if (!c)
			return (int)mid;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return -1;
}

const char *lang_name(const char *code)
{
	int i = find(code);
	return i < 0 ? NULL : langs[i].name;
}

bool lang_rtl(const char *code)
{
	int i = find(code);
	return i >= 0 && langs[i].rtl;
}
