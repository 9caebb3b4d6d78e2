/* ovi pack: writes a bundle folder's manifest.txt. */
#include "bundle/import.h"

#include "bundle/ini.h"
#include "bundle/manifest.h"
#include "bundle/walk.h"
#include "core/fs.h"
#include "core/mem.h"
#include "core/str.h"
#include "core/timeutil.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct pack {
	const char *dir;
	strbuf_t files;
	int n;
	int rc;
} pack_t;

static int on_file(const char *rel, long long size, void *ud)
{
	pack_t *p = ud;
	(void)size;
	if (!strcmp(rel, MANIFEST_NAME) || !strcmp(rel, SIGNATURE_NAME))
		return 0;
	char path[4096], hex[65];
	unsigned char digest[32];
	long long n;
	snprintf(path, sizeof path, "%s/%s", p->dir, rel);
	if (manifest_hash_file(path, digest, &n) < 0)
		return OVI_ERR;
	sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
	sb_printf(&p->files, "%s = %lld %s\n", rel, n, hex);
	p->n++;
	return 0;
}

int bundle_pack(const char *dir, const pack_opts_t *o, long long *serial_out)
{
	if (sodium_init() < 0)
		return err_set(OVI_ERR, "libsodium could not start");
	char path[4096], *old = NULL;
	size_t oldlen = 0;
	ini_t *ini = NULL;
	snprintf(path, sizeof path, "%s/%s", dir, MANIFEST_NAME);
	if (fs_read_file(path, MANIFEST_MAX_BYTES, &old, &oldlen) == OVI_OK &&
	    ini_parse(MANIFEST_NAME, old, oldlen, &ini) < 0)
		ini = NULL;
	const char *site = o->site ? o->site : ini ? ini_get(ini, "bundle", "site") : NULL;
	const char *langs = o->languages ? o->languages
			    : ini	 ? ini_get(ini, "bundle", "languages")
					 : NULL;
	const char *def = o->default_language ? o->default_language
			  : ini		      ? ini_get(ini, "bundle", "default_language")
					      : NULL;
	const char *old_serial = ini ? ini_get(ini, "bundle", "serial") : NULL;
	int rc = OVI_OK;
	pack_t p = {.dir = dir};
	strbuf_t out = {0};
	if (!site || !langs) {
		rc = err_set(OVI_EUSAGE,
			     "give the site id and languages the first time: ovi pack "
			     "%s --site my-site --languages fi,sv,en",
			     dir);
		goto done;
	}
	long long serial = old_serial ? atoll(old_serial) + 1 : 1;
	if (o->serial > 0)
		serial = o->serial;
	char languages[128];
	str_copy(languages, sizeof languages, langs);
	for (char *c = languages; *c; c++)
		if (*c == ',' || *c == ';')
			*c = ' ';
	errlist_t errs = {0};
	rc = walk_bundle(dir, BUNDLE_MAX_FILES + 2, &errs, on_file, &p);
	errlist_clear(&errs);
	if (rc < 0)
		goto done;
	char created[17];
	fmt_datetime(clock_now(), created);
	sb_printf(&out,
		  "# Ovi bundle manifest: written by ovi pack, signed with minisign.\n"
		  "[bundle]\nformat = %d\nsite = %s\nserial = %lld\ncreated = %s\n"
		  "languages = %s\n",
		  BUNDLE_FORMAT, site, serial, created, str_trim(languages));
	if (def)
		sb_printf(&out, "default_language = %s\n", def);
	sb_printf(&out, "\n[files]\n%s", sb_str(&p.files));
	if (out.oom) {
		rc = err_set(OVI_ENOMEM, "out of memory");
		goto done;
	}
	/* Check what we wrote the way a kiosk will read it. */
	manifest_t *mf = NULL;
	if ((rc = manifest_parse(out.s, out.len, &mf)) < 0)
		goto done;
	manifest_free(mf);
	if ((rc = fs_write_atomic(path, out.s, out.len)) < 0)
		goto done;
	/* The old signature no longer matches; remove it so nobody ships it. */
	snprintf(path, sizeof path, "%s/%s", dir, SIGNATURE_NAME);
	unlink(path);
	if (serial_out)
		*serial_out = serial;
done:
	sb_free(&p.files);
	sb_free(&out);
	ini_free(ini);
	ovi_free(old);
	return rc;
}

int bundle_read_pubkey(const char *s, minisign_pubkey_t *out)
{
	if (access(s, F_OK) != 0 && strlen(s) > 40 && !strchr(s, '.'))
		return minisign_parse_pubkey(s, strlen(s), out);
	char *text = NULL;
	size_t len;
	int rc = fs_read_file(s, 4096, &text, &len);
	if (rc < 0)
		return err_set(rc, "the public key %s cannot be read: %s", s, err_last());
	rc = minisign_parse_pubkey(text, len, out);
	if (rc < 0)
		err_prefix(rc, "%s: ", s);
	ovi_free(text);
	return rc;
}
