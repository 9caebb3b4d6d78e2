/*
 * match: the one text matcher. How Ovi understands what young people type,
 * for the three places that compare it with words: crisis phrases (a
 * question that says "en jaksa enää" brings help while it is typed),
 * blocked words in nicknames, and the services search (model/search.c).
 *
 * Text is compared in one normal form (core/utf8.h utf8_fold(): NFC, full
 * case folding), cut into words at anything that is not a letter, a mark or
 * a digit (apostrophes inside a word are dropped: "don't" is "dont"). Each
 * word carries its forms:
 *   - the word as typed (folded);
 *   - its standard form when it is colloquial ("mä" -> "minä", "itteni" ->
 *     "itseni", "haluun" -> "haluan"; match_lex.c), and the lemma of the
 *     Finnish negation verb ("enkä", "et", "eivät" -> "ei");
 *   - its Snowball stem (libstemmer) in every language of the matcher: fi,
 *     sv and en always, and any other language of the bundle that Snowball
 *     knows. A young person may write Swedish on the Finnish screen, so a
 *     word is stemmed in all of them.
 * Some colloquial words stand for two ("dont" -> "do not", "kms" -> "kill
 * myself"); they are replaced by both.
 *
 * Two words match, best first, when
 *   1. a form equals a form (the word, its standard form or a stem);
 *   2. the typed word starts with the listed word or its stem, of four
 *      letters or more ("viiltelen" with "viiltel");
 *   3. the typed word contains the listed word or its stem, of four letters
 *      or more: a compound ("rahahuolet" with "raha", "kesätyöpaikka" with
 *      "kesätyö"). The search also takes the other way round ("raha" finds
 *      "rahahuolet");
 *   4. the same word inflected in a way Snowball does not undo (Finnish
 *      consonant gradation: "työtön" / "työttömäksi", "häätö" / "häädöstä"):
 *      stems of four letters or more that differ only in their last one;
 *   5. a typo: words of five letters or more at one edit, of eight or more
 *      at two (optimal string alignment: insert, delete, substitute, swap
 *      two neighbours), on the words and on their stems. Blocked nickname
 *      words take one edit from six letters: at five, too many names are
 *      one letter from a swear word ("Butch", "Pitta").
 * A phrase of several words matches when each of its words matches a
 * different word of the text and they lie close together: in any order,
 * with at most two other words among them ("en jaksa enää" in "mä en
 * jaksa enää mitään", "enkä jaksa enää", "jaksa en enää").
 *
 * A missed crisis phrase is the worst failure there is, so the matcher errs
 * on the side of matching: a false alarm only shows the help contacts.
 * tests/bench/bench_match.c measures both the misses and the false alarms.
 *
 * A match_t is used by one thread at a time (Snowball's stemmers keep their
 * buffers inside).
 */
#ifndef OVI_MODEL_MATCH_H
#define OVI_MODEL_MATCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/mem.h"

#define MATCH_MAX_LANGS 8  /* stemmers of one matcher: fi, sv, en + 5 more */
#define MATCH_MAX_WORD	64 /* code points; a longer "word" is cut there */

typedef struct match match_t;

typedef enum { MATCH_CRISIS = 0, MATCH_BLOCKED, MATCH_LISTS } match_list_t;

/* How well two words match (rule numbers as above); 0 is no match. */
typedef enum {
	MATCH_NONE = 0,
	MATCH_TYPO = 50,
	MATCH_PART = 60,   /* a compound's part */
	MATCH_TYPING = 70, /* the search: an index word starts with a typed one */
	MATCH_PREFIX = 80,
	MATCH_INFLECTED = 85, /* stems alike but for their last letter */
	MATCH_STEM = 90,
	MATCH_SAME = 100,
} match_quality_t;

/* One word of a text with its forms. Strings live in the arena the word
 * was made in. */
typedef struct match_word {
	const char *word;		    /* folded, as typed */
	const char *alt;		    /* its standard form, or NULL */
	const char *stem[MATCH_MAX_LANGS];  /* per language of the matcher; NULL: none */
	int nstem[MATCH_MAX_LANGS];	    /* their lengths in code points */
	uint32_t *stem_cp[MATCH_MAX_LANGS]; /* their code points */
	uint32_t *cp;			    /* word's code points */
	int ncp;
	uint32_t *alt_cp;
	int nalt;
} match_word_t;

typedef struct match_words {
	match_word_t *v;
	int n;
} match_words_t;

/*
 * A matcher with Snowball stemmers for fi, sv, en and for each of langs
 * that Snowball knows (others are matched without a stem). Empty lists.
 * Caller frees with match_free().
 */
int match_new(const char *const *langs, int nlangs, match_t **out);
void match_free(match_t *mt); /* accepts NULL */
/* The matcher's languages in stem order (match_word_t.stem[i] is langs[i]). */
int match_langs(const match_t *mt, const char **langs, int cap);

/* Adds a phrase (one or more words) to a list. Phrases without any word
 * (only punctuation) are ignored. */
int match_add(match_t *mt, match_list_t list, const char *phrase);
int match_count(const match_t *mt, match_list_t list);

/*
 * The index of the first phrase of list that text contains, or -1.
 * MATCH_BLOCKED (nicknames) also looks at the text with look-alike digits
 * read as letters ("p4sk4") and with its words run together ("pa ska",
 * "Iso_Paska"). Out of memory counts as a match for MATCH_CRISIS (help
 * shown for nothing is better than none) and as none otherwise.
 */
int match_find(match_t *mt, match_list_t list, const char *text);

/*
 * Cuts text into words with their forms (in a). lang_mask selects the
 * stemmers (bit i: the matcher's language i; ~0u: all). OVI_ENOMEM.
 */
int match_words(match_t *mt, arena_t *a, const char *text, unsigned lang_mask, match_words_t *out);
/* The stemmer index of a language code, or -1 when the matcher has none. */
int match_lang_index(const match_t *mt, const char *lang);

/*
 * How well typed word q matches word w (the list's or the index's; an
 * index word has no stems of its own: it is a stem or a word already).
 * both_ways: w may also be a part of q's compound the other way round and
 * may start with q (the search, as the words are being typed).
 */
match_quality_t match_word_pair(const match_word_t *q, const match_word_t *w, bool both_ways);

/* True for words the search leaves out ("ja", "och", "the", "missä",
 * "apua"): they are in nearly everything. */
bool match_stopword(const match_word_t *w);

/* Optimal string alignment distance of a and b, or limit + 1 when it is
 * more than limit. */
int match_distance(const uint32_t *a, int na, const uint32_t *b, int nb, int limit);

#endif
