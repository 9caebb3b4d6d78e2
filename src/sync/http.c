/*
 * http: a bundle published at a URL (any static web server or object store;
 * one URL serves many kiosks, with read-only GETs).
 *
 *  1. GET manifest.txt, conditionally (If-None-Match / If-Modified-Since
 *     with what the server sent the last time a check finished): a 304 is
 *     "nothing new" at the cost of one small request.
 *  2. GET manifest.txt.minisig; verify it with the trusted keys, then parse
 *     the manifest and compare its serial with the kiosk's. Nothing else is
 *     downloaded for a bundle that is not signed by the site or not new.
 *  3. GET only the files the manifest lists (their paths already checked
 *     safe), each capped at its listed size, into
 *     DATA/sync/http/partial/ (named by their SHA-256); a file is moved
 *     into DATA/sync/http/bundle/ when it has its listed size. An interrupted download resumes with
 *     a Range request next time (or starts the file over when the server
 *     does not do ranges); files already there with the right hash are not
 *     downloaded again, so a new week's bundle only fetches what changed.
 *  4. bundle_import() of DATA/sync/http/bundle/, which checks every hash
 *     (a file that does not match refuses the bundle, naming the file).
 *
 * The validators are saved only when a check finished (applied, or nothing
 * new), so a check cut short is simply made again in full. A refused bundle
 * is remembered by the hash of its manifest and signature and not
 * downloaded again.
 */
#include "sync/http_fetch.h"

#include "bundle/safepath.h"
#include "core/fs.h"
#include "core/log.h"
#include "core/mem.h"
#include "core/str.h"
#include "core/timeutil.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <sodium.h>

#define SIG_MAX_BYTES 4096

typedef struct http_state {
	char url[1024];
	char etag[256];
	char last_modified[128];
	char refused[65]; /* hex id of a refused bundle, "" */
} http_state_t;

typedef struct paths {
	char root[4200], bundle[4300], partial[4300], state[4300];
} paths_t;

/* ---- state file: "key value" lines -------------------------------------- */

static void state_load(const paths_t *p, http_state_t *s)
{
	memset(s, 0, sizeof *s);
	char *text = NULL;
	if (fs_read_file(p->state, 16 * 1024, &text, NULL) < 0)
		return;
	for (char *line = text, *next; line && *line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = 0;
		char *v = strchr(line, ' ');
		if (!v)
			continue;
		*v++ = 0;
		if (!strcmp(line, "url"))
			str_copy(s->url, sizeof s->url, v);
		else if (!strcmp(line, "etag"))
			str_copy(s->etag, sizeof s->etag, v);
		else if (!strcmp(line, "last_modified"))
			str_copy(s->last_modified, sizeof s->last_modified, v);
		else if (!strcmp(line, "refused"))
			str_copy(s->refused, sizeof s->refused, v);
	}
	ovi_free(text);
}

static void state_save(const paths_t *p, const http_state_t *s)
{
	char buf[2048];
	int n = snprintf(buf, sizeof buf, "url %s\netag %s\nlast_modified %s\nrefused %s\n", s->url,
			 s->etag, s->last_modified, s->refused);
	if (n < 0 || n >= (int)sizeof buf || fs_write_atomic(p->state, buf, (size_t)n) < 0)
		log_warn("cannot save %s: %s", p->state, err_last());
}

/* ---- files ---------------------------------------------------------------- */

static bool file_matches(const char *path, const manifest_file_t *f)
{
	struct stat st;
	if (lstat(path, &st) < 0 || !S_ISREG(st.st_mode) || st.st_size != f->size)
		return false;
	unsigned char d[32];
	long long size;
	return manifest_hash_file(path, d, &size) == OVI_OK && size == f->size &&
	       !memcmp(d, f->sha256, 32);
}

static int mkparent(const char *path)
{
	char dir[4400];
	str_copy(dir, sizeof dir, path);
	char *slash = strrchr(dir, '/');
	if (!slash)
		return OVI_OK;
	*slash = 0;
	return fs_mkdirs(dir, 0755);
}

/* Brings one listed file into p->bundle, downloading what is missing. A
 * partial download is named by the SHA-256 it should end with, so that
 * bytes are only ever resumed onto the same file, whatever the manifest
 * says next time. */
