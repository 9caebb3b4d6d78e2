/*
 * sheet: the generic, table-driven part of the loader. A sheet is described
 * by a list of fields (name, type, required, offset in the row struct); the
 * reader maps header columns to fields (text fields once per language:
 * name, name_fi, name_sv, ...), parses each cell by type and reports problems
 * with the spreadsheet's own coordinates.
 */
#ifndef OVI_BUNDLE_SHEET_H
#define OVI_BUNDLE_SHEET_H

#include <stddef.h>

#include "bundle/csv.h"
#include "bundle/manifest.h"
#include "core/err.h"
#include "model/content.h"

typedef enum {
	F_ID,	   /* const char *: [a-z0-9_-]{1,40} */
	F_STR,	   /* const char *: one-language text (NULL when empty) */
	F_TR,	   /* tr_t: one column per language */
	F_WEEKDAY, /* int 1..7 */
	F_TIME,	   /* int minutes, -1 when empty; 24:00 allowed (checked by caller) */
	F_DATE,	   /* int day number */
	F_INT,	   /* int */
	F_BOOL,	   /* bool: yes/no, kyllä/ei, ja/nej, true/false, 1/0, x/empty */
	F_LIST,	   /* const char *: space-separated tokens, "" when empty */
	F_WHEEL,   /* wheel_t */
	F_IMAGE,   /* const char *: a path that the manifest lists (checked later) */
	F_ENUM,	   /* int: index+1 in enum_values (0 when empty) */
} field_type_t;

typedef struct field_spec {
	const char *name;
	field_type_t type;
	bool required;
	size_t off;
	const char *const *enum_values; /* F_ENUM: NULL-terminated */
	int maxlen;			/* F_STR/F_TR/F_LIST: bytes; 0 = 1000 */
} field_spec_t;

typedef struct sheet_spec {
	const char *file;
	bool required;
	size_t row_size;
	const field_spec_t *fields;
} sheet_spec_t;

typedef struct sheet {
	const sheet_spec_t *spec;
	void *rows; /* nrows * spec->row_size bytes in the content arena */
	int nrows;
	int *lines; /* line of each row in the file */
	bool present;
	bool broken; /* present but unreadable: references into it are not checked */
	csv_t *csv;
	int colof[64][LANG_MAX + 1]; /* header column of field f (lang l), or -1 */
} sheet_t;

typedef struct load_ctx {
	const char *dir;
	const manifest_t *m;
	content_t *c;
	errlist_t *errs;
	errlist_t *notes; /* worth knowing, not wrong (a sheet in Windows-1252); may be NULL */
	const char *lang; /* the messages' language (core/tr.h); NULL: English */
	bool oom;
} load_ctx_t;

/* Reads and parses one sheet into s (rows in ctx->c's arena). A missing
 * optional sheet gives 0 rows. Problems go to ctx->errs. */
void sheet_read(load_ctx_t *ctx, const sheet_spec_t *spec, sheet_t *s);
void sheet_release(sheet_t *s);
/* "C" for the third column, "AA" for the 27th. */
void sheet_col_letter(int col, char out[4]);
/* Reports a problem at a row/field: "file line L, column X (name): msg". */
void sheet_error(load_ctx_t *ctx, const sheet_t *s, int row, const char *field, const char *fmt,
		 ...) __attribute__((format(printf, 5, 6)));

#endif
