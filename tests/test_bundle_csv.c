#include "bundle/csv.h"
#include "core/err.h"
#include "core/fault.h"
#include "core/str.h"

#include "testlib.h"

#include <stdlib.h>

/* Parses a C string literal (so embedded NULs count) into c; returns the code. */
#define PARSE(lit, c) csv_parse("people.csv", (lit), sizeof(lit) - 1, (c))

/* Expects a refusal whose message contains want. */
static void refuse(const char *data, size_t len, const char *want)
{
	csv_t *c = (csv_t *)1;
	err_clear();
	int rc = csv_parse("people.csv", data, len, &c);
	CHECK_INT(rc, OVI_EREJECT);
	CHECK(c == NULL);
	CHECK_CONTAINS(err_last(), want);
}
#define REFUSE(lit, want) refuse((lit), sizeof(lit) - 1, (want))

TEST(test_comma_basic)
{
	csv_t *c = NULL;
	CHECK_INT(PARSE("id,name,role\naino,Aino Korhonen,Ohjaaja\nbo,Bo,\n", &c), 0);
	if (!c)
		return;
	CHECK_INT(c->sep, ',');
	CHECK_INT(c->header.ncols, 3);
	CHECK_INT(c->header.line, 1);
	CHECK_STR(c->header.cols[1], "name");
	CHECK_INT(c->nrows, 2);
	CHECK_INT(c->rows[0].line, 2);
	CHECK_INT(c->rows[0].ncols, 3);
	CHECK_STR(c->rows[0].cols[1], "Aino Korhonen");
	CHECK_STR(c->rows[1].cols[0], "bo");
	CHECK_STR(c->rows[1].cols[2], "");
	CHECK_INT(c->rows[1].line, 3);
	csv_free(c);
	csv_free(NULL);
}

TEST(test_bom_semicolon)
{
	csv_t *c = NULL;
	CHECK_INT(PARSE("\xEF\xBB\xBFid;nimi;huone\r\naino;Äijä, Öljy;2\r\n", &c), 0);
	if (!c)
		return;
	CHECK_INT(c->sep, ';');
	CHECK_STR(c->header.cols[0], "id");
	CHECK_STR(c->rows[0].cols[1], "Äijä, Öljy");
	CHECK_STR(c->rows[0].cols[2], "2");
	csv_free(c);
}

TEST(test_line_ends)
{
	const char *inputs[] = {"a,b\nx,y\nz,w", "a,b\r\nx,y\r\nz,w\r\n", "a,b\rx,y\rz,w\r",
				"a,b\nx,y\r\nz,w"};
	for (size_t i = 0; i < sizeof inputs / sizeof *inputs; i++) {
		csv_t *c = NULL;
		CHECK_INT(csv_parse("t.csv", inputs[i], strlen(inputs[i]), &c), 0);
		if (!c)
			continue;
		CHECK_INT(c->nrows, 2);
		CHECK_STR(c->rows[1].cols[0], "z");
		CHECK_STR(c->rows[1].cols[1], "w");
		CHECK_INT(c->rows[1].line, 3);
		csv_free(c);
	}
}

TEST(test_quotes)
{
	csv_t *c = NULL;
	CHECK_INT(PARSE("id,text,n\n"
			"a,\"x, y\",1\n"
			"b,\"say \"\"hi\"\"\",2\n"
			"c,\"two\nlines\",3\n"
			"d,\"crlf\r\ninside\",4\n"
			"e,  \"spaced\"  ,5\n"
			"f,\"\",\"\"\"\"\n",
			&c),
		  0);
	if (!c)
		return;
	CHECK_INT(c->nrows, 6);
	CHECK_STR(c->rows[0].cols[1], "x, y");
	CHECK_STR(c->rows[1].cols[1], "say \"hi\"");
	CHECK_STR(c->rows[2].cols[1], "two\nlines");
	CHECK_INT(c->rows[2].line, 4);
	CHECK_STR(c->rows[3].cols[1], "crlf\ninside");
	CHECK_INT(c->rows[3].line, 6);
	CHECK_STR(c->rows[4].cols[1], "spaced");
	CHECK_INT(c->rows[4].line, 8);
	CHECK_STR(c->rows[5].cols[1], "");
	CHECK_STR(c->rows[5].cols[2], "\"");
	csv_free(c);
}

