/*
 * The hostile bundle corpus: every way a bundle can be broken or malicious
 * that a kiosk has met or will meet. Each case starts from the real demo
 * content, breaks one thing, and asserts that the import is refused with the
 * right message, that the database is exactly as before (model_digest), and
 * that nothing is left in staging/ or bundles/.
 */
#include "bundle/import.h"
#include "core/fs.h"
#include "fixture.h"
#include "model/model.h"
#include "model_digest.h"
#include "testlib.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

static char *root; /* tmp root */
static char keydir[4096];
static char data[4096]; /* the kiosk's state folder */
static minisign_pubkey_t key;
static model_t *m;
static long long base_serial = 10;
static char digest_before[65];

static const char *bundle_dir(void)
{
	static char p[4096];
	snprintf(p, sizeof p, "%s/b", root);
	return p;
}

static void signed_manifest(const char *files_section);

static void sign_ok(void)
{
	char k[4200];
	snprintf(k, sizeof k, "%s/test.key", keydir);
	fx_sign(bundle_dir(), k);
}

/* A fresh demo copy, packed with a serial above the current one, signed. */
static void fresh_signed(void)
{
	fx_copy_demo(bundle_dir());
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
}

static int count_entries(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return 0;
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)))
		n += e->d_name[0] != '.';
	closedir(d);
	return n;
}

static int do_import(bool allow_unsigned, import_result_t *r)
{
	import_opts_t o = {.data_dir = data,
			   .keys = &key,
			   .nkeys = 1,
			   .allow_unsigned = allow_unsigned,
			   .source = "test"};
	return bundle_import(bundle_dir(), &o, m, r);
}

/* Imports the current bundle_dir and asserts a clean refusal with msg. */
static void expect_refused(const char *what, const char *msg)
{
	import_result_t r;
	int rc = do_import(false, &r);
	if (rc != OVI_EREJECT)
		fprintf(stderr, "case '%s': rc %d, message: %s\n", what, rc, err_last());
	CHECK_INT(rc, OVI_EREJECT);
	CHECK(!r.applied);
	/* The message names the problem, in the result list and in err_last(). */
	bool found = false;
	for (int i = 0; i < r.errors.n; i++)
		found |= strstr(r.errors.msg[i], msg) != NULL;
	if (!found) {
		fprintf(stderr, "case '%s': no message contains \"%s\"; got:\n", what, msg);
		for (int i = 0; i < r.errors.n; i++)
			fprintf(stderr, "    %s\n", r.errors.msg[i]);
		if (!r.errors.n)
			fprintf(stderr, "    (err_last) %s\n", err_last());
	}
	CHECK(found);
	import_result_clear(&r);
	char after[65];
	CHECK_INT(model_digest(m, after), 0);
	CHECK_STR(after, digest_before);
	char p[4200];
	snprintf(p, sizeof p, "%s/staging", data);
	CHECK_INT(count_entries(p), 0);
	snprintf(p, sizeof p, "%s/bundles", data);
	CHECK_INT(count_entries(p), 1);
	bundle_record_t cur;
	CHECK_INT(model_current_bundle(m, &cur), 0);
	CHECK_INT(cur.serial, base_serial);
}

static void replace_in(const char *file, const char *from, const char *to)
{
	char path[4200];
	snprintf(path, sizeof path, "%s/%s", bundle_dir(), file);
	size_t len;
	char *s = test_read_file(path, &len);
	char *at = s ? strstr(s, from) : NULL;
	if (!at) {
		fprintf(stderr, "replace_in: '%s' not in %s\n", from, file);
		test_failed_checks++;
		free(s);
		return;
	}
	FILE *f = fopen(path, "wb");
	fwrite(s, 1, (size_t)(at - s), f);
	fputs(to, f);
	fputs(at + strlen(from), f);
	fclose(f);
	free(s);
}

