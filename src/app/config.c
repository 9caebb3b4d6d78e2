#include "app/config.h"

#include "bundle/import.h"
#include "bundle/ini.h"
#include "core/err.h"
#include "core/fs.h"
#include "core/log.h"
#include "core/mem.h"
#include "core/paths.h"
#include "core/str.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static bool parse_bool(const char *v, bool *out)
{
	if (!strcmp(v, "true") || !strcmp(v, "yes") || !strcmp(v, "1") || !strcmp(v, "on"))
		return *out = true, true;
	if (!strcmp(v, "false") || !strcmp(v, "no") || !strcmp(v, "0") || !strcmp(v, "off"))
		return *out = false, true;
	return false;
}

/* Parses an integer in [lo, hi]; false when it is not one. */
static bool parse_int(const char *v, int lo, int hi, int *out)
{
	char *end;
	errno = 0;
	long n = strtol(v, &end, 10);
	if (end == v || *end || errno || n < lo || n > hi)
		return false;
	*out = (int)n;
	return true;
}

/* Splits a list ("a b", "a, b") in place; calls fn for each item. */
static int each_item(char *v, int (*fn)(config_t *c, const char *item, int line), config_t *c,
		     int line)
{
	for (char *tok = strtok(v, " ,\t"); tok; tok = strtok(NULL, " ,\t")) {
		int rc = fn(c, tok, line);
		if (rc < 0)
			return rc;
	}
	return OVI_OK;
}

static int add_root(config_t *c, const char *item, int line)
{
	sync_config_t *s = &c->sync;
	if (item[0] != '/')
		return err_set(OVI_EUSAGE, "%s line %d: usb_roots: '%s' is not an absolute path",
			       c->path, line, item);
	if (s->nusb_roots >= SYNC_MAX_ROOTS)
		return err_set(OVI_EUSAGE, "%s line %d: at most %d usb_roots", c->path, line,
			       SYNC_MAX_ROOTS);
	if (strlen(item) >= sizeof s->usb_roots[0])
		return err_set(OVI_EUSAGE, "%s line %d: usb_roots: the path is too long", c->path,
			       line);
	str_copy(s->usb_roots[s->nusb_roots++], sizeof s->usb_roots[0], item);
	return OVI_OK;
}

static int add_language(config_t *c, const char *item, int line)
{
	size_t n = strlen(item);
	bool ok = n >= 2 && n <= 3;
	for (size_t i = 0; i < n; i++)
		ok = ok && item[i] >= 'a' && item[i] <= 'z';
	if (!ok)
		return err_set(OVI_EUSAGE,
			       "%s line %d: languages: '%s' is not a language code "
			       "such as fi, sv, en or uk",
			       c->path, line, item);
	if (c->nlanguages >= CONFIG_MAX_LANGS)
		return err_set(OVI_EUSAGE, "%s line %d: at most %d languages", c->path, line,
			       CONFIG_MAX_LANGS);
	str_copy(c->languages[c->nlanguages++], sizeof c->languages[0], item);
	return OVI_OK;
}

static int bad(const config_t *c, const ini_entry_t *e, const char *what)
{
	return err_set(OVI_EUSAGE, "%s line %d: [%s] %s %s", c->path, e->line, e->section, e->key,
		       what);
}

#define IS(sec, k) (!strcmp(e->section, sec) && !strcmp(e->key, k))

