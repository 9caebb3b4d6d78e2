/*
 * Picture headers: crafted PNG and JPEG bytes, real files made by
 * ImageMagick at test time, every truncation, and garbage.
 */
#include "testlib.h"

#include "core/imghdr.h"
#include "core/err.h"

#include <stdint.h>
#include <stdlib.h>

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* Signature + IHDR (with a CRC of zero: only the header is read). */
static size_t make_png(unsigned char out[33], uint32_t w, uint32_t h)
{
	static const unsigned char head[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n',
					     0,	   0,	0,   13,  'I',	'H',  'D',  'R'};
	memcpy(out, head, sizeof head);
	put32(out + 16, w);
	put32(out + 20, h);
	out[24] = 8; /* bit depth */
	out[25] = 6; /* RGBA */
	out[26] = out[27] = out[28] = 0;
	put32(out + 29, 0);
	return 33;
}

/* Runs imghdr_read on an exact-size heap copy, so ASan sees any over-read. */
static int read_copy(const char *name, const unsigned char *d, size_t len, img_type_t *t, int *w,
		     int *h)
{
	unsigned char *copy = malloc(len ? len : 1);
	if (len)
		memcpy(copy, d, len);
	int rc = imghdr_read(name, copy, len, t, w, h);
	free(copy);
	return rc;
}

TEST(png_minimal)
{
	unsigned char png[33];
	size_t n = make_png(png, 37, 21);
	img_type_t t = IMG_UNKNOWN;
	int w = 0, h = 0;
	CHECK_INT(read_copy("photos/a.png", png, n, &t, &w, &h), 0);
	CHECK_INT(t, IMG_PNG);
	CHECK_INT(w, 37);
	CHECK_INT(h, 21);
	/* The dimensions are enough: 24 bytes. */
	CHECK_INT(read_copy("photos/a.png", png, 24, &t, &w, &h), 0);
	CHECK_INT(w, 37);
}

TEST(png_huge_is_reported_not_decoded)
{
	unsigned char png[33];
	make_png(png, 60000, 60000);
	img_type_t t;
	int w, h;
	CHECK_INT(read_copy("photos/big.png", png, sizeof png, &t, &w, &h), 0);
	CHECK_INT(t, IMG_PNG);
	CHECK_INT(w, 60000);
	CHECK_INT(h, 60000);
	make_png(png, 0x7FFFFFFF, 1);
	CHECK_INT(read_copy("photos/big.png", png, sizeof png, &t, &w, &h), 0);
	CHECK_INT(w, 0x7FFFFFFF);
}

TEST(png_bad_headers)
{
	unsigned char png[33];
	img_type_t t;
	int w, h;

	make_png(png, 0, 10);
	CHECK_INT(read_copy("photos/z.png", png, sizeof png, &t, &w, &h), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "photos/z.png: the PNG header is damaged");
	CHECK_CONTAINS(err_last(), "0 x 10 pixels");
	CHECK_INT(t, IMG_UNKNOWN);
	CHECK_INT(w, 0);
	make_png(png, 10, 0);
	CHECK_INT(read_copy("photos/z.png", png, sizeof png, &t, &w, &h), OVI_EREJECT);
	make_png(png, 0x80000000u, 10);
	CHECK_INT(read_copy("photos/z.png", png, sizeof png, &t, &w, &h), OVI_EREJECT);
	make_png(png, 10, 0xFFFFFFFFu);
	CHECK_INT(read_copy("photos/z.png", png, sizeof png, &t, &w, &h), OVI_EREJECT);

	make_png(png, 10, 10);
	png[11] = 14;
	CHECK_INT(read_copy("photos/z.png", png, sizeof png, &t, &w, &h), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "IHDR chunk has length 14, not 13");
	make_png(png, 10, 10);
	memcpy(png + 12, "IDAT", 4);
	CHECK_INT(read_copy("photos/z.png", png, sizeof png, &t, &w, &h), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "IHDR");

	/* Copied as text: "\r\n" became "\n". */
	static const unsigned char text[] = {0x89, 'P', 'N', 'G', '\n', 0x1A, '\n', 0, 0, 0,
					     13,   'I', 'H', 'D', 'R',	0,    0,    0, 1, 0,
					     0,	   0,	1,   8,	  6,	0,    0,    0};
	CHECK_INT(read_copy("photos/t.png", text, sizeof text, &t, &w, &h), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "copied as text");

	/* Every truncation before the size is refused as damaged. */
	make_png(png, 10, 10);
	for (size_t n = 0; n < 24; n++) {
		CHECK_INT(read_copy("photos/c.png", png, n, &t, &w, &h), OVI_EREJECT);
		if (n >= 4)
			CHECK_CONTAINS(err_last(), "PNG header is damaged");
	}
}

