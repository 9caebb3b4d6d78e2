/*
 * model_staff_internal: helpers shared by the staff model files (model_staff.c,
 * model_queue.c, model_staff_day.c). Internal to src/model/.
 */
#ifndef OVI_MODEL_MODEL_STAFF_INTERNAL_H
#define OVI_MODEL_MODEL_STAFF_INTERNAL_H

#include "model/mdb.h"

/* rc, or OVI_ENOTFOUND ("no <what> with id <id>") when rc is OVI_OK but the
 * last statement changed no row. */
int model_staff_changed_one(model_t *m, int rc, const char *what, int64_t id);
/* Ends a transaction: commits when rc is OVI_OK, else (or when the commit
 * fails) rolls back. Returns the outcome. */
int model_staff_finish(model_t *m, int rc);
/* Deletes sign-up id inside the caller's transaction; when it had a place,
 * the first on its waiting list moves up (write.c). */
int model_staff_signup_delete(model_t *m, int64_t id);

#endif
