/*
 * libFuzzer target: the input is the start of a picture file.
 */
#include "core/imghdr.h"
#include "core/err.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	img_type_t t = IMG_UNKNOWN;
	int w = -1, h = -1;
	int rc = imghdr_read("photos/fuzz.jpg", data, size, &t, &w, &h);
	if (rc == 0) {
		if (t == IMG_UNKNOWN || w <= 0 || h <= 0)
			abort();
		if (t == IMG_JPEG && (w > 65535 || h > 65535))
			abort();
	} else if (rc != OVI_EREJECT || t != IMG_UNKNOWN || w != 0 || h != 0 ||
		   err_last()[0] == 0) {
		abort();
	}
	err_clear();
	return 0;
}
