/* rep text: the report's words in Finnish, Swedish and English. */
#include "report/rep.h"

#include "core/tr.h"

#include <string.h>

static const char *const fi[RT_COUNT_] = {
	[RT_TITLE] = "Ovi: näin kioskia käytettiin",
	[RT_PERIOD] = "Ajanjakso",
	[RT_SITES] = "Kioskit",
	[RT_VISITS] = "Käynnit",
	[RT_NUMBERS] = "Vuoronumerot",
	[RT_QUESTIONS] = "Kysymykset",
	[RT_SIGNUPS] = "Ilmoittautumiset",
	[RT_CANCELS] = "Peruutukset",
	[RT_IDEAS] = "Ryhmäideat",
	[RT_SEARCHES] = "Haut",
	[RT_SEARCH_HIT] = "Haku löysi palveluita",
	[RT_SEARCH_MISS] = "Haku ei löytänyt mitään",
	[RT_FEEDBACK] = "Miten käynti meni?",
	[RT_FEEDBACK_1] = "Huonosti",
	[RT_FEEDBACK_2] = "Ihan ok",
	[RT_FEEDBACK_3] = "Hyvin",
	[RT_BY_WEEK] = "Käynnit viikoittain",
	[RT_BY_HOUR] = "Käynnit viikonpäivän ja kellonajan mukaan",
	[RT_WEEKDAY] = "Päivä",
	[RT_HOUR] = "Tunti",
	[RT_TOPICS] = "Avatut aiheet",
	[RT_TOPIC] = "Aihe",
	[RT_LANGUAGES] = "Käyntien kielet",
	[RT_LANGUAGE] = "Kieli",
	[RT_SCREENS] = "Avatut näkymät",
	[RT_SCREEN] = "Näkymä",
	[RT_SIDE_BY_SIDE] = "Kioskit rinnakkain",
	[RT_SITE] = "Toimipiste",
	[RT_KIOSK] = "Kioski",
	[RT_VERSION] = "Ovin versio",
	[RT_SERIAL] = "Sisällön versio",
	[RT_LAST_IMPORT] = "Viimeisin sisältö",
	[RT_LAST_SEEN] = "Viimeksi kuultu",
	[RT_WEEK] = "Viikko",
	[RT_DATE] = "Päivämäärä",
	[RT_KIND] = "Mitä",
	[RT_KEY] = "Kohde",
	[RT_COUNT] = "Määrä",
	[RT_SMALL_NOTE] = "Alle viiden määrät näytetään muodossa <5, jotta mikään luku ei "
			  "kavennu yhteen ihmiseen.",
	[RT_PRIVACY_NOTE] = "Luvuissa ei ole mitään, mikä tunnistaisi ketään: kioski laskee "
			    "vain tapahtumia, ei koskaan kirjoitettuja sanoja.",
	[RT_TOTAL] = "Yhteensä",
	[RT_SUMMARY] = "Yhteenveto",
	[RT_DATA] = "Tiedot",
	[RT_NOTHING] = "Ei vielä laskettavaa.",
	[RT_UNKNOWN_HOUR] = "tunti ei tiedossa",
	[RT_FREE_SPACE] = "Vapaa tila (Mt)",
	[RT_WEEKDAYS] = "ma ti ke to pe la su",
};