static const unsigned char jfif_app0[] = {0xFF, 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0,
					  1,	1,    0, 0,  1,	  0,   1,   0,	 0};

/* SOI, APP0, then the given bytes, then SOF(marker) of w x h, then SOS. */
static size_t make_jpeg(unsigned char *out, const unsigned char *mid, size_t mid_len, unsigned sof,
			unsigned w, unsigned h)
{
	size_t n = 0;
	out[n++] = 0xFF;
	out[n++] = 0xD8;
	memcpy(out + n, jfif_app0, sizeof jfif_app0);
	n += sizeof jfif_app0;
	if (mid_len) {
		memcpy(out + n, mid, mid_len);
		n += mid_len;
	}
	const unsigned char frame[] = {0xFF,
				       (unsigned char)sof,
				       0,
				       17,
				       8,
				       (unsigned char)(h >> 8),
				       (unsigned char)h,
				       (unsigned char)(w >> 8),
				       (unsigned char)w,
				       3,
				       1,
				       0x22,
				       0,
				       2,
				       0x11,
				       1,
				       3,
				       0x11,
				       1};
	memcpy(out + n, frame, sizeof frame);
	n += sizeof frame;
	const unsigned char sos[] = {0xFF, 0xDA, 0, 12, 3, 1, 0, 2, 0x11, 3, 0x11, 0, 63, 0};
	memcpy(out + n, sos, sizeof sos);
	return n + sizeof sos;
}

TEST(jpeg_app0_then_sof0_and_sof2)
{
	unsigned char buf[256];
	img_type_t t;
	int w, h;
	size_t n = make_jpeg(buf, NULL, 0, 0xC0, 640, 480);
	CHECK_INT(read_copy("photos/a.jpg", buf, n, &t, &w, &h), 0);
	CHECK_INT(t, IMG_JPEG);
	CHECK_INT(w, 640);
	CHECK_INT(h, 480);
	n = make_jpeg(buf, NULL, 0, 0xC2, 65535, 1);
	CHECK_INT(read_copy("photos/p.jpg", buf, n, &t, &w, &h), 0);
	CHECK_INT(w, 65535);
	CHECK_INT(h, 1);
	/* Lossless and arithmetic variants are frames too. */
	n = make_jpeg(buf, NULL, 0, 0xCF, 3, 4);
	CHECK_INT(read_copy("photos/l.jpg", buf, n, &t, &w, &h), 0);
	CHECK_INT(w, 3);
}

TEST(jpeg_tables_fill_bytes_and_standalone_markers)
{
	/* DHT (C4), JPG (C8) and DAC (CC) sit in the SOF range but are not
	 * frames; their bytes here would read as a 257 x 257 frame. */
	static const unsigned char mid[] = {
		0xFF, 0xC4, 0,	  8, 8,	  1,   1,   1, 1, 0, /* DHT */
		0xFF, 0xC8, 0,	  8, 8,	  1,   1,   1, 1, 0, /* JPG */
		0xFF, 0xCC, 0,	  8, 8,	  1,   1,   1, 1, 0, /* DAC */
		0xFF, 0xFF, 0xFF,			     /* fill bytes before the next marker */
		0xFF, 0xDB, 0,	  4, 0,	  0,		     /* DQT (short, but length-correct) */
		0xFF, 0x01,				     /* TEM */
		0xFF, 0xD3,				     /* RST3 */
		0xFF, 0xD8,				     /* a stray SOI */
		0xFF, 0xFE, 0,	  5, 'h', 'e', 'j',	     /* COM */
	};
	unsigned char buf[256];
	img_type_t t;
	int w, h;
	size_t n = make_jpeg(buf, mid, sizeof mid, 0xC1, 123, 45);
	int rc = read_copy("photos/m.jpg", buf, n, &t, &w, &h);
	if (rc)
		fprintf(stderr, "%s\n", err_last());
	CHECK_INT(rc, 0);
	CHECK_INT(w, 123);
	CHECK_INT(h, 45);
}

