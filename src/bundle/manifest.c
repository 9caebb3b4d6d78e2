#include "bundle/manifest.h"

#include "bundle/ini.h"
#include "bundle/safepath.h"
#include "core/err.h"
#include "core/fs.h"
#include "core/mem.h"
#include "core/str.h"
#include "core/timeutil.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sodium.h>
#include <fcntl.h>
#include <unistd.h>
#include <errno.h>

static bool valid_id(const char *s)
{
	size_t n = strlen(s);
	if (n == 0 || n > ID_MAX)
		return false;
	for (; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-' ||
		      *s == '_'))
			return false;
	return true;
}

static bool valid_lang(const char *s)
{
	size_t n = strlen(s);
	if (n < 2 || n > 3)
		return false;
	for (; *s; s++)
		if (*s < 'a' || *s > 'z')
			return false;
	return true;
}

static int parse_i64(const char *s, int64_t *out)
{
	if (!*s || strlen(s) > 18)
		return -1;
	int64_t v = 0;
	for (; *s; s++) {
		if (!isdigit((unsigned char)*s))
			return -1;
		v = v * 10 + (*s - '0');
	}
	*out = v;
	return 0;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static int parse_languages(const char *v, bundle_meta_t *meta, int line)
{
	char buf[256];
	str_copy(buf, sizeof buf, v);
	for (char *tok = strtok(buf, " ,;"); tok; tok = strtok(NULL, " ,;")) {
		if (!valid_lang(tok))
			return err_set(OVI_EREJECT,
				       "manifest.txt line %d: '%s' is not a language code "
				       "(use two or three lowercase letters, such as fi, sv, en)",
				       line, tok);
		if (manifest_has_lang(meta, tok))
			return err_set(OVI_EREJECT,
				       "manifest.txt line %d: language '%s' is listed twice", line,
				       tok);
		if (meta->nlang >= LANG_MAX)
			return err_set(OVI_EREJECT, "manifest.txt line %d: more than %d languages",
				       line, LANG_MAX);
		str_copy(meta->languages[meta->nlang++], 8, tok);
	}
	return OVI_OK;
}

bool manifest_has_lang(const bundle_meta_t *meta, const char *lang)
{
	for (int i = 0; i < meta->nlang; i++)
		if (strcmp(meta->languages[i], lang) == 0)
			return true;
	return false;
}

static int parse_file_line(const ini_entry_t *e, manifest_file_t *f)
{
	const char *why;
	if (!safepath_ok(e->key, &why))
		return err_set(OVI_EREJECT, "manifest.txt line %d: file '%s' is refused: %s",
			       e->line, e->key, why);
	if (strcmp(e->key, MANIFEST_NAME) == 0 || strcmp(e->key, SIGNATURE_NAME) == 0)
		return err_set(OVI_EREJECT,
			       "manifest.txt line %d: the manifest cannot list itself or "
			       "its signature",
			       e->line);
	str_copy(f->path, sizeof f->path, e->key);
	char size[32], hash[80];
	if (sscanf(e->value, "%31s %79s", size, hash) != 2)
		return err_set(OVI_EREJECT,
			       "manifest.txt line %d: expected 'size sha256' after '%s ='", e->line,
			       e->key);
	if (parse_i64(size, &f->size) < 0)
		return err_set(OVI_EREJECT, "manifest.txt line %d: '%s' is not a size in bytes",
			       e->line, size);
	if (f->size > BUNDLE_MAX_FILE_BYTES)
		return err_set(OVI_EREJECT,
			       "manifest.txt line %d: %s is %lld bytes; one file may be "
			       "at most %lld MB",
			       e->line, e->key, (long long)f->size,
			       BUNDLE_MAX_FILE_BYTES / (1024 * 1024));
	if (strlen(hash) != 64)
		return err_set(OVI_EREJECT,
			       "manifest.txt line %d: the SHA-256 of %s must be 64 hex "
			       "digits",
			       e->line, e->key);
	for (int i = 0; i < 32; i++) {
		int hi = hexval(hash[2 * i]), lo = hexval(hash[2 * i + 1]);
		if (hi < 0 || lo < 0)
			return err_set(OVI_EREJECT,
				       "manifest.txt line %d: the SHA-256 of %s has a "
				       "character that is not a hex digit",
				       e->line, e->key);
		f->sha256[i] = (uint8_t)(hi * 16 + lo);
	}
	return OVI_OK;
}

static int parse_bundle_section(const ini_t *ini, bundle_meta_t *meta)
{
	const char *fmt = ini_get(ini, "bundle", "format");
	const char *site = ini_get(ini, "bundle", "site");
	const char *serial = ini_get(ini, "bundle", "serial");
	const char *created = ini_get(ini, "bundle", "created");
	const char *langs = ini_get(ini, "bundle", "languages");
	const char *def = ini_get(ini, "bundle", "default_language");
	static const char *const names[] = {"format", "site", "serial", "created", "languages"};
	const char *vals[] = {fmt, site, serial, created, langs};
	for (int i = 0; i < 5; i++)
		if (!vals[i])
			return err_set(OVI_EREJECT, "manifest.txt: '%s' is missing from [bundle]",
				       names[i]);
	int64_t v;
	if (parse_i64(fmt, &v) < 0 || v != BUNDLE_FORMAT)
		return err_set(OVI_EREJECT,
			       "manifest.txt: format %s is not one this kiosk reads "
			       "(it reads format %d); update the kiosk or pack with a matching "
			       "version",
			       fmt, BUNDLE_FORMAT);
	meta->format = (int)v;
	if (!valid_id(site))
		return err_set(OVI_EREJECT,
			       "manifest.txt: site '%s' is not a valid id (lowercase "
			       "letters, digits, - and _, at most %d)",
			       site, ID_MAX);
	str_copy(meta->site, sizeof meta->site, site);
	if (parse_i64(serial, &meta->serial) < 0 || meta->serial <= 0)
		return err_set(OVI_EREJECT,
			       "manifest.txt: serial '%s' is not a positive whole number", serial);
	meta->created = parse_datetime(created);
	if (meta->created < 0)
		return err_set(OVI_EREJECT,
			       "manifest.txt: created '%s' is not a date and time "
			       "(YYYY-MM-DD HH:MM)",
			       created);
	int line = 0;
	for (int i = 0; i < ini->n; i++)
		if (!strcmp(ini->v[i].section, "bundle") && !strcmp(ini->v[i].key, "languages"))
			line = ini->v[i].line;
	meta->nlang = 0;
	int rc = parse_languages(langs, meta, line);
	if (rc < 0)
		return rc;
	if (meta->nlang == 0)
		return err_set(OVI_EREJECT, "manifest.txt: the bundle lists no languages");
	if (def && !manifest_has_lang(meta, def))
		return err_set(OVI_EREJECT,
			       "manifest.txt: the default language '%s' is not one of "
			       "the bundle's languages",
			       def);
	str_copy(meta->default_lang, sizeof meta->default_lang, def ? def : meta->languages[0]);
	return OVI_OK;
}

int manifest_parse(const char *text, size_t len, manifest_t **out)
{
	*out = NULL;
	if (len > MANIFEST_MAX_BYTES)
		return err_set(OVI_EREJECT, "manifest.txt is larger than %d KB",
			       MANIFEST_MAX_BYTES / 1024);
	ini_t *ini = NULL;
	int rc = ini_parse(MANIFEST_NAME, text, len, &ini);
	if (rc < 0)
		return rc;
	manifest_t *m = ovi_calloc(1, sizeof *m);
	if (!m) {
		ini_free(ini);
		return err_set(OVI_ENOMEM, "out of memory reading the manifest");
	}
	rc = parse_bundle_section(ini, &m->meta);
	if (rc < 0)
		goto fail;
	for (int i = 0; i < ini->n; i++) {
		const ini_entry_t *e = &ini->v[i];
		if (strcmp(e->section, "bundle") == 0 || strcmp(e->section, "files") == 0)
			continue;
		rc = err_set(OVI_EREJECT, "manifest.txt line %d: unknown section [%s]", e->line,
			     e->section);
		goto fail;
	}
	int nfiles = 0;
	for (int i = 0; i < ini->n; i++)
		if (strcmp(ini->v[i].section, "files") == 0)
			nfiles++;
	if (nfiles > BUNDLE_MAX_FILES) {
		rc = err_set(OVI_EREJECT,
			     "manifest.txt lists %d files; a bundle may have at most %d", nfiles,
			     BUNDLE_MAX_FILES);
		goto fail;
	}
	m->files = ovi_calloc((size_t)nfiles, sizeof *m->files);
	if (!m->files) {
		rc = err_set(OVI_ENOMEM, "out of memory reading the manifest");
		goto fail;
	}
	for (int i = 0; i < ini->n; i++) {
		const ini_entry_t *e = &ini->v[i];
		if (strcmp(e->section, "files") != 0)
			continue;
		manifest_file_t *f = &m->files[m->nfiles];
		if ((rc = parse_file_line(e, f)) < 0)
			goto fail;
		if (manifest_find(m, f->path)) {
			rc = err_set(OVI_EREJECT, "manifest.txt line %d: %s is listed twice",
				     e->line, f->path);
			goto fail;
		}
		m->nfiles++;
		m->total_bytes += f->size;
		if (m->total_bytes > BUNDLE_MAX_TOTAL_BYTES) {
			rc = err_set(OVI_EREJECT, "the bundle is larger than %lld MB in all",
				     BUNDLE_MAX_TOTAL_BYTES / (1024 * 1024));
			goto fail;
		}
	}
	ini_free(ini);
	*out = m;
	return OVI_OK;
fail:
	ini_free(ini);
	manifest_free(m);
	return rc;
}

void manifest_free(manifest_t *m)
{
	if (!m)
		return;
	ovi_free(m->files);
	ovi_free(m);
}

const manifest_file_t *manifest_find(const manifest_t *m, const char *path)
{
	for (int i = 0; i < m->nfiles; i++)
		if (strcmp(m->files[i].path, path) == 0)
			return &m->files[i];
	return NULL;
}

int manifest_hash_file(const char *path, unsigned char out[32], long long *size)
{
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return err_set(OVI_ERR, "cannot open %s: %s", path, strerror(errno));
	crypto_hash_sha256_state h;
	crypto_hash_sha256_init(&h);
	/* On the stack, not thread-local: 64 KB of static TLS per buffer made
	 * every thread pay for it, and SDL's 64 KB audio thread could not start. */
	unsigned char buf[32768];
	long r;
	*size = 0;
	while ((r = fs_read(fd, buf, sizeof buf)) > 0) {
		crypto_hash_sha256_update(&h, buf, (unsigned long long)r);
		*size += r;
	}
	close(fd);
	if (r < 0)
		return err_set(OVI_ERR, "cannot read %s: %s", path, strerror(errno));
	crypto_hash_sha256_final(&h, out);
	return OVI_OK;
}
