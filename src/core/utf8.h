/*
 * utf8: validation, decoding, case folding and normalisation (utf8proc).
 * Everything Ovi reads from outside is checked with utf8_valid() before it
 * is stored or drawn.
 */
#ifndef OVI_CORE_UTF8_H
#define OVI_CORE_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* True if s[0..n) is well-formed UTF-8 (no overlongs, no surrogates, no
 * code points above U+10FFFF). On false, *bad_at (if given) is the byte
 * offset of the first bad sequence. */
bool utf8_valid(const char *s, size_t n, size_t *bad_at);
/* Decodes one code point at *s, advancing *s; returns 0xFFFD for a bad byte
 * (advancing one byte). Never reads past end. */
uint32_t utf8_next(const char **s, const char *end);
/* Appends cp to out (at least 4 bytes); returns the bytes written. */
int utf8_encode(uint32_t cp, char *out);
/* Number of code points. */
size_t utf8_len(const char *s);
/* Simple (one code point) lowercase and uppercase, from utf8proc's
 * Unicode tables. */
uint32_t utf8_tolower(uint32_t cp);
uint32_t utf8_toupper(uint32_t cp);
/* Lowercased copy into out (size cap), NUL-terminated; returns the length. */
size_t utf8_lower(const char *s, char *out, size_t cap);
/*
 * The form in which Ovi compares text: Unicode NFC (a Mac's decomposed "a" +
 * U+0308 becomes one "ä"), full case folding ("STRASSE" and "Straße" both
 * "strasse"), default-ignorable code points (soft hyphens, zero-width
 * joiners) removed; ä, ö and å stay letters of their own. Malformed bytes
 * become U+FFFD first. Returns a fresh string (ovi_free()), its length in
 * *out_len when given; NULL when out of memory.
 */
char *utf8_fold(const char *s, size_t n, size_t *out_len);
/* The same without the case folding: text as it is shown, in NFC (what the
 * bundle loader keeps of every sheet). */
char *utf8_nfc(const char *s, size_t n, size_t *out_len);
/* True for a code point that is part of a word: a letter, a combining mark
 * or a digit, in any script (Unicode general categories L*, M*, N*). */
bool utf8_is_word_char(uint32_t cp);
/* True for a combining mark (M*): it belongs to the letter before it. */
bool utf8_is_mark(uint32_t cp);
/* Column of byte offset off in s, 1-based, counted in code points. */
int utf8_column(const char *line, size_t off);

#endif
