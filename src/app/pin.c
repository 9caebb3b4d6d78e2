/*
 * pin: staff PINs with libsodium's crypto_pwhash (see pin.h).
 *
 * Cost: OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE (Argon2id, 2 passes over
 * 64 MiB). Measured on the development machine (AMD EPYC, libsodium 1.0.18):
 * 266 ms to hash, 212 ms to verify; a Raspberry Pi 4 is about 3-4 times
 * slower. That is under the 300 ms we allow for hashing on a laptop, so the
 * MIN limits (0.1 ms, which would make a stolen database's PINs free to
 * brute-force) are not used. A 4-8 digit PIN is weak against an offline
 * attack at any cost; what protects it is the lockout on the kiosk and that
 * the database stays on the kiosk. The limits are written into each hash
 * string, so changing them later keeps old hashes valid.
 *
 * Tests compile this file into test_app_pin (#include of the .c), as
 * tests/test_app_* link only ovi_core, ovi_model and ovi_bundle (which
 * brings libsodium), not the app's objects.
 */
#include "app/pin.h"

#include "core/err.h"
#include "core/str.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>

#define PIN_PWHASH_OPSLIMIT crypto_pwhash_OPSLIMIT_INTERACTIVE
#define PIN_PWHASH_MEMLIMIT crypto_pwhash_MEMLIMIT_INTERACTIVE

_Static_assert(crypto_pwhash_STRBYTES - 1 <= MODEL_PIN_HASH_MAX,
	       "a crypto_pwhash_str string fits the model's hash column");

static int sodium_ready(void)
{
	if (sodium_init() < 0)
		return err_set(OVI_ERR, "libsodium cannot start");
	return OVI_OK;
}

bool pin_valid(const char *pin)
{
	size_t n = pin ? strlen(pin) : 0;
	if (n < PIN_MIN || n > PIN_MAX)
		return false;
	for (size_t i = 0; i < n; i++)
		if (pin[i] < '0' || pin[i] > '9')
			return false;
	return true;
}

int pin_hash(const char *pin, char out[MODEL_PIN_HASH_MAX + 1])
{
	out[0] = 0;
	if (!pin_valid(pin))
		return err_set(OVI_EREJECT, "a PIN is %d to %d digits", PIN_MIN, PIN_MAX);
	int rc = sodium_ready();
	if (rc < 0)
		return rc;
	char h[crypto_pwhash_STRBYTES];
	if (crypto_pwhash_str(h, pin, strlen(pin), PIN_PWHASH_OPSLIMIT, PIN_PWHASH_MEMLIMIT) != 0)
		return err_set(OVI_ENOMEM, "not enough memory to hash the PIN");
	str_copy(out, MODEL_PIN_HASH_MAX + 1, h);
	sodium_memzero(h, sizeof h);
	return OVI_OK;
}

int pin_check(model_t *m, const char *pin, char *label, size_t cap)
{
	if (label && cap)
		label[0] = 0;
	/* Not even a hash is tried for what cannot be a PIN. */
	if (!pin_valid(pin))
		return err_set(OVI_ENOTFOUND, "wrong PIN");
	int rc = sodium_ready();
	if (rc < 0)
		return rc;
	arena_t *a = arena_new();
	if (!a)
		return err_set(OVI_ENOMEM, "out of memory");
	staff_pin_list_t pins;
	rc = model_staff_pins(m, a, &pins);
	if (rc == OVI_OK)
		rc = err_set(OVI_ENOTFOUND, "wrong PIN");
	for (int i = 0; i < pins.n && rc == OVI_ENOTFOUND; i++) {
		/* Each hash carries its own limits and salt. */
		if (crypto_pwhash_str_verify(pins.v[i].hash, pin, strlen(pin)) == 0) {
			if (label && cap)
				str_copy(label, cap, pins.v[i].label);
			rc = OVI_OK;
		}
	}
	arena_free(a);
	if (rc == OVI_OK)
		err_clear();
	return rc;
}

int pin_lock_delay(int failures)
{
	if (failures <= PIN_LOCK_FREE)
		return 0;
	int doublings = failures - PIN_LOCK_FREE - 1;
	int s = PIN_LOCK_FIRST_S;
	while (doublings-- > 0 && s < PIN_LOCK_MAX_S)
		s *= 2;
	return s < PIN_LOCK_MAX_S ? s : PIN_LOCK_MAX_S;
}

/* Seconds left of the lock at now. A lock end further away than the longest
 * lock means the clock was set back since: it is pulled in (and stored), so
 * that setting the clock cannot lock staff out for days. */
static int remaining(model_t *m, int failures, wall_t until, wall_t now, int *seconds)
{
	*seconds = 0;
	if (until <= now)
		return OVI_OK;
	if (until - now > PIN_LOCK_MAX_S) {
		until = now + PIN_LOCK_MAX_S;
		int rc = model_pin_failures_set(m, failures, until);
		if (rc < 0)
			return rc;
	}
	*seconds = (int)(until - now);
	return OVI_OK;
}

int pin_lock_remaining(model_t *m, int *seconds)
{
	*seconds = 0;
	int failures;
	wall_t until;
	int rc = model_pin_failures_get(m, &failures, &until);
	if (rc == OVI_OK)
		rc = remaining(m, failures, until, clock_now(), seconds);
	return rc;
}

int pin_try(model_t *m, const char *pin, pin_try_t *out)
{
	memset(out, 0, sizeof *out);
	wall_t now = clock_now();
	int failures;
	wall_t until;
	int rc = model_pin_failures_get(m, &failures, &until);
	if (rc == OVI_OK)
		rc = remaining(m, failures, until, now, &out->locked_s);
	out->failures = failures;
	if (rc < 0 || out->locked_s > 0)
		return rc;

	arena_t *a = arena_new();
	staff_pin_list_t pins = {0};
	rc = a ? model_staff_pins(m, a, &pins) : err_set(OVI_ENOMEM, "out of memory");
	arena_free(a);
	if (rc < 0)
		return rc;
	if (pins.n == 0) {
		out->no_pins = true;
		return OVI_OK;
	}

	rc = pin_check(m, pin, out->label, sizeof out->label);
	if (rc == OVI_OK) {
		out->ok = true;
		out->failures = 0;
		rc = model_pin_failures_set(m, 0, 0);
		if (rc == OVI_OK)
			rc = model_staff_log(m, out->label, "enter", NULL);
		if (rc < 0)
			out->ok = false; /* a lock that cannot be reset must not be bypassed */
		return rc;
	}
	if (rc != OVI_ENOTFOUND)
		return rc;
	out->failures = failures + 1;
	out->locked_s = pin_lock_delay(out->failures);
	rc = model_pin_failures_set(m, out->failures, out->locked_s ? now + out->locked_s : 0);
	if (rc == OVI_OK) {
		char detail[32];
		snprintf(detail, sizeof detail, "%d in a row", out->failures);
		rc = model_staff_log(m, NULL, "pin_wrong", detail);
	}
	return rc;
}
