#include "bundle/import.h"

#include "bundle/load.h"
#include "bundle/manifest.h"
#include "bundle/walk.h"
#include "core/fs.h"
#include "core/tr.h"
#include "core/log.h"
#include "core/mem.h"
#include "core/str.h"
#include "core/timeutil.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#define SIG_MAX_BYTES 4096

void import_result_clear(import_result_t *res)
{
	if (res) {
		errlist_clear(&res->errors);
		errlist_clear(&res->notes);
	}
}

/* Records one problem in the result and sets err_last() to it. */
static int reject(import_result_t *res, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int reject(import_result_t *res, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, tr(err_lang(), fmt), ap);
	va_end(ap);
	errlist_add(&res->errors, "%s", msg);
	return err_set(OVI_EREJECT, "%s", msg);
}

/* ---- signature --------------------------------------------------------- */

static int verify_signature(const char *src, const char *manifest, size_t mlen,
			    const import_opts_t *o, import_result_t *res)
{
	char path[4096], *sig = NULL;
	size_t slen;
	snprintf(path, sizeof path, "%s/%s", src, SIGNATURE_NAME);
	int rc = fs_read_file(path, SIG_MAX_BYTES, &sig, &slen);
	if (rc == OVI_ENOTFOUND) {
		if (o->allow_unsigned) {
			res->unsigned_ = true;
			log_warn("%s: no signature; accepted because this kiosk is in development "
				 "mode",
				 src);
			return OVI_OK;
		}
		return reject(res,
			      TR(res->lang,
				 "%s is missing: the bundle is not signed. Sign manifest.txt with "
				 "minisign and the site's key (see the bundle guide)"),
			      SIGNATURE_NAME);
	}
	if (rc < 0)
		return rc == OVI_ENOMEM
			       ? rc
			       : reject(res, "%s cannot be read: %s", SIGNATURE_NAME, err_last());
	if (o->nkeys == 0) {
		ovi_free(sig);
		return reject(res,
			      "this kiosk trusts no signing key yet: add the site's public key "
			      "to its configuration (ovi.ini, [trust] key = ...)");
	}
	int which = -1;
	rc = minisign_verify_lang(sig, slen, (const uint8_t *)manifest, mlen, o->keys, o->nkeys,
				  &which, NULL, 0, o->lang);
	ovi_free(sig);
	if (rc < 0)
		return rc == OVI_ENOMEM ? rc : reject(res, "%s", err_last());
	minisign_keyid_hex(o->keys[which].keyid, res->keyid);
	return OVI_OK;
}

/* ---- the folder must hold exactly the listed files ---------------------- */

typedef struct listing {
	const manifest_t *m;
	errlist_t *errs;
	unsigned char *seen;
	const char *lang;
} listing_t;

static int on_file(const char *rel, long long size, void *ud)
{
	listing_t *l = ud;
	if (!strcmp(rel, MANIFEST_NAME) || !strcmp(rel, SIGNATURE_NAME))
		return 0;
	const manifest_file_t *f = manifest_find(l->m, rel);
	if (!f) {
		errlist_add(l->errs,
			    TR(l->lang, "%s is in the folder but not in the manifest (run ovi "
					"pack again, or remove the file)"),
			    rel);
		return 0;
	}
	l->seen[f - l->m->files] = 1;
	if (size != f->size)
		errlist_add(l->errs,
			    TR(l->lang,
			       "%s is %lld bytes but the manifest says %lld: the "
			       "file was changed after packing, or the copy is incomplete"),
			    rel, size, (long long)f->size);
	return 0;
}

static int check_listing(const char *src, const manifest_t *m, import_result_t *res)
{
	listing_t l = {.m = m, .errs = &res->errors, .lang = res->lang};
	l.seen = ovi_calloc((size_t)m->nfiles + 1, 1);
	if (!l.seen)
		return err_set(OVI_ENOMEM, "out of memory");
	int before = res->errors.total;
	int rc = walk_bundle(src, BUNDLE_MAX_FILES + 2, &res->errors, on_file, &l);
	if (rc == OVI_OK)
		for (int i = 0; i < m->nfiles; i++)
			if (!l.seen[i])
				errlist_add(&res->errors,
					    TR(res->lang, "%s is listed in the "
							  "manifest but missing from the folder"),
					    m->files[i].path);
	ovi_free(l.seen);
	if (rc == OVI_ERR || rc == OVI_ENOMEM)
		return rc;
	if (res->errors.total > before)
		return errlist_to_err(&res->errors, OVI_EREJECT);
	return OVI_OK;
}

/* ---- staging ----------------------------------------------------------- */

