/* What every source shares: results, the verified manifest, the import. */
#include "sync/sync_internal.h"

#include "core/fs.h"
#include "core/log.h"
#include "core/mem.h"
#include "core/str.h"
#include "core/tr.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sodium.h>

#define SIG_MAX_BYTES 4096

void sync_config_defaults(sync_config_t *c)
{
	memset(c, 0, sizeof *c);
	static const char *const roots[] = {"/media", "/run/media", "/run/ovi/usb"};
	for (size_t i = 0; i < sizeof roots / sizeof roots[0]; i++)
		str_copy(c->usb_roots[c->nusb_roots++], sizeof c->usb_roots[0], roots[i]);
	c->poll_interval_s = 300;
	c->settle_s = 2;
	c->connect_timeout_s = 15;
	c->stall_timeout_s = 60;
	str_copy(c->usb_write_socket, sizeof c->usb_write_socket, "/run/ovi/usb-write.sock");
	c->upload_interval_s = 3600;
	c->upload_retry_s = 60;
}

void sync_result_clear(sync_result_t *r)
{
	if (r)
		errlist_clear(&r->reasons);
}

const char *sync_outcome_name(sync_outcome_t o)
{
	switch (o) {
	case SYNC_NOTHING:
		return "nothing new";
	case SYNC_WAITING:
		return "waiting";
	case SYNC_APPLIED:
		return "applied";
	case SYNC_REJECTED:
		return "refused";
	case SYNC_FAILED:
		return "failed";
	case SYNC_EXPORTED:
		return "exported";
	}
	return "?";
}

void sync_result_init(sync_result_t *r, sync_kind_t kind, const char *prefix, const char *where)
{
	memset(r, 0, sizeof *r);
	r->kind = kind;
	snprintf(r->source, sizeof r->source, "%s:%s", prefix, where);
}

int sync_result_set(sync_result_t *r, sync_outcome_t o, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(r->message, sizeof r->message, tr(err_lang(), fmt), ap);
	va_end(ap);
	r->outcome = o;
	switch (o) {
	case SYNC_REJECTED:
		return OVI_EREJECT;
	case SYNC_FAILED:
		return OVI_ERR;
	default:
		return OVI_OK;
	}
}

long long sync_current_serial(model_t *m)
{
	bundle_record_t cur;
	if (m && model_current_bundle(m, &cur) == OVI_OK)
		return (long long)cur.serial;
	return 0;
}

/* ---- probe -------------------------------------------------------------- */

void sync_probe_free(sync_probe_t *p)
{
	if (!p)
		return;
	ovi_free(p->manifest);
	ovi_free(p->sig);
	manifest_free(p->mf);
	memset(p, 0, sizeof *p);
}

int sync_probe_buffers(const sync_ctx_t *c, char *manifest, size_t mlen, char *sig, size_t slen,
		       sync_probe_t *p)
{
	memset(p, 0, sizeof *p);
	p->manifest = manifest;
	p->mlen = mlen;
	p->sig = sig;
	p->slen = sig ? slen : 0;
	crypto_hash_sha256_state h;
	crypto_hash_sha256_init(&h);
	crypto_hash_sha256_update(&h, (const unsigned char *)manifest, mlen);
	crypto_hash_sha256_update(&h, (const unsigned char *)"\0sig\0", 5);
	if (sig)
		crypto_hash_sha256_update(&h, (const unsigned char *)sig, slen);
	crypto_hash_sha256_final(&h, p->id);

	const sync_config_t *cfg = c->cfg;
	if (!sig) {
		if (!cfg->allow_unsigned)
			return err_set(OVI_EREJECT, "%s is missing: the bundle is not signed",
				       SIGNATURE_NAME);
	} else {
		if (cfg->nkeys == 0)
			return err_set(OVI_EREJECT,
				       "this kiosk trusts no signing key yet: add the "
				       "site's public key to ovi.ini ([trust] key = ...)");
		int which = -1;
		int rc = minisign_verify(sig, slen, (const uint8_t *)manifest, mlen, cfg->keys,
					 cfg->nkeys, &which, NULL, 0);
		if (rc < 0)
			return rc;
		minisign_keyid_hex(cfg->keys[which].keyid, p->keyid);
	}
	/* Parsed only now that it is known to come from the site. */
	return manifest_parse(manifest, mlen, &p->mf);
}

int sync_probe_dir(const sync_ctx_t *c, const char *dir, sync_probe_t *p)
{
	memset(p, 0, sizeof *p);
	char path[4200], *manifest = NULL, *sig = NULL;
	size_t mlen = 0, slen = 0;
	snprintf(path, sizeof path, "%s/%s", dir, MANIFEST_NAME);
	int rc = fs_read_file(path, MANIFEST_MAX_BYTES, &manifest, &mlen);
	if (rc < 0)
		return rc;
	snprintf(path, sizeof path, "%s/%s", dir, SIGNATURE_NAME);
	rc = fs_read_file(path, SIG_MAX_BYTES, &sig, &slen);
	if (rc < 0 && rc != OVI_ENOTFOUND) {
		ovi_free(manifest);
		return rc == OVI_EREJECT ? rc : OVI_ERR;
	}
	return sync_probe_buffers(c, manifest, mlen, sig, slen, p);
}

/* ---- import ------------------------------------------------------------- */

int sync_import(const sync_ctx_t *c, model_t *m, const char *dir, sync_result_t *r,
		import_result_t *ir_out)
{
	/* Why a bundle was refused is said in the site's language, whoever
	 * asked: the same words go on the stick's report, in the log and on
	 * staff's Content tab. */
	bundle_record_t cur;
	char lang[8] = "";
	if (model_current_bundle(m, &cur) == OVI_OK)
		str_copy(lang, sizeof lang, cur.default_lang);
	import_opts_t o = {
		.data_dir = c->data_dir,
		.keys = c->cfg->keys,
		.nkeys = c->cfg->nkeys,
		.allow_unsigned = c->cfg->allow_unsigned,
		.source = r->source,
		.lang = lang[0] ? lang : NULL,
	};
	import_result_t ir;
	if (c->import_lock)
		pthread_mutex_lock(c->import_lock);
	int rc = bundle_import(dir, &o, m, &ir);
	char msg[1024];
	str_copy(msg, sizeof msg, err_last());
	r->current = sync_current_serial(m);
	if (c->import_lock)
		pthread_mutex_unlock(c->import_lock);

	if (ir.meta.serial)
		r->serial = (long long)ir.meta.serial;
	if (rc == OVI_OK) {
		rc = ir.unsigned_ ? sync_result_set(r, SYNC_APPLIED,
						    "imported serial %lld (%d files, "
						    "%lld KB), UNSIGNED (development mode)",
						    r->serial, ir.nfiles, ir.bytes / 1024)
				  : sync_result_set(r, SYNC_APPLIED,
						    "imported serial %lld (%d files, %lld KB)",
						    r->serial, ir.nfiles, ir.bytes / 1024);
	} else if (rc == OVI_EREJECT) {
		for (int i = 0; i < ir.errors.n; i++)
			errlist_add(&r->reasons, "%s", ir.errors.msg[i]);
		r->reasons.total =
			ir.errors.total > r->reasons.total ? ir.errors.total : r->reasons.total;
		if (!r->reasons.total)
			errlist_add(&r->reasons, "%s", msg);
		rc = sync_result_set(r, SYNC_REJECTED, "refused: %s", msg);
	} else {
		rc = sync_result_set(r, SYNC_FAILED, "%s", msg);
	}
	if (ir_out)
		*ir_out = ir;
	else
		import_result_clear(&ir);
	return rc;
}
