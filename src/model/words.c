/*
 * words: matching crisis and blocked words, and checking what young people
 * type before it is stored. No database.
 */
#include "model/mdb.h"

#include "core/err.h"
#include "core/utf8.h"

#include <string.h>

/* Is the code point before at (in text) part of a word? */
static bool word_before(const char *text, const char *at)
{
	if (at == text)
		return false;
	const char *p = at - 1;
	while (p > text && ((unsigned char)*p & 0xC0) == 0x80)
		p--;
	const char *q = p;
	uint32_t c = utf8_next(&q, at);
	if (c < 0x80)
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	/* Latin-1 punctuation and signs, general punctuation (dashes, quotes),
	 * CJK punctuation: not letters. */
	if ((c >= 0xA0 && c <= 0xBF) || c == 0xD7 || c == 0xF7 || (c >= 0x2000 && c <= 0x206F) ||
	    (c >= 0x3000 && c <= 0x303F) || c == 0xFFFD)
		return false;
	return true;
}

static bool match_in(const char *text, const char *word)
{
	size_t n = strlen(word);
	if (!n)
		return false;
	for (const char *p = strstr(text, word); p; p = strstr(p + 1, word))
		if (!word_before(text, p))
			return true;
	return false;
}

bool model_words_match(const char *const *words, int n, const char *text, int *which)
{
	if (which)
		*which = -1;
	if (!text || !*text || n <= 0)
		return false;
	size_t len = strlen(text), cap = len * 2 + 1;
	/* Out of memory, match what was typed as it is rather than not at all:
	 * a missed crisis word is the worse failure. */
	char *low = ovi_malloc(cap);
	if (low)
		utf8_lower(text, low, cap);
	bool found = false;
	for (int i = 0; i < n && !found; i++) {
		char w[256];
		if (!words[i] || strlen(words[i]) >= sizeof w / 2)
			continue;
		utf8_lower(words[i], w, sizeof w);
		if (match_in(low ? low : text, w)) {
			found = true;
			if (which)
				*which = i;
		}
	}
	ovi_free(low);
	return found;
}

int mdb_clean_text(const char *in, int max_chars, bool multiline, const char *what, char **out)
{
	*out = NULL;
	if (!in)
		in = "";
	size_t len = strlen(in), bad;
	if (!utf8_valid(in, len, &bad))
		return err_set(OVI_EREJECT, "the %s is not valid text", what);
	while (len && (unsigned char)in[len - 1] <= ' ')
		len--;
	while (len && (unsigned char)*in <= ' ')
		in++, len--;
	if (!len)
		return err_set(OVI_EREJECT, "the %s is empty", what);
	int chars = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)in[i];
		if ((c & 0xC0) != 0x80)
			chars++;
		if (c == 0x7F || (c < ' ' && !(multiline && (c == '\n' || c == '\t'))))
			return err_set(OVI_EREJECT, "the %s has a control character", what);
	}
	if (chars > max_chars)
		return err_set(OVI_EREJECT, "the %s is too long (%d characters, at most %d)", what,
			       chars, max_chars);
	*out = ovi_strndup(in, len);
	return *out ? OVI_OK : err_set(OVI_ENOMEM, "out of memory");
}