TEST(test_semicolons_in_quotes)
{
	csv_t *c = NULL;
	CHECK_INT(PARSE("id;text\na;\"x; y\"\nb;plain, with comma\n", &c), 0);
	if (!c)
		return;
	CHECK_INT(c->sep, ';');
	CHECK_STR(c->rows[0].cols[1], "x; y");
	CHECK_STR(c->rows[1].cols[1], "plain, with comma");
	csv_free(c);
	/* A header whose quoted name holds the other separator. */
	CHECK_INT(PARSE("\"a,b\";c\n1;2\n", &c), 0);
	if (c) {
		CHECK_INT(c->sep, ';');
		CHECK_STR(c->header.cols[0], "a,b");
		csv_free(c);
	}
}

TEST(test_separator_choice)
{
	csv_t *c = NULL;
	/* More commas than semicolons: commas; a tie goes to ';' (Finnish Excel). */
	CHECK_INT(PARSE("a,b,# x; y\n1,2,3\n", &c), 0);
	CHECK_INT(c ? c->sep : 0, ',');
	csv_free(c);
	CHECK_INT(PARSE("a;# x, y\n1;2\n", &c), 0);
	CHECK_INT(c ? c->sep : 0, ';');
	csv_free(c);
	/* Excel's "sep=" line wins and is not a row. */
	CHECK_INT(PARSE("sep=,\r\na;b,c\r\n1;2,3\r\n", &c), 0);
	if (c) {
		CHECK_INT(c->sep, ',');
		CHECK_INT(c->header.line, 2);
		CHECK_STR(c->header.cols[0], "a;b");
		CHECK_STR(c->rows[0].cols[1], "3");
		csv_free(c);
	}
}

TEST(test_one_column)
{
	csv_t *c = NULL;
	CHECK_INT(PARSE("word\nhello, world\nyes; no\n\"quoted\"\n", &c), 0);
	if (!c)
		return;
	CHECK_INT(c->sep, ',');
	CHECK_INT(c->header.ncols, 1);
	CHECK_INT(c->nrows, 3);
	CHECK_STR(c->rows[0].cols[0], "hello, world");
	CHECK_STR(c->rows[1].cols[0], "yes; no");
	CHECK_STR(c->rows[2].cols[0], "quoted");
	csv_free(c);
}

TEST(test_empty_rows_skipped)
{
	csv_t *c = NULL;
	CHECK_INT(PARSE("\n;;\n  \nid;name\n;;\n\n\"\";\" \"\naino;Aino\n \t;\n", &c), 0);
	if (!c)
		return;
	CHECK_INT(c->header.line, 4);
	CHECK_INT(c->nrows, 1);
	CHECK_INT(c->rows[0].line, 8);
	CHECK_STR(c->rows[0].cols[1], "Aino");
	csv_free(c);
}

TEST(test_short_and_long_rows)
{
	csv_t *c = NULL;
	/* Excel drops trailing empty cells, and leaves empty ones behind. */
	CHECK_INT(PARSE("a;b;c;;\n1\n1;2;3;;;;\n;;x\n", &c), 0);
	if (!c)
		return;
	CHECK_INT(c->header.ncols, 3);
	CHECK_INT(c->nrows, 3);
	for (int r = 0; r < c->nrows; r++)
		CHECK_INT(c->rows[r].ncols, 3);
	CHECK_STR(c->rows[0].cols[0], "1");
	CHECK_STR(c->rows[0].cols[1], "");
	CHECK_STR(c->rows[0].cols[2], "");
	CHECK_STR(c->rows[1].cols[2], "3");
	CHECK_STR(c->rows[2].cols[2], "x");
	csv_free(c);
}

TEST(test_header_only_and_trailing_separator)
{
	csv_t *c = NULL;
	CHECK_INT(PARSE("id,name", &c), 0);
	if (c) {
		CHECK_INT(c->nrows, 0);
		CHECK_INT(c->header.ncols, 2);
		csv_free(c);
	}
	CHECK_INT(PARSE("id,name\n1,", &c), 0);
	if (c) {
		CHECK_INT(c->nrows, 1);
		CHECK_STR(c->rows[0].cols[1], "");
		csv_free(c);
	}
}

