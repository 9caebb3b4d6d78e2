#include "bundle/walk.h"

#include "bundle/safepath.h"
#include "core/mem.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static bool is_litter(const char *name)
{
	return name[0] == '.' || !strcmp(name, "Thumbs.db") || !strcmp(name, "desktop.ini");
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct walk {
	int max, count;
	errlist_t *errs;
	int (*fn)(const char *, long long, void *);
	void *ud;
} walk_t;

static int walk_dir(walk_t *w, const char *root, const char *rel, int depth)
{
	char path[4096];
	snprintf(path, sizeof path, "%s%s%s", root, *rel ? "/" : "", rel);
	DIR *d = opendir(path);
	if (!d) {
		if (!*rel)
			return err_set(OVI_ERR, "cannot open the folder %s: %s", path,
				       strerror(errno));
		errlist_add(w->errs, "%s: cannot open the folder: %s", rel, strerror(errno));
		return OVI_EREJECT;
	}
	char **names = NULL;
	int n = 0, cap = 0, rc = OVI_OK;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..") || is_litter(e->d_name))
			continue;
		if (w->count + n >= w->max) {
			errlist_add(w->errs,
				    "the folder holds more than %d files; a bundle may have at "
				    "most %d",
				    w->max, w->max);
			rc = OVI_EREJECT;
			break;
		}
		if (n == cap) {
			cap = cap ? cap * 2 : 64;
			char **nn = ovi_realloc(names, sizeof *names * (size_t)cap);
			if (!nn) {
				rc = err_set(OVI_ENOMEM, "out of memory listing %s", path);
				break;
			}
			names = nn;
		}
		if (!(names[n] = ovi_strdup(e->d_name))) {
			rc = err_set(OVI_ENOMEM, "out of memory listing %s", path);
			break;
		}
		n++;
	}
	closedir(d);
	if (rc == OVI_OK && n > 1) /* an empty folder has no array: qsort(NULL) is UB */
		qsort(names, (size_t)n, sizeof *names, cmp_names);
	for (int i = 0; i < n && rc != OVI_ENOMEM && rc != OVI_ERR; i++) {
		char sub[512], full[4608];
		if (snprintf(sub, sizeof sub, "%s%s%s", rel, *rel ? "/" : "", names[i]) >=
		    (int)sizeof sub) {
			errlist_add(w->errs, "%s/...: the name is too long", rel);
			rc = OVI_EREJECT;
			continue;
		}
		snprintf(full, sizeof full, "%s/%s", root, sub);
		struct stat st;
		if (lstat(full, &st) < 0) {
			errlist_add(w->errs, "%s: cannot be read: %s", sub, strerror(errno));
			rc = OVI_EREJECT;
		} else if (S_ISLNK(st.st_mode)) {
			errlist_add(w->errs, "%s is a link; a bundle may not contain links", sub);
			rc = OVI_EREJECT;
		} else if (S_ISDIR(st.st_mode)) {
			if (depth >= 1) {
				errlist_add(w->errs,
					    "%s: folders inside folders are not allowed (use "
					    "one level, such as photos/)",
					    sub);
				rc = OVI_EREJECT;
			} else {
				int r = walk_dir(w, root, sub, depth + 1);
				if (r < 0)
					rc = r;
			}
		} else if (!S_ISREG(st.st_mode)) {
			errlist_add(w->errs, "%s is a device or special file, not a normal file",
				    sub);
			rc = OVI_EREJECT;
		} else {
			const char *why;
			if (!safepath_ok(sub, &why)) {
				errlist_add(w->errs, "%s: the name is refused: %s", sub, why);
				rc = OVI_EREJECT;
				continue;
			}
			w->count++;
			int r = w->fn(sub, (long long)st.st_size, w->ud);
			if (r)
				rc = r;
		}
	}
	for (int i = 0; i < n; i++)
		ovi_free(names[i]);
	ovi_free(names);
	return rc;
}

int walk_bundle(const char *dir, int max_files, errlist_t *errs,
		int (*fn)(const char *rel, long long size, void *ud), void *ud)
{
	walk_t w = {.max = max_files, .errs = errs, .fn = fn, .ud = ud};
	int rc = walk_dir(&w, dir, "", 0);
	if (rc == OVI_EREJECT)
		return errlist_to_err(errs, OVI_EREJECT);
	return rc;
}
