#include "app/config.h"

#include "bundle/import.h"
#include "bundle/ini.h"
#include "core/err.h"
#include "core/fs.h"
#include "core/log.h"
#include "core/mem.h"
#include "core/paths.h"
#include "core/str.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool parse_bool(const char *v, bool *out)
{
	if (!strcmp(v, "true") || !strcmp(v, "yes") || !strcmp(v, "1") || !strcmp(v, "on"))
		return *out = true, true;
	if (!strcmp(v, "false") || !strcmp(v, "no") || !strcmp(v, "0") || !strcmp(v, "off"))
		return *out = false, true;
	return false;
}

static int apply(config_t *c, const ini_t *ini)
{
	for (int i = 0; i < ini->n; i++) {
		const ini_entry_t *e = &ini->v[i];
		if (!strcmp(e->section, "kiosk") && !strcmp(e->key, "development")) {
			if (!parse_bool(e->value, &c->development))
				return err_set(OVI_EUSAGE, "%s line %d: development must be true or "
					       "false", c->path, e->line);
		} else if (!strcmp(e->section, "kiosk") && !strcmp(e->key, "idle_timeout")) {
			c->idle_timeout_s = atoi(e->value);
			if (c->idle_timeout_s < 10 || c->idle_timeout_s > 3600)
				return err_set(OVI_EUSAGE, "%s line %d: idle_timeout must be 10-3600 "
					       "seconds", c->path, e->line);
		} else if (!strcmp(e->section, "kiosk") && !strcmp(e->key, "language")) {
			str_copy(c->language, sizeof c->language, e->value);
		} else if (!strcmp(e->section, "trust") &&
			   (!strcmp(e->key, "key") || !strcmp(e->key, "key_file"))) {
			if (c->nkeys >= CONFIG_MAX_KEYS)
				return err_set(OVI_EUSAGE, "%s: at most %d trusted keys", c->path,
					       CONFIG_MAX_KEYS);
			if (bundle_read_pubkey(e->value, &c->keys[c->nkeys]) < 0)
				return err_prefix(OVI_EUSAGE, "%s line %d: ", c->path, e->line);
			c->nkeys++;
		} else {
			log_debug("%s line %d: [%s] %s is not used by this version", c->path,
				  e->line, e->section, e->key);
		}
	}
	return OVI_OK;
}

int config_load(const char *explicit_path, const char *data_dir, config_t *c)
{
	memset(c, 0, sizeof *c);
	c->idle_timeout_s = 60;
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
		int n = snprintf(buf, sizeof buf,
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
