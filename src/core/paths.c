#include "core/paths.h"

#include "core/fs.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef OVI_SOURCE_DIR
#define OVI_SOURCE_DIR ""
#endif
#ifndef OVI_INSTALL_DATADIR
#define OVI_INSTALL_DATADIR "/usr/share/ovi"
#endif

int paths_is_dev_build(void)
{
	return OVI_SOURCE_DIR[0] && strcmp(paths_share_dir(), OVI_SOURCE_DIR) == 0;
}

const char *paths_share_dir(void)
{
	const char *env = getenv("OVI_SHARE");
	if (env && *env)
		return env;
	char p[4096];
	snprintf(p, sizeof p, "%s/content/site.csv", OVI_SOURCE_DIR);
	if (OVI_SOURCE_DIR[0] && fs_exists(p))
		return OVI_SOURCE_DIR;
	return OVI_INSTALL_DATADIR;
}

void paths_data_dir(const char *explicit_dir, char *out, unsigned cap)
{
	const char *env = getenv("OVI_DATA"), *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	if (explicit_dir && *explicit_dir)
		snprintf(out, cap, "%s", explicit_dir);
	else if (env && *env)
		snprintf(out, cap, "%s", env);
	else if (xdg && *xdg)
		snprintf(out, cap, "%s/ovi", xdg);
	else
		snprintf(out, cap, "%s/.local/share/ovi", home && *home ? home : "/var/lib");
}
