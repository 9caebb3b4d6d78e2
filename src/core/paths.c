#include "core/paths.h"

#include "core/err.h"
#include "core/fs.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

int paths_normalize(const char *abs, char *out, unsigned cap)
{
	/* Components are copied one by one; ".." drops the last one kept. */
	size_t n = 0;
	if (cap < 2) {
		if (cap)
			out[0] = 0;
		return err_set(OVI_EUSAGE, "the path %.80s... is too long (at most %u bytes)", abs,
			       cap ? cap - 1 : 0);
	}
	const char *p = abs;
	while (*p) {
		while (*p == '/')
			p++;
		const char *e = p;
		while (*e && *e != '/')
			e++;
		size_t len = (size_t)(e - p);
		if (len == 0 || (len == 1 && p[0] == '.')) {
			/* nothing */
		} else if (len == 2 && p[0] == '.' && p[1] == '.') {
			while (n > 0 && out[n - 1] != '/')
				n--;
			if (n > 0)
				n--; /* the slash before it */
		} else if (n + 1 + len < cap) {
			out[n++] = '/';
			memcpy(out + n, p, len);
			n += len;
		} else {
			out[0] = 0;
			return err_set(OVI_EUSAGE,
				       "the path %.80s... is too long (at most %u bytes)", abs,
				       cap - 1);
		}
		p = e;
	}
	if (n == 0)
		out[n++] = '/';
	out[n] = 0;
	return OVI_OK;
}

int paths_data_dir(const char *explicit_dir, char *out, unsigned cap)
{
	const char *env = getenv("OVI_DATA"), *xdg = getenv("XDG_DATA_HOME");
	const char *home = getenv("HOME");
	char given[8200];
	int n;
	if (explicit_dir && *explicit_dir)
		n = snprintf(given, sizeof given, "%s", explicit_dir);
	else if (env && *env)
		n = snprintf(given, sizeof given, "%s", env);
	else if (xdg && *xdg)
		n = snprintf(given, sizeof given, "%s/ovi", xdg);
	else
		n = snprintf(given, sizeof given, "%s/.local/share/ovi",
			     home && *home ? home : "/var/lib");
	if (cap)
		out[0] = 0;
	if (n < 0 || (size_t)n >= sizeof given)
		return err_set(OVI_EUSAGE, "the path %.80s... is too long (at most %u bytes)",
			       given, cap ? cap - 1 : 0);
	/* A relative folder is made absolute now, and "." and ".." taken out:
	 * the database keeps paths under it (bundles.path), and the next
	 * command may run from elsewhere or spell it another way. */
	char cwd[4096], full[8200 + 4096 + 2];
	if (given[0] == '/')
		snprintf(full, sizeof full, "%s", given);
	else if (getcwd(cwd, sizeof cwd))
		snprintf(full, sizeof full, "%s/%s", cwd, given);
	else
		return err_set(OVI_EUSAGE,
			       "the state folder %s is relative, and the working "
			       "directory cannot be read: %s",
			       given, strerror(errno));
	return paths_normalize(full, out, cap);
}
