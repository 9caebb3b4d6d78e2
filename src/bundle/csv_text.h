/*
 * csv_text: is this buffer text that a coordinator's spreadsheet could have
 * saved, and if not, what should they do about it?
 *
 * The first pass of csv_parse(), in a file of its own. It recognises files
 * that are not CSV text at all (an .xlsx, .ods or .xls workbook, UTF-16
 * "Unicode text"), and refuses NUL bytes, invalid UTF-8 (telling apart
 * Excel's plain "CSV", which is Windows-1252) and lines longer than
 * CSV_MAX_LINE bytes, naming the line and the column in characters. After
 * it, the parser can trust that every byte is UTF-8 without a NUL.
 */
#ifndef OVI_BUNDLE_CSV_TEXT_H
#define OVI_BUNDLE_CSV_TEXT_H

#include <stddef.h>

/* Checks d[start..n) (start skips a BOM; the magic numbers are looked for at
 * d[0]). Returns 0, or OVI_EREJECT with err_last() set. No allocation. */
int csv_check_text(const char *name, const char *d, size_t n, size_t start);

#endif