static int copy_checked(const char *src, const char *stage, const manifest_file_t *f,
			import_result_t *res)
{
	char from[4096], to[4096];
	snprintf(from, sizeof from, "%s/%s", src, f->path);
	snprintf(to, sizeof to, "%s/%s", stage, f->path);
	char *slash = strchr(to + strlen(stage) + 1, '/');
	if (slash) {
		*slash = 0;
		if (mkdir(to, 0755) < 0 && errno != EEXIST)
			return err_set(OVI_ERR, "cannot create %s: %s", to, strerror(errno));
		*slash = '/';
	}
	int in = open(from, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (in < 0)
		return reject(res, "%s cannot be opened: %s", f->path, strerror(errno));
	struct stat st;
	if (fstat(in, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(in);
		return reject(res, "%s is not a normal file", f->path);
	}
	int out = open(to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
	if (out < 0) {
		close(in);
		return err_set(OVI_ERR, "cannot create %s: %s", to, strerror(errno));
	}
	crypto_hash_sha256_state h;
	crypto_hash_sha256_init(&h);
	/* On the stack, not thread-local: 64 KB of static TLS per buffer made
	 * every thread pay for it, and SDL's 64 KB audio thread could not start. */
	unsigned char buf[32768];
	long long total = 0;
	int rc = OVI_OK;
	for (;;) {
		long r = fs_read(in, buf, sizeof buf);
		if (r < 0) {
			rc = reject(res,
				    TR(res->lang,
				       "%s could not be read (%s): was the stick pulled out?"),
				    f->path, strerror(errno));
			break;
		}
		if (r == 0)
			break;
		total += r;
		if (total > f->size) {
			rc = reject(
				res,
				TR(res->lang, "%s is larger than the manifest says (%lld bytes)"),
				f->path, (long long)f->size);
			break;
		}
		crypto_hash_sha256_update(&h, buf, (unsigned long long)r);
		if (fs_write_all(out, buf, (size_t)r) < 0) {
			rc = err_set(OVI_ERR, "cannot write %s: %s", to, strerror(errno));
			break;
		}
	}
	close(in);
	if (rc == OVI_OK && total != f->size)
		rc = reject(res,
			    TR(res->lang,
			       "%s is %lld bytes but the manifest says %lld: the copy is "
			       "incomplete or the file was changed"),
			    f->path, total, (long long)f->size);
	unsigned char digest[32];
	crypto_hash_sha256_final(&h, digest);
	if (rc == OVI_OK && sodium_memcmp(digest, f->sha256, 32) != 0)
		rc = reject(res,
			    TR(res->lang,
			       "%s was changed after the manifest was made (its SHA-256 does not "
			       "match): pack and sign the bundle again"),
			    f->path);
	if (close(out) < 0 && rc == OVI_OK)
		rc = err_set(OVI_ERR, "cannot write %s: %s", to, strerror(errno));
	return rc;
}

/* Copies every file of the manifest into the stage, checking each. Nothing
 * is synced here: the whole stage goes to storage in one flush before it
 * is moved in place (import_bundle). */
static int stage_files(const char *src, const char *stage, const manifest_t *m,
		       import_result_t *res)
{
	for (int i = 0; i < m->nfiles; i++) {
		int rc = copy_checked(src, stage, &m->files[i], res);
		if (rc < 0)
			return rc;
		res->bytes += m->files[i].size;
	}
	return OVI_OK;
}

/* The stored bundle keeps its manifest and signature, so that a rollback
 * verifies it again like any other bundle. */
static int write_manifest_copy(const char *src, const char *stage, const char *manifest,
			       size_t mlen)
{
	char path[4096], *sig = NULL;
	size_t slen;
	snprintf(path, sizeof path, "%s/%s", stage, MANIFEST_NAME);
	int rc = fs_write_file(path, manifest, mlen);
	if (rc < 0)
		return rc;
	snprintf(path, sizeof path, "%s/%s", src, SIGNATURE_NAME);
	if (fs_read_file(path, SIG_MAX_BYTES, &sig, &slen) != OVI_OK)
		return OVI_OK; /* unsigned (development) */
	snprintf(path, sizeof path, "%s/%s", stage, SIGNATURE_NAME);
	rc = fs_write_file(path, sig, slen);
	ovi_free(sig);
	return rc;
}

/* Removes bundle folders other than the current and the previous one
 * (leftovers of power cuts and old imports). */
static void prune_bundles(const char *data_dir, model_t *m)
{
	bundle_record_t cur = {0}, prev = {0};
	model_current_bundle(m, &cur);
	model_previous_bundle(m, &prev);
	char dir[4096];
	snprintf(dir, sizeof dir, "%s/bundles", data_dir);
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	char path[4608];
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		if (!strcmp(path, cur.path) || !strcmp(path, prev.path))
			continue;
		fs_rmtree(path);
	}
	closedir(d);
}

static int make_stage(const import_opts_t *o, char *out, size_t cap)
{
	if (o->check_only) {
		const char *tmp = getenv("TMPDIR");
		snprintf(out, cap, "%s/ovi-check-XXXXXX", tmp && *tmp ? tmp : "/tmp");
		if (!mkdtemp(out))
			return err_set(OVI_ERR, "cannot create a temporary folder: %s",
				       strerror(errno));
		return OVI_OK;
	}
	char base[4096];
	snprintf(base, sizeof base, "%s/staging", o->data_dir);
	/* Whatever is in staging/ is a leftover of an interrupted import. */
	fs_rmtree(base);
	if (fs_mkdirs(base, 0700) < 0)
		return OVI_ERR;
	if (snprintf(out, cap, "%s/import-XXXXXX", base) >= (int)cap)
		return err_set(OVI_ERR, "the state folder's path is too long");
	if (!mkdtemp(out))
		return err_set(OVI_ERR, "cannot create %s: %s", out, strerror(errno));
	return OVI_OK;
}

static int take_lock(const char *data_dir, int *fd_out)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/import.lock", data_dir);
	int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0)
		return err_set(OVI_ERR, "cannot open %s: %s", path, strerror(errno));
	if (flock(fd, LOCK_EX | LOCK_NB) < 0) {
		close(fd);
		return err_set(OVI_ERR, "another import is running; try again in a moment");
	}
	*fd_out = fd;
	return OVI_OK;
}

