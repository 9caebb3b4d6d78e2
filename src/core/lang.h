/*
 * lang: what Ovi knows about a language by its code (ISO 639-1, or 639-3
 * where there is no two-letter code: "smn", "sms"): its name in its own
 * language, as a language button or a person's language chip shows it,
 * and whether it is written right to left.
 *
 *	lang_name("uk")  ->  "Українська"
 *	lang_rtl("ar")   ->  true
 */
#ifndef OVI_CORE_LANG_H
#define OVI_CORE_LANG_H

#include <stdbool.h>

/* The language's own name ("Suomi", "Davvisámegiella"), NULL for a code
 * Ovi does not know. */
const char *lang_name(const char *code);
/* Whether the language is written right to left (Arabic, Persian, Sorani,
 * Hebrew, Urdu, Pashto...). */
bool lang_rtl(const char *code);

#endif
