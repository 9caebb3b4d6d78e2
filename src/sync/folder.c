/*
 * folder: a network folder (an SMB or NFS mount) that a coordinator's
 * computer copies a bundle into, file by file, at the speed of the network.
 *
 * The kiosk takes the bundle only when it is complete: the signature
 * verifies, every listed file is there with its listed size, and nothing in
 * the folder has changed for settle_s seconds (Windows sets a file's full
 * size before writing its bytes, so a size alone does not prove a finished
 * copy; bundle_import() then checks every hash). Until then the answer is
 * "waiting", which is not a failure and is not recorded as one.
 *
 * A bundle that is complete and still refused is remembered by its
 * fingerprint and not tried again until something in the folder changes.
 */
#include "sync/sync_internal.h"

#include "bundle/safepath.h"
#include "core/fs.h"
#include "core/str.h"

#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <sodium.h>

typedef struct look {
	int listed, present;
	char missing[200]; /* the first file that is not there yet, and why */
	uint8_t fp[32];
} look_t;

static void hash_stat(crypto_hash_sha256_state *h, const char *name, const struct stat *st, bool ok)
{
	int64_t v[4] = {ok ? (int64_t)st->st_size : -1, ok ? (int64_t)st->st_mtim.tv_sec : 0,
			ok ? (int64_t)st->st_mtim.tv_nsec : 0, ok ? (int64_t)st->st_ino : 0};
	crypto_hash_sha256_update(h, (const unsigned char *)name, strlen(name) + 1);
	crypto_hash_sha256_update(h, (const unsigned char *)v, sizeof v);
}

/* What is in dir now: the fingerprint (manifest, signature and every listed
 * file's size, time and inode) and how many listed files are complete. */
static void look_at(const char *dir, const sync_probe_t *p, look_t *l)
{
	memset(l, 0, sizeof *l);
	crypto_hash_sha256_state h;
	crypto_hash_sha256_init(&h);
	crypto_hash_sha256_update(&h, p->id, sizeof p->id);
	char path[4400];
	struct stat st;
	const char *own[] = {MANIFEST_NAME, SIGNATURE_NAME};
	for (int i = 0; i < 2; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, own[i]);
		hash_stat(&h, own[i], &st, lstat(path, &st) == 0);
	}
	if (p->mf) {
		l->listed = p->mf->nfiles;
		for (int i = 0; i < p->mf->nfiles; i++) {
			const manifest_file_t *f = &p->mf->files[i];
			if (!safepath_ok(f->path, NULL))
				continue; /* manifest_parse() refuses these already */
			snprintf(path, sizeof path, "%s/%s", dir, f->path);
			bool ok = lstat(path, &st) == 0 && S_ISREG(st.st_mode);
			hash_stat(&h, f->path, &st, ok);
			if (ok && st.st_size == f->size) {
				l->present++;
			} else if (!l->missing[0]) {
				if (ok)
					snprintf(l->missing, sizeof l->missing,
						 "%s has %lld of %lld bytes", f->path,
						 (long long)st.st_size, (long long)f->size);
				else
					snprintf(l->missing, sizeof l->missing,
						 "%s is not there yet", f->path);
			}
		}
	}
	crypto_hash_sha256_final(&h, l->fp);
}

/* The bundle folder: folder itself, or folder/ovi (a share laid out like a
 * stick). NULL when neither holds a manifest. */
static const char *find_bundle(const char *folder, char *buf, size_t cap)
{
	snprintf(buf, cap, "%s/%s", folder, MANIFEST_NAME);
	if (fs_exists(buf))
		return folder;
	snprintf(buf, cap, "%s/%s/%s", folder, SYNC_STICK_BUNDLE, MANIFEST_NAME);
	if (fs_exists(buf)) {
		snprintf(buf, cap, "%s/%s", folder, SYNC_STICK_BUNDLE);
		return buf;
	}
	return NULL;
}

static int64_t retry_after(const sync_ctx_t *c)
{
	int s = c->cfg->settle_s > 2 ? c->cfg->settle_s : 2;
	return (int64_t)s * 1000;
}