static int run_import(const char *src, const import_opts_t *o, model_t *m, import_result_t *res,
		      char *stage, size_t stage_cap, char *final_dir, size_t final_cap)
{
	char path[4096], *manifest = NULL;
	size_t mlen = 0;
	manifest_t *mf = NULL;
	content_t *content = NULL;

	if (!fs_is_dir(src))
		return reject(res, TR(res->lang, "%s is not a folder"), src);
	snprintf(path, sizeof path, "%s/%s", src, MANIFEST_NAME);
	int rc = fs_read_file(path, MANIFEST_MAX_BYTES, &manifest, &mlen);
	if (rc < 0) {
		if (rc == OVI_ENOMEM)
			return rc;
		if (rc == OVI_ENOTFOUND)
			return reject(res,
				      TR(res->lang,
					 "%s is missing: this folder is not an Ovi bundle (make "
					 "one with ovi pack)"),
				      MANIFEST_NAME);
		return reject(res, "%s", err_last());
	}
	/* The signature is checked before anything else is parsed. */
	if ((rc = verify_signature(src, manifest, mlen, o, res)) < 0)
		goto done;
	if ((rc = manifest_parse(manifest, mlen, &mf)) < 0) {
		if (rc != OVI_ENOMEM)
			errlist_add(&res->errors, "%s", err_last());
		goto done;
	}
	res->meta = mf->meta;
	res->nfiles = mf->nfiles;
	if (m) {
		bundle_record_t cur;
		if (model_current_bundle(m, &cur) == OVI_OK && mf->meta.serial <= cur.serial &&
		    !o->force) {
			rc = reject(
				res,
				TR(res->lang,
				   "this bundle's serial %lld is not above the current one "
				   "(%lld): an older bundle cannot replace a newer one. Pack it "
				   "again (ovi pack raises the serial) or let staff force it"),
				(long long)mf->meta.serial, (long long)cur.serial);
			goto done;
		}
		int64_t held = 0;
		if (!o->force && model_bundle_hold(m, &held) == OVI_OK && held &&
		    mf->meta.serial <= held) {
			rc = reject(
				res,
				TR(res->lang,
				   "bundle serial %lld was taken back on this kiosk (a "
				   "rollback): only a bundle with a serial above %lld replaces the "
				   "content now. Pack the fixed bundle again (ovi pack raises the "
				   "serial)"),
				(long long)held, (long long)held);
			goto done;
		}
	}
	if ((rc = check_listing(src, mf, res)) < 0)
		goto done;
	if ((rc = make_stage(o, stage, stage_cap)) < 0)
		goto done;
	if ((rc = stage_files(src, stage, mf, res)) < 0)
		goto done;
	if ((rc = bundle_load(stage, mf, &content, &res->errors, &res->notes, o->lang)) < 0)
		goto done;
	if (o->check_only)
		goto done;
	if ((rc = write_manifest_copy(src, stage, manifest, mlen)) < 0)
		goto done;
	/* Every staged file and folder on storage, in one flush of the file
	 * system (one fsync per file took 0.47 s of a 32-file import's 0.52 s),
	 * before the rename makes it the bundle: a power cut before the flush
	 * leaves a stage that the next start removes. */
	if ((rc = fs_sync_fs(stage)) < 0)
		goto done;

	/* From here on the staged copy is the bundle: move it in place, then
	 * switch the database over in one transaction. */
	snprintf(path, sizeof path, "%s/bundles", o->data_dir);
	if ((rc = fs_mkdirs(path, 0755)) < 0)
		goto done;
	unsigned char rnd[4];
	randombytes_buf(rnd, sizeof rnd);
	if (snprintf(final_dir, final_cap, "%s/%lld-%02x%02x%02x%02x", path,
		     (long long)mf->meta.serial, rnd[0], rnd[1], rnd[2],
		     rnd[3]) >= (int)final_cap) {
		final_dir[0] = 0;
		rc = err_set(OVI_ERR, "the state folder's path is too long");
		goto done;
	}
	if (rename(stage, final_dir) < 0) {
		rc = err_set(OVI_ERR, "cannot move the staged bundle in place: %s",
			     strerror(errno));
		final_dir[0] = 0;
		goto done;
	}
	stage[0] = 0;
	if ((rc = fs_fsync_path(path)) < 0)
		goto done;

	bundle_record_t rec = {0};
	str_copy(rec.site, sizeof rec.site, mf->meta.site);
	rec.serial = mf->meta.serial;
	str_copy(rec.keyid, sizeof rec.keyid, res->keyid);
	rec.unsigned_ = res->unsigned_;
	rec.created = mf->meta.created;
	rec.imported = clock_now();
	str_copy(rec.path, sizeof rec.path, final_dir);
	str_copy(rec.source, sizeof rec.source, o->source ? o->source : src);
	str_copy(rec.default_lang, sizeof rec.default_lang, mf->meta.default_lang);
	/* languages and default_lang: model_apply_content() takes them from meta. */
	if ((rc = model_apply_content(m, content, &rec)) < 0)
		goto done;
	res->applied = true;
	final_dir[0] = 0; /* keep it */
done:
	content_free(content);
	manifest_free(mf);
	ovi_free(manifest);
	return rc;
}