/* Breaks a sheet, then packs and signs properly: the data itself is wrong. */
#define DATA_CASE(name, file, text, msg)                                                           \
	TEST(name)                                                                                 \
	{                                                                                          \
		fx_copy_demo(bundle_dir());                                                        \
		fx_append(bundle_dir(), file, text);                                               \
		fx_pack(bundle_dir(), base_serial + 1);                                            \
		sign_ok();                                                                         \
		expect_refused(#name, msg);                                                        \
	}

TEST(setup_import_demo)
{
	fresh_signed();
	/* The base: the demo, signed with the test key, serial 10. */
	fx_pack(bundle_dir(), base_serial);
	sign_ok();
	import_result_t r;
	int rc = do_import(false, &r);
	if (rc)
		for (int i = 0; i < r.errors.n; i++)
			fprintf(stderr, "  %s\n", r.errors.msg[i]);
	CHECK_INT(rc, 0);
	CHECK(r.applied);
	import_result_clear(&r);
	CHECK_INT(model_digest(m, digest_before), 0);
}

TEST(unsigned_refused)
{
	fresh_signed();
	char p[4200];
	snprintf(p, sizeof p, "%s/manifest.txt.minisig", bundle_dir());
	unlink(p);
	expect_refused("unsigned", "the bundle is not signed");
}

TEST(garbage_signature)
{
	fresh_signed();
	fx_write(bundle_dir(), "manifest.txt.minisig", "untrusted comment: x\nnot base64 !!!\n");
	expect_refused("garbage signature", "signature");
}

TEST(unknown_key)
{
	fresh_signed();
	fx_keygen(keydir, "other");
	char k[4200];
	snprintf(k, sizeof k, "%s/other.key", keydir);
	fx_sign(bundle_dir(), k);
	expect_refused("unknown key", "does not trust");
}

TEST(legacy_signature)
{
	fresh_signed();
	fx_sh("minisign -S -l -s '%s/test.key' -m '%s/manifest.txt' >/dev/null 2>&1", keydir,
	      bundle_dir());
	expect_refused("legacy", "legacy");
}

TEST(manifest_tampered_after_signing)
{
	fresh_signed();
	replace_in("manifest.txt", "serial = 11", "serial = 99");
	expect_refused("tampered manifest", "does not match");
}

TEST(file_tampered_same_size)
{
	fresh_signed();
	replace_in("topics.csv", "id", "ID"); /* same size, different bytes */
	expect_refused("tampered file", "SHA-256 does not match");
}

TEST(file_grown_after_signing)
{
	fresh_signed();
	fx_append(bundle_dir(), "topics.csv", "x\n");
	expect_refused("wrong size", "bytes but the manifest says");
}

TEST(listed_file_missing)
{
	fresh_signed();
	char p[4200];
	snprintf(p, sizeof p, "%s/topics.csv", bundle_dir());
	unlink(p);
	expect_refused("missing file", "listed in the manifest but missing");
}

TEST(unlisted_file)
{
	fresh_signed();
	fx_write(bundle_dir(), "extra.csv", "a,b\n1,2\n");
	expect_refused("unlisted file", "not in the manifest");
}

TEST(symlink_in_folder)
{
	fresh_signed();
	fx_sh("ln -s /etc/passwd '%s/photos/evil.png'", bundle_dir());
	expect_refused("symlink", "is a link");
}

TEST(symlink_replacing_listed_file)
{
	fresh_signed();
	fx_sh("mv '%s/topics.csv' '%s/../topics.real' && ln -s '%s/../topics.real' "
	      "'%s/topics.csv'",
	      bundle_dir(), bundle_dir(), bundle_dir(), bundle_dir());
	expect_refused("symlink to a listed file", "is a link");
}

TEST(fifo_in_folder)
{
	fresh_signed();
	fx_sh("mkfifo '%s/photos/pipe.png'", bundle_dir());
	expect_refused("fifo", "device or special file");
}

TEST(nested_folders)
{
	fresh_signed();
	fx_sh("mkdir -p '%s/photos/deep' && echo x > '%s/photos/deep/x.png'", bundle_dir(),
	      bundle_dir());
	expect_refused("nested folder", "folders inside folders");
}

/* An empty folder inside: the walk lists nothing there (qsort of no
 * names was called with NULL, which UBSan stops). Refused as any nested
 * folder is. */
TEST(empty_nested_folder)
{
	fresh_signed();
	fx_sh("mkdir -p '%s/photos/empty'", bundle_dir());
	expect_refused("empty nested folder", "folders inside folders");
}

/* A manifest written by hand (not by ovi pack) and then signed. */
static void signed_manifest(const char *files_section)
{
	fx_copy_demo(bundle_dir());
	size_t cap = strlen(files_section) + 512;
	char *text = malloc(cap);
	snprintf(text, cap,
		 "[bundle]\nformat = 1\nsite = test-site\nserial = %lld\n"
		 "created = 2026-11-20 09:00\nlanguages = fi sv en\n\n[files]\n%s",
		 base_serial + 1, files_section);
	fx_write(bundle_dir(), "manifest.txt", text);
	free(text);
	sign_ok();
}

TEST(path_traversal)
{
	signed_manifest("../../etc/passwd = 10 "
			"0000000000000000000000000000000000000000000000000000000000000000\n");
	expect_refused("path traversal", "goes outside the bundle");
}

TEST(absolute_path)
{
	signed_manifest("/etc/shadow = 10 "
			"0000000000000000000000000000000000000000000000000000000000000000\n");
	expect_refused("absolute path", "absolute");
}

TEST(hidden_path)
{
	signed_manifest("photos/.hidden = 10 "
			"0000000000000000000000000000000000000000000000000000000000000000\n");
	expect_refused("dot file", "starts with a dot");
}

TEST(manifest_bad_hash)
{
	signed_manifest("site.csv = 10 xyz\n");
	expect_refused("bad hash", "64 hex digits");
}

TEST(manifest_huge_file_claim)
{
	signed_manifest("site.csv = 999999999999 "
			"0000000000000000000000000000000000000000000000000000000000000000\n");
	expect_refused("huge file", "one file may be at most");
}

TEST(manifest_wrong_format)
{
	fresh_signed();
	replace_in("manifest.txt", "format = 1", "format = 7");
	sign_ok();
	expect_refused("format", "format 7 is not one this kiosk reads");
}

TEST(manifest_missing)
{
	fresh_signed();
	char p[4200];
	snprintf(p, sizeof p, "%s/manifest.txt", bundle_dir());
	unlink(p);
	expect_refused("no manifest", "manifest.txt is missing");
}

TEST(manifest_100000_files)
{
	fx_copy_demo(bundle_dir());
	char path[4200];
	snprintf(path, sizeof path, "%s/manifest.txt", bundle_dir());
	FILE *f = fopen(path, "w");
	fprintf(f,
		"[bundle]\nformat = 1\nsite = test-site\nserial = %lld\ncreated = "
		"2026-11-20 09:00\nlanguages = fi\n[files]\n",
		base_serial + 1);
	for (int i = 0; i < 100000; i++)
		fprintf(f, "f%d.txt = 1 %064d\n", i, 0);
	fclose(f);
	sign_ok();
	expect_refused("manifest of 100000 files", "too big");
}

TEST(folder_of_100000_files)
{
	fresh_signed();
	fx_sh("mkdir -p '%s/photos' && cd '%s/photos' && seq -f 'f%%06g.png' 1 100000 | xargs "
	      "touch",
	      bundle_dir(), bundle_dir());
	expect_refused("100000 files", "more than");
}

TEST(older_serial)
{
	fx_copy_demo(bundle_dir());
	fx_pack(bundle_dir(), base_serial - 1);
	sign_ok();
	expect_refused("older serial", "is not above the current one");
}

TEST(same_serial_replayed)
{
	fx_copy_demo(bundle_dir());
	fx_pack(bundle_dir(), base_serial);
	sign_ok();
	expect_refused("replay", "is not above the current one");
}

DATA_CASE(invalid_utf8, "topics.csv", "bad,\xff\xfe broken,x,x,x\n", "UTF-8")
DATA_CASE(unbalanced_quote, "groups.csv", "\"broken,title\n", "quote")

TEST(nul_byte)
{
	fx_copy_demo(bundle_dir());
	char p[4200];
	snprintf(p, sizeof p, "%s/help.csv", bundle_dir());
	test_write_file(p, "id,name_fi\nx,a\0b\n", 16);
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("NUL byte", "help.csv");
}

TEST(manifest_2500_files)
{
	static char files[2500 * 84 + 1];
	char *w = files;
	for (int i = 0; i < 2500; i++)
		w += sprintf(w, "f%d.txt = 1 %064d\n", i, 0);
	signed_manifest(files);
	expect_refused("2500 files", "a bundle may have at most 2000");
}

TEST(windows_1252)
{
	/* Finnish Excel's default "CSV (semicolon separated)": Windows-1252 and
	 * CRLF. Accepted (checked, not applied, so the later cases' serials
	 * hold), with a note that names the sheet. */
	fx_copy_demo(bundle_dir());
	CHECK_INT(fx_sh("cd '%s' && iconv -f UTF-8 -t WINDOWS-1252 topics.csv | sed 's/$/\r/' "
			">t && mv t topics.csv && ! iconv -f UTF-8 -t UTF-8 topics.csv >/dev/null "
			"2>&1",
			bundle_dir()),
		  0);
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	import_opts_t o = {
		.data_dir = data, .keys = &key, .nkeys = 1, .check_only = true, .source = "test"};
	import_result_t r;
	int rc = bundle_import(bundle_dir(), &o, m, &r);
	for (int i = 0; i < r.errors.n; i++)
		fprintf(stderr, "    %s\n", r.errors.msg[i]);
	CHECK_INT(rc, 0);
	CHECK_INT(r.notes.n, 1);
	if (r.notes.n)
		CHECK_CONTAINS(r.notes.msg[0], "topics.csv is saved as Excel's plain 'CSV' "
					       "(Windows-1252)");
	import_result_clear(&r);
	/* A sheet that is neither UTF-8 nor Windows-1252 is still refused. */
	fx_write(bundle_dir(), "topics.csv",
		 "id,title_fi\nwork,Ty\xc3\xb6 ja ty\xf6nhaku\n"
		 "money,Raha ja p\xc3\xa4\xc3\xa4t\xc3\xb6kset\n");
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("stray byte", "topics.csv line 2, column B: this is not valid UTF-8");
}

TEST(one_megabyte_line)
{
	fx_copy_demo(bundle_dir());
	char *big = malloc(1024 * 1024 + 2);
	memset(big, 'a', 1024 * 1024);
	big[1024 * 1024] = '\n';
	big[1024 * 1024 + 1] = 0;
	fx_append(bundle_dir(), "services.csv", big);
	free(big);
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("1 MB line", "services.csv line");
}

TEST(zero_byte_sheet)
{
	fx_copy_demo(bundle_dir());
	fx_write(bundle_dir(), "people.csv", "");
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("empty people.csv", "people.csv");
}

TEST(missing_required_sheet)
{
	fx_copy_demo(bundle_dir());
	fx_sh("rm '%s/roster.csv'", bundle_dir());
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("no roster", "roster.csv is missing");
}

TEST(unknown_sheet)
{
	fx_copy_demo(bundle_dir());
	fx_write(bundle_dir(), "peoples.csv", "id\nx\n");
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("unknown sheet", "does not know this sheet");
}

TEST(unknown_column)
{
	fx_copy_demo(bundle_dir());
	fx_write(bundle_dir(), "hours.csv", "weekday;open;clsoe\nma;10:00;17:00\n");
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("typo in a column", "unknown column 'clsoe'");
}

/* ui_texts.csv: a key that is no text of the kiosk's, a language that is
 * no code, a text that lost its %d (it would crash the screen's printf),
 * a word given twice: each named with its line and column. */
TEST(broken_ui_texts)
{
	static const struct {
		const char *what, *sheet, *msg;
	} cases[] = {
		{"unknown key", "key,language,text\nT_TODAY,fi,Tänään\nT_TODAYY,fi,Tänään\n",
		 "ui_texts.csv line 3, column A (key): 'T_TODAYY' is not one of the kiosk's texts"},
		{"bad language", "key,language,text\nT_TODAY,Finnish,Tänään\n",
		 "ui_texts.csv line 2, column B (language): 'Finnish' is not a language code"},
		{"lost conversion", "key,language,text\nT_PLACES_LEFT,fi,paikkoja on\n",
		 "ui_texts.csv line 2, column C (text): the text must keep the %d and %s of the "
		 "English \"%d place left\""},
		{"another conversion", "key,language,text\nT_PLACES_LEFT,fi,%s paikkaa\n",
		 "column C (text): the text must keep"},
		{"twice",
		 "key,language,text\nT_TODAY,fi,Tänään\nT_WEEK,fi,Viikko\nT_TODAY,fi,Tänä "
		 "päivänä\n",
		 "ui_texts.csv line 4, column A (key): T_TODAY in fi is given twice (also on line "
		 "2)"},
		{"no text", "key,language,text\nT_TODAY,fi,\n",
		 "ui_texts.csv line 2, column C (text)"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		fx_copy_demo(bundle_dir());
		fx_write(bundle_dir(), "ui_texts.csv", cases[i].sheet);
		fx_pack(bundle_dir(), base_serial + 1);
		sign_ok();
		expect_refused(cases[i].what, cases[i].msg);
	}
}

TEST(undeclared_language)
{
	fx_copy_demo(bundle_dir());
	fx_write(bundle_dir(), "groups.csv", "id,title_fi,title_de\ngames,Pelikerho,Spielklub\n");
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("language not in manifest", "which the manifest does not list");
}

TEST(duplicate_ids)
{
	fx_copy_demo(bundle_dir());
	fx_write(bundle_dir(), "organisations.csv", "id,name_fi\nkela,Kela\nkela,Kela again\n");
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("duplicate id", "is used twice");
}

static void write_roster(const char *rows)
{
	char text[4096];
	snprintf(text, sizeof text, "weekday;start;end;person\n%s", rows);
	fx_copy_demo(bundle_dir());
	/* Keep the demo's people: refer to the first person id of people.csv. */
	char path[4200];
	snprintf(path, sizeof path, "%s/people.csv", bundle_dir());
	fx_write(bundle_dir(), "roster.csv", text);
}

static const char *first_person(void)
{
	static char id[64];
	fx_sh("cd '%s' && python3 -c \"import csv,sys; r=list(csv.DictReader(open('people.csv', "
	      "encoding='utf-8-sig'), delimiter=',' if ',' in open('people.csv', "
	      "encoding='utf-8-sig').readline() else ';')); print(r[0]['id'])\" > '%s/../id.txt'",
	      bundle_dir(), bundle_dir());
	char p[4200];
	snprintf(p, sizeof p, "%s/../id.txt", bundle_dir());
	char *s = test_read_file(p, NULL);
	snprintf(id, sizeof id, "%s", s ? s : "x");
	id[strcspn(id, "\r\n")] = 0;
	free(s);
	return id;
}

TEST(dangling_reference)
{
	write_roster("ma;10:00;12:00;nobody\n");
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("dangling person", "'nobody' is not an id in people.csv");
}

TEST(time_24_30)
{
	fx_copy_demo(bundle_dir());
	char rows[256];
	snprintf(rows, sizeof rows, "ma;10:00;24:30;%s\n", first_person());
	write_roster(rows);
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("24:30", "'24:30' is not a time");
}

TEST(end_before_start)
{
	fx_copy_demo(bundle_dir());
	char rows[256];
	snprintf(rows, sizeof rows, "ti;15:00;11:00;%s\n", first_person());
	write_roster(rows);
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("end before start", "not after its start");
}

TEST(overlapping_slots)
{
	fx_copy_demo(bundle_dir());
	char rows[256];
	const char *p = first_person();
	snprintf(rows, sizeof rows, "ke;10:00;14:00;%s\nke;13:00;16:00;%s\n", p, p);
	write_roster(rows);
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("overlap", "overlapping");
}

TEST(bad_weekday)
{
	fx_copy_demo(bundle_dir());
	char rows[256];
	snprintf(rows, sizeof rows, "Mondag;10:00;12:00;%s\n", first_person());
	write_roster(rows);
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("weekday", "is not a weekday");
}

TEST(bad_date)
{
	fx_copy_demo(bundle_dir());
	fx_write(bundle_dir(), "exceptions.csv", "date,kind\n31.2.2026,closed\n");
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("31.2.", "is not a date");
}

TEST(session_bad_group_and_capacity)
{
	fx_copy_demo(bundle_dir());
	fx_write(bundle_dir(), "sessions.csv",
		 "id,group,date,start,end,capacity\nx1,nogroup,2026-12-01,10:00,11:00,0\n");
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("capacity", "is not between 1 and 500");
	expect_refused("group ref", "'nogroup' is not an id in groups.csv");
}

TEST(huge_image)
{
	fx_copy_demo(bundle_dir());
	/* A valid PNG header claiming 20000 x 20000 pixels: refused before decoding. */
	fx_sh("printf '\\211PNG\\r\\n\\032\\n\\0\\0\\0\\rIHDR\\0\\0\\116\\040\\0\\0\\116\\040"
	      "\\010\\006\\0\\0\\0\\0\\0\\0\\0' > '%s/photos/huge.png'",
	      bundle_dir());
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("huge image", "20000 x 20000 pixels");
}

TEST(not_an_image)
{
	fx_copy_demo(bundle_dir());
	fx_write(bundle_dir(), "photos/fake.png", "<html>not a picture</html>");
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("fake png", "not a PNG or JPEG");
}

TEST(photo_not_in_bundle)
{
	fx_copy_demo(bundle_dir());
	fx_write(bundle_dir(), "organisations.csv", "id,name_fi,logo\nkela,Kela,photos/nope.png\n");
	fx_pack(bundle_dir(), base_serial + 1);
	sign_ok();
	expect_refused("missing photo", "is not in the bundle");
}

TEST(nothing_changed_after_all)
{
	/* After every refusal above, a good bundle still imports. */
	fresh_signed();
	import_result_t r;
	CHECK_INT(do_import(false, &r), 0);
	import_result_clear(&r);
	bundle_record_t cur;
	CHECK_INT(model_current_bundle(m, &cur), 0);
	CHECK_INT(cur.serial, base_serial + 1);
}

int main(void)
{
	root = test_tmpdir("corpus");
	snprintf(keydir, sizeof keydir, "%s/keys", root);
	snprintf(data, sizeof data, "%s/data", root);
	fx_sh("mkdir -p '%s' '%s'", keydir, data);
	if (fx_keygen(keydir, "test") || fx_pubkey(keydir, "test", &key)) {
		fprintf(stderr, "cannot make a test key with minisign\n");
		return 1;
	}
	model_global_init();
	char db[4200];
	snprintf(db, sizeof db, "%s/ovi.db", data);
	if (model_open(db, &m) < 0) {
		fprintf(stderr, "%s\n", err_last());
		return 1;
	}
	RUN(setup_import_demo);
	RUN(unsigned_refused);
	RUN(garbage_signature);
	RUN(unknown_key);
	RUN(legacy_signature);
	RUN(manifest_tampered_after_signing);
	RUN(file_tampered_same_size);
	RUN(file_grown_after_signing);
	RUN(listed_file_missing);
	RUN(unlisted_file);
	RUN(symlink_in_folder);
	RUN(symlink_replacing_listed_file);
	RUN(fifo_in_folder);
	RUN(nested_folders);
	RUN(empty_nested_folder);
	RUN(path_traversal);
	RUN(absolute_path);
	RUN(hidden_path);
	RUN(manifest_bad_hash);
	RUN(manifest_huge_file_claim);
	RUN(manifest_wrong_format);
	RUN(manifest_missing);
	RUN(manifest_100000_files);
	RUN(manifest_2500_files);
	RUN(folder_of_100000_files);
	RUN(older_serial);
	RUN(same_serial_replayed);
	RUN(invalid_utf8);
	RUN(windows_1252);
	RUN(unbalanced_quote);
	RUN(nul_byte);
	RUN(one_megabyte_line);
	RUN(zero_byte_sheet);
	RUN(missing_required_sheet);
	RUN(unknown_sheet);
	RUN(unknown_column);
	RUN(broken_ui_texts);
	RUN(undeclared_language);
	RUN(duplicate_ids);
	RUN(dangling_reference);
	RUN(time_24_30);
	RUN(end_before_start);
	RUN(overlapping_slots);
	RUN(bad_weekday);
	RUN(bad_date);
	RUN(session_bad_group_and_capacity);
	RUN(huge_image);
	RUN(not_an_image);
	RUN(photo_not_in_bundle);
	RUN(nothing_changed_after_all);
	model_close(m);
	return test_summary();
}
