/*
 * walk: lists the files of a bundle folder without trusting it. Links,
 * devices, fifos, sockets and folders deeper than one level are refused;
 * dot files and the litter of desktop systems (.DS_Store, ._x, Thumbs.db,
 * desktop.ini) are skipped, never opened.
 */
#ifndef OVI_BUNDLE_WALK_H
#define OVI_BUNDLE_WALK_H

#include "core/err.h"

/* Calls fn(path relative to dir, size, ud) for every regular file, in sorted
 * order within each folder. Stops after max_files with an error. Problems go
 * to errs; returns OVI_EREJECT when there were any, OVI_ERR when dir itself
 * cannot be read. fn returning nonzero stops the walk with that code. */
int walk_bundle(const char *dir, int max_files, errlist_t *errs,
		int (*fn)(const char *rel, long long size, void *ud), void *ud);

#endif
