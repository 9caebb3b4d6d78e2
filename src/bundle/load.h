/*
 * load: turns the sheets of a staged, hash-checked bundle into content_t,
 * validating everything a coordinator could get wrong: column names, ids,
 * weekdays, times, dates, numbers, references between sheets, overlapping
 * roster slots, photos (type, size, pixel dimensions).
 *
 * It reports every problem it finds (up to ERRLIST_MAX), each naming the
 * file, line and column the way a spreadsheet shows them ("roster.csv line 7,
 * column C (end): '24:30' is not a time ..."), so one round of fixes is enough.
 */
#ifndef OVI_BUNDLE_LOAD_H
#define OVI_BUNDLE_LOAD_H

#include "bundle/manifest.h"
#include "core/err.h"
#include "model/content.h"

/* dir holds the files of m. On success *out is the content (caller frees with
 * content_free()). On failure returns OVI_EREJECT with every problem in errs
 * (and err_last() summarising), or OVI_ENOMEM / OVI_ERR. notes (may be NULL)
 * gets what is worth telling but not wrong, such as a sheet in Windows-1252. */
int bundle_load(const char *dir, const manifest_t *m, content_t **out, errlist_t *errs,
		errlist_t *notes, const char *lang);

/* True when name is one of the sheets Ovi knows ("people.csv"). */
bool bundle_is_known_sheet(const char *name);

#endif
