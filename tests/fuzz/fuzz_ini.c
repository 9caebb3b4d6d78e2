/*
 * libFuzzer target for ini_parse(): any bytes give either entries whose
 * invariants hold or a refusal with a message.
 */
#include "bundle/ini.h"
#include "core/err.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	ini_t *ini = NULL;
	int rc = ini_parse("fuzz.ini", (const char *)data, size, &ini);
	if (rc) {
		if (ini || (rc != OVI_EREJECT && rc != OVI_ENOMEM) || !err_last()[0])
			abort();
		return 0;
	}
	if (ini->n < 0 || ini->n > INI_MAX_ENTRIES)
		abort();
	int line = 0;
	for (int i = 0; i < ini->n; i++) {
		const ini_entry_t *e = &ini->v[i];
		if (!e->section || !e->key[0] || !e->value || e->line <= line)
			abort();
		if (strchr(e->key, '=') || strchr(e->key, ' ') || strchr(e->value, '\n'))
			abort();
		line = e->line;
		const char *v = ini_get(ini, e->section, e->key);
		if (!v)
			abort();
	}
	ini_free(ini);
	return 0;
}