static int fetch_file(http_client_t *h, const char *base, const paths_t *p,
		      const manifest_file_t *f, int *downloaded)
{
	char final[4500], part[4500], url[1300], hexd[65];
	sodium_bin2hex(hexd, sizeof hexd, f->sha256, 32);
	snprintf(final, sizeof final, "%s/%s", p->bundle, f->path);
	snprintf(part, sizeof part, "%s/%s.part", p->partial, hexd);
	snprintf(url, sizeof url, "%s%s", base, f->path);
	if (file_matches(final, f))
		return OVI_OK;
	fs_rmtree(final);
	if (mkparent(final) < 0)
		return OVI_ERR;
	int fd = open(part, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0644);
	if (fd < 0)
		return err_set(OVI_ERR, "cannot create %s: %s", part, strerror(errno));
	struct stat st;
	int64_t have = fstat(fd, &st) == 0 ? (int64_t)st.st_size : 0;
	if (have >= f->size || lseek(fd, have, SEEK_SET) < 0) {
		/* Complete but refused last time, or odd: start over. */
		if (ftruncate(fd, 0) < 0 || lseek(fd, 0, SEEK_SET) < 0) {
			close(fd);
			return err_set(OVI_ERR, "cannot write %s: %s", part, strerror(errno));
		}
		have = 0;
	}
	http_resp_t resp;
	int rc = http_get_file(h, url, fd, have, f->size, &resp);
	bool resumed = have > 0 && !resp.restarted;
	if (rc == OVI_OK && resp.status != 200 && resp.status != 206)
		rc = err_set(OVI_ERR, "%s: the server answered %ld", url, resp.status);
	int64_t got = fstat(fd, &st) == 0 ? (int64_t)st.st_size : -1;
	if (rc == OVI_OK && got != f->size)
		rc = err_set(OVI_ERR, "%s: the download stopped at %lld of %lld bytes", url,
			     (long long)got, (long long)f->size);
	if (rc == OVI_OK && fs_fsync(fd) < 0)
		rc = err_set(OVI_ERR, "cannot sync %s: %s", part, strerror(errno));
	close(fd);
	if (rc < 0) {
		if (got >= f->size || got < 0)
			unlink(part);
		return rc;
	}
	if (resumed && !file_matches(part, f)) {
		/* The file changed on the server between the two parts: fetched
		 * whole next time. */
		unlink(part);
		return err_set(OVI_ERR, "%s changed on the server during the download", url);
	}
	/* A whole download that does not match is left to bundle_import(),
	 * which refuses the bundle naming the file (and that is remembered,
	 * so it is not downloaded again and again). */
	if (rename(part, final) < 0)
		return err_set(OVI_ERR, "cannot move %s in place: %s", part, strerror(errno));
	(*downloaded)++;
	return OVI_OK;
}

/* Removes what the manifest does not list from the download folder (files
 * of an older bundle), so that it holds exactly the bundle. */
static void prune(const char *dir, const char *rel, const manifest_t *mf)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		char path[4500], sub[300];
		snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
		snprintf(sub, sizeof sub, "%s%s%s", rel, *rel ? "/" : "", e->d_name);
		struct stat st;
		if (lstat(path, &st) < 0)
			continue;
		if (S_ISDIR(st.st_mode) && !*rel) {
			prune(path, sub, mf);
			rmdir(path); /* only when empty */
		} else if (!S_ISREG(st.st_mode) || !manifest_find(mf, sub) ||
			   (!*rel &&
			    (!strcmp(sub, MANIFEST_NAME) || !strcmp(sub, SIGNATURE_NAME)))) {
			fs_rmtree(path);
		}
	}
	closedir(d);
}

/* ---- the check -------------------------------------------------------------- */

static int base_url(const char *url, char *out, size_t cap)
{
	if (strncmp(url, "http://", 7) && strncmp(url, "https://", 8))
		return err_set(OVI_EUSAGE, "%s is not an http:// or https:// URL", url);
	if (strpbrk(url, "?# \t\r\n"))
		return err_set(OVI_EUSAGE,
			       "%s: a bundle URL may not have a query, a fragment or "
			       "spaces",
			       url);
	size_t n = strlen(url);
	if (n > strlen(MANIFEST_NAME) && str_ends_with(url, "/" MANIFEST_NAME))
		n -= strlen(MANIFEST_NAME);
	if (n + 2 > cap)
		return err_set(OVI_EUSAGE, "the URL is too long");
	memcpy(out, url, n);
	out[n] = 0;
	if (out[n - 1] != '/')
		strcat(out, "/");
	return OVI_OK;
}

static void hex(const uint8_t *d, char out[65])
{
	sodium_bin2hex(out, 65, d, 32);
}

/* Fetches manifest and signature into p (verified and parsed). Returns 0
 * (also with *not_modified), OVI_EREJECT when the signature or manifest is
 * refused (err_last() says why), or sets r (failed, or waiting for the
 * signature) and returns its code. */