TEST(jpeg_bad_headers)
{
	unsigned char buf[256];
	img_type_t t;
	int w, h;
	/* SOS or EOI before any frame. */
	static const unsigned char sos[] = {0xFF, 0xDA, 0, 2};
	size_t n = make_jpeg(buf, sos, sizeof sos, 0xC0, 1, 1);
	CHECK_INT(read_copy("photos/s.jpg", buf, n, &t, &w, &h), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "photos/s.jpg: the JPEG header is damaged");
	static const unsigned char eoi[] = {0xFF, 0xD9};
	n = make_jpeg(buf, eoi, sizeof eoi, 0xC0, 1, 1);
	CHECK_INT(read_copy("photos/s.jpg", buf, n, &t, &w, &h), OVI_EREJECT);
	/* Segment lengths 0 and 1. */
	static const unsigned char l0[] = {0xFF, 0xE1, 0, 0};
	n = make_jpeg(buf, l0, sizeof l0, 0xC0, 1, 1);
	CHECK_INT(read_copy("photos/s.jpg", buf, n, &t, &w, &h), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "segment with length 0");
	static const unsigned char l1[] = {0xFF, 0xE1, 0, 1};
	n = make_jpeg(buf, l1, sizeof l1, 0xC0, 1, 1);
	CHECK_INT(read_copy("photos/s.jpg", buf, n, &t, &w, &h), OVI_EREJECT);
	/* A segment running past the end. */
	static const unsigned char big[] = {0xFF, 0xE1, 0xFF, 0xFF};
	n = make_jpeg(buf, big, sizeof big, 0xC0, 1, 1);
	CHECK_INT(read_copy("photos/s.jpg", buf, n, &t, &w, &h), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "cut short");
	/* Garbage where a marker belongs, and an FF 00 "marker". */
	static const unsigned char junk[] = {0x12};
	n = make_jpeg(buf, junk, sizeof junk, 0xC0, 1, 1);
	CHECK_INT(read_copy("photos/s.jpg", buf, n, &t, &w, &h), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "no marker at byte 20");
	static const unsigned char zero[] = {0xFF, 0x00};
	n = make_jpeg(buf, zero, sizeof zero, 0xC0, 1, 1);
	CHECK_INT(read_copy("photos/s.jpg", buf, n, &t, &w, &h), OVI_EREJECT);
	/* Zero sizes (height 0 = "defined later by DNL"). */
	n = make_jpeg(buf, NULL, 0, 0xC0, 0, 5);
	CHECK_INT(read_copy("photos/s.jpg", buf, n, &t, &w, &h), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "0 x 5 pixels");
	n = make_jpeg(buf, NULL, 0, 0xC0, 5, 0);
	CHECK_INT(read_copy("photos/s.jpg", buf, n, &t, &w, &h), OVI_EREJECT);
	/* A frame header shorter than its fixed part. */
	static const unsigned char sof_short[] = {0xFF, 0xD8, 0xFF, 0xC0, 0, 7, 8, 0, 1, 0, 1, 0};
	CHECK_INT(read_copy("photos/s.jpg", sof_short, sizeof sof_short, &t, &w, &h), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "frame header is too short");

	/* Every truncation of a good header is refused, and never over-read. */
	n = make_jpeg(buf, NULL, 0, 0xC0, 640, 480);
	size_t sof_end = 2 + sizeof jfif_app0 + 9; /* through the width */
	for (size_t cut = 0; cut < sof_end; cut++) {
		int rc = read_copy("photos/c.jpg", buf, cut, &t, &w, &h);
		CHECK_INT(rc, OVI_EREJECT);
		if (cut >= 2)
			CHECK_CONTAINS(err_last(), "cut short");
	}
	CHECK_INT(read_copy("photos/c.jpg", buf, sof_end, &t, &w, &h), 0);
	CHECK_INT(w, 640);
}

