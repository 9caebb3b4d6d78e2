/* ovi (no command): the kiosk itself. */
#include "app/cli.h"

#include "bundle/import.h"
#include "core/err.h"
#include "core/log.h"
#include "core/paths.h"
#include "model/model.h"

#include <stdio.h>
#include <string.h>

/* With an empty state folder, the demo content is imported so that a fresh
 * kiosk (or a developer's first run) shows something real. */
static int import_demo_if_empty(cli_t *c, model_t *m)
{
	bundle_record_t b;
	if (model_current_bundle(m, &b) == OVI_OK)
		return OVI_OK;
	char demo[4200];
	snprintf(demo, sizeof demo, "%s/content", paths_share_dir());
	import_opts_t o = {
		.data_dir = c->data_dir,
		.keys = c->config.keys,
		.nkeys = c->config.nkeys,
		.allow_unsigned = c->config.development,
		.source = "demo",
	};
	import_result_t r;
	int rc = bundle_import(demo, &o, m, &r);
	if (rc == OVI_OK)
		log_info("imported the demo content from %s", demo);
	else
		log_error("the demo content in %s was refused: %s", demo, err_last());
	import_result_clear(&r);
	return rc;
}

int cmd_run(cli_t *c)
{
	model_t *m = NULL;
	if (cli_open_model(c, &m) < 0) {
		fprintf(stderr, "ovi: %s\n", err_last());
		return EXIT_RUNTIME;
	}
	import_demo_if_empty(c, m);
	model_close(m);
	fprintf(stderr, "ovi: the kiosk screens are not built into this binary yet; "
		"see `ovi status`\n");
	return EXIT_RUNTIME;
}
