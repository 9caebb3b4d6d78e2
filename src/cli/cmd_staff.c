/*
 * ovi staff-pin: adding, listing, renaming and removing staff PINs from the
 * command line (the site pack's first PIN, or a PIN forgotten by everyone).
 * The PIN is read from standard input, never from the arguments (which
 * other users see in `ps` and the shell keeps in its history).
 */
#include "cli/cli.h"
#include "app/pin.h"

#include "core/err.h"
#include "core/fs.h"
#include "core/mem.h"
#include "core/str.h"
#include "core/timeutil.h"
#include "core/tr.h"
#include "model/model.h"
#include "model/model_staff.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static const char *const staff_usage =
	N_("Usage: ovi staff-pin add LABEL     (reads the PIN, 4-8 digits, from standard input)\n"
	   "       ovi staff-pin hash          (reads a PIN, prints its Argon2id hash)\n"
	   "       ovi staff-pin add-hash LABEL (reads such a hash from standard input)\n"
	   "       ovi staff-pin list\n"
	   "       ovi staff-pin label ID LABEL\n"
	   "       ovi staff-pin remove ID\n"
	   "\n"
	   "Staff PINs open staff mode on the kiosk. Each has a label (a name or a shift)\n"
	   "that the staff log shows. PINs are stored only as Argon2id hashes.\n"
	   "Example: echo 4711 | ovi staff-pin add Aino\n"
	   "A site pack's pins.txt may hold 'Aino:HASH' lines made with 'ovi staff-pin hash',\n"
	   "so that no plain PIN travels on the card.\n");

/* One line from stdin without its line end; with a terminal, the typing is
 * not echoed. false at end of input or for a line that is too long. */
static bool read_line(const char *prompt, char *out, size_t cap)
{
	bool tty = isatty(STDIN_FILENO);
	struct termios old, quiet;
	if (tty) {
		fputs(prompt, stderr);
		fflush(stderr);
		if (tcgetattr(STDIN_FILENO, &old) == 0) {
			quiet = old;
			quiet.c_lflag &= ~(tcflag_t)ECHO;
			tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
		} else {
			tty = false;
		}
	}
	bool ok = fgets(out, (int)cap, stdin) != NULL;
	if (tty) {
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
		fputc('\n', stderr);
	}
	if (!ok)
		return false;
	size_t n = strlen(out);
	if (n && out[n - 1] != '\n' && !feof(stdin))
		return false;
	while (n && (out[n - 1] == '\n' || out[n - 1] == '\r'))
		out[--n] = 0;
	str_trim(out);
	return true;
}

static bool parse_id(const char *s, int64_t *id)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || end == s || *end || v <= 0)
		return false;
	*id = v;
	return true;
}

/* "ovi staff-pin: " and a message, already in the reader's language
 * (TR(tr_env_lang(), ...): $LANG). */
