/*
 * Staff PINs (app/pin.c): hashing, checking against every stored
 * hash, and the lockout's timing on the pinned clock, persisted across a
 * restart.
 *
 * tests/test_app_* link ovi_core, ovi_model and ovi_bundle (which brings
 * libsodium), not the app's objects, so the file under test is compiled in
 * here. The lockout tests store hashes made with the MIN limits (each hash
 * string carries its own), so that dozens of wrong tries take milliseconds;
 * one test checks that pin_hash() itself uses the interactive limits.
 */
#include "app/pin.c"

#include "testlib.h"

#include "core/err.h"
#include "core/log.h"
#include "model/model.h"
#include "model/model_staff.h"

#include <limits.h>
#include <stdlib.h>

static char *g_dir;
static char g_path[4200];

static model_t *fresh(const char *name)
{
	free(g_dir);
	g_dir = test_tmpdir(name);
	snprintf(g_path, sizeof g_path, "%s/ovi.db", g_dir);
	model_t *m = NULL;
	if (model_open(g_path, &m) < 0)
		fprintf(stderr, "%s\n", err_last());
	return m;
}

/* A cheap hash of pin for the lockout tests. */
static void add_cheap(model_t *m, const char *label, const char *pin)
{
	char h[crypto_pwhash_STRBYTES];
	CHECK_INT(crypto_pwhash_str(h, pin, strlen(pin), crypto_pwhash_OPSLIMIT_MIN,
				    crypto_pwhash_MEMLIMIT_MIN),
		  0);
	CHECK_INT(model_staff_pin_add(m, label, h, NULL), 0);
}

TEST(pin_format)
{
	CHECK(pin_valid("1234"));
	CHECK(pin_valid("12345678"));
	CHECK(pin_valid("0000"));
	CHECK(!pin_valid("123"));
	CHECK(!pin_valid("123456789"));
	CHECK(!pin_valid("12a4"));
	CHECK(!pin_valid(" 1234"));
	CHECK(!pin_valid("1234\n"));
	CHECK(!pin_valid("１２３４")); /* fullwidth digits */
	CHECK(!pin_valid(""));
	CHECK(!pin_valid(NULL));
}

TEST(lock_delay_doubles_up_to_15_minutes)
{
	for (int f = -1; f <= 4; f++)
		CHECK_INT(pin_lock_delay(f), 0);
	CHECK_INT(pin_lock_delay(5), 30);
	CHECK_INT(pin_lock_delay(6), 60);
	CHECK_INT(pin_lock_delay(7), 120);
	CHECK_INT(pin_lock_delay(8), 240);
	CHECK_INT(pin_lock_delay(9), 480);
	CHECK_INT(pin_lock_delay(10), 900);
	CHECK_INT(pin_lock_delay(11), 900);
	CHECK_INT(pin_lock_delay(1000), 900);
	CHECK_INT(pin_lock_delay(INT_MAX), 900);
}

TEST(hash_and_check)
{
	model_t *m = fresh("auth_hash");
	char h1[MODEL_PIN_HASH_MAX + 1], h2[MODEL_PIN_HASH_MAX + 1];
	CHECK_INT(pin_hash("4711", h1), 0);
	CHECK(str_starts_with(h1, "$argon2id$"));
	CHECK_CONTAINS(h1, "m=65536,t=2,"); /* the interactive limits */
	CHECK_INT(pin_hash("4711", h2), 0);
	CHECK(strcmp(h1, h2) != 0); /* salted */
	CHECK_INT(pin_hash("47a1", h2), OVI_EREJECT);
	CHECK_STR(h2, "");

	char label[64] = "x";
	CHECK_INT(pin_check(m, "4711", label, sizeof label), OVI_ENOTFOUND); /* no PINs */
	CHECK_STR(label, "");
	CHECK_INT(model_staff_pin_add(m, "Aino", h1, NULL), 0);
	add_cheap(m, "Bertil", "0000");
	CHECK_INT(pin_check(m, "4711", label, sizeof label), 0);
	CHECK_STR(label, "Aino");
	CHECK_INT(pin_check(m, "0000", label, sizeof label), 0);
	CHECK_STR(label, "Bertil");
	CHECK_INT(pin_check(m, "0000", NULL, 0), 0);
	CHECK_INT(pin_check(m, "4712", label, sizeof label), OVI_ENOTFOUND);
	CHECK_STR(label, "");
	CHECK_INT(pin_check(m, "", label, sizeof label), OVI_ENOTFOUND);
	CHECK_INT(pin_check(m, NULL, label, sizeof label), OVI_ENOTFOUND);
	model_close(m);
}

