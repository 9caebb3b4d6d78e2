#include "core/log.h"

#include <stdarg.h>
#include <stdio.h>

static int max_level = LOG_INFO;

void log_set_level(int level) { max_level = level; }
int log_level(void) { return max_level; }

void log_msg(int level, const char *fmt, ...)
{
	static const char *names[] = {"error", "warning", "info", "debug"};
	if (level > max_level)
		return;
	va_list ap;
	va_start(ap, fmt);
	flockfile(stderr);
	fprintf(stderr, "ovi %s: ", names[level]);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	funlockfile(stderr);
	va_end(ap);
}
