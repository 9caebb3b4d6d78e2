/*
 * model_digest: a SHA-256 (hex) over a canonical dump of every table of the
 * model but import_log, from one snapshot: equal digests, equal data.
 * Tests only (tests/model_digest.c): the program never needs it.
 */
#ifndef OVI_TESTS_MODEL_DIGEST_H
#define OVI_TESTS_MODEL_DIGEST_H

#include "model/model.h"

int model_digest(model_t *m, char out[65]);

#endif
