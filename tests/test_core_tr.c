/* core/tr.h: messages in the reader's language from the built catalogues. */
#include "testlib.h"

#include "core/err.h"
#include "core/tr.h"

#include <pthread.h>

#include <stdlib.h>
#include <string.h>

TEST(finnish_and_swedish)
{
	const char *id = "%s is listed in the manifest but missing from the folder";
	CHECK_STR(tr("fi", id), "%s on manifestissa, mutta se puuttuu kansiosta");
	CHECK_STR(tr("sv", id), "%s finns i manifestet men saknas i mappen");
	CHECK_STR(tr("en", id), id);
	CHECK_STR(tr(NULL, id), id);
	CHECK_STR(tr("uk", id), id); /* no catalogue yet: English */
	CHECK_STR(tr("fi", "a sentence nobody translated"), "a sentence nobody translated");
	CHECK(tr("fi", NULL) == NULL);
}

/* Every catalogue's table is sorted the way tr() searches it, and every
 * entry is found. */
TEST(tables_are_searchable)
{
	int langs = 0;
	for (const tr_table_t *t = tr_tables; t->lang; t++, langs++) {
		CHECK(t->n >= 80);
		for (size_t i = 0; i < t->n; i++) {
			if (i)
				CHECK(strcmp(t->e[i - 1].id, t->e[i].id) < 0);
			CHECK(tr(t->lang, t->e[i].id) == t->e[i].text);
		}
	}
	CHECK_INT(langs, 8);
	/* Finnish and Swedish are reviewed; the others are machine-made drafts
	 * whose every word waits for a native speaker. */
	CHECK(!tr_draft("fi") && !tr_draft("sv") && !tr_draft("en"));
	CHECK(tr_draft("uk") && tr_draft("ar") && tr_draft("se"));
	CHECK(!tr_unreviewed("fi", "T_TODAY", "Today"));
	CHECK(tr_unreviewed("uk", "T_TODAY", "Today"));
	CHECK(!tr_unreviewed("uk", "S_CLOSE", "Close")); /* not in the draft at all */
	CHECK(!tr_has("uk", "S_CLOSE", "Close"));
}

TEST(language_from_the_environment)
{
	unsetenv("LANGUAGE");
	unsetenv("LC_ALL");
	unsetenv("LC_MESSAGES");
	setenv("LANG", "fi_FI.UTF-8", 1);
	CHECK_STR(tr_env_lang(), "fi");
	setenv("LC_ALL", "sv_FI.UTF-8", 1);
	CHECK_STR(tr_env_lang(), "sv");
	setenv("LC_ALL", "C.UTF-8", 1);
	CHECK_STR(tr_env_lang(), "en");
	unsetenv("LC_ALL");
	unsetenv("LANG");
	CHECK_STR(tr_env_lang(), "en");
}

static void *english_thread(void *arg)
{
	(void)arg;
	err_set(OVI_ERR, "cannot open %s: %s", "x.csv", "gone");
	return strcmp(err_last(), "cannot open x.csv: gone") ? (void *)1 : NULL;
}

/* err_set() and its kin say their format in the thread's message language,
 * and only in that thread. */
TEST(errors_in_the_thread_language)
{
	CHECK(err_lang() == NULL);
	const char *prev = err_lang_set("fi");
	CHECK(prev == NULL);
	err_set(OVI_ERR, "cannot open %s: %s", "x.csv", "gone");
	CHECK_STR(err_last(), "tiedostoa x.csv ei voi avata: gone");
	err_prefix(OVI_ERR, "cannot read the database %s: ", "ovi.db");
	CHECK_STR(err_last(),
		  "tietokantaa ovi.db ei voi lukea: tiedostoa x.csv ei voi avata: gone");
	pthread_t t;
	void *bad = (void *)1;
	CHECK(pthread_create(&t, NULL, english_thread, NULL) == 0);
	pthread_join(t, &bad);
	CHECK(bad == NULL); /* the other thread kept English */
	errlist_t l = {0};
	errlist_add(&l, "the public key is empty");
	errlist_add(&l, "wrong PIN");
	errlist_add(&l, "wrong PIN");
	CHECK_STR(l.msg[0], "julkinen avain on tyhjä");
	errlist_to_err(&l, OVI_EREJECT);
	CHECK_STR(err_last(), "julkinen avain on tyhjä (ja 2 ongelmaa lisää)");
	err_lang_set("sv");
	errlist_to_err(&l, OVI_EREJECT);
	CHECK_STR(err_last(), "julkinen avain on tyhjä (och 2 problem till)");
	errlist_clear(&l);
	CHECK(err_lang_set(prev) != NULL);
	err_set(OVI_ERR, "wrong PIN");
	CHECK_STR(err_last(), "wrong PIN");
}

