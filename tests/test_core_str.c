/* core/str.h: whole-or-nothing id copies and the name tables of the screens. */
#include "testlib.h"

#include "core/str.h"

#include <string.h>

TEST(copy_whole)
{
	char d[6];
	str_copy_whole(d, sizeof d, "games");
	CHECK_STR(d, "games");
	str_copy_whole(d, sizeof d, "gamess"); /* would be cut: an id too long is none */
	CHECK_STR(d, "");
	str_copy_whole(d, sizeof d, NULL);
	CHECK_STR(d, "");
}

TEST(name_tables)
{
	static const char *const names[4] = {[0] = "today", [1] = "week", [3] = "groups"};
	CHECK_STR(str_name(names, 4, 1), "week");
	CHECK_STR(str_name(names, 4, 2), "?"); /* a hole */
	CHECK_STR(str_name(names, 4, 4), "?");
	CHECK_STR(str_name(names, 4, -1), "?");
	CHECK_INT(str_name_index(names, 4, "groups"), 3);
	CHECK_INT(str_name_index(names, 4, "?"), -1);
	CHECK_INT(str_name_index(names, 4, NULL), -1);
	CHECK_INT(str_name_index(names, 4, "Today"), -1);
}

int main(void)
{
	RUN(copy_whole);
	RUN(name_tables);
	return test_summary();
}
