/*
 * csv: a strict RFC 4180 reader for sheets saved by LibreOffice and Excel.
 *
 * Accepts UTF-8 with or without a BOM, Windows-1252 (what Finnish Excel's
 * default "CSV (semicolon separated)" writes; read as such when the file is
 * not UTF-8 and has no byte Windows-1252 leaves undefined), comma or semicolon separators (chosen
 * from the header row: whichever of ',' and ';' occurs outside quotes in it;
 * a header with neither is one column), quoted fields with "" for a quote and
 * line breaks inside quotes, CRLF or LF line ends, a missing final newline.
 *
 * Refuses, with file/line/column in the message: text that is neither UTF-8
 * nor Windows-1252 (a UTF-8 file with stray bytes),
 * NUL bytes, an unterminated quote (naming the line where it opened), text
 * after a closing quote, a line longer than CSV_MAX_LINE bytes, a field
 * longer than CSV_MAX_FIELD, more than CSV_MAX_COLS columns, more than
 * CSV_MAX_ROWS rows.
 *
 * The reader works on a buffer in memory (the caller has read the file with
 * a size limit) and does no I/O, so the fuzzer drives it directly.
 *
 * Details a caller may rely on:
 * - Separator: a first line "sep=;" or "sep=," (Excel writes it on request)
 *   decides it. Otherwise the header row's count outside quotes decides:
 *   more ';' than ',' (or as many) gives ';'. With neither, nothing splits a
 *   row: every row is one cell, and sep reads ','.
 * - Rows before the header with nothing but separators and spaces are skipped.
 * - Spaces or tabs around a quoted cell (  "a, b"  ) are ignored; a quote in
 *   the middle of an unquoted cell is refused. Line breaks inside quotes
 *   (CRLF, LF, or a lone CR) come out as "\n". A lone CR also ends a line.
 * - Header: trailing columns without a name are dropped (Excel leaves them
 *   behind), but only when every cell under them is empty too; an empty name
 *   before the last named column is refused. Names that repeat (ASCII case
 *   folded, trimmed) are refused, except names starting with '#' (notes).
 * - Every row has exactly header.ncols cells: missing trailing cells (Excel
 *   drops them) read "", extra trailing cells that are empty are dropped, an
 *   extra cell with text is refused ("this row has 7 columns but the header
 *   row has 6").
 * - CSV_MAX_ROWS counts data rows (after skipping empty ones).
 * - Columns in messages are the spreadsheet's letters (A, B, ..., AA), the
 *   cell the problem is in, never a character position.
 */
#ifndef OVI_BUNDLE_CSV_H
#define OVI_BUNDLE_CSV_H

#include <stdbool.h>
#include <stddef.h>

#define CSV_MAX_LINE  (64 * 1024)
#define CSV_MAX_FIELD (8 * 1024)
#define CSV_MAX_COLS  128
#define CSV_MAX_ROWS  20000

typedef struct csv_row {
	int line; /* 1-based line number where the row starts */
	int ncols;
	char **cols; /* ncols NUL-terminated fields, unquoted, not trimmed */
} csv_row_t;

typedef struct csv {
	char sep;	  /* ',' or ';' */
	bool cp1252;	  /* the file was Windows-1252 (Excel's plain CSV), now UTF-8 */
	csv_row_t header; /* the first non-empty row */
	csv_row_t *rows;  /* data rows; rows whose fields are all empty are skipped */
	int nrows;
	void *priv;
} csv_t;

/*
 * Parses data[0..len) (need not be NUL-terminated). name is the file name
 * used in messages ("people.csv"). On success *out is a csv the caller frees
 * with csv_free(). On failure returns OVI_EREJECT (or OVI_ENOMEM) with
 * err_last() like "people.csv line 14, column 3: a quote opened here is
 * never closed".
 */
int csv_parse(const char *name, const char *data, size_t len, csv_t **out);
/* The same with another row limit than CSV_MAX_ROWS (Ovi's own exports,
 * which grow with time). */
int csv_parse_rows(const char *name, const char *data, size_t len, int max_rows, csv_t **out);
/* The same as csv_parse(), its messages in lang (core/tr.h). */
int csv_parse_lang(const char *name, const char *data, size_t len, const char *lang, csv_t **out);
void csv_free(csv_t *c); /* accepts NULL */

/* Column of the header whose name equals name (ASCII case-insensitive, after
 * trimming spaces), or -1. */
int csv_col(const csv_t *c, const char *name);

#endif
