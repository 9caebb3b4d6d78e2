/*
 * config: the kiosk's one INI file (ovi.ini).
 *
 * Found at --config FILE, else $OVI_CONFIG, else /etc/ovi/ovi.ini, else
 * ovi.ini in the state folder. When none exists and this is a developer's
 * build, a development configuration that trusts the demo key is written to
 * the state folder, so that a fresh checkout runs with the demo content.
 */
#ifndef OVI_APP_CONFIG_H
#define OVI_APP_CONFIG_H

#include <stdbool.h>

#include "bundle/minisign.h"

#define CONFIG_MAX_KEYS 16

typedef struct config {
	char path[4096];      /* the file read, "" when none */
	bool development;     /* accept unsigned bundles (marked unsigned) */
	minisign_pubkey_t keys[CONFIG_MAX_KEYS];
	int nkeys;
	int idle_timeout_s;   /* youth screens return to Today after this */
	char language[8];     /* the site's default language override, "" = bundle's */
} config_t;

/* Loads the configuration for data_dir. explicit_path may be NULL. */
int config_load(const char *explicit_path, const char *data_dir, config_t *out);

#endif