static int fetch_head(http_client_t *h, const char *base, const http_state_t *st, sync_probe_t *p,
		      bool *not_modified, http_resp_t *mresp, const sync_ctx_t *c, sync_result_t *r)
{
	char url[1300];
	strbuf_t man = {0}, sig = {0};
	bool conditional = !strcmp(st->url, base) && (st->etag[0] || st->last_modified[0]);
	snprintf(url, sizeof url, "%s%s", base, MANIFEST_NAME);
	*not_modified = false;
	int rc = http_get_mem(h, url, conditional ? st->etag : NULL,
			      conditional ? st->last_modified : NULL, MANIFEST_MAX_BYTES, &man,
			      mresp);
	if (rc < 0)
		goto failed;
	if (mresp->status == 304) {
		sb_free(&man);
		if (conditional) {
			*not_modified = true;
			return OVI_OK;
		}
		return sync_result_set(r, SYNC_FAILED,
				       "%s: the server answered 304 Not Modified "
				       "to a request that was not conditional",
				       url);
	}
	if (mresp->status != 200) {
		sb_free(&man);
		return sync_result_set(r, SYNC_FAILED, "%s: the server answered %ld", url,
				       mresp->status);
	}
	http_resp_t sresp;
	snprintf(url, sizeof url, "%s%s", base, SIGNATURE_NAME);
	if ((rc = http_get_mem(h, url, NULL, NULL, SIG_MAX_BYTES, &sig, &sresp)) < 0)
		goto failed;
	if (sresp.status != 200 && sresp.status != 404 && sresp.status != 410) {
		sb_free(&man);
		sb_free(&sig);
		return sync_result_set(r, SYNC_FAILED, "%s: the server answered %ld", url,
				       sresp.status);
	}
	bool has_sig = sresp.status == 200;
	if (!has_sig && !c->cfg->allow_unsigned) {
		/* Uploads are not atomic: the signature may be on its way. */
		sb_free(&man);
		sb_free(&sig);
		return sync_result_set(r, SYNC_WAITING, "waiting for %s (the server answered %ld)",
				       SIGNATURE_NAME, sresp.status);
	}
	/* strbuf memory is ovi_malloc'd: the probe takes it over. */
	char *mtext = man.s ? man.s : ovi_strdup("");
	size_t mlen = man.len;
	char *stext = has_sig ? (sig.s ? sig.s : ovi_strdup("")) : NULL;
	size_t slen = has_sig ? sig.len : 0;
	if (!has_sig)
		sb_free(&sig);
	if (!mtext || (has_sig && !stext)) {
		ovi_free(mtext);
		ovi_free(stext);
		return sync_result_set(r, SYNC_FAILED, "out of memory");
	}
	rc = sync_probe_buffers(c, mtext, mlen, stext, slen, p);
	if (rc == OVI_ENOMEM)
		return sync_result_set(r, SYNC_FAILED, "out of memory");
	if (rc < 0)
		return OVI_EREJECT; /* the caller decides: refused once, or again */
	return OVI_OK;
failed:
	sb_free(&man);
	sb_free(&sig);
	return sync_result_set(r, SYNC_FAILED, "%s", err_last());
}

static int setup_paths(const char *data_dir, paths_t *p)
{
	snprintf(p->root, sizeof p->root, "%s/sync/http", data_dir);
	snprintf(p->bundle, sizeof p->bundle, "%s/bundle", p->root);
	snprintf(p->partial, sizeof p->partial, "%s/partial", p->root);
	snprintf(p->state, sizeof p->state, "%s/state.txt", p->root);
	if (fs_mkdirs(p->bundle, 0700) < 0 || fs_mkdirs(p->partial, 0700) < 0)
		return OVI_ERR;
	return OVI_OK;
}

