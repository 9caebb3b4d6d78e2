#include "core/err.h"

#include "core/tr.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Thread_local char last_msg[1024];
static _Thread_local int last_code;
static _Thread_local const char *msg_lang;

const char *err_lang_set(const char *lang)
{
	const char *prev = msg_lang;
	msg_lang = lang;
	return prev;
}

const char *err_lang(void)
{
	return msg_lang;
}

int err_setv(int code, const char *fmt, va_list ap)
{
	/* Through a copy: err_last() may be one of the arguments. */
	char msg[sizeof last_msg];
	vsnprintf(msg, sizeof msg, tr(msg_lang, fmt), ap);
	memcpy(last_msg, msg, sizeof msg);
	last_code = code;
	return code;
}

int err_set(int code, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	err_setv(code, fmt, ap);
	va_end(ap);
	return code;
}

int err_prefix(int code, const char *fmt, ...)
{
	char old[sizeof last_msg];
	char pre[256];
	memcpy(old, last_msg, sizeof old);
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(pre, sizeof pre, tr(msg_lang, fmt), ap);
	va_end(ap);
	size_t n = strlen(pre);
	if (n >= sizeof last_msg)
		n = sizeof last_msg - 1;
	memcpy(last_msg, pre, n);
	size_t m = strlen(old);
	if (n + m >= sizeof last_msg)
		m = sizeof last_msg - 1 - n;
	memcpy(last_msg + n, old, m);
	last_msg[n + m] = 0;
	last_code = code;
	return code;
}

const char *err_last(void)
{
	return last_msg;
}
int err_last_code(void)
{
	return last_code;
}

void err_clear(void)
{
	last_msg[0] = 0;
	last_code = 0;
}

void errlist_add(errlist_t *l, const char *fmt, ...)
{
	l->total++;
	if (l->n >= ERRLIST_MAX)
		return;
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, tr(msg_lang, fmt), ap);
	va_end(ap);
	char *m = strdup(buf);
	if (m)
		l->msg[l->n++] = m;
}

void errlist_clear(errlist_t *l)
{
	if (!l)
		return;
	for (int i = 0; i < l->n; i++)
		free(l->msg[i]);
	l->n = l->total = 0;
}

int errlist_to_err(const errlist_t *l, int code)
{
	if (l->total == 0)
		return OVI_OK;
	if (l->total == 1)
		return err_set(code, "%s", l->msg[0]);
	if (l->total == 2)
		return err_set(code, "%s (and one more problem)", l->n ? l->msg[0] : "?");
	return err_set(code, "%s (and %d more problems)", l->n ? l->msg[0] : "?", l->total - 1);
}