static const char *const sv[RT_COUNT_] = {
	[RT_TITLE] = "Ovi: så användes kiosken",
	[RT_PERIOD] = "Period",
	[RT_SITES] = "Kiosker",
	[RT_VISITS] = "Besök",
	[RT_NUMBERS] = "Könummer",
	[RT_QUESTIONS] = "Frågor",
	[RT_SIGNUPS] = "Anmälningar",
	[RT_CANCELS] = "Avbokningar",
	[RT_IDEAS] = "Gruppidéer",
	[RT_SEARCHES] = "Sökningar",
	[RT_SEARCH_HIT] = "Sökningen hittade tjänster",
	[RT_SEARCH_MISS] = "Sökningen hittade inget",
	[RT_FEEDBACK] = "Hur var besöket?",
	[RT_FEEDBACK_1] = "Dåligt",
	[RT_FEEDBACK_2] = "Helt okej",
	[RT_FEEDBACK_3] = "Bra",
	[RT_BY_WEEK] = "Besök per vecka",
	[RT_BY_HOUR] = "Besök per veckodag och timme",
	[RT_WEEKDAY] = "Dag",
	[RT_HOUR] = "Timme",
	[RT_TOPICS] = "Öppnade ämnen",
	[RT_TOPIC] = "Ämne",
	[RT_LANGUAGES] = "Besökens språk",
	[RT_LANGUAGE] = "Språk",
	[RT_SCREENS] = "Öppnade vyer",
	[RT_SCREEN] = "Vy",
	[RT_SIDE_BY_SIDE] = "Kioskerna sida vid sida",
	[RT_SITE] = "Verksamhetsställe",
	[RT_KIOSK] = "Kiosk",
	[RT_VERSION] = "Ovis version",
	[RT_SERIAL] = "Innehållets version",
	[RT_LAST_IMPORT] = "Senaste innehåll",
	[RT_LAST_SEEN] = "Senast hörd",
	[RT_WEEK] = "Vecka",
	[RT_DATE] = "Datum",
	[RT_KIND] = "Vad",
	[RT_KEY] = "Objekt",
	[RT_COUNT] = "Antal",
	[RT_SMALL_NOTE] = "Antal under fem visas som <5, så att inget tal pekar ut en enskild "
			  "person.",
	[RT_PRIVACY_NOTE] = "Inget i siffrorna identifierar någon: kiosken räknar bara "
			    "händelser, aldrig skrivna ord.",
	[RT_TOTAL] = "Totalt",
	[RT_SUMMARY] = "Sammandrag",
	[RT_DATA] = "Uppgifter",
	[RT_NOTHING] = "Inget att räkna än.",
	[RT_UNKNOWN_HOUR] = "timmen okänd",
	[RT_FREE_SPACE] = "Ledigt utrymme (MB)",
	[RT_WEEKDAYS] = "mån tis ons tor fre lör sön",
};

static const char *const en[RT_COUNT_] = {
	[RT_TITLE] = "Ovi: how the kiosk was used",
	[RT_PERIOD] = "Period",
	[RT_SITES] = "Kiosks",
	[RT_VISITS] = "Visits",
	[RT_NUMBERS] = "Queue numbers",
	[RT_QUESTIONS] = "Questions",
	[RT_SIGNUPS] = "Sign-ups",
	[RT_CANCELS] = "Cancellations",
	[RT_IDEAS] = "Group ideas",
	[RT_SEARCHES] = "Searches",
	[RT_SEARCH_HIT] = "Search found services",
	[RT_SEARCH_MISS] = "Search found nothing",
	[RT_FEEDBACK] = "How was the visit?",
	[RT_FEEDBACK_1] = "Not good",
	[RT_FEEDBACK_2] = "Okay",
	[RT_FEEDBACK_3] = "Good",
	[RT_BY_WEEK] = "Visits by week",
	[RT_BY_HOUR] = "Visits by weekday and hour",
	[RT_WEEKDAY] = "Day",
	[RT_HOUR] = "Hour",
	[RT_TOPICS] = "Topics opened",
	[RT_TOPIC] = "Topic",
	[RT_LANGUAGES] = "Languages of visits",
	[RT_LANGUAGE] = "Language",
	[RT_SCREENS] = "Screens opened",
	[RT_SCREEN] = "Screen",
	[RT_SIDE_BY_SIDE] = "Kiosks side by side",
	[RT_SITE] = "Site",
	[RT_KIOSK] = "Kiosk",
	[RT_VERSION] = "Ovi version",
	[RT_SERIAL] = "Content version",
	[RT_LAST_IMPORT] = "Latest content",
	[RT_LAST_SEEN] = "Last seen",
	[RT_WEEK] = "Week",
	[RT_DATE] = "Date",
	[RT_KIND] = "What",
	[RT_KEY] = "Item",
	[RT_COUNT] = "Count",
	[RT_SMALL_NOTE] = "Counts below five are shown as <5, so that no number narrows down "
			  "to one person.",
	[RT_PRIVACY_NOTE] = "Nothing in these figures identifies anyone: the kiosk counts "
			    "events, never the words people typed.",
	[RT_TOTAL] = "Total",
	[RT_SUMMARY] = "Summary",
	[RT_DATA] = "Data",
	[RT_NOTHING] = "Nothing counted yet.",
	[RT_UNKNOWN_HOUR] = "hour not known",
	[RT_FREE_SPACE] = "Free space (MB)",
	[RT_WEEKDAYS] = "Mon Tue Wed Thu Fri Sat Sun",
};

const char *rep_tx(const rep_t *r, rep_text_t id)
{
	if (id < 0 || id >= RT_COUNT_)
		return "";
	const char *const *const tables[] = {fi, sv, en};
	const char *const *t = tables[tr_frame(r->lang)];
	return t[id] ? t[id] : en[id] ? en[id] : "";
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
