/* syncfs(2) is Linux's own. */
#define _GNU_SOURCE

#include "core/fs.h"

#include "core/err.h"
#include "core/fault.h"
#include "core/mem.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

long fs_read(int fd, void *buf, size_t n)
{
	if (fault_hit(FAULT_READ)) {
		errno = EIO;
		return -1;
	}
	ssize_t r;
	do
		r = read(fd, buf, n);
	while (r < 0 && errno == EINTR);
	return (long)r;
}

long fs_write_all(int fd, const void *buf, size_t n)
{
	const char *p = buf;
	size_t left = n;
	while (left) {
		if (fault_hit(FAULT_WRITE)) {
			errno = ENOSPC;
			return -1;
		}
		ssize_t w = write(fd, p, left);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		left -= (size_t)w;
	}
	return (long)n;
}

int fs_fsync(int fd)
{
	if (fault_hit(FAULT_FSYNC)) {
		errno = EIO;
		return -1;
	}
	return fsync(fd);
}

int fs_read_file(const char *path, size_t max, char **out, size_t *len)
{
	*out = NULL;
	if (len)
		*len = 0;
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return err_set(errno == ENOENT ? OVI_ENOTFOUND : OVI_ERR, "cannot open %s: %s",
			       path, errno == ELOOP ? "it is a link" : strerror(errno));
	struct stat st;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return err_set(OVI_EREJECT, "%s is not a regular file", path);
	}
	if ((uint64_t)st.st_size > max) {
		close(fd);
		return err_set(OVI_EREJECT, "%s is too big (%lld bytes, at most %zu)", path,
			       (long long)st.st_size, max);
	}
	size_t cap = (size_t)st.st_size + 1, n = 0;
	char *buf = ovi_malloc(cap);
	if (!buf) {
		close(fd);
		return err_set(OVI_ENOMEM, "out of memory reading %s", path);
	}
	for (;;) {
		if (n + 1 >= cap) {
			if (cap > max + 1) { /* grew while we read */
				ovi_free(buf);
				close(fd);
				return err_set(OVI_EREJECT, "%s is too big (at most %zu bytes)",
					       path, max);
			}
			char *nb = ovi_realloc(buf, cap * 2);
			if (!nb) {
				ovi_free(buf);
				close(fd);
				return err_set(OVI_ENOMEM, "out of memory reading %s", path);
			}
			buf = nb;
			cap *= 2;
		}
		long r = fs_read(fd, buf + n, cap - 1 - n);
		if (r < 0) {
			int e = errno;
			ovi_free(buf);
			close(fd);
			return err_set(OVI_ERR, "cannot read %s: %s", path, strerror(e));
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	if (n > max) {
		ovi_free(buf);
		return err_set(OVI_EREJECT, "%s is too big (at most %zu bytes)", path, max);
	}
	buf[n] = 0;
	*out = buf;
	if (len)
		*len = n;
	return OVI_OK;
}

int fs_sync_fs(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return err_set(OVI_ERR, "cannot open %s: %s", path, strerror(errno));
	int r;
	if (fault_hit(FAULT_FSYNC)) {
		errno = EIO;
		r = -1;
	} else {
		r = syncfs(fd);
	}
	int e = errno;
	close(fd);
	if (r < 0)
		return err_set(OVI_ERR, "cannot sync %s to storage: %s", path, strerror(e));
	return OVI_OK;
}

int fs_fsync_path(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return err_set(OVI_ERR, "cannot open %s: %s", path, strerror(errno));
	int r = fs_fsync(fd);
	int e = errno;
	close(fd);
	if (r < 0)
		return err_set(OVI_ERR, "cannot sync %s to storage: %s", path, strerror(e));
	return OVI_OK;
}

int fs_write_file(const char *path, const void *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return err_set(OVI_ERR, "cannot create %s: %s", path, strerror(errno));
	int r = fs_write_all(fd, data, len) < 0 ? -1 : 0, e = errno;
	if (close(fd) < 0 && r == 0) {
		r = -1;
		e = errno;
	}
	if (r < 0)
		return err_set(OVI_ERR, "cannot write %s: %s", path, strerror(e));
	return OVI_OK;
}

int fs_write_atomic(const char *path, const void *data, size_t len)
{
	char tmp[4096], dir[4096];
	if (snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid()) >= (int)sizeof tmp)
		return err_set(OVI_ERR, "path too long: %s", path);
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return err_set(OVI_ERR, "cannot create %s: %s", tmp, strerror(errno));
	if (fs_write_all(fd, data, len) < 0 || fs_fsync(fd) < 0) {
		int e = errno;
		close(fd);
		unlink(tmp);
		return err_set(OVI_ERR, "cannot write %s: %s", path, strerror(e));
	}
	close(fd);
	if (rename(tmp, path) < 0) {
		int e = errno;
		unlink(tmp);
		return err_set(OVI_ERR, "cannot replace %s: %s", path, strerror(e));
	}
	snprintf(dir, sizeof dir, "%s", path);
	return fs_fsync_path(dirname(dir));
}

int fs_mkdirs(const char *path, unsigned mode)
{
	char buf[4096];
	if (snprintf(buf, sizeof buf, "%s", path) >= (int)sizeof buf)
		return err_set(OVI_ERR, "path too long: %s", path);
	for (char *p = buf + 1;; p++) {
		if (*p == '/' || *p == 0) {
			char c = *p;
			*p = 0;
			if (mkdir(buf, (mode_t)mode) < 0 && errno != EEXIST)
				return err_set(OVI_ERR, "cannot create folder %s: %s", buf,
					       strerror(errno));
			*p = c;
			if (!c)
				break;
		}
	}
	if (!fs_is_dir(path))
		return err_set(OVI_ERR, "%s exists and is not a folder", path);
	return OVI_OK;
}

int fs_rmtree(const char *path)
{
	struct stat st;
	if (lstat(path, &st) < 0)
		return errno == ENOENT
			       ? OVI_OK
			       : err_set(OVI_ERR, "cannot remove %s: %s", path, strerror(errno));
	if (!S_ISDIR(st.st_mode)) {
		if (unlink(path) < 0)
			return err_set(OVI_ERR, "cannot remove %s: %s", path, strerror(errno));
		return OVI_OK;
	}
	DIR *d = opendir(path);
	if (!d)
		return err_set(OVI_ERR, "cannot open folder %s: %s", path, strerror(errno));
	struct dirent *e;
	int rc = OVI_OK;
	char sub[4096];
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
		if (fs_rmtree(sub) < 0)
			rc = OVI_ERR;
	}
	closedir(d);
	if (rmdir(path) < 0 && rc == OVI_OK)
		rc = err_set(OVI_ERR, "cannot remove %s: %s", path, strerror(errno));
	return rc;
}

bool fs_is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool fs_exists(const char *path)
{
	struct stat st;
	return lstat(path, &st) == 0;
}
