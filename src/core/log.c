#include "core/log.h"

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

static int max_level = OVI_LOG_INFO;

void log_set_level(int level)
{
	max_level = level;
}
int log_level(void)
{
	return max_level;
}

/* True when stderr is the journal's stream: $JOURNAL_STREAM names its
 * device and inode ("8:12345"), as systemd sets it for a service. */
static bool to_journal(void)
{
	static int known = -1;
	if (known < 0) {
		const char *js = getenv("JOURNAL_STREAM");
		unsigned long long dev, ino;
		struct stat st;
		known = js && sscanf(js, "%llu:%llu", &dev, &ino) == 2 && fstat(2, &st) == 0 &&
			(unsigned long long)st.st_dev == dev &&
			(unsigned long long)st.st_ino == ino;
	}
	return known;
}

void log_msg(int level, const char *fmt, ...)
{
	static const char *names[] = {"error", "warning", "info", "debug"};
	/* The journal's priorities: LOG_ERR 3, LOG_WARNING 4, LOG_INFO 6, LOG_DEBUG 7. */
	static const int prio[] = {3, 4, 6, 7};
	if (level > max_level || level < 0)
		return;
	va_list ap;
	va_start(ap, fmt);
	flockfile(stderr);
	if (to_journal())
		fprintf(stderr, "<%d>ovi %s: ", prio[level], names[level]);
	else
		fprintf(stderr, "ovi %s: ", names[level]);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	funlockfile(stderr);
	va_end(ap);
}
