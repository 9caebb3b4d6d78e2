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
	CHECK_INT(langs, 2);
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

/* The one choice of the frame's word table: fi, sv, else English. */
TEST(frame_tables)
{
	CHECK_INT(tr_frame("fi"), TR_FRAME_FI);
	CHECK_INT(tr_frame("sv"), TR_FRAME_SV);
	CHECK_INT(tr_frame("en"), TR_FRAME_EN);
	CHECK_INT(tr_frame("uk"), TR_FRAME_EN);
	CHECK_INT(tr_frame("fin"), TR_FRAME_EN);
	CHECK_INT(tr_frame(""), TR_FRAME_EN);
	CHECK_INT(tr_frame(NULL), TR_FRAME_EN);
}

int main(void)
{
	RUN(finnish_and_swedish);
	RUN(tables_are_searchable);
	RUN(language_from_the_environment);
	RUN(frame_tables);
	RUN(errors_in_the_thread_language);
	return test_summary();
}