static int apply_sync(config_t *c, const ini_entry_t *e, char *v, bool *roots_seen)
{
	sync_config_t *s = &c->sync;
	if (IS("sync", "usb_roots")) {
		if (!*roots_seen) /* the first usb_roots replaces the defaults */
			s->nusb_roots = 0;
		*roots_seen = true;
		return each_item(v, add_root, c, e->line);
	} else if (IS("sync", "folder")) {
		if (*v && *v != '/')
			return bad(c, e, "must be an absolute path (a mounted network share)");
		if (strlen(v) >= sizeof s->folder)
			return bad(c, e, "is too long");
		str_copy(s->folder, sizeof s->folder, v);
	} else if (IS("sync", "url")) {
		if (*v && strncmp(v, "http://", 7) && strncmp(v, "https://", 8))
			return bad(c, e, "must start with http:// or https://");
		if (strpbrk(v, "?# \t") || strlen(v) >= sizeof s->url - 16)
			return bad(c, e,
				   "may not have a query, a fragment or spaces, or be that long");
		str_copy(s->url, sizeof s->url, v);
	} else if (IS("sync", "poll_interval")) {
		if (!parse_int(v, 1, 7 * 86400, &s->poll_interval_s))
			return bad(c, e, "must be 1-604800 seconds");
	} else if (IS("sync", "folder_settle")) {
		if (!parse_int(v, 0, 600, &s->settle_s))
			return bad(c, e, "must be 0-600 seconds");
	} else if (IS("sync", "connect_timeout")) {
		if (!parse_int(v, 1, 300, &s->connect_timeout_s))
			return bad(c, e, "must be 1-300 seconds");
	} else if (IS("sync", "stall_timeout")) {
		if (!parse_int(v, 1, 3600, &s->stall_timeout_s))
			return bad(c, e, "must be 1-3600 seconds");
	} else if (IS("sync", "kiosk")) {
		for (const char *p = v; *p; p++)
			if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
			      (*p >= '0' && *p <= '9') || *p == '-' || *p == '_' || *p == '.'))
				return bad(c, e,
					   "may have only letters a-z, digits, '-', '_' and '.'");
		if (!*v || *v == '.' || strlen(v) >= sizeof s->kiosk_name)
			return bad(c, e, "must be a name of 1-63 characters");
		str_copy(s->kiosk_name, sizeof s->kiosk_name, v);
	} else if (IS("sync", "upload")) {
		if (!parse_bool(v, &s->upload))
			return bad(c, e, "must be true or false");
	} else if (IS("sync", "upload_url")) {
		if (*v && strncmp(v, "http://", 7) && strncmp(v, "https://", 8))
			return bad(c, e, "must start with http:// or https://");
		if (strpbrk(v, "?# \t") || strlen(v) >= sizeof s->upload_url - 80)
			return bad(c, e,
				   "may not have a query, a fragment or spaces, or be that long");
		str_copy(s->upload_url, sizeof s->upload_url, v);
	} else if (IS("sync", "upload_user")) {
		if (strlen(v) >= sizeof s->upload_user || strchr(v, ':'))
			return bad(c, e, "is too long or has a ':'");
		str_copy(s->upload_user, sizeof s->upload_user, v);
	} else if (IS("sync", "upload_password")) {
		if (strlen(v) >= sizeof s->upload_password)
			return bad(c, e, "is too long");
		str_copy(s->upload_password, sizeof s->upload_password, v);
	} else if (IS("sync", "upload_s3_region")) {
		for (const char *p = v; *p; p++)
			if (!((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-'))
				return bad(c, e, "must be a region name like eu-north-1");
		if (strlen(v) >= sizeof s->upload_s3_region)
			return bad(c, e, "is too long");
		str_copy(s->upload_s3_region, sizeof s->upload_s3_region, v);
	} else if (IS("sync", "upload_interval")) {
		if (!parse_int(v, 60, 7 * 86400, &s->upload_interval_s))
			return bad(c, e, "must be 60-604800 seconds");
	} else if (IS("sync", "upload_retry")) {
		if (!parse_int(v, 1, 3600, &s->upload_retry_s))
			return bad(c, e, "must be 1-3600 seconds");
	} else if (IS("sync", "usb_write")) {
		if (*v && *v != '/')
			return bad(c, e, "must be an absolute path (the stick helper's socket)");
		if (strlen(v) >= sizeof s->usb_write_socket)
			return bad(c, e, "is too long");
		str_copy(s->usb_write_socket, sizeof s->usb_write_socket, v);
	} else if (IS("sync", "ca_file")) {
		if (*v && *v != '/')
			return bad(c, e, "must be an absolute path");
		str_copy(s->ca_file, sizeof s->ca_file, v);
	} else {
		return 1;
	}
	return OVI_OK;
}

/* A value with a comment after it ("60   # seconds"): the comment goes. */
static void strip_comment(char *v)
{
	for (char *p = v; *p; p++) {
		if ((*p == '#' || *p == ';') && p > v && (p[-1] == ' ' || p[-1] == '\t')) {
			*p = 0;
			str_trim(v);
			return;
		}
	}
}

static int apply_one(config_t *c, const ini_entry_t *e, char *v, bool *roots_seen)
{
	if (IS("kiosk", "development")) {
		if (!parse_bool(v, &c->development))
			return bad(c, e, "must be true or false");
	} else if (IS("kiosk", "idle_timeout")) {
		if (!parse_int(v, 10, 3600, &c->idle_timeout_s))
			return bad(c, e, "must be 10-3600 seconds");
	} else if (IS("kiosk", "result_timeout")) {
		if (!parse_int(v, 5, 600, &c->result_timeout_s))
			return bad(c, e, "must be 5-600 seconds");
	} else if (IS("kiosk", "feedback")) {
		if (!parse_bool(v, &c->feedback))
			return bad(c, e, "must be true or false");
	} else if (IS("kiosk", "language")) {
		str_copy(c->language, sizeof c->language, v);
	} else if (IS("kiosk", "languages")) {
		c->nlanguages = 0;
		return each_item(v, add_language, c, e->line);
	} else if (!strcmp(e->section, "trust") &&
		   (!strcmp(e->key, "key") || !strcmp(e->key, "key_file"))) {
		if (c->nkeys >= CONFIG_MAX_KEYS)
			return err_set(OVI_EUSAGE, "%s: at most %d trusted keys", c->path,
				       CONFIG_MAX_KEYS);
		if (bundle_read_pubkey(v, &c->keys[c->nkeys]) < 0)
			return err_prefix(OVI_EUSAGE, "%s line %d: ", c->path, e->line);
		c->nkeys++;
	} else if (IS("retention", "questions_days")) {
		if (!parse_int(v, 0, 3650, &c->questions_days))
			return bad(c, e, "must be 0-3650 days");
	} else if (IS("retention", "signups_days")) {
		if (!parse_int(v, 0, 3650, &c->signups_days))
			return bad(c, e, "must be 0-3650 days");
	} else if (IS("display", "dim_outside_hours")) {
		if (!parse_bool(v, &c->dim_outside_hours))
			return bad(c, e, "must be true or false");
	} else if (IS("display", "sound")) {
		if (!parse_bool(v, &c->sound))
			return bad(c, e, "must be true or false");
	} else if (IS("display", "large_text")) {
		if (!parse_bool(v, &c->large_text))
			return bad(c, e, "must be true or false");
	} else if (IS("display", "high_contrast")) {
		if (!parse_bool(v, &c->high_contrast))
			return bad(c, e, "must be true or false");
	} else if (IS("display", "rotation")) {
		if (!parse_int(v, 0, 270, &c->rotation) || c->rotation % 90)
			return bad(c, e, "must be 0, 90, 180 or 270");
	} else {
		int rc = apply_sync(c, e, v, roots_seen);
		if (rc < 0)
			return rc;
		if (rc == 1)
			log_debug("%s line %d: [%s] %s is not used by this version", c->path,
				  e->line, e->section, e->key);
	}
	return OVI_OK;
}

static int apply(config_t *c, const ini_t *ini)
{
	bool roots_seen = false;
	for (int i = 0; i < ini->n; i++) {
		char v[4096];
		str_copy(v, sizeof v, ini->v[i].value);
		strip_comment(v);
		int rc = apply_one(c, &ini->v[i], v, &roots_seen);
		if (rc < 0)
			return rc;
	}
	/* The sync layer gets the trust it needs with its own settings. */
	memcpy(c->sync.keys, c->keys, sizeof c->keys[0] * (size_t)c->nkeys);
	c->sync.nkeys = c->nkeys;
	c->sync.allow_unsigned = c->development;
	return OVI_OK;
}

void config_defaults(config_t *c)
{
	memset(c, 0, sizeof *c);
	c->idle_timeout_s = 60;
	c->result_timeout_s = 20;
	c->questions_days = 14;
	c->signups_days = 7;
	c->dim_outside_hours = true;
	c->sound = true;
	sync_config_defaults(&c->sync);
	str_copy(c->sync.version, sizeof c->sync.version, OVI_VERSION);
	/* The kiosk's name in status.ini and uploads: its host name, which an
	 * image's first boot sets per site (ovi.ini [sync] kiosk overrides). */
	char host[256] = "";
	if (gethostname(host, sizeof host - 1) == 0)
		str_copy(c->sync.kiosk_name, sizeof c->sync.kiosk_name, host);
}

int config_load(const char *explicit_path, const char *data_dir, config_t *c)
{
	config_defaults(c);
	const char *env = getenv("OVI_CONFIG");
	if (explicit_path)
		str_copy(c->path, sizeof c->path, explicit_path);
	else if (env && *env)
		str_copy(c->path, sizeof c->path, env);
	else if (fs_exists("/etc/ovi/ovi.ini"))
		str_copy(c->path, sizeof c->path, "/etc/ovi/ovi.ini");
	else
		snprintf(c->path, sizeof c->path, "%s/ovi.ini", data_dir);

	if (!fs_exists(c->path)) {
		if (explicit_path || (env && *env))
			return err_set(OVI_EUSAGE, "the configuration file %s does not exist",
				       c->path);
		if (!paths_is_dev_build()) {
			log_warn("no configuration (%s): trusting no key", c->path);
			c->path[0] = 0;
			return OVI_OK;
		}
		if (fs_mkdirs(data_dir, 0755) < 0)
			return OVI_ERR;
		char buf[8192];
		int n = snprintf(
			buf, sizeof buf,
			"# Ovi configuration for development, written on first run.\n"
			"# A real kiosk reads /etc/ovi/ovi.ini (see kiosk/README.md).\n"
			"\n[kiosk]\n"
			"# Accept unsigned bundles (marked unsigned). Never on a real kiosk.\n"
			"development = true\n"
			"idle_timeout = 60\n"
			"\n[trust]\n"
			"# The demo content's key: public, for development only.\n"
			"key_file = %s/content/demo-DEMO-ONLY.pub\n",
			paths_share_dir());
		if (fs_write_atomic(c->path, buf, (size_t)n) < 0)
			return OVI_ERR;
		log_info("wrote a development configuration to %s", c->path);
	}
	char *text = NULL;
	size_t len;
	int rc = fs_read_file(c->path, 256 * 1024, &text, &len);
	if (rc < 0)
		return rc;
	ini_t *ini = NULL;
	rc = ini_parse(c->path, text, len, &ini);
	ovi_free(text);
	if (rc < 0)
		return rc;
	rc = apply(c, ini);
	ini_free(ini);
	return rc;
}
