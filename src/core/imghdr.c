#include "core/imghdr.h"

#include "core/err.h"
#include "core/tr.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

/* File names in messages are cut (%.200s) so a hostile name cannot push the
 * reason out of the message. */

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static unsigned be16(const unsigned char *p)
{
	return (unsigned)p[0] << 8 | p[1];
}

static const unsigned char png_sig[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

/*
 * PNG: the 8-byte signature, then the IHDR chunk, which the format requires
 * to come first: length 13 (big-endian), "IHDR", width, height, ...
 */
static int read_png(const char *name, const unsigned char *d, size_t len, int *w, int *h)
{
	if (memcmp(d, png_sig, 8) != 0)
		/* "\x89PNG" but the line-ending bytes differ: the classic damage
		 * from copying a picture as text (FTP ascii mode, some editors). */
		return err_set(OVI_EREJECT,
			       "%.200s: the PNG header is damaged (the file may have "
			       "been copied as text); export the picture again",
			       name);
	if (len < 24)
		return err_set(OVI_EREJECT,
			       "%.200s: the PNG header is damaged (the file is cut "
			       "short after %zu bytes)",
			       name, len);
	if (memcmp(d + 12, "IHDR", 4) != 0)
		return err_set(OVI_EREJECT,
			       "%.200s: the PNG header is damaged (it does not start "
			       "with the IHDR chunk)",
			       name);
	if (be32(d + 8) != 13)
		return err_set(OVI_EREJECT,
			       "%.200s: the PNG header is damaged (the IHDR chunk has "
			       "length %lu, not 13)",
			       name, (unsigned long)be32(d + 8));
	uint32_t pw = be32(d + 16), ph = be32(d + 20);
	/* The PNG spec allows 1 .. 2^31-1, which also fits an int. */
	if (pw == 0 || ph == 0 || pw > 0x7FFFFFFFu || ph > 0x7FFFFFFFu)
		return err_set(OVI_EREJECT,
			       "%.200s: the PNG header is damaged (it claims a size "
			       "of %lu x %lu pixels)",
			       name, (unsigned long)pw, (unsigned long)ph);
	*w = (int)pw;
	*h = (int)ph;
	return 0;
}

/* SOF0..SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share
 * the range but are other segments. */
static bool is_sof(unsigned m)
{
	return m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
}

/* Markers without a length field: TEM, RST0..7, SOI. */
static bool is_standalone(unsigned m)
{
	return m == 0x01 || (m >= 0xD0 && m <= 0xD8);
}

/*
 * JPEG: SOI, then segments "FF m len(2, includes itself) payload" until the
 * first SOF, whose payload is precision(1) height(2) width(2) ncomp(1) ...
 * Any number of 0xFF fill bytes may precede a marker. Everything after SOS is
 * entropy-coded data, so reaching SOS (or EOI) before a SOF means there is
 * no size to read.
 */
static int read_jpeg(const char *name, const unsigned char *d, size_t len, int *w, int *h)
{
	size_t p = 2;
	for (;;) {
		if (p >= len)
			return err_set(OVI_EREJECT,
				       "%.200s: the JPEG is cut short before its picture "
				       "size",
				       name);
		if (d[p] != 0xFF)
			return err_set(OVI_EREJECT,
				       "%.200s: the JPEG header is damaged (no marker "
				       "at byte %zu)",
				       name, p);
		while (p < len && d[p] == 0xFF)
			p++;
		if (p >= len)
			return err_set(OVI_EREJECT,
				       "%.200s: the JPEG is cut short before its picture "
				       "size",
				       name);
		unsigned m = d[p++];
		if (m == 0x00)
			return err_set(OVI_EREJECT,
				       "%.200s: the JPEG header is damaged (an empty "
				       "marker at byte %zu)",
				       name, p - 2);
		if (is_standalone(m))
			continue;
		if (m == 0xD9 || m == 0xDA)
			return err_set(OVI_EREJECT,
				       "%.200s: the JPEG header is damaged (the picture "
				       "data starts before its size is given)",
				       name);
		if (len - p < 2)
			return err_set(OVI_EREJECT,
				       "%.200s: the JPEG is cut short before its picture "
				       "size",
				       name);
		unsigned seg = be16(d + p);
		if (seg < 2)
			return err_set(OVI_EREJECT,
				       "%.200s: the JPEG header is damaged (a segment "
				       "with length %u at byte %zu)",
				       name, seg, p);
		if (is_sof(m)) {
			if (seg < 8)
				return err_set(OVI_EREJECT,
					       "%.200s: the JPEG header is damaged (the "
					       "frame header is too short)",
					       name);
			if (len - p < 7)
				return err_set(OVI_EREJECT,
					       "%.200s: the JPEG is cut short in its "
					       "frame header",
					       name);
			unsigned jh = be16(d + p + 3), jw = be16(d + p + 5);
			/* Height 0 means "given later by a DNL marker", which the
			 * kiosk's decoder does not support; width 0 is invalid. */
			if (jw == 0 || jh == 0)
				return err_set(OVI_EREJECT,
					       "%.200s: the JPEG header gives a size of "
					       "%u x %u pixels; export the picture "
					       "again",
					       name, jw, jh);
			*w = (int)jw;
			*h = (int)jh;
			return 0;
		}
		if (len - p < seg)
			return err_set(OVI_EREJECT,
				       "%.200s: the JPEG is cut short before its picture "
				       "size",
				       name);
		p += seg;
	}
}

static bool has(const unsigned char *d, size_t len, size_t off, const char *s)
{
	size_t n = strlen(s);
	return len >= off + n && memcmp(d + off, s, n) == 0;
}

/* A hint naming what the file is instead, for the formats people send. */
static const char *guess(const unsigned char *d, size_t len)
{
	if (has(d, len, 0, "GIF87a") || has(d, len, 0, "GIF89a"))
		return TR(err_lang(), " (it is a GIF; save it as PNG)");
	if (has(d, len, 0, "RIFF") && has(d, len, 8, "WEBP"))
		return TR(err_lang(), " (it is a WebP picture; save it as PNG or JPEG)");
	if (has(d, len, 4, "ftypheic") || has(d, len, 4, "ftypheix") ||
	    has(d, len, 4, "ftypmif1") || has(d, len, 4, "ftyphevc"))
		return TR(err_lang(),
			  " (it is a HEIC photo, as iPhones take them; save it as JPEG)");
	if (has(d, len, 4, "ftypavif"))
		return TR(err_lang(), " (it is an AVIF picture; save it as PNG or JPEG)");
	if (has(d, len, 0, "BM"))
		return TR(err_lang(), " (it looks like a BMP; save it as PNG)");
	if ((has(d, len, 0, "II*") && len >= 4 && d[3] == 0) ||
	    (has(d, len, 0, "MM") && len >= 4 && d[2] == 0 && d[3] == '*'))
		return TR(err_lang(), " (it looks like a TIFF; save it as PNG or JPEG)");
	if (has(d, len, 0, "%PDF"))
		return TR(err_lang(), " (it is a PDF document)");
	if (has(d, len, 0, "<svg") || has(d, len, 0, "<?xml"))
		return TR(err_lang(), " (it looks like an SVG drawing; export it as PNG)");
	return "";
}

int imghdr_read(const char *name, const unsigned char *data, size_t len, img_type_t *type,
		int *width, int *height)
{
	int w = 0, h = 0, rc;
	img_type_t t = IMG_UNKNOWN;
	if (!name)
		name = "picture";
	if (!data || len == 0) {
		rc = err_set(OVI_EREJECT, "%.200s: the file is empty", name);
	} else if (len >= 4 && memcmp(data, png_sig, 4) == 0) {
		t = IMG_PNG;
		rc = len < 8 ? err_set(OVI_EREJECT,
				       "%.200s: the PNG header is damaged (the file "
				       "is cut short after %zu bytes)",
				       name, len)
			     : read_png(name, data, len, &w, &h);
	} else if (len >= 2 && data[0] == 0xFF && data[1] == 0xD8) {
		t = IMG_JPEG;
		rc = read_jpeg(name, data, len, &w, &h);
	} else {
		rc = err_set(OVI_EREJECT, "%.200s: not a PNG or JPEG picture%s", name,
			     guess(data, len));
	}
	if (rc) {
		t = IMG_UNKNOWN;
		w = h = 0;
	}
	if (type)
		*type = t;
	if (width)
		*width = w;
	if (height)
		*height = h;
	return rc;
}