int sync_folder_check_ex(const sync_ctx_t *c, model_t *m, const char *folder, folder_state_t *st,
			 sync_result_t *r)
{
	sync_result_init(r, SYNC_FOLDER, "folder", folder);
	r->current = sync_current_serial(m);
	st->retry_ms = 0;
	st->settling = false;
	if (!fs_is_dir(folder))
		return sync_result_set(r, SYNC_FAILED,
				       "the folder %s is not there (is the network "
				       "share mounted?)",
				       folder);
	char buf[4200];
	const char *dir = find_bundle(folder, buf, sizeof buf);
	if (!dir) {
		st->have_seen = false;
		return sync_result_set(r, SYNC_NOTHING, "no bundle in the folder");
	}
	char dirbuf[4200];
	str_copy(dirbuf, sizeof dirbuf, dir);
	dir = dirbuf;

	sync_probe_t p;
	int rc = sync_probe_dir(c, dir, &p);
	if (rc == OVI_ENOTFOUND) {
		sync_probe_free(&p);
		return sync_result_set(r, SYNC_NOTHING, "no bundle in the folder");
	}
	if (rc == OVI_ERR || rc == OVI_ENOMEM) {
		sync_probe_free(&p);
		return sync_result_set(r, SYNC_FAILED, "%s", err_last());
	}
	char why[1024] = "";
	if (rc < 0)
		str_copy(why, sizeof why, err_last());
	look_t l;
	look_at(dir, &p, &l);
	if (p.mf)
		r->serial = (long long)p.mf->meta.serial;
	sync_probe_free(&p);

	if (rc == OVI_OK && r->serial <= r->current)
		return sync_result_set(r, SYNC_NOTHING,
				       "nothing new: the folder has serial %lld, "
				       "the kiosk %lld",
				       r->serial, r->current);
	if (rc == OVI_OK && l.present < l.listed) {
		st->retry_ms = retry_after(c);
		return sync_result_set(r, SYNC_WAITING,
				       "waiting for the bundle to be complete: "
				       "%d of %d files (%s)",
				       l.present, l.listed, l.missing);
	}
	if (st->have_refused && !memcmp(st->refused, l.fp, sizeof l.fp))
		return sync_result_set(r, SYNC_NOTHING,
				       "this bundle was refused already; waiting "
				       "for a new one");

	int64_t now = sync_mono_ms();
	if (!st->have_seen || memcmp(st->seen, l.fp, sizeof l.fp)) {
		memcpy(st->seen, l.fp, sizeof l.fp);
		st->seen_since_ms = now;
		st->have_seen = true;
	}
	int64_t quiet = now - st->seen_since_ms, need = (int64_t)c->cfg->settle_s * 1000;
	if (quiet < need) {
		st->retry_ms = need - quiet;
		st->settling = true;
		return sync_result_set(r, SYNC_WAITING,
				       "waiting for the bundle to be complete%s%s%s",
				       why[0] ? " (" : "", why, why[0] ? ")" : "");
	}
	rc = sync_import(c, m, dir, r, NULL);
	if (r->outcome == SYNC_REJECTED) {
		memcpy(st->refused, l.fp, sizeof l.fp);
		st->have_refused = true;
	}
	return rc;
}

int sync_folder_check(const sync_config_t *cfg, const char *data_dir, model_t *m,
		      const char *folder, sync_result_t *r)
{
	sync_ctx_t c = {.cfg = cfg, .data_dir = data_dir};
	folder_state_t st = {0};
	int rc = sync_folder_check_ex(&c, m, folder, &st, r);
	if (r->outcome == SYNC_WAITING && st.settling) {
		/* A one-shot check looks twice, settle_s apart: the folder must not
		 * change in between. */
		struct timespec ts = {st.retry_ms / 1000, (st.retry_ms % 1000) * 1000000L};
		nanosleep(&ts, NULL);
		sync_result_clear(r);
		rc = sync_folder_check_ex(&c, m, folder, &st, r);
	}
	return rc;
}
