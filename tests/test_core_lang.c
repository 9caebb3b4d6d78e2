/* core/lang.h: languages' own names and writing direction by code. */
#include "testlib.h"

#include "core/lang.h"

TEST(own_names)
{
	CHECK_STR(lang_name("fi"), "Suomi");
	CHECK_STR(lang_name("sv"), "Svenska");
	CHECK_STR(lang_name("en"), "English");
	CHECK_STR(lang_name("uk"), "Українська");
	CHECK_STR(lang_name("ru"), "Русский");
	CHECK_STR(lang_name("ar"), "العربية");
	CHECK_STR(lang_name("so"), "Soomaali");
	CHECK_STR(lang_name("et"), "Eesti");
	CHECK_STR(lang_name("se"), "Davvisámegiella");
	/* The table's ends and three-letter codes (a binary search). */
	CHECK_STR(lang_name("vi"), "Tiếng Việt");
	CHECK_STR(lang_name("smn"), "Anarâškielâ");
	CHECK_STR(lang_name("ckb"), "کوردی");
	CHECK(lang_name("xx") == NULL);
	CHECK(lang_name("FI") == NULL); /* codes are lower case (the bundle checks) */
	CHECK(lang_name("") == NULL);
	CHECK(lang_name(NULL) == NULL);
}

TEST(direction)
{
	CHECK(lang_rtl("ar"));
	CHECK(lang_rtl("fa"));
	CHECK(lang_rtl("ckb"));
	CHECK(!lang_rtl("ku")); /* Kurmanji is written in Latin letters */
	CHECK(!lang_rtl("fi"));
	CHECK(!lang_rtl("uk"));
	CHECK(!lang_rtl("xx"));
	CHECK(!lang_rtl(NULL));
}

int main(void)
{
	RUN(own_names);
	RUN(direction);
	return test_summary();
}
