/* core/log.h: a line per event; under systemd (stderr is $JOURNAL_STREAM)
 * each line starts with its journal priority, so `journalctl -p err` finds
 * the errors; on a terminal, plain text. Each case runs in a child process
 * with stderr sent to a file (the log looks at its stream once). */
#include "testlib.h"

#include "core/log.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* Runs the four levels in a child whose stderr is path; journal: whether
 * $JOURNAL_STREAM names that file (wrong: names another one). Returns what
 * the child wrote. */
static void run(const char *path, const char *journal, char *out, size_t cap)
{
	pid_t pid = fork();
	if (pid == 0) {
		int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		dup2(fd, 2);
		struct stat st;
		fstat(2, &st);
		char js[64];
		if (!strcmp(journal, "right"))
			snprintf(js, sizeof js, "%llu:%llu", (unsigned long long)st.st_dev,
				 (unsigned long long)st.st_ino);
		else
			snprintf(js, sizeof js, "%llu:%llu", (unsigned long long)st.st_dev,
				 (unsigned long long)st.st_ino + 1);
		if (strcmp(journal, "none"))
			setenv("JOURNAL_STREAM", js, 1);
		else
			unsetenv("JOURNAL_STREAM");
		log_set_level(OVI_LOG_DEBUG);
		log_error("e %d", 1);
		log_warn("w");
		log_info("i");
		log_debug("d");
		_exit(0);
	}
	int status;
	waitpid(pid, &status, 0);
	FILE *f = fopen(path, "r");
	size_t n = f ? fread(out, 1, cap - 1, f) : 0;
	out[n] = 0;
	if (f)
		fclose(f);
}

TEST(priorities_for_the_journal)
{
	char path[512], got[512];
	snprintf(path, sizeof path, "%s/log-%d.txt", OVI_TEST_TMP, (int)getpid());
	mkdir(OVI_TEST_TMP, 0755);
	run(path, "right", got, sizeof got);
	CHECK_STR(got, "<3>ovi error: e 1\n<4>ovi warning: w\n<6>ovi info: i\n<7>ovi debug: d\n");
	run(path, "none", got, sizeof got);
	CHECK_STR(got, "ovi error: e 1\novi warning: w\novi info: i\novi debug: d\n");
	/* $JOURNAL_STREAM inherited by something whose stderr is elsewhere
	 * (a command run from a service's shell into a file): plain. */
	run(path, "other", got, sizeof got);
	CHECK_STR(got, "ovi error: e 1\novi warning: w\novi info: i\novi debug: d\n");
	unlink(path);
}

int main(void)
{
	RUN(priorities_for_the_journal);
	return test_summary();
}
