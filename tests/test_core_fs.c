/*
 * The file helpers an import stages with (core/fs.c): a staged file is
 * written whole and unsynced, one flush of the file system makes the stage
 * durable, and each says what failed (a missing folder, an I/O error).
 */
#include "testlib.h"

#include "core/err.h"
#include "core/fault.h"
#include "core/fs.h"
#include "core/mem.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

TEST(write_then_sync_the_stage)
{
	char *dir = test_tmpdir("core_fs"), path[4200];
	snprintf(path, sizeof path, "%s/manifest.txt", dir);
	CHECK_INT(fs_write_file(path, "site demo\n", 10), OVI_OK);
	CHECK_INT(fs_write_file(path, "site city\n", 10), OVI_OK); /* replaced whole */
	char *back = NULL;
	size_t len = 0;
	CHECK_INT(fs_read_file(path, 100, &back, &len), OVI_OK);
	CHECK_STR(back, "site city\n");
	ovi_free(back);
	CHECK_INT(fs_sync_fs(dir), OVI_OK);

	snprintf(path, sizeof path, "%s/no-such-folder/x", dir);
	CHECK(fs_write_file(path, "x", 1) < 0);
	CHECK(strstr(err_last(), "no-such-folder") != NULL);
	snprintf(path, sizeof path, "%s/gone", dir);
	CHECK(fs_sync_fs(path) < 0);
	CHECK(strstr(err_last(), "gone") != NULL);

	/* A flush that fails (a dying card) is an error that names the stage. */
	fault_arm(FAULT_FSYNC, 1, false);
	CHECK(fs_sync_fs(dir) < 0);
	CHECK(fault_fired(FAULT_FSYNC));
	fault_disarm_all();
	CHECK(strstr(err_last(), "cannot sync") != NULL);
	free(dir);
}

int main(void)
{
	RUN(write_then_sync_the_stage);
	return test_summary();
}
