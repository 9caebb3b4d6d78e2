#include "bundle/csv_text.h"

#include "bundle/csv.h"
#include "core/err.h"
#include "core/tr.h"
#include "core/utf8.h"

#include <stdbool.h>
#include <string.h>

/* The separator the parser will choose (csv.h): a "sep=" line, else the
 * first line's count of ';' and ',' outside quotes. A guess is enough here:
 * it only names the column in a message. */
static char guess_sep(const char *d, size_t n, size_t start)
{
	if (n - start >= 5 && !memcmp(d + start, "sep=", 4) &&
	    (d[start + 4] == ';' || d[start + 4] == ','))
		return d[start + 4];
	int nc = 0, ns = 0;
	bool q = false;
	for (size_t i = start; i < n && (q || (d[i] != '\n' && d[i] != '\r')); i++) {
		if (d[i] == '"')
			q = !q;
		else if (!q && d[i] == ',')
			nc++;
		else if (!q && d[i] == ';')
			ns++;
	}
	return ns && ns >= nc ? ';' : ',';
}

/* "people.csv line 14, column C: " + msg, the column a spreadsheet shows:
 * separators outside quotes before off on its line. */
static int text_fail(const char *name, const char *lang, const char *d, size_t n, size_t start,
		     int line, size_t ls, size_t off, const char *msg)
{
	char sep = guess_sep(d, n, start), letter[4];
	int cell = 0;
	bool q = false;
	for (size_t i = ls; i < off; i++) {
		if (d[i] == '"')
			q = !q;
		else if (!q && d[i] == sep)
			cell++;
	}
	if (cell < 26) {
		letter[0] = (char)('A' + cell), letter[1] = 0;
	} else {
		cell = cell > 701 ? 701 : cell;
		letter[0] = (char)('A' + cell / 26 - 1), letter[1] = (char)('A' + cell % 26);
		letter[2] = 0;
	}
	return err_set(OVI_EREJECT, TR(lang, "%s line %d, column %s: %s"), name, line, letter,
		       TR(lang, msg));
}

/* Windows-1252 leaves these five bytes undefined. */
static bool cp1252_defined(unsigned char b)
{
	return b >= 0x80 && b != 0x81 && b != 0x8D && b != 0x8F && b != 0x90 && b != 0x9D;
}

static size_t utf8_seq_len(unsigned char c)
{
	if ((c & 0xE0) == 0xC0)
		return 2;
	if ((c & 0xF0) == 0xE0)
		return 3;
	if ((c & 0xF8) == 0xF0)
		return 4;
	return 0;
}

/* Files that are not CSV text at all, recognised by their first bytes. */
static int sniff(const char *name, const char *d, size_t n)
{
	const unsigned char *u = (const unsigned char *)d;
	if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
		goto utf16;
	if (n >= 2 && ((u[0] && u[0] < 0x80 && !u[1]) || (!u[0] && u[1] && u[1] < 0x80)))
		goto utf16;
	if (n >= 4 && !memcmp(d, "PK\x03\x04", 4))
		return err_set(OVI_EREJECT,
			       "%s is a spreadsheet workbook (.xlsx or .ods), not a CSV file. "
			       "Save the sheet as 'CSV UTF-8' and use that file.",
			       name);
	if (n >= 4 && !memcmp(d, "\xD0\xCF\x11\xE0", 4))
		return err_set(OVI_EREJECT,
			       "%s is an old Excel workbook (.xls), not a CSV file. "
			       "Save the sheet as 'CSV UTF-8' and use that file.",
			       name);
	return 0;
utf16:
	return err_set(OVI_EREJECT,
		       "%s is saved as UTF-16 (Excel's 'Unicode text'), not as UTF-8. "
		       "Save it again as 'CSV UTF-8'.",
		       name);
}

int csv_check_text(const char *name, const char *d, size_t n, size_t start, const char *lang,
		   csv_encoding_t *enc)
{
	*enc = CSV_UTF8;
	int rc = sniff(name, d, n);
	if (rc)
		return rc;
	int line = 1, bad_line = 0;
	size_t i = start, ls = start, bad = 0, bad_ls = 0;
	/* Valid multi-byte sequences against invalid bytes: Excel's plain "CSV"
	 * (Windows-1252) has only the latter; a UTF-8 file damaged here and
	 * there has mostly the former and is refused rather than misread. */
	size_t multibyte = 0, invalid = 0;
	bool undefined = false;
	while (i < n) {
		unsigned char c = (unsigned char)d[i];
		if (c == '\n' || c == '\r') {
			i += (c == '\r' && i + 1 < n && d[i + 1] == '\n') ? 2 : 1;
			line++;
			ls = i;
			continue;
		}
		if (i - ls >= CSV_MAX_LINE)
			return err_set(OVI_EREJECT,
				       "%s line %d: this line is longer than %d bytes, the most a "
				       "line may have",
				       name, line, CSV_MAX_LINE);
		if (c == 0)
			return text_fail(
				name, lang, d, n, start, line, ls, i,
				"the file contains a NUL byte, so it is not a text file "
				"(it may be damaged, or saved in the wrong format). Save it "
				"again as 'CSV UTF-8'.");
		if (c < 0x80) {
			i++;
			continue;
		}
		size_t len = utf8_seq_len(c);
		if (len && i + len <= n && utf8_valid(d + i, len, NULL)) {
			multibyte++;
			i += len;
			continue;
		}
		if (!invalid++)
			bad = i, bad_line = line, bad_ls = ls;
		if (!cp1252_defined(c) && !undefined) {
			undefined = true;
			bad = i, bad_line = line, bad_ls = ls;
		}
		i++;
	}
	if (!invalid)
		return 0;
	if (!undefined && multibyte < invalid) {
		*enc = CSV_CP1252;
		return 0;
	}
	return text_fail(name, lang, d, n, start, bad_line, bad_ls, bad,
			 "this is not valid UTF-8 text (the file may be damaged, or "
			 "parts of it saved in another format). Save it again as "
			 "'CSV UTF-8'.");
}