static int download_and_import(const sync_ctx_t *c, model_t *m, http_client_t *h, const char *base,
			       const paths_t *paths, const sync_probe_t *p, sync_result_t *r)
{
	int downloaded = 0;
	for (int i = 0; i < p->mf->nfiles; i++) {
		const manifest_file_t *f = &p->mf->files[i];
		if (!safepath_ok(f->path, NULL))
			return sync_result_set(r, SYNC_REJECTED, "refused: unsafe path %s",
					       f->path);
		if (sync_stopping(c))
			return sync_result_set(r, SYNC_FAILED, "stopped");
		if (fetch_file(h, base, paths, f, &downloaded) < 0)
			return sync_result_set(r, SYNC_FAILED,
					       "serial %lld: %s (%d of %d files "
					       "ready; the rest is fetched next time)",
					       r->serial, err_last(), i, p->mf->nfiles);
	}
	prune(paths->bundle, "", p->mf);
	char path[4500];
	snprintf(path, sizeof path, "%s/%s", paths->bundle, MANIFEST_NAME);
	if (fs_write_atomic(path, p->manifest, p->mlen) < 0)
		return sync_result_set(r, SYNC_FAILED, "%s", err_last());
	snprintf(path, sizeof path, "%s/%s", paths->bundle, SIGNATURE_NAME);
	if (p->sig && fs_write_atomic(path, p->sig, p->slen) < 0)
		return sync_result_set(r, SYNC_FAILED, "%s", err_last());
	log_info("%s: serial %lld: %d of %d files downloaded, the rest were already here",
		 r->source, r->serial, downloaded, p->mf->nfiles);
	return sync_import(c, m, paths->bundle, r, NULL);
}

int sync_http_check_ex(const sync_ctx_t *c, model_t *m, const char *url, sync_result_t *r)
{
	sync_result_init(r, SYNC_HTTP, "url", url);
	r->current = sync_current_serial(m);
	char base[1100];
	if (base_url(url, base, sizeof base) < 0)
		return sync_result_set(r, SYNC_FAILED, "%s", err_last());
	paths_t paths;
	if (setup_paths(c->data_dir, &paths) < 0)
		return sync_result_set(r, SYNC_FAILED, "%s", err_last());
	http_state_t st;
	state_load(&paths, &st);
	http_client_t *h = NULL;
	if (http_open(c, &h) < 0)
		return sync_result_set(r, SYNC_FAILED, "%s", err_last());
	char agent[256];
	sync_user_agent(c->cfg, m, agent, sizeof agent);
	http_set_agent(h, agent);

	sync_probe_t p = {0};
	bool not_modified;
	http_resp_t mresp = {0};
	int rc = fetch_head(h, base, &st, &p, &not_modified, &mresp, c, r);
	char id[65] = "";
	if (rc == OVI_OK && not_modified) {
		rc = sync_result_set(r, SYNC_NOTHING,
				     "nothing new: not modified since the last "
				     "check");
		goto done;
	}
	if (r->message[0]) { /* failed, or waiting: fetch_head() said why */
		rc = r->outcome == SYNC_FAILED ? OVI_ERR : OVI_OK;
		goto done;
	}
	hex(p.id, id);
	if (!strcmp(st.refused, id)) {
		rc = sync_result_set(r, SYNC_NOTHING,
				     "this bundle was refused already; waiting "
				     "for a new one");
		goto done;
	}
	if (rc == OVI_EREJECT) {
		char why[1024];
		str_copy(why, sizeof why, err_last());
		errlist_add(&r->reasons, "%s", why);
		rc = sync_result_set(r, SYNC_REJECTED, "refused: %s", why);
		if (model_log_import(m, clock_now(), r->source, 0, false, why) < 0)
			log_warn("could not record the refusal: %s", err_last());
		str_copy(st.refused, sizeof st.refused, id);
		/* Asked in full next time: a new signature for the same manifest
		 * would hide behind a 304. */
		st.etag[0] = st.last_modified[0] = 0;
		state_save(&paths, &st);
		goto done;
	}
	r->serial = (long long)p.mf->meta.serial;
	if (r->serial <= r->current) {
		rc = sync_result_set(r, SYNC_NOTHING,
				     "nothing new: the URL has serial %lld, the "
				     "kiosk %lld",
				     r->serial, r->current);
	} else {
		rc = download_and_import(c, m, h, base, &paths, &p, r);
		if (r->outcome == SYNC_REJECTED)
			str_copy(st.refused, sizeof st.refused, id);
		if (r->outcome == SYNC_APPLIED)
			fs_rmtree(paths.partial);
	}
	if (r->outcome != SYNC_FAILED) {
		str_copy(st.url, sizeof st.url, base);
		str_copy(st.etag, sizeof st.etag, mresp.etag);
		str_copy(st.last_modified, sizeof st.last_modified, mresp.last_modified);
		if (r->outcome == SYNC_REJECTED) /* asked again in full next time */
			st.etag[0] = st.last_modified[0] = 0;
		state_save(&paths, &st);
	}
done:
	sync_probe_free(&p);
	http_close(h);
	return rc;
}

int sync_http_check(const sync_config_t *cfg, const char *data_dir, model_t *m, const char *url,
		    sync_result_t *r)
{
	sync_ctx_t c = {.cfg = cfg, .data_dir = data_dir};
	return sync_http_check_ex(&c, m, url, r);
}