/* A frame word by key: its language's catalogue, English (the msgid)
 * where that has none, "" for an empty key. */
TEST(frame_keys)
{
	const tr_key_t k = NC_("WEEKDAY_1", "Monday"), none = {0};
	CHECK_STR(tr_key("fi", &k), "maanantai");
	CHECK_STR(tr_key("sv", &k), "måndag");
	CHECK_STR(tr_key("en", &k), "Monday");
	CHECK_STR(tr_key("fin", &k), "Monday");
	CHECK_STR(tr_key("", &k), "Monday");
	CHECK_STR(tr_key(NULL, &k), "Monday");
	CHECK_STR(tr_key("fi", &none), "");
	/* The context tells two words with one English apart. */
	const tr_key_t other = NC_("NO_SUCH_KEY", "Monday");
	CHECK_STR(tr_key("fi", &other), "Monday");
	CHECK(tr_has("fi", "WEEKDAY_1", "Monday"));
	CHECK(!tr_has("fi", "NO_SUCH_KEY", "Monday"));
}

/* A site's own words (ui_texts.csv): a language no catalogue has, a better
 * Finnish word; each word falls back on its own to the site's default
 * language, then English. */
TEST(site_words)
{
	const tr_key_t today = NC_("T_TODAY", "Today"), week = NC_("T_WEEK", "Week");
	const tr_key_t mon = NC_("WEEKDAY_1", "Monday");
	const tr_site_text_t t[] = {
		{"T_TODAY", "ti", "ሎሚ"},
		{"T_TODAY", "fi", "Tänään täällä"},
		{"WEEKDAY_1", "ti", "ሰኑይ"},
	};
	CHECK_INT(tr_site_set("fi", t, 3), OVI_OK);
	CHECK_STR(tr_key("ti", &today), "ሎሚ");
	CHECK_STR(tr_key("fi", &today), "Tänään täällä"); /* over the catalogue */
	CHECK_STR(tr_key("sv", &today), "Idag");	  /* its catalogue */
	CHECK_STR(tr_key("en", &today), "Today");
	CHECK_STR(tr_key("ti", &week), "Viikko"); /* the default language */
	CHECK_STR(tr_key("ti", &mon), "ሰኑይ");
	CHECK_STR(tr_key("de", &mon), "maanantai");
	CHECK_STR(tr_site_get("T_TODAY", "ti"), "ሎሚ");
	CHECK(tr_site_get("T_WEEK", "ti") == NULL);
	/* A word handed out stays valid after the site's words change. */
	const char *kept = tr_key("ti", &today);
	const tr_site_text_t u[] = {{"T_WEEK", "ti", "ሰሙን"}};
	CHECK_INT(tr_site_set("en", u, 1), OVI_OK);
	CHECK_STR(kept, "ሎሚ");
	CHECK_STR(tr_key("ti", &today), "Today"); /* now English is the default */
	CHECK_STR(tr_key("ti", &week), "ሰሙን");
	CHECK_STR(tr_key("fi", &today), "Tänään");
	/* Installed again: the same text, the same memory. */
	CHECK_INT(tr_site_set("fi", t, 3), OVI_OK);
	CHECK(tr_key("ti", &today) == kept);
	CHECK_INT(tr_site_set(NULL, NULL, 0), OVI_OK);
	CHECK_STR(tr_key("ti", &today), "Today");
	CHECK_STR(tr_key("fi", &today), "Tänään");
}

/* Every key a site may name, from the template, sorted for the search. */
TEST(frame_key_list)
{
	CHECK(tr_frame_nkeys > 300);
	for (size_t i = 1; i < tr_frame_nkeys; i++)
		CHECK(strcmp(tr_frame_keys[i - 1].ctx, tr_frame_keys[i].ctx) < 0);
	const tr_key_t *k = tr_frame_key("T_PLACES_LEFT");
	CHECK(k != NULL);
	CHECK_STR(k ? k->id : "", "%d place left");
	CHECK_STR(k && k->plural ? k->plural : "", "%d places left");
	CHECK(tr_frame_key("T_NO_SUCH") == NULL);
	CHECK(tr_frame_key(NULL) == NULL);
}

