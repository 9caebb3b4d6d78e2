/*
 * The state folder's path (core/paths.c): whatever way --data or $OVI_DATA
 * spells it, from whatever directory, it becomes one absolute path, so the
 * paths the database keeps under it stay true for the next command.
 */
#include "testlib.h"

#include "core/err.h"
#include "core/fs.h"
#include "core/paths.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *norm(const char *in)
{
	static char out[4096];
	paths_normalize(in, out, sizeof out);
	return out;
}

TEST(normalize)
{
	CHECK_STR(norm("/a/b/c"), "/a/b/c");
	CHECK_STR(norm("/a/./b//c/"), "/a/b/c");
	CHECK_STR(norm("/a/x/../b"), "/a/b");
	CHECK_STR(norm("/a/x/y/../../b/."), "/a/b");
	CHECK_STR(norm("/.."), "/");
	CHECK_STR(norm("/a/../.."), "/");
	CHECK_STR(norm("/"), "/");
	CHECK_STR(norm("/a/..b/c.."), "/a/..b/c.."); /* names, not steps */
	char small[6];
	/* What does not fit is refused, never cut into another folder. */
	CHECK_INT(paths_normalize("/abc/def", small, sizeof small), OVI_EUSAGE);
	CHECK_STR(small, "");
	CHECK_CONTAINS(err_last(), "too long");
	CHECK_INT(paths_normalize("/abc/../d", small, sizeof small), OVI_OK);
	CHECK_STR(small, "/d");
}

TEST(data_dir_is_absolute_from_anywhere)
{
	char out[4096], cwd[4096];
	CHECK(getcwd(cwd, sizeof cwd) != NULL);
	char tmp[4200];
	snprintf(tmp, sizeof tmp, "%s/core_paths", OVI_TEST_TMP);
	CHECK_INT(fs_mkdirs(tmp, 0755), 0);
	CHECK_INT(chdir(tmp), 0);
	char base[4096];
	CHECK(getcwd(base, sizeof base) != NULL);
	char want[8300];
	snprintf(want, sizeof want, "%s/state", base);
	paths_data_dir("state", out, sizeof out);
	CHECK_STR(out, want);
	paths_data_dir("./state/", out, sizeof out);
	CHECK_STR(out, want);
	CHECK_INT(fs_mkdirs("sub", 0755), 0);
	CHECK_INT(chdir("sub"), 0);
	paths_data_dir("../state", out, sizeof out);
	CHECK_STR(out, want);
	setenv("OVI_DATA", "../state", 1);
	paths_data_dir(NULL, out, sizeof out);
	CHECK_STR(out, want);
	unsetenv("OVI_DATA");
	paths_data_dir("/var/lib/ovi/", out, sizeof out);
	CHECK_STR(out, "/var/lib/ovi");
	CHECK_INT(chdir(cwd), 0);
}

int main(void)
{
	RUN(normalize);
	RUN(data_dir_is_absolute_from_anywhere);
	return test_summary();
}
