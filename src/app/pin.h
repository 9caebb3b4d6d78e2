/*
 * pin: staff PINs: hashing, checking, and the lockout after wrong
 * tries. The app side of model/model_staff.h: the model stores hash strings, this
 * file makes and checks them with libsodium's crypto_pwhash (Argon2id).
 *
 * Lockout: the first PIN_LOCK_FREE wrong PINs in a row cost nothing; the
 * 5th locks entry for 30 s, each further wrong PIN doubles that, up to
 * 15 minutes (pin_lock_delay()). The count and the lock end are kept in the
 * database (model_pin_failures_get/set), so pulling the plug does not reset
 * them. A right PIN resets the count. While locked, no PIN is even checked.
 *
 * Checking a PIN costs one Argon2id computation per stored PIN
 * (PIN_PWHASH_OPSLIMIT/MEMLIMIT below); with a few PINs that is well
 * under a second on a Raspberry Pi 4. Call from the UI thread on a tap:
 * the frame stalls that long, which staff read as "checking".
 */
#ifndef OVI_APP_PIN_H
#define OVI_APP_PIN_H

#include <stdbool.h>
#include <stddef.h>

#include "core/timeutil.h"
#include "model/model_staff.h"

#define PIN_MIN		 4
#define PIN_MAX		 8
#define PIN_LOCK_FREE	 4  /* wrong tries in a row without a delay */
#define PIN_LOCK_FIRST_S 30 /* the delay after the 5th wrong try */
#define PIN_LOCK_MAX_S	 (15 * 60)

/* True for 4..8 ASCII digits and nothing else. */
bool pin_valid(const char *pin);

/* Hashes pin (must be pin_valid()) into out (MODEL_PIN_HASH_MAX + 1
 * bytes) as a crypto_pwhash_str string with a fresh random salt.
 * OVI_EREJECT for an invalid PIN, OVI_ENOMEM when Argon2 cannot get its
 * memory. */
int pin_hash(const char *pin, char out[MODEL_PIN_HASH_MAX + 1]);

/* Checks pin against every stored hash, with no lockout (see
 * pin_try()). 0 and the matching PIN's label copied into label (cap
 * bytes; may be NULL) on a match; OVI_ENOTFOUND for no match (or no PINs);
 * other codes for database errors. */
int pin_check(model_t *m, const char *pin, char *label, size_t cap);

/* Seconds of lock after failures wrong tries in a row: 0 up to
 * PIN_LOCK_FREE, then 30, 60, 120, ... up to PIN_LOCK_MAX_S. Pure. */
int pin_lock_delay(int failures);

/* Seconds until entry opens again at clock_now() (0 when not locked). */
int pin_lock_remaining(model_t *m, int *seconds);

typedef struct pin_try {
	bool ok;				 /* the PIN matched: enter staff mode */
	char label[MODEL_PIN_LABEL_MAX * 4 + 1]; /* whose PIN (ok only) */
	int locked_s; /* > 0: locked, try again in this many seconds (the PIN
		       * was not checked, or this wrong try started the lock) */
	int failures; /* wrong tries in a row after this one */
	bool no_pins; /* no PIN is stored: staff mode cannot be entered */
} pin_try_t;

/*
 * One try at the PIN pad, at clock_now(): refuses while locked (locked_s),
 * else checks pin; a match resets the failures and logs "enter" under its
 * label; a miss counts, may start a lock and logs "pin_wrong". Returns 0
 * when the try was judged (look at out), a negative code when the database
 * failed (then out->ok is false).
 */
int pin_try(model_t *m, const char *pin, pin_try_t *out);

#endif