static int import_in_lang(const char *src, const import_opts_t *o, model_t *m, import_result_t *res)
{
	memset(res, 0, sizeof *res);
	res->lang = o->lang;
	if (sodium_init() < 0)
		return err_set(OVI_ERR, "libsodium could not start");
	if (!o->check_only && !m)
		return err_set(OVI_EUSAGE, "an import needs the database");
	int lock = -1;
	if (!o->check_only) {
		if (fs_mkdirs(o->data_dir, 0755) < 0 || take_lock(o->data_dir, &lock) < 0)
			return OVI_ERR;
	}
	char stage[4096] = "", final_dir[4096] = "";
	int rc = run_import(src, o, m, res, stage, sizeof stage, final_dir, sizeof final_dir);
	if (stage[0])
		fs_rmtree(stage);
	if (final_dir[0])
		fs_rmtree(final_dir);
	if (rc == OVI_EREJECT && res->errors.total)
		errlist_to_err(&res->errors, OVI_EREJECT);
	if (!o->check_only) {
		char msg[1024];
		snprintf(msg, sizeof msg, "%s", rc == OVI_OK ? "accepted" : err_last());
		int code = err_last_code();
		if (model_log_import(m, clock_now(), o->source ? o->source : src, res->meta.serial,
				     rc == OVI_OK, msg) < 0)
			log_warn("could not record the import in the history: %s", err_last());
		if (rc == OVI_OK)
			prune_bundles(o->data_dir, m);
		else
			err_set(code, "%s", msg);
		close(lock);
	}
	return rc;
}

/* Every message of an import, from here down to the model's, in o->lang. */
int bundle_import(const char *src, const import_opts_t *o, model_t *m, import_result_t *res)
{
	const char *prev = err_lang_set(o->lang);
	int rc = import_in_lang(src, o, m, res);
	err_lang_set(prev);
	return rc;
}

static int rollback_in_lang(const import_opts_t *o, model_t *m, import_result_t *res)
{
	bundle_record_t prev;
	memset(res, 0, sizeof *res);
	int rc = model_previous_bundle(m, &prev);
	if (rc == OVI_ENOTFOUND)
		return err_set(OVI_EREJECT, "there is no previous bundle to go back to");
	if (rc < 0)
		return rc;
	if (!fs_is_dir(prev.path))
		return err_set(OVI_EREJECT,
			       "the previous bundle (serial %lld) is no longer stored "
			       "on this kiosk",
			       (long long)prev.serial);
	import_opts_t ro = *o;
	ro.force = true;
	ro.check_only = false;
	char source[300];
	snprintf(source, sizeof source, "rollback to serial %lld", (long long)prev.serial);
	ro.source = source;
	return bundle_import(prev.path, &ro, m, res);
}

int bundle_rollback(const import_opts_t *o, model_t *m, import_result_t *res)
{
	const char *prev = err_lang_set(o->lang);
	int rc = rollback_in_lang(o, m, res);
	err_lang_set(prev);
	return rc;
}
