/*
 * libFuzzer target for manifest_parse(): any bytes must give either a
 * manifest whose invariants hold (a site, a positive serial, languages that
 * include the default, files with safe relative paths, listed once) or a
 * refusal with a message; never a crash, a leak or an out-of-bounds read.
 */
#include "bundle/manifest.h"
#include "core/err.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	manifest_t *m = NULL;
	int rc = manifest_parse((const char *)data, size, &m);
	if (rc) {
		if (m || (rc != OVI_EREJECT && rc != OVI_ENOMEM) || !err_last()[0])
			abort();
		return 0;
	}
	if (!m || !m->meta.site[0] || m->meta.serial <= 0 || m->meta.nlang < 1 ||
	    !manifest_has_lang(&m->meta, m->meta.default_lang))
		abort();
	for (int i = 0; i < m->nfiles; i++) {
		const char *p = m->files[i].path;
		if (!*p || p[0] == '/' || strstr(p, "..") || m->files[i].size < 0 ||
		    manifest_find(m, p) != &m->files[i])
			abort();
	}
	manifest_free(m);
	return 0;
}
