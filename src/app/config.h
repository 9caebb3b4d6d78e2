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
#include "sync/sync.h"

#define CONFIG_MAX_KEYS	 16
#define CONFIG_MAX_LANGS 16

/*
 * Every key, its default and its range is documented in kiosk/ovi.ini (the
 * file installed as /etc/ovi/ovi.ini). Unknown keys are logged (debug) and
 * ignored, so that an older Ovi reads a newer file; a known key with a bad
 * value is an error naming the line. A value may be followed by a comment
 * ("idle_timeout = 60   # seconds").
 */
typedef struct config {
	char path[4096]; /* the file read, "" when none */
	/* [kiosk] */
	bool development;     /* accept unsigned bundles (marked unsigned) */
	int idle_timeout_s;   /* youth screens return to Today after this */
	int result_timeout_s; /* ... and a number, a code or "sent" after this */
	char language[8];     /* the site's default language override, "" = bundle's */
	char languages[CONFIG_MAX_LANGS][8]; /* offered in the language switch; none = all */
	int nlanguages;
	/* [trust] */
	minisign_pubkey_t keys[CONFIG_MAX_KEYS];
	int nkeys;
	/* [retention]: what young people wrote is deleted this many days after */
	int questions_days; /* ... a question was answered or hidden by staff */
	int signups_days;   /* ... the session a sign-up was for */
	/* [display] */
	bool dim_outside_hours; /* dim (or turn off) the screen while the site is closed */
	bool large_text;	/* the site's default; visitors change it with Aa */
	bool sound;		/* a called number is announced; texts can be read aloud */
	bool feedback;		/* [kiosk] "How was your visit?" on the result screens */
	bool high_contrast;
	int rotation; /* 0, 90, 180 or 270 degrees clockwise */
	/* [sync]; its keys and allow_unsigned are copied from [trust] and
	 * development, so it can be handed to sync_worker_start() as it is. */
	sync_config_t sync;
} config_t;

/* The defaults of every key (what an empty file means). */
void config_defaults(config_t *c);

/* Loads the configuration for data_dir. explicit_path may be NULL. */
int config_load(const char *explicit_path, const char *data_dir, config_t *out);

#endif
