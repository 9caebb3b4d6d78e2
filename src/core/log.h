/*
 * log: one line per event on stderr, prefixed with a level. Under systemd
 * (stderr is the journal: $JOURNAL_STREAM) the line starts with the
 * journal's priority instead ("<3>" error ... "<7>" debug, sd-daemon(3)), so
 * `journalctl -p err -u ovi` shows the errors. Nothing a young person typed
 * is ever logged. The levels are OVI_LOG_*: <syslog.h>'s LOG_INFO and
 * LOG_DEBUG are other numbers.
 */
#ifndef OVI_CORE_LOG_H
#define OVI_CORE_LOG_H

enum { OVI_LOG_ERROR, OVI_LOG_WARN, OVI_LOG_INFO, OVI_LOG_DEBUG };
void log_set_level(int level);
int log_level(void);
void log_msg(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#define log_error(...) log_msg(OVI_LOG_ERROR, __VA_ARGS__)
#define log_warn(...)  log_msg(OVI_LOG_WARN, __VA_ARGS__)
#define log_info(...)  log_msg(OVI_LOG_INFO, __VA_ARGS__)
#define log_debug(...) log_msg(OVI_LOG_DEBUG, __VA_ARGS__)

#endif
