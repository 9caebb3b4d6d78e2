/*
 * fault: deterministic fault injection, the SQLite way.
 *
 * Code that does something that can fail in the real world (allocate, read a
 * file, step an SQL statement, fsync) asks fault_hit(KIND) first and fails as
 * the real call would when it returns true. A test arms one kind with a
 * countdown: fault_arm(FAULT_READ, 3) makes the third read fail. Running an
 * import with the countdown at 1, 2, 3, ... until nothing fires proves that
 * every failure point leaves the database unchanged.
 *
 * Unarmed, fault_hit() is a load and a compare: it stays in release builds so
 * that what is tested is what ships.
 */
#ifndef OVI_CORE_FAULT_H
#define OVI_CORE_FAULT_H

#include <stdbool.h>

typedef enum {
	FAULT_ALLOC,
	FAULT_READ,
	FAULT_WRITE,
	FAULT_STEP,
	FAULT_FSYNC,
	FAULT_KINDS
} fault_kind_t;

/* Fail the nth (1-based) call of kind from now on; every later call succeeds
 * again unless persistent is true (then every call from the nth on fails). */
void fault_arm(fault_kind_t kind, long nth, bool persistent);
void fault_disarm_all(void);
/* True if the armed failure fired since the last fault_arm(). */
bool fault_fired(fault_kind_t kind);
bool fault_hit(fault_kind_t kind);

#endif