TEST(test_csv_col)
{
	csv_t *c = NULL;
	CHECK_INT(PARSE("Id; Name_FI ;#notes;#notes\n1;2;3;4\n", &c), 0);
	if (!c)
		return;
	CHECK_INT(csv_col(c, "id"), 0);
	CHECK_INT(csv_col(c, "name_fi"), 1);
	CHECK_INT(csv_col(c, " NAME_fi"), 1);
	CHECK_INT(csv_col(c, "name"), -1);
	CHECK_INT(csv_col(c, "#notes"), 2);
	csv_free(c);
}

TEST(test_refuse_empty)
{
	REFUSE("", "people.csv is empty");
	REFUSE("\xEF\xBB\xBF", "people.csv is empty");
	REFUSE("\n\r\n;;;\n", "people.csv is empty");
}

TEST(test_windows_1252)
{
	/* Finnish Excel's default "CSV (semicolon separated)": Windows-1252, CRLF. */
	csv_t *c = NULL;
	static const char sheet[] =
		"id;nimi;huone\r\naino;P\xE4ivi \xD6hman;\x80 5, \x93lainaus\x94\r\n"
		"bo;\xC5sa \xE5ngstr\xF6m;\x96\r\n";
	CHECK_INT(PARSE(sheet, &c), 0);
	if (!c)
		return;
	CHECK(c->cp1252);
	CHECK_INT(c->sep, ';');
	CHECK_INT(c->nrows, 2);
	CHECK_STR(c->rows[0].cols[1], "Päivi Öhman");
	CHECK_STR(c->rows[0].cols[2], "€ 5, “lainaus”");
	CHECK_STR(c->rows[1].cols[1], "Åsa ångström");
	CHECK_STR(c->rows[1].cols[2], "–");
	csv_free(c);
	/* UTF-8 stays UTF-8, and says so. */
	CHECK_INT(PARSE("id;nimi\naino;Päivi\n", &c), 0);
	if (c)
		CHECK(!c->cp1252);
	csv_free(c);
	/* A Windows-1252 sheet whose bytes happen to form one UTF-8 pair ("Ã©"
	 * beside three plain letters) is still Windows-1252. */
	CHECK_INT(PARSE("id;n\n\xE4iti;\xC3\xA9 \xE4 \xF6\n", &c), 0);
	if (c) {
		CHECK(c->cp1252);
		CHECK_STR(c->rows[0].cols[1], "Ã© ä ö");
	}
	csv_free(c);
}

TEST(test_refuse_encoding)
{
	/* Valid UTF-8 first, then a stray byte: damaged, not Windows-1252. */
	REFUSE("id;nimi\näiti;\xE4x\n",
	       "people.csv line 2, column B: this is not valid UTF-8 text");
	/* 0x81 is not a Windows-1252 character either. */
	REFUSE("id,n\n\x81,x\n", "line 2, column A: this is not valid UTF-8");
	REFUSE("id,n\nx,\"a,b\",\xE4\x81\n", "line 2, column C: this is not valid UTF-8");
	REFUSE("\xFF\xFEi\0d\0", "saved as UTF-16");
	REFUSE("i\0d\0\n\0", "saved as UTF-16");
	REFUSE("PK\x03\x04zzzz", "spreadsheet workbook");
	REFUSE("\xD0\xCF\x11\xE0zzzz", "old Excel workbook");
}

TEST(test_refuse_nul)
{
	REFUSE("id,name\naino,Ai\0no\n", "people.csv line 2, column B: the file contains a NUL");
}

TEST(test_refuse_quotes)
{
	REFUSE("id,name\naino,\"Aino\nbo,Bo\n",
	       "people.csv line 2, column B: a quote opened here is never closed");
	REFUSE("id,name\naino,\"Aino\"x,\n", "line 2, column B: text after the closing quote");
	/* A stray quote swallows lines up to the next one: name where it opened. */
	REFUSE("id,name\naino,\"Aino\nbo,\"Bo\"\n",
	       "line 3, column B: text after the closing quote of a cell. That cell's quote "
	       "opened at line 2:");
	REFUSE("id,name\naino,5\" screen\n", "line 2, column B: a quote (\") inside a cell");
}

