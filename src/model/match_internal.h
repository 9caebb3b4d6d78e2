/*
 * match_internal: what match.c takes from match_lex.c. Internal to
 * src/model/.
 */
#ifndef OVI_MODEL_MATCH_INTERNAL_H
#define OVI_MODEL_MATCH_INTERNAL_H

#include <stdint.h>

#include "model/match.h"

typedef struct match_lex {
	const char *from, *to; /* folded; to may be several words */
} match_lex_t;

/* Colloquial and texting forms; ends with {NULL, NULL}. */
extern const match_lex_t match_colloquial[];
/* Stop words of the search; ends with NULL. */
extern const char *const match_stopwords[];
/* "ei" for a form of the Finnish negation verb, else NULL. */
const char *match_negation_lemma(const char *w);
/* A look-alike digit or sign read as the letter it stands for. */
uint32_t match_leet(uint32_t cp);

#endif
