/*
 * libFuzzer target for the text matcher (model/match.c): any bytes, cut into
 * words and compared with a small crisis list and blocked list, never
 * crash, hang or leak, and the words keep their invariants: valid UTF-8,
 * folded, at most MATCH_MAX_WORD code points. And a text always contains
 * itself: the input added as a phrase is found in the input.
 */
#include "core/err.h"
#include "core/utf8.h"
#include "model/match.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const crisis[] = {"en jaksa enää", "itsemurha", "kill myself", "ta livet av mig",
				     "don't want to live"};
static const char *const blocked[] = {"paska", "vittu", "nazi"};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 8192)
		return 0;
	char *text = malloc(size + 1);
	if (!text)
		return 0;
	memcpy(text, data, size);
	text[size] = 0; /* the matcher reads C strings: stop at a NUL */
	static const char *const langs[] = {"ru", "ar", "xx"};
	match_t *mt = NULL;
	if (match_new(langs, 3, &mt) < 0)
		abort();
	for (size_t i = 0; i < sizeof crisis / sizeof crisis[0]; i++)
		if (match_add(mt, MATCH_CRISIS, crisis[i]) < 0)
			abort();
	for (size_t i = 0; i < sizeof blocked / sizeof blocked[0]; i++)
		if (match_add(mt, MATCH_BLOCKED, blocked[i]) < 0)
			abort();
	int c = match_find(mt, MATCH_CRISIS, text);
	int b = match_find(mt, MATCH_BLOCKED, text);
	if (c < -1 || c >= 5 || b < -1 || b >= 3)
		abort();

	arena_t *a = arena_new();
	match_words_t w;
	if (!a || match_words(mt, a, text, ~0u, &w) < 0)
		abort();
	for (int i = 0; i < w.n; i++) {
		const match_word_t *x = &w.v[i];
		size_t len = strlen(x->word);
		if (!len || x->ncp < 1 || x->ncp > MATCH_MAX_WORD ||
		    !utf8_valid(x->word, len, NULL))
			abort();
		char *again = utf8_fold(x->word, len, NULL);
		/* Colloquial forms' parts are folded already; a word is its own fold. */
		if (!again || strcmp(again, x->word) != 0)
			abort();
		ovi_free(again);
		(void)match_stopword(x);
		if (i > 0)
			(void)match_word_pair(&w.v[i], &w.v[i - 1], true);
	}
	arena_free(a);

	/* A text always contains itself (as a phrase of its first words). */
	int before = match_count(mt, MATCH_CRISIS);
	if (match_add(mt, MATCH_CRISIS, text) < 0)
		abort();
	if (match_count(mt, MATCH_CRISIS) > before && match_find(mt, MATCH_CRISIS, text) < 0)
		abort();
	match_free(mt);
	free(text);
	return 0;
}
