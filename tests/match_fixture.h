/*
 * match_fixture: the demo content in a fresh database, and the phrase and
 * query sets of tests/match/ (distress.txt, ordinary.txt, search.txt), for
 * the tests and the benchmark of the matcher and the services search.
 *
 * Header-only: included by tests that link ovi_bundle.
 */
#ifndef OVI_TEST_MATCH_FIXTURE_H
#define OVI_TEST_MATCH_FIXTURE_H

#include <sodium.h>

#include "fixture.h"
#include "model/model.h"

/* A state folder root (a test_tmpdir()) with bundle (a folder made like
 * the demo) signed and imported; *m is open on it. */
static inline int mfx_import(const char *root, const char *bundle, model_t **m)
{
	char keydir[4200], key[4300], db[4300];
	snprintf(keydir, sizeof keydir, "%s/keys", root);
	snprintf(key, sizeof key, "%s/test.key", keydir);
	snprintf(db, sizeof db, "%s/ovi.db", root);
	minisign_pubkey_t pk;
	import_result_t res;
	int rc = fx_sh("mkdir -p '%s'", keydir) || fx_keygen(keydir, "test") ||
				 fx_pubkey(keydir, "test", &pk) || fx_pack(bundle, 100) ||
				 fx_sign(bundle, key)
			 ? -1
			 : model_open(db, m);
	if (rc == 0) {
		import_opts_t o = {.data_dir = root, .keys = &pk, .nkeys = 1, .force = true};
		rc = bundle_import(bundle, &o, *m, &res);
		if (rc < 0)
			fprintf(stderr, "mfx_import: %s\n", err_last());
		import_result_clear(&res);
	}
	return rc;
}

/* The demo content, imported. */
static inline int mfx_demo(const char *name, model_t **m)
{
	char *root = test_tmpdir(name);
	char bundle[4200];
	snprintf(bundle, sizeof bundle, "%s/demo", root);
	int rc = fx_copy_demo(bundle) ? -1 : mfx_import(root, bundle, m);
	free(root);
	return rc;
}

/* One line of a set: up to four tab-separated fields. */
typedef struct mfx_line {
	char buf[1024];
	const char *f[4];
	int nf;
	int lineno;
} mfx_line_t;

/* Calls fn for every line of tests/match/FILE that is not a comment;
 * returns how many lines there were, -1 when the file is missing. */
static inline int mfx_each(const char *file, void (*fn)(const mfx_line_t *l, void *arg), void *arg)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/tests/match/%s", OVI_SOURCE_DIR, file);
	FILE *f = fopen(path, "r");
	if (!f) {
		fprintf(stderr, "mfx_each: cannot open %s\n", path);
		return -1;
	}
	mfx_line_t l;
	int n = 0, no = 0;
	while (fgets(l.buf, sizeof l.buf, f)) {
		no++;
		l.buf[strcspn(l.buf, "\r\n")] = 0;
		if (!l.buf[0] || l.buf[0] == '#')
			continue;
		l.nf = 0;
		l.lineno = no;
		for (char *p = l.buf; p && l.nf < 4;) {
			l.f[l.nf++] = p;
			p = strchr(p, '\t');
			if (p)
				*p++ = 0;
		}
		n++;
		fn(&l, arg);
	}
	fclose(f);
	return n;
}

/* search.txt: does the result (ids, best first) have every must (a,b) or
 * one of them (a|b) among its first two, and not the must-not? */
static inline bool mfx_top2_ok(const service_list_t *s, const char *must, const char *not_)
{
	char want[512];
	snprintf(want, sizeof want, "%s", must);
	bool any_alt = strchr(want, '|') != NULL, found_alt = false;
	for (char *tok = strtok(want, ",|"); tok; tok = strtok(NULL, ",|")) {
		bool in = (s->n > 0 && !strcmp(s->v[0].id, tok)) ||
			  (s->n > 1 && !strcmp(s->v[1].id, tok));
		if (any_alt)
			found_alt |= in;
		else if (!in)
			return false;
	}
	if (any_alt && !found_alt)
		return false;
	for (int i = 0; i < s->n && i < 2; i++)
		if (not_ && !strcmp(s->v[i].id, not_))
			return false;
	return true;
}

#endif