/* The log's newest entry. */
static void check_last_log(model_t *m, const char *label, const char *action)
{
	arena_t *a = arena_new();
	staff_log_list_t l;
	CHECK_INT(model_staff_log_list(m, a, 1, &l), 0);
	CHECK_INT(l.n, 1);
	if (l.n == 1) {
		CHECK_STR(l.v[0].label, label);
		CHECK_STR(l.v[0].action, action);
	}
	arena_free(a);
}

TEST(lockout_timing)
{
	model_t *m = fresh("auth_lock");
	wall_t t0 = wall_make(day_from_ymd(2026, 11, 23), 10 * 60);
	clock_set(t0);
	pin_try_t t;
	CHECK_INT(pin_try(m, "1234", &t), 0);
	CHECK(t.no_pins && !t.ok);
	add_cheap(m, "Aino", "1234");
	add_cheap(m, "Ilta", "98765432");

	CHECK_INT(pin_try(m, "98765432", &t), 0);
	CHECK(t.ok && !t.no_pins);
	CHECK_STR(t.label, "Ilta");
	check_last_log(m, "Ilta", "enter");

	/* Four wrong tries are free. */
	for (int i = 1; i <= 4; i++) {
		CHECK_INT(pin_try(m, "0000", &t), 0);
		CHECK(!t.ok);
		CHECK_INT(t.failures, i);
		CHECK_INT(t.locked_s, 0);
	}
	check_last_log(m, "", "pin_wrong");
	/* The fifth locks for 30 s; while locked even the right PIN is refused
	 * and does not count. */
	CHECK_INT(pin_try(m, "0000", &t), 0);
	CHECK_INT(t.failures, 5);
	CHECK_INT(t.locked_s, 30);
	clock_advance_ms(10000);
	CHECK_INT(pin_try(m, "1234", &t), 0);
	CHECK(!t.ok);
	CHECK_INT(t.locked_s, 20);
	CHECK_INT(t.failures, 5);
	int left;
	CHECK_INT(pin_lock_remaining(m, &left), 0);
	CHECK_INT(left, 20);
	clock_advance_ms(19000);
	CHECK_INT(pin_lock_remaining(m, &left), 0);
	CHECK_INT(left, 1);
	clock_advance_ms(1000);
	CHECK_INT(pin_lock_remaining(m, &left), 0);
	CHECK_INT(left, 0);

	/* Each further wrong try doubles it. */
	int want[] = {60, 120, 240, 480, 900, 900};
	for (int i = 0; i < 6; i++) {
		CHECK_INT(pin_try(m, "5555", &t), 0);
		CHECK_INT(t.failures, 6 + i);
		CHECK_INT(t.locked_s, want[i]);
		clock_advance_ms((int64_t)want[i] * 1000);
	}

	/* A restart keeps the lock. */
	CHECK_INT(pin_try(m, "5555", &t), 0);
	CHECK_INT(t.locked_s, 900);
	model_close(m);
	CHECK_INT(model_open(g_path, &m), 0);
	clock_advance_ms(300000);
	CHECK_INT(pin_try(m, "1234", &t), 0);
	CHECK(!t.ok);
	CHECK_INT(t.locked_s, 600);

	/* The clock set back a day cannot lock staff out for a day. */
	clock_set(clock_now() - 86400);
	CHECK_INT(pin_lock_remaining(m, &left), 0);
	CHECK_INT(left, 900);
	int failures;
	wall_t until;
	CHECK_INT(model_pin_failures_get(m, &failures, &until), 0);
	CHECK_INT(until, clock_now() + 900);
	clock_advance_ms(900000);

	/* The right PIN opens and resets the count. */
	CHECK_INT(pin_try(m, "1234", &t), 0);
	CHECK(t.ok);
	CHECK_STR(t.label, "Aino");
	CHECK_INT(t.failures, 0);
	CHECK_INT(t.locked_s, 0);
	CHECK_INT(model_pin_failures_get(m, &failures, &until), 0);
	CHECK_INT(failures, 0);
	CHECK_INT(until, 0);
	CHECK_INT(pin_try(m, "0000", &t), 0);
	CHECK_INT(t.failures, 1);
	CHECK_INT(t.locked_s, 0);
	model_close(m);
}

int main(void)
{
	if (model_global_init() < 0) {
		fprintf(stderr, "%s\n", err_last());
		return 1;
	}
	log_set_level(OVI_LOG_WARN);
	RUN(pin_format);
	RUN(lock_delay_doubles_up_to_15_minutes);
	RUN(hash_and_check);
	RUN(lockout_timing);
	free(g_dir);
	return test_summary();
}
