/*
 * search: the services search index and its query (search.c). Internal to
 * src/model/: other layers call model_services() (model.h).
 */
#ifndef OVI_MODEL_SEARCH_H
#define OVI_MODEL_SEARCH_H

#include "core/mem.h"
#include "model/match.h"
#include "model/model.h"

/* Rebuilds service_fts from the content tables, inside the caller's
 * transaction (model_apply_content(), the migration that made the table). */
int search_index(model_t *m);

typedef struct search_result {
	const char **ids; /* service ids, best first (in the arena) */
	int n;
	int words; /* the query's words that were searched for */
} search_result_t;

/* The services that match query, ranked (see search.c). lang: the
 * visitor's language, or NULL for the site's default. */
int search_services(model_t *m, arena_t *ar, const char *lang, const char *query,
		    search_result_t *out);

#endif
