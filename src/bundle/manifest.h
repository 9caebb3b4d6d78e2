/*
 * manifest: what a bundle says it contains (manifest.txt), parsed and checked
 * before any data file is opened.
 *
 * The manifest is only trusted after its signature verified; this parser is
 * nevertheless written for hostile input (it is also what `ovi check` shows
 * for an unsigned folder).
 */
#ifndef OVI_BUNDLE_MANIFEST_H
#define OVI_BUNDLE_MANIFEST_H

#include <stdint.h>

#include "model/content.h"

#define MANIFEST_NAME	       "manifest.txt"
#define SIGNATURE_NAME	       "manifest.txt.minisig"
#define MANIFEST_MAX_BYTES     (1024 * 1024)
#define BUNDLE_MAX_FILES       2000
#define BUNDLE_MAX_FILE_BYTES  (16LL * 1024 * 1024)
#define BUNDLE_MAX_CSV_BYTES   (4LL * 1024 * 1024)
#define BUNDLE_MAX_IMAGE_BYTES (8LL * 1024 * 1024)
#define BUNDLE_MAX_TOTAL_BYTES (256LL * 1024 * 1024)
#define BUNDLE_MAX_IMAGE_PX    4096
#define BUNDLE_FORMAT	       1

typedef struct manifest_file {
	char path[129];
	int64_t size;
	uint8_t sha256[32];
} manifest_file_t;

typedef struct manifest {
	bundle_meta_t meta;
	manifest_file_t *files;
	int nfiles;
	int64_t total_bytes;
} manifest_t;

/* Parses and checks text (the bytes of manifest.txt): format version, site
 * id, serial, creation time, languages, and every file line (safe path, size
 * within limits, 64 hex digits, no duplicates, at most BUNDLE_MAX_FILES, total
 * within BUNDLE_MAX_TOTAL_BYTES). Caller frees with manifest_free(). */
int manifest_parse(const char *text, size_t len, manifest_t **out);
void manifest_free(manifest_t *m); /* accepts NULL */
/* The entry for path, or NULL. */
const manifest_file_t *manifest_find(const manifest_t *m, const char *path);
/* True when lang is one of the bundle's languages. */
bool manifest_has_lang(const bundle_meta_t *meta, const char *lang);

/* The SHA-256 and size of the file at path (not followed when a link), as
 * the manifest lists them: the one loop that pack and the network sync
 * (is this file already here?) hash with. */
int manifest_hash_file(const char *path, unsigned char out[32], long long *size);

#endif