TEST(conversions)
{
	CHECK(tr_same_conversions("%d places left", "%d paikkaa"));
	CHECK(tr_same_conversions("Open today %s–%s", "Auki %s–%s"));
	CHECK(tr_same_conversions("%s at %d", "%2$d: %1$s"));
	CHECK(tr_same_conversions("100%% sure", "täysin varma"));
	CHECK(tr_same_conversions("%.60s", "%.60s"));
	CHECK(tr_same_conversions("no conversions", "ei muunnoksia"));
	CHECK(!tr_same_conversions("%d places left", "paikkoja jäljellä"));
	CHECK(!tr_same_conversions("%d places left", "%s paikkaa"));
	CHECK(!tr_same_conversions("%s at %d", "%d: %s"));
	CHECK(!tr_same_conversions("%s", "%s %s"));
	CHECK(!tr_same_conversions("%s at %d", "%2$d: %s")); /* mixed */
	CHECK(!tr_same_conversions("%s at %d", "%2$d %2$d"));
	CHECK(!tr_same_conversions("%lld", "%d"));
	CHECK(!tr_same_conversions("%d", "%n"));
	CHECK(!tr_same_conversions("x", "100%"));
}

/* Plural forms from each catalogue's Plural-Forms: two in Finnish, three
 * in Ukrainian (one, few, many), six in Arabic, three in Northern Sámi
 * (one, two, more). */
TEST(plural_forms)
{
	const tr_key_t k = NCP_("T_PLACES_LEFT", "%d place left", "%d places left");
	CHECK_STR(tr_key_n("en", &k, 1), "%d place left");
	CHECK_STR(tr_key_n("en", &k, 0), "%d places left");
	CHECK_STR(tr_key_n("en", &k, 7), "%d places left");
	CHECK_STR(tr_key_n("fi", &k, 1), "%d paikka");
	CHECK_STR(tr_key_n("fi", &k, 2), "%d paikkaa");
	CHECK_STR(tr_key("fi", &k), "%d paikkaa"); /* the form for 2 */
	CHECK_STR(tr_key_n("sv", &k, 1), "%d plats");
	CHECK_STR(tr_key_n("uk", &k, 1), "Залишилося %d місце");
	CHECK_STR(tr_key_n("uk", &k, 21), "Залишилося %d місце");
	CHECK_STR(tr_key_n("uk", &k, 3), "Залишилося %d місця");
	CHECK_STR(tr_key_n("uk", &k, 5), "Залишилося %d місць");
	CHECK_STR(tr_key_n("uk", &k, 11), "Залишилося %d місць");
	CHECK_STR(tr_key_n("ar", &k, 0), "لا أماكن متبقية");
	CHECK_STR(tr_key_n("ar", &k, 1), "بقي مكان واحد");
	CHECK_STR(tr_key_n("ar", &k, 2), "بقي مكانان");
	CHECK_STR(tr_key_n("ar", &k, 4), "بقيت %d أماكن");
	CHECK_STR(tr_key_n("ar", &k, 12), "بقي %d مكانًا");
	CHECK_STR(tr_key_n("ar", &k, 100), "بقي %d مكان");
	CHECK_STR(tr_key_n("se", &k, 1), "%d sadji báhcán");
	CHECK_STR(tr_key_n("se", &k, 2), "%d saji báhcán");
	/* A language without a catalogue: the default's forms, then English. */
	const tr_site_text_t none[] = {{"T_TODAY", "ti", "ሎሚ"}};
	CHECK_INT(tr_site_set("fi", none, 1), OVI_OK);
	CHECK_STR(tr_key_n("ti", &k, 1), "%d paikka");
	CHECK_INT(tr_site_set(NULL, NULL, 0), OVI_OK);
	CHECK_STR(tr_key_n("ti", &k, 1), "%d place left");
}

int main(void)
{
	RUN(finnish_and_swedish);
	RUN(tables_are_searchable);
	RUN(language_from_the_environment);
	RUN(frame_keys);
	RUN(site_words);
	RUN(frame_key_list);
	RUN(conversions);
	RUN(plural_forms);
	RUN(errors_in_the_thread_language);
	return test_summary();
}