TEST(test_column_is_the_sheets)
{
	/* Never a character position: the 82nd character is still column C. */
	REFUSE("id;nimi;x\näänä;ö;Pitkä teksti, jossa on paljon sanoja ja välimerkkejä, ennen kuin "
	       "lainausmerkki tulee \"\n",
	       "line 2, column C: a quote");
	REFUSE("id;nimi\näänä;ö\"\n", "line 2, column B: a quote");
}

static char *repeat(char ch, size_t n)
{
	char *s = malloc(n + 1);
	memset(s, ch, n);
	s[n] = 0;
	return s;
}

TEST(test_refuse_long_line)
{
	strbuf_t b = {0};
	sb_append(&b, "id,text\n1,ok\n2,");
	char *x = repeat('x', 1024 * 1024);
	sb_append(&b, x);
	sb_append(&b, "\n");
	refuse(b.s, b.len, "people.csv line 3: this line is longer than 65536 bytes");
	free(x);
	sb_free(&b);

	/* Exactly CSV_MAX_LINE bytes is fine: 7 cells of 8191 and one of 8192. */
	sb_append(&b, "a;b;c;d;e;f;g;h\n");
	x = repeat('x', CSV_MAX_FIELD);
	for (int i = 0; i < 7; i++)
		sb_printf(&b, "%.*s;", CSV_MAX_FIELD - 1, x);
	sb_append(&b, x);
	CHECK_INT(b.len - 16, CSV_MAX_LINE);
	csv_t *c = NULL;
	CHECK_INT(csv_parse("t.csv", b.s, b.len, &c), 0);
	if (c)
		CHECK_INT(c->nrows, 1);
	csv_free(c);
	char *line = strdup(b.s + 16);
	sb_printf(&b, "\n%sy\r\n", line);
	free(line);
	refuse(b.s, b.len, "people.csv line 3: this line is longer than 65536 bytes");
	free(x);
	sb_free(&b);
}

TEST(test_refuse_long_field)
{
	strbuf_t b = {0};
	char *x = repeat('x', CSV_MAX_FIELD + 1);
	sb_printf(&b, "id,text\n1,%s\n", x);
	refuse(b.s, b.len, "line 2, column B: this cell is longer than 8192 bytes");
	sb_reset(&b);
	/* A quote never closed over many short lines: the field limit names it. */
	sb_append(&b, "id,text\n1,\"open\n");
	for (int i = 0; i < 2000; i++)
		sb_append(&b, "2,short line\n");
	refuse(b.s, b.len, "line 2, column B: the quoted cell that starts here is longer");
	CHECK_CONTAINS(err_last(), "closing quote missing");
	sb_reset(&b);
	x[CSV_MAX_FIELD] = 0; /* exactly the limit is fine */
	sb_printf(&b, "id,text\n1,\"%s\"\n", x);
	csv_t *c = NULL;
	CHECK_INT(csv_parse("t.csv", b.s, b.len, &c), 0);
	if (c)
		CHECK_INT(strlen(c->rows[0].cols[1]), CSV_MAX_FIELD);
	csv_free(c);
	free(x);
	sb_free(&b);
}

TEST(test_refuse_columns)
{
	REFUSE("a,b,c,d,e,f\n1,2,3,4,5,6,7\n",
	       "people.csv line 2, column G: this row has 7 columns but the header row has 6");
	REFUSE("a,b,,\n1,2,,x\n", "line 2, column D: this cell has a value, but its column (D) "
				  "has no name in the header row");
	REFUSE("a,,c\n", "line 1, column B: column B of the header row has no name");
	REFUSE("id;Name;x;NAME \n", "line 1, column D: the column name 'NAME' appears twice in "
				    "the header row (columns B and D)");

	strbuf_t b = {0};
	for (int i = 0; i < CSV_MAX_COLS; i++)
		sb_printf(&b, "%sc%d", i ? "," : "", i);
	sb_append(&b, "\n");
	csv_t *c = NULL;
	CHECK_INT(csv_parse("t.csv", b.s, b.len, &c), 0);
	if (c)
		CHECK_INT(c->header.ncols, CSV_MAX_COLS);
	csv_free(c);
	sb_reset(&b);
	for (int i = 0; i <= CSV_MAX_COLS; i++)
		sb_printf(&b, "%sc%d", i ? "," : "", i);
	refuse(b.s, b.len, "line 1, column DY: this row has more than 128 columns");
	sb_free(&b);
}

