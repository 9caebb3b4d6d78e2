/*
 * fixture: real bundles for tests, made the way a coordinator makes them:
 * sheets in a folder, `ovi pack` (bundle_pack), and a signature from the real
 * minisign tool with a key generated for the test run.
 *
 * Header-only: included by the tests that link ovi_bundle.
 */
#ifndef OVI_TEST_FIXTURE_H
#define OVI_TEST_FIXTURE_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bundle/import.h"
#include "testlib.h"

static inline int fx_sh(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static inline int fx_sh(const char *fmt, ...)
{
	char cmd[8192];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(cmd, sizeof cmd, fmt, ap);
	va_end(ap);
	int rc = system(cmd);
	if (rc != 0)
		fprintf(stderr, "fixture: '%s' failed (%d)\n", cmd, rc);
	return rc;
}

/* Generates a passwordless minisign key pair dir/test.key, dir/test.pub. */
static inline int fx_keygen(const char *dir, const char *name)
{
	return fx_sh("cd '%s' && minisign -G -W -f -p %s.pub -s %s.key >/dev/null 2>&1", dir, name,
		     name);
}

static inline int fx_pubkey(const char *dir, const char *name, minisign_pubkey_t *out)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s.pub", dir, name);
	return bundle_read_pubkey(path, out);
}

static inline int fx_sign(const char *bundle, const char *keyfile)
{
	return fx_sh("minisign -S -s '%s' -m '%s/manifest.txt' >/dev/null 2>&1", keyfile, bundle);
}

static inline int fx_pack(const char *bundle, long long serial)
{
	pack_opts_t o = {.site = "test-site",
			 .languages = "fi,sv,en",
			 .default_language = "fi",
			 .serial = serial};
	int rc = bundle_pack(bundle, &o, NULL);
	if (rc < 0)
		fprintf(stderr, "fixture: pack %s: %s\n", bundle, err_last());
	return rc;
}

/* Copies the demo content (without its manifest and signature) to dst. */
static inline int fx_copy_demo(const char *dst)
{
	return fx_sh("rm -rf '%s' && mkdir -p '%s' && cp -r '%s/content/.' '%s/' && rm -f "
		     "'%s/manifest.txt' '%s/manifest.txt.minisig'",
		     dst, dst, OVI_SOURCE_DIR, dst, dst, dst);
}

static inline void fx_write(const char *dir, const char *name, const char *text)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	if (test_write_file(path, text, strlen(text)) < 0)
		fprintf(stderr, "fixture: cannot write %s\n", path);
}

static inline void fx_append(const char *dir, const char *name, const char *text)
{
	char path[4096];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "ab");
	if (!f)
		return;
	fputs(text, f);
	fclose(f);
}

/* A small, complete, valid bundle: every sheet with a few rows. */
static inline void fx_minimal(const char *dir)
{
	fx_sh("rm -rf '%s' && mkdir -p '%s/photos'", dir, dir);
	fx_write(dir, "site.csv",
		 "name_fi,name_sv,name_en,address\n"
		 "Ohjaamo Testi,Ohjaamo Test,Ohjaamo Test,Testikatu 1\n");
	fx_write(dir, "hours.csv",
		 "weekday;open;close\nma;10:00;17:00\nti;10:00;17:00\n"
		 "ke;10:00;17:00\nto;10:00;17:00\npe;10:00;15:00\n");
	fx_write(dir, "organisations.csv",
		 "id,name_fi,name_en\nnuoriso,Nuorisopalvelut,Youth "
		 "services\nkela,Kela,Kela\n");
	fx_write(dir, "people.csv",
		 "id,name,organisation,role_fi,role_en,languages,topics,photo\n"
		 "aino,Aino Korhonen,nuoriso,Nuoriso-ohjaaja,Youth worker,fi en,work money,"
		 "photos/aino.png\n"
		 "jussi,Jussi Heikkinen,kela,Etuusneuvoja,Benefits adviser,fi sv,money,\n");
	fx_write(dir, "roster.csv",
		 "weekday,start,end,person,room_fi,room_en\n"
		 "1,10:00,15:00,aino,Aula,Lobby\n2,12:00,16:00,jussi,Huone 2,Room 2\n");
	fx_write(dir, "exceptions.csv",
		 "date,kind,person,start,end,note_fi\n"
		 "2026-12-24,closed,,,,Jouluaatto\n2026-11-25,away,aino,,,\n");
	fx_write(dir, "topics.csv",
		 "id,title_fi,title_sv,title_en,text_fi,colour,icon\n"
		 "work,Työ,Arbete,Work,Kysy töistä.,work,work\n"
		 "money,Raha,Pengar,Money,Kysy rahasta.,money,money\n");
	fx_write(dir, "help.csv",
		 "id,name_fi,phone,crisis\nmieli,MIELI Kriisipuhelin,09 2525 "
		 "0111,yes\n");
	fx_write(dir, "groups.csv",
		 "id,title_fi,title_en,colour\ngames,Pelikerho,Game "
		 "club,freetime\n");
	fx_write(dir, "sessions.csv",
		 "id,group,date,start,end,place_fi,capacity\n"
		 "games-1,games,2026-11-24,15:00,17:00,Olohuone,4\n");
	fx_write(dir, "services.csv",
		 "id,organisation,name_fi,sector,point1_fi,keywords_fi\n"
		 "kela-nuoret,kela,Kelan nuorten palvelu,money,Opintotuki,raha tuki\n");
	fx_write(dir, "words.csv", "kind,lang,word\ncrisis,fi,itsemurha\nblocked,,perkele\n");
	fx_sh("printf '\\211PNG\\r\\n\\032\\n\\0\\0\\0\\rIHDR\\0\\0\\0\\040\\0\\0\\0\\040"
	      "\\010\\002\\0\\0\\0' > '%s/photos/aino.png'",
	      dir);
}

#endif
