/*
 * fs: file system helpers that survive power cuts and report errors as values.
 *
 * Every read, write and fsync goes through fault.h, so tests can make any one
 * of them fail.
 */
#ifndef OVI_CORE_FS_H
#define OVI_CORE_FS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Reads a whole regular file of at most max bytes (refusing symlinks, devices,
 * fifos). *out is NUL-terminated; caller frees with ovi_free(). */
int fs_read_file(const char *path, size_t max, char **out, size_t *len);
/* Writes data to path atomically: a temporary file in the same folder,
 * fsync, rename, fsync of the folder. */
int fs_write_atomic(const char *path, const void *data, size_t len);
/* Writes data to a new file at path, without syncing it (a staged copy
 * that fs_sync_fs() makes durable with the rest). */
int fs_write_file(const char *path, const void *data, size_t len);
int fs_mkdirs(const char *path, unsigned mode);
/* Removes a file or a folder tree (never following symlinks). Missing is ok. */
int fs_rmtree(const char *path);
int fs_fsync_path(const char *path); /* a file or a folder */
/* Writes everything not yet on storage of the file system that holds path
 * (its files' data and metadata, every folder), and waits for it: one
 * flush for many files (syncfs(2), which reports writeback errors since
 * Linux 5.8). Fault injection counts it as an fsync. */
int fs_sync_fs(const char *path);
bool fs_is_dir(const char *path);
bool fs_exists(const char *path);
/* A read() that honours fault injection; returns bytes or -1 (errno set). */
long fs_read(int fd, void *buf, size_t n);
long fs_write_all(int fd, const void *buf, size_t n);
int fs_fsync(int fd);

#endif