TEST(real_files_from_imagemagick)
{
	char *dir = test_tmpdir("imghdr");
	char cmd[8192];
	snprintf(cmd, sizeof cmd,
		 "cd '%s' && convert -size 37x21 xc:red x.png && "
		 "convert -size 37x21 xc:red x.jpg && "
		 "convert -size 300x200 gradient:red-blue -interlace JPEG p.jpg && "
		 "convert -size 5x3 xc:blue x.gif",
		 dir);
	int rc = system(cmd);
	if (rc != 0)
		fprintf(stderr, "ImageMagick's convert is needed for this test\n");
	CHECK_INT(rc, 0);
	static const struct {
		const char *file;
		img_type_t type;
		int w, h;
	} cases[] = {
		{"x.png", IMG_PNG, 37, 21},
		{"x.jpg", IMG_JPEG, 37, 21},
		{"p.jpg", IMG_JPEG, 300, 200},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		char path[4200];
		snprintf(path, sizeof path, "%s/%s", dir, cases[i].file);
		size_t len;
		unsigned char *d = (unsigned char *)test_read_file(path, &len);
		CHECK(d != NULL);
		if (!d)
			continue;
		img_type_t t;
		int w, h;
		CHECK_INT(read_copy(cases[i].file, d, len, &t, &w, &h), 0);
		CHECK_INT(t, cases[i].type);
		CHECK_INT(w, cases[i].w);
		CHECK_INT(h, cases[i].h);
		free(d);
	}
	char path[4200];
	snprintf(path, sizeof path, "%s/x.gif", dir);
	size_t len;
	unsigned char *d = (unsigned char *)test_read_file(path, &len);
	CHECK(d != NULL);
	if (d) {
		CHECK_INT(imghdr_read("photos/x.gif", d, len, NULL, NULL, NULL), OVI_EREJECT);
		CHECK_STR(err_last(),
			  "photos/x.gif: not a PNG or JPEG picture (it is a GIF; save it "
			  "as PNG)");
	}
	free(d);
	free(dir);
}

TEST(garbage_and_other_formats)
{
	img_type_t t = IMG_PNG;
	int w = 7, h = 7;
	static const unsigned char hello[] = "hello, world";
	CHECK_INT(read_copy("photos/x.gif", hello, sizeof hello - 1, &t, &w, &h), OVI_EREJECT);
	CHECK_STR(err_last(), "photos/x.gif: not a PNG or JPEG picture");
	CHECK_INT(t, IMG_UNKNOWN);
	CHECK_INT(w, 0);
	CHECK_INT(h, 0);
	CHECK_INT(read_copy("photos/e.png", hello, 0, &t, &w, &h), OVI_EREJECT);
	CHECK_STR(err_last(), "photos/e.png: the file is empty");

	static const unsigned char heic[] = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'};
	CHECK_INT(read_copy("photos/i.jpg", heic, sizeof heic, &t, &w, &h), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "photos/i.jpg: not a PNG or JPEG picture (it is a HEIC photo");
	static const unsigned char webp[] = "RIFF\x10\0\0\0WEBPVP8 ";
	CHECK_INT(read_copy("photos/w.png", webp, sizeof webp - 1, &t, &w, &h), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), "WebP");

	/* A long hostile name does not push the reason out of the message. */
	char name[2000];
	memset(name, 'n', sizeof name - 1);
	name[sizeof name - 1] = 0;
	CHECK_INT(read_copy(name, hello, sizeof hello - 1, &t, &w, &h), OVI_EREJECT);
	CHECK_CONTAINS(err_last(), ": not a PNG or JPEG picture");

	/* Pseudo-random bytes, with PNG and JPEG starts glued on. */
	unsigned seed = 7;
	unsigned char buf[512];
	for (int round = 0; round < 3000; round++) {
		size_t len = (size_t)(round % 500);
		for (size_t i = 0; i < len; i++) {
			seed = seed * 1103515245u + 12345u;
			buf[i] = (unsigned char)(seed >> 16);
		}
		if (round % 3 == 1 && len >= 8)
			memcpy(buf, "\x89PNG\r\n\x1a\n", 8);
		if (round % 3 == 2 && len >= 3)
			memcpy(buf, "\xFF\xD8\xFF", 3);
		int rc = read_copy("photos/r.bin", buf, len, &t, &w, &h);
		CHECK(rc == 0 || rc == OVI_EREJECT);
		CHECK(rc != 0 || (w > 0 && h > 0 && t != IMG_UNKNOWN));
	}
}

int main(void)
{
	RUN(png_minimal);
	RUN(png_huge_is_reported_not_decoded);
	RUN(png_bad_headers);
	RUN(jpeg_app0_then_sof0_and_sof2);
	RUN(jpeg_tables_fill_bytes_and_standalone_markers);
	RUN(jpeg_bad_headers);
	RUN(real_files_from_imagemagick);
	RUN(garbage_and_other_formats);
	return test_summary();
}
