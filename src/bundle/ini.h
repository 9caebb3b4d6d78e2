/*
 * ini: the INI dialect of ovi.ini (the kiosk's configuration) and of a
 * bundle's manifest.txt.
 *
 *   # comment            ; comment
 *   [section]
 *   key = value          (spaces around '=' and the value trimmed)
 *   key = value          (a key may repeat: e.g. several trusted keys)
 *
 * UTF-8 only (BOM allowed), LF or CRLF. Keys are ASCII [A-Za-z0-9_.-/] and
 * may contain '/' and '.' (manifest file paths). Lines before any section
 * belong to section "". Refuses with "manifest.txt line 7: ..." on a line
 * that is neither a comment, a section nor key = value, on invalid UTF-8,
 * NUL bytes, lines over 4096 bytes, more than INI_MAX_ENTRIES entries. No I/O.
 */
#ifndef OVI_BUNDLE_INI_H
#define OVI_BUNDLE_INI_H

#include <stddef.h>

#define INI_MAX_ENTRIES 10000

typedef struct ini_entry {
	const char *section, *key, *value;
	int line;
} ini_entry_t;

typedef struct ini {
	ini_entry_t *v;
	int n;
	void *priv;
} ini_t;

int ini_parse(const char *name, const char *data, size_t len, ini_t **out);
void ini_free(ini_t *ini); /* accepts NULL */
/* The last value of key in section (case-sensitive), or NULL. Borrowed. */
const char *ini_get(const ini_t *ini, const char *section, const char *key);

#endif