static void pin_say(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("ovi staff-pin: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
}

static int fail(model_t *m, int rc)
{
	pin_say("%s", err_last());
	model_close(m);
	/* A refused label is the user's input, not a rejected bundle. */
	return rc == OVI_EREJECT ? EXIT_USAGE : cli_exit_code(rc);
}

static int cmd_pin_add(model_t *m, const char *label)
{
	char pin[64], again[64];
	/* The label is checked (by the model) before anyone types a PIN. */
	char *clean = ovi_strdup(label);
	bool empty = clean && !*str_trim(clean);
	ovi_free(clean);
	if (empty || strlen(label) > MODEL_PIN_LABEL_MAX * 4) {
		pin_say(TR(tr_env_lang(), "give a label of 1 to %d characters"),
			MODEL_PIN_LABEL_MAX);
		model_close(m);
		return EXIT_USAGE;
	}
	if (!read_line(TR(tr_env_lang(), "PIN (4-8 digits): "), pin, sizeof pin)) {
		pin_say(TR(tr_env_lang(), "no PIN on standard input"));
		model_close(m);
		return EXIT_USAGE;
	}
	if (!pin_valid(pin)) {
		pin_say(TR(tr_env_lang(), "a PIN is %d to %d digits"), PIN_MIN, PIN_MAX);
		model_close(m);
		return EXIT_USAGE;
	}
	if (isatty(STDIN_FILENO) &&
	    (!read_line(TR(tr_env_lang(), "Again: "), again, sizeof again) ||
	     strcmp(pin, again) != 0)) {
		pin_say(TR(tr_env_lang(), "the PINs differ; nothing was added"));
		model_close(m);
		return EXIT_USAGE;
	}
	/* Two staff with one PIN could not be told apart in the log. */
	char other[MODEL_PIN_LABEL_MAX * 4 + 1];
	int rc = pin_check(m, pin, other, sizeof other);
	if (rc == OVI_OK) {
		pin_say(TR(tr_env_lang(), "that PIN is already in use (%s); choose another"),
			other);
		model_close(m);
		return EXIT_USAGE;
	}
	if (rc != OVI_ENOTFOUND)
		return fail(m, rc);
	char hash[MODEL_PIN_HASH_MAX + 1];
	int64_t id = 0;
	rc = pin_hash(pin, hash);
	if (rc == OVI_OK)
		rc = model_staff_pin_add(m, label, hash, &id);
	if (rc < 0)
		return fail(m, rc);
	char detail[48];
	snprintf(detail, sizeof detail, "PIN %lld (command line)", (long long)id);
	model_staff_log(m, label, "pin_add", detail);
	printf(TR(tr_env_lang(), "Added PIN %lld for '%s'."), (long long)id, label);
	printf("\n");
	model_close(m);
	return EXIT_OK;
}

/* Reads a PIN (as pin_add) and prints its hash: nothing is stored. */
static int cmd_pin_hash(void)
{
	char pin[64], hash[MODEL_PIN_HASH_MAX + 1];
	if (!read_line(TR(tr_env_lang(), "PIN (4-8 digits): "), pin, sizeof pin)) {
		pin_say(TR(tr_env_lang(), "no PIN on standard input"));
		return EXIT_USAGE;
	}
	if (!pin_valid(pin)) {
		pin_say(TR(tr_env_lang(), "a PIN is %d to %d digits"), PIN_MIN, PIN_MAX);
		return EXIT_USAGE;
	}
	int rc = pin_hash(pin, hash);
	if (rc < 0) {
		pin_say("%s", err_last());
		return cli_exit_code(rc);
	}
	printf("%s\n", hash);
	return EXIT_OK;
}

/* Stores a hash made elsewhere (ovi staff-pin hash on another machine). */
static int cmd_pin_add_hash(model_t *m, const char *label)
{
	char hash[MODEL_PIN_HASH_MAX + 2];
	if (!read_line(TR(tr_env_lang(), "Argon2id hash: "), hash, sizeof hash)) {
		pin_say(TR(tr_env_lang(), "no hash on standard input"));
		model_close(m);
		return EXIT_USAGE;
	}
	if (strncmp(hash, "$argon2id$", 10) != 0) {
		pin_say(TR(tr_env_lang(),
			   "that is not an Argon2id hash (make one with: ovi staff-pin hash)"));
		model_close(m);
		return EXIT_USAGE;
	}
	int64_t id = 0;
	int rc = model_staff_pin_add(m, label, hash, &id);
	if (rc < 0)
		return fail(m, rc);
	char detail[48];
	snprintf(detail, sizeof detail, "PIN %lld (command line, hash)", (long long)id);
	model_staff_log(m, label, "pin_add", detail);
	printf(TR(tr_env_lang(), "Added PIN %lld for '%s'."), (long long)id, label);
	printf("\n");
	model_close(m);
	return EXIT_OK;
}

static int cmd_pin_list(model_t *m)
{
	arena_t *a = arena_new();
	staff_pin_list_t pins = {0};
	int rc = a ? model_staff_pins(m, a, &pins) : err_set(OVI_ENOMEM, "out of memory");
	if (rc < 0) {
		arena_free(a);
		return fail(m, rc);
	}
	if (pins.n == 0)
		printf("%s\n", TR(tr_env_lang(), "No staff PINs: staff mode cannot be entered (ovi "
						 "staff-pin add LABEL)."));
	for (int i = 0; i < pins.n; i++) {
		char when[17];
		fmt_datetime(pins.v[i].created, when);
		printf("%lld\t%s\t%s\n", (long long)pins.v[i].id, when, pins.v[i].label);
	}
	arena_free(a);
	model_close(m);
	return EXIT_OK;
}

int cmd_staff_pin(cli_t *c)
{
	for (int i = 0; i < c->argc; i++) {
		if (!strcmp(c->argv[i], "--help") || !strcmp(c->argv[i], "-h")) {
			fputs(tr(tr_env_lang(), staff_usage), stdout);
			return EXIT_OK;
		}
	}
	const char *sub = c->argc > 0 ? c->argv[0] : "";
	if (!strcmp(sub, "hash")) {
		if (c->argc != 1) {
			fputs(tr(tr_env_lang(), staff_usage), stderr);
			return EXIT_USAGE;
		}
		return cmd_pin_hash();
	}
	bool adding = !strcmp(sub, "add") || !strcmp(sub, "add-hash");
	int want = adding		    ? 2
		   : !strcmp(sub, "list")   ? 1
		   : !strcmp(sub, "remove") ? 2
		   : !strcmp(sub, "label")  ? 3
					    : -1;
	int64_t id = 0;
	if (want < 0 || c->argc != want ||
	    ((!strcmp(sub, "remove") || !strcmp(sub, "label")) && !parse_id(c->argv[1], &id))) {
		fputs(tr(tr_env_lang(), staff_usage), stderr);
		return EXIT_USAGE;
	}
	/* Adding creates the state folder (a new kiosk's first PIN); the
	 * others leave a folder without a database alone. */
	char db[4200];
	snprintf(db, sizeof db, "%s/ovi.db", c->data_dir);
	if (!adding && access(db, F_OK) != 0) {
		if (!strcmp(sub, "list")) {
			printf("%s\n", TR(tr_env_lang(), "No staff PINs: staff mode cannot be "
							 "entered (ovi staff-pin add LABEL)."));
			return EXIT_OK;
		}
		pin_say(TR(tr_env_lang(), "no PIN with id %lld"), (long long)id);
		return EXIT_RUNTIME;
	}
	model_t *m = NULL;
	int rc = adding ? fs_mkdirs(c->data_dir, 0755) : OVI_OK;
	if (rc == OVI_OK)
		rc = cli_open_model(c, &m);
	if (rc < 0)
		return fail(m, rc);
	if (!strcmp(sub, "add"))
		return cmd_pin_add(m, c->argv[1]);
	if (!strcmp(sub, "add-hash"))
		return cmd_pin_add_hash(m, c->argv[1]);
	if (!strcmp(sub, "list"))
		return cmd_pin_list(m);
	char detail[48];
	snprintf(detail, sizeof detail, "PIN %lld (command line)", (long long)id);
	if (!strcmp(sub, "label")) {
		rc = model_staff_pin_label(m, id, c->argv[2]);
		if (rc == OVI_OK)
			model_staff_log(m, c->argv[2], "pin_label", detail);
	} else {
		rc = model_staff_pin_remove(m, id);
		if (rc == OVI_OK)
			model_staff_log(m, NULL, "pin_remove", detail);
	}
	if (rc < 0)
		return fail(m, rc);
	printf(!strcmp(sub, "label") ? TR(tr_env_lang(), "Renamed PIN %lld.")
				     : TR(tr_env_lang(), "Removed PIN %lld."),
	       (long long)id);
	printf("\n");
	model_close(m);
	return EXIT_OK;
}
