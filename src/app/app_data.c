/* app_data: see app_data.h. */
#include "app/app_data.h"

#include "core/err.h"
#include "core/fs.h"

#include <stdio.h>

int app_data_open_model(const char *data_dir, model_t **out)
{
	int rc = model_global_init();
	if (rc < 0)
		return rc;
	if (fs_mkdirs(data_dir, 0755) < 0)
		return OVI_ERR;
	char path[4200];
	snprintf(path, sizeof path, "%s/ovi.db", data_dir);
	return model_open(path, out);
}
