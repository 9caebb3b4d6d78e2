/*
 * csv_text: is this buffer text that a coordinator's spreadsheet could have
 * saved, and if not, what should they do about it?
 *
 * The first pass of csv_parse(), in a file of its own. It recognises files
 * that are not CSV text at all (an .xlsx, .ods or .xls workbook, UTF-16
 * "Unicode text"), tells Excel's plain "CSV" (Windows-1252: Finnish Excel's
 * "CSV (semicolon separated)") from UTF-8, and refuses NUL bytes, text that
 * is neither (a UTF-8 file with stray bytes) and lines longer than
 * CSV_MAX_LINE bytes, naming the line and the spreadsheet column. After it,
 * the parser can trust that every byte is UTF-8 (once a Windows-1252 text is
 * converted) without a NUL.
 */
#ifndef OVI_BUNDLE_CSV_TEXT_H
#define OVI_BUNDLE_CSV_TEXT_H

#include <stddef.h>

typedef enum csv_encoding { CSV_UTF8, CSV_CP1252 } csv_encoding_t;

/* Checks d[start..n) (start skips a BOM; the magic numbers are looked for at
 * d[0]). Returns 0 with *enc saying how to read it, or OVI_EREJECT with
 * err_last() set. No allocation. */
int csv_check_text(const char *name, const char *d, size_t n, size_t start, const char *lang,
		   csv_encoding_t *enc);

#endif
