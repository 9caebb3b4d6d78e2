/*
 * imghdr: the type and pixel size of a PNG or JPEG, read from its header
 * bytes only, without decoding, so that a huge or hostile image is refused
 * before any decoder sees it. No I/O.
 */
#ifndef OVI_CORE_IMGHDR_H
#define OVI_CORE_IMGHDR_H

#include <stddef.h>

typedef enum { IMG_UNKNOWN = 0, IMG_PNG, IMG_JPEG } img_type_t;

/* Returns 0 with type and size, or OVI_EREJECT with a message ("photos/x.png:
 * not a PNG or JPEG picture", "... the PNG header is damaged"). name is used
 * in messages. */
int imghdr_read(const char *name, const unsigned char *data, size_t len, img_type_t *type,
		int *width, int *height);

#endif