static void make_rows(strbuf_t *b, int n)
{
	sb_append(b, "id;name;role;languages\r\n");
	for (int i = 0; i < n; i++)
		sb_printf(b, "p%d;Person Number %d;\"Ohjaaja; nuoret\";fi sv en\r\n", i, i);
}

TEST(test_row_limit)
{
	strbuf_t b = {0};
	make_rows(&b, CSV_MAX_ROWS);
	sb_append(&b, ";;;\r\n\r\n"); /* empty rows do not count */
	csv_t *c = NULL;
	CHECK_INT(csv_parse("t.csv", b.s, b.len, &c), 0);
	if (c)
		CHECK_INT(c->nrows, CSV_MAX_ROWS);
	csv_free(c);
	sb_append(&b, "extra;x;y;z\r\n");
	refuse(b.s, b.len, "people.csv line 20004: the sheet has more than 20000 rows");
	sb_free(&b);
}

/* The largest sheet allowed parses whole (its speed is bench_import's to
 * measure: no clock here). */
TEST(test_biggest_sheet)
{
	strbuf_t b = {0};
	sb_append(&b, "id,name,role,text\n");
	for (int i = 0; i < CSV_MAX_ROWS; i++)
		sb_printf(&b, "p%05d,Person %05d,\"Ohjaaja, nuoret\",\"%s\"\n", i, i,
			  "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do "
			  "eiusmod tempor incididunt ut labore et dolore magna \"\"aliqua\"\". "
			  "Äö ad minim veniam, quis nos.");
	csv_t *c = NULL;
	CHECK_INT(csv_parse("big.csv", b.s, b.len, &c), 0);
	CHECK(c && c->nrows == CSV_MAX_ROWS);
	if (c)
		CHECK_STR(c->rows[CSV_MAX_ROWS - 1].cols[0], "p19999");
	csv_free(c);
	sb_free(&b);
}

/* Every allocation failure, one at a time: a clean OVI_ENOMEM or success. */
TEST(test_alloc_failures)
{
	strbuf_t b = {0};
	make_rows(&b, 300);
	int failures = 0;
	for (long n = 1; n < 1000; n++) {
		csv_t *c = NULL;
		fault_arm(FAULT_ALLOC, n, false);
		int rc = csv_parse("t.csv", b.s, b.len, &c);
		bool fired = fault_fired(FAULT_ALLOC);
		fault_disarm_all();
		if (!fired) {
			CHECK_INT(rc, 0);
			CHECK(c && c->nrows == 300);
			csv_free(c);
			break;
		}
		failures++;
		if (rc == 0) {
			CHECK(c != NULL);
			csv_free(c);
		} else {
			CHECK_INT(rc, OVI_ENOMEM);
			CHECK(c == NULL);
			CHECK_CONTAINS(err_last(), "out of memory");
		}
	}
	CHECK(failures >= 3);
	/* Persistent failure from the start. */
	csv_t *c = NULL;
	fault_arm(FAULT_ALLOC, 1, true);
	CHECK_INT(csv_parse("t.csv", b.s, b.len, &c), OVI_ENOMEM);
	fault_disarm_all();
	sb_free(&b);
}

int main(void)
{
	RUN(test_comma_basic);
	RUN(test_bom_semicolon);
	RUN(test_line_ends);
	RUN(test_quotes);
	RUN(test_semicolons_in_quotes);
	RUN(test_separator_choice);
	RUN(test_one_column);
	RUN(test_empty_rows_skipped);
	RUN(test_short_and_long_rows);
	RUN(test_header_only_and_trailing_separator);
	RUN(test_csv_col);
	RUN(test_refuse_empty);
	RUN(test_windows_1252);
	RUN(test_refuse_encoding);
	RUN(test_refuse_nul);
	RUN(test_refuse_quotes);
	RUN(test_column_is_the_sheets);
	RUN(test_refuse_long_line);
	RUN(test_refuse_long_field);
	RUN(test_refuse_columns);
	RUN(test_row_limit);
	RUN(test_biggest_sheet);
	RUN(test_alloc_failures);
	return test_summary();
}
