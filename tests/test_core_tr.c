/* core/tr.h: messages in the reader's language from the built catalogues. */
#include "testlib.h"

#include "core/tr.h"

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

int main(void)
{
	RUN(finnish_and_swedish);
	RUN(tables_are_searchable);
	RUN(language_from_the_environment);
	return test_summary();
}
