/*
 * cli: the `ovi` command line: options shared by every command, and the
 * commands themselves. Exit codes: 0 ok, 1 runtime failure, 2 usage error,
 * 3 content rejected. Messages go to stderr; results to stdout.
 */
#ifndef OVI_CLI_CLI_H
#define OVI_CLI_CLI_H

#include "app/config.h"

struct model;

enum { EXIT_OK = 0, EXIT_RUNTIME = 1, EXIT_USAGE = 2, EXIT_REJECTED = 3 };

typedef struct cli {
	char data_dir[4096];
	const char *config_path;
	config_t config;
	int argc; /* the command's own arguments */
	char **argv;
} cli_t;

/* Maps an OVI_E* code to an exit code. */
int cli_exit_code(int rc);
/* Opens (creating) the database in the state folder. */
int cli_open_model(cli_t *c, struct model **out);

int cmd_check(cli_t *c);
int cmd_import(cli_t *c);
int cmd_status(cli_t *c);
int cmd_export(cli_t *c);
int cmd_report(cli_t *c);
int cmd_pack(cli_t *c);
int cmd_rollback(cli_t *c);
/* Runs the kiosk (imports the demo content into an empty state folder first). */
int cmd_run(cli_t *c);
/* Renders one kiosk screen headless into a PNG, or lists the screens. */
int cmd_screenshot(cli_t *c);
/* A bundle's screens before it is signed: PNGs and a contact sheet. */
int cmd_preview(cli_t *c);
/* Checks the sync sources once (--once) or watches them (--watch). */
int cmd_sync(cli_t *c);
/* Checks the installation: a database in a temporary folder, the demo content, fonts. */
int cmd_selfcheck(cli_t *c);
/* Adds, lists, renames and removes staff PINs (the PIN from stdin). */
int cmd_staff_pin(cli_t *c);

/* "1280x800" -> 1280, 800; false when malformed or out of range. */
bool cli_parse_size(const char *s, int *w, int *h);

#endif
