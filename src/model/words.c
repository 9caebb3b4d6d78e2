/*
 * words: what young people type, checked before it is stored and looked at
 * for crisis phrases and blocked words, with the content's matcher
 * (model/match.c, kept per content by model/search.c).
 */
#include "model/mdb.h"

#include "core/err.h"
#include "core/mem.h"
#include "core/utf8.h"
#include "core/tr.h"

#include <string.h>

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

int model_crisis(model_t *m, const char *text, bool *out)
{
	*out = false;
	if (!text || !*text)
		return OVI_OK;
	mdb_content_t *c;
	int rc = mdb_content(m, &c);
	if (rc < 0) {
		/* Help shown for nothing is the lesser failure. */
		*out = true;
		return rc;
	}
	*out = match_find(mdb_content_matcher(c), MATCH_CRISIS, text) >= 0;
	return OVI_OK;
}

/* True when nick is no nickname at all: an e-mail address, a phone number. */
static bool not_a_nickname(const char *nick)
{
	int digits = 0;
	for (const char *p = nick; *p; p++) {
		if (*p == '@')
			return true;
		digits += *p >= '0' && *p <= '9';
	}
	return digits >= 7;
}

int model_nick_blocked(model_t *m, const char *nick, bool *out)
{
	*out = true;
	char *clean;
	int rc = mdb_clean_text(nick, MODEL_NICK_MAX, false, TR(err_lang(), "nickname"), &clean);
	if (rc == OVI_EREJECT)
		return OVI_OK;
	if (rc < 0)
		return rc;
	if (!not_a_nickname(clean)) {
		mdb_content_t *c;
		rc = mdb_content(m, &c);
		if (rc == OVI_OK)
			*out = match_find(mdb_content_matcher(c), MATCH_BLOCKED, clean) >= 0;
	}
	ovi_free(clean);
	return rc;
}
