/*
 * Sync from a URL, against real web servers on 127.0.0.1: python3's own
 * http.server serving a signed bundle, and tests/sync_httpd.py, which serves
 * it well or misbehaves on purpose (slow, truncated, a lying Content-Length,
 * huge, a redirect loop, a redirect to file://, 304 to everything, 500).
 * Each misbehaviour must end in a clean refusal or failure with the old
 * content still shown (same serial, same database digest, nothing left in
 * staging/), and a later good server must still work.
 */
#include "core/str.h"
#include "sync_fixture.h"

static sfx_t f;
static char served[4300];  /* the folder the servers serve */
static char logfile[4300]; /* sync_httpd.py's request log */
static pid_t httpd = -1;
static int port; /* sync_httpd.py's */

/* Starts sync_httpd.py (with tls: https, with a certificate made for
 * 127.0.0.1 by a CA of the test's own, root/ca.pem). Returns its pid. */
static pid_t start_server(int *port_out, bool tls)
{
	char script[4200], portfile[4300], cert[4300], key[4300];
	snprintf(script, sizeof script, "%s/tests/sync_httpd.py", OVI_SOURCE_DIR);
	snprintf(portfile, sizeof portfile, "%s/httpd%s.port", f.root, tls ? "s" : "");
	snprintf(logfile, sizeof logfile, "%s/httpd.log", f.root);
	snprintf(cert, sizeof cert, "%s/server.pem", f.root);
	snprintf(key, sizeof key, "%s/server.key", f.root);
	unlink(portfile);
	char *argv[] = {"python3", script, served, portfile, logfile, tls ? cert : NULL, key, NULL};
	char errlog[4300];
	snprintf(errlog, sizeof errlog, "%s/httpd.err", f.root);
	pid_t pid = sfx_spawn(argv, errlog);
	int p = 0;
	for (int i = 0; i < 200 && !p; i++) {
		char *t = test_read_file(portfile, NULL);
		if (t)
			p = atoi(t);
		free(t);
		if (!p)
			sfx_sleep_ms(50);
	}
	CHECK(p > 0);
	CHECK(sfx_wait_port(p));
	*port_out = p;
	return pid;
}

static void start_httpd(void)
{
	httpd = start_server(&port, false);
}

static void url(char *out, size_t cap, const char *mode)
{
	snprintf(out, cap, "http://127.0.0.1:%d/%s/", port, mode);
}

static void clear_log(void)
{
	unlink(logfile);
}

/* Forgets the files downloaded before, so that every file travels again. */
static void wipe_downloads(void)
{
	char dir[4400];
	snprintf(dir, sizeof dir, "%s/sync/http/bundle", f.data);
	fs_rmtree(dir);
}

/* Serves a new signed bundle with serial (signed with key, NULL: trusted). */
static void serve(long long serial, const char *key)
{
	CHECK_INT(sfx_bundle(&f, served, serial, key), 0);
}

/* One check of the misbehaving mode: it must fail or be refused, and
 * change nothing. */
static void expect_clean_failure(const char *mode, sync_outcome_t want, const char *msg)
{
	char u[200], before[65], after[65];
	long long serial = sfx_serial(&f);
	sfx_digest(&f, before);
	url(u, sizeof u, mode);
	sync_result_t r;
	long long t0 = sfx_ms();
	int rc = sync_http_check(&f.cfg, f.data, f.m, u, &r);
	long long took = sfx_ms() - t0;
	printf("  %-10s %lld ms: %s: %s\n", mode, took, sync_outcome_name(r.outcome), r.message);
	CHECK_INT(r.outcome, want);
	CHECK_INT(rc, want == SYNC_REJECTED ? OVI_EREJECT : OVI_ERR);
	if (msg)
		CHECK_CONTAINS(r.message, msg);
	CHECK(took < 20000);
	CHECK_INT(sfx_serial(&f), serial);
	sfx_digest(&f, after);
	CHECK_STR(after, before);
	CHECK_INT(sfx_staging_left(&f), 0);
	sync_result_clear(&r);
}

/* python3 -m http.server: a plain static server (no ETag, no Range). */
TEST(real_http_server)
{
	int p = sfx_free_port();
	char ps[16];
	snprintf(ps, sizeof ps, "%d", p);
	serve(21, NULL);
	char *argv[] = {"python3",   "-m",	    "http.server", ps,	"--bind",
			"127.0.0.1", "--directory", served,	   NULL};
	pid_t pid = sfx_spawn(argv, NULL);
	CHECK(sfx_wait_port(p));
	char u[200];
	snprintf(u, sizeof u, "http://127.0.0.1:%d/manifest.txt", p);
	sync_result_t r;
	CHECK_INT(sync_http_check(&f.cfg, f.data, f.m, u, &r), 0);
	CHECK_INT(r.outcome, SYNC_APPLIED);
	CHECK_INT(r.serial, 21);
	CHECK_INT(sfx_serial(&f), 21);
	sync_result_clear(&r);
	/* Again: If-Modified-Since gets a 304. */
	CHECK_INT(sync_http_check(&f.cfg, f.data, f.m, u, &r), 0);
	CHECK_INT(r.outcome, SYNC_NOTHING);
	CHECK_CONTAINS(r.message, "not modified");
	sync_result_clear(&r);
	sfx_kill(pid);
	/* The server is gone: a failure, tried again later. */
	CHECK_INT(sync_http_check(&f.cfg, f.data, f.m, u, &r), OVI_ERR);
	CHECK_INT(r.outcome, SYNC_FAILED);
	sync_result_clear(&r);
}

TEST(etag_and_not_newer)
{
	char u[200];
	sync_result_t r;
	serve(sfx_serial(&f), NULL); /* the same serial: nothing new */
	url(u, sizeof u, "good");
	clear_log();
	CHECK_INT(sync_http_check(&f.cfg, f.data, f.m, u, &r), 0);
	CHECK_INT(r.outcome, SYNC_NOTHING);
	sync_result_clear(&r);
	/* Only the manifest and the signature were asked for. */
	CHECK_INT(sfx_count_lines(logfile, "GET"), 2);
	clear_log();
	CHECK_INT(sync_http_check(&f.cfg, f.data, f.m, u, &r), 0);
	CHECK_CONTAINS(r.message, "not modified");
	sync_result_clear(&r);
	CHECK_INT(sfx_count_lines(logfile, "GET"), 1);
	/* A 304 to a request that was not conditional is not believed. */
	expect_clean_failure("notmod", SYNC_FAILED, "304");
}

TEST(misbehaving_servers)
{
	serve(sfx_serial(&f) + 1, NULL);
	wipe_downloads();
	expect_clean_failure("slow", SYNC_FAILED, "too slow");
	expect_clean_failure("truncated", SYNC_FAILED, "cut off");
	expect_clean_failure("liar", SYNC_FAILED, "cut off");
	expect_clean_failure("short", SYNC_FAILED, "of");
	expect_clean_failure("huge", SYNC_FAILED, "more than");
	expect_clean_failure("hugefile", SYNC_FAILED, "more than");
	expect_clean_failure("bigger", SYNC_FAILED, "more than");
	expect_clean_failure("loop", SYNC_FAILED, "too many redirects");
	expect_clean_failure("file", SYNC_FAILED, "not http");
	expect_clean_failure("error", SYNC_FAILED, "500");
	expect_clean_failure("nothere", SYNC_FAILED, "404");
}

TEST(bad_signature_downloads_nothing)
{
	serve(sfx_serial(&f) + 1, f.other_key);
	clear_log();
	expect_clean_failure("good", SYNC_REJECTED, "does not trust");
	CHECK_INT(sfx_count_lines(logfile, "GET"), 2);
	/* Asked again: recognised as refused already, still nothing downloaded. */
	char u[200];
	url(u, sizeof u, "good");
	sync_result_t r;
	clear_log();
	CHECK_INT(sync_http_check(&f.cfg, f.data, f.m, u, &r), 0);
	CHECK_INT(r.outcome, SYNC_NOTHING);
	CHECK_CONTAINS(r.message, "refused already");
	sync_result_clear(&r);
	CHECK_INT(sfx_count_lines(logfile, "GET"), 2);
}

TEST(truncated_download_resumes)
{
	long long next = sfx_serial(&f) + 1;
	serve(next, NULL);
	char fdir[4400];
	snprintf(fdir, sizeof fdir, "%s/sync/http/partial", f.data);
	wipe_downloads();
	expect_clean_failure("truncdata", SYNC_FAILED, "cut off");
	CHECK(fs_is_dir(fdir));
	/* The good server: the partial file is resumed with a Range request. */
	char u[200];
	url(u, sizeof u, "good");
	clear_log();
	sync_result_t r;
	CHECK_INT(sync_http_check(&f.cfg, f.data, f.m, u, &r), 0);
	CHECK_INT(r.outcome, SYNC_APPLIED);
	CHECK_INT(sfx_serial(&f), next);
	sync_result_clear(&r);
	CHECK(sfx_count_lines(logfile, "bytes=") >= 1);
	CHECK(!fs_exists(fdir));
}

TEST(redirect_and_unchanged_files_not_fetched_again)
{
	long long next = sfx_serial(&f) + 1;
	serve(next, NULL);
	char u[200];
	url(u, sizeof u, "redirect");
	clear_log();
	sync_result_t r;
	CHECK_INT(sync_http_check(&f.cfg, f.data, f.m, u, &r), 0);
	CHECK_INT(r.outcome, SYNC_APPLIED);
	sync_result_clear(&r);
	/* A new serial with the same files: only the manifest and signature
	 * travel (the download folder still holds every file). */
	serve(next + 1, NULL);
	clear_log();
	CHECK_INT(sync_http_check(&f.cfg, f.data, f.m, u, &r), 0);
	CHECK_INT(r.outcome, SYNC_APPLIED);
	CHECK_INT(sfx_serial(&f), next + 1);
	sync_result_clear(&r);
	CHECK_INT(sfx_count_lines(logfile, "GET /good/"), 2);
}

TEST(rejected_content_not_downloaded_again)
{
	long long next = sfx_serial(&f) + 1;
	CHECK_INT(sfx_tampered(&f, served, next), 0);
	wipe_downloads();
	char before[65], after[65];
	sfx_digest(&f, before);
	char u[200];
	url(u, sizeof u, "good");
	sync_result_t r;
	CHECK_INT(sync_http_check(&f.cfg, f.data, f.m, u, &r), OVI_EREJECT);
	CHECK_INT(r.outcome, SYNC_REJECTED);
	printf("  tampered: %s\n", r.message);
	sync_result_clear(&r);
	sfx_digest(&f, after);
	CHECK_STR(after, before);
	clear_log();
	CHECK_INT(sync_http_check(&f.cfg, f.data, f.m, u, &r), 0);
	CHECK_INT(r.outcome, SYNC_NOTHING);
	sync_result_clear(&r);
	CHECK_INT(sfx_count_lines(logfile, "GET"), 2);
}

TEST(signature_not_there_yet)
{
	long long cur = sfx_serial(&f);
	serve(cur + 1, NULL);
	char sig[4400], u[200];
	snprintf(sig, sizeof sig, "%s/manifest.txt.minisig", served);
	unlink(sig);
	url(u, sizeof u, "good");
	clear_log();
	sync_result_t r;
	CHECK_INT(sync_http_check(&f.cfg, f.data, f.m, u, &r), 0);
	CHECK_INT(r.outcome, SYNC_WAITING);
	CHECK_CONTAINS(r.message, "waiting for manifest.txt.minisig");
	sync_result_clear(&r);
	CHECK_INT(sfx_count_lines(logfile, "GET"), 2);
	CHECK_INT(sfx_serial(&f), cur);
}

/* https: the certificate is verified (a CA the kiosk does not know is a
 * failure), and ca_file adds a site's own CA. */
TEST(tls_verified)
{
	if (fx_sh("cd '%s' && openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj '/CN=Ovi "
		  "test CA' -keyout ca.key -out ca.pem >/dev/null 2>&1 && openssl req -newkey "
		  "rsa:2048 -nodes -subj '/CN=127.0.0.1' -keyout server.key -out server.csr "
		  ">/dev/null 2>&1 && printf 'subjectAltName=IP:127.0.0.1\\n' > ext.cnf && "
		  "openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial "
		  "-days 2 -extfile ext.cnf -out server.pem >/dev/null 2>&1",
		  f.root)) {
		printf("  SKIP: openssl could not make a test certificate\n");
		return;
	}
	long long cur = sfx_serial(&f);
	serve(cur + 1, NULL);
	int tport;
	pid_t pid = start_server(&tport, true);
	char u[200];
	snprintf(u, sizeof u, "https://127.0.0.1:%d/good/", tport);
	sync_result_t r;
	CHECK_INT(sync_http_check(&f.cfg, f.data, f.m, u, &r), OVI_ERR);
	printf("  unknown CA: %s\n", r.message);
	CHECK_CONTAINS(r.message, "certificate");
	sync_result_clear(&r);
	CHECK_INT(sfx_serial(&f), cur);
	sync_config_t cfg = f.cfg;
	snprintf(cfg.ca_file, sizeof cfg.ca_file, "%s/ca.pem", f.root);
	CHECK_INT(sync_http_check(&cfg, f.data, f.m, u, &r), 0);
	CHECK_INT(r.outcome, SYNC_APPLIED);
	sync_result_clear(&r);
	CHECK_INT(sfx_serial(&f), cur + 1);
	/* The right CA but another name than the certificate's: refused. */
	serve(cur + 2, NULL);
	snprintf(u, sizeof u, "https://localhost:%d/good/", tport);
	CHECK_INT(sync_http_check(&cfg, f.data, f.m, u, &r), OVI_ERR);
	printf("  wrong name: %s\n", r.message);
	sync_result_clear(&r);
	CHECK_INT(sfx_serial(&f), cur + 1);
	sfx_kill(pid);
}

TEST(only_http_urls)
{
	sync_result_t r;
	CHECK_INT(sync_http_check(&f.cfg, f.data, f.m, "file:///etc/", &r), OVI_ERR);
	CHECK_CONTAINS(r.message, "not an http");
	sync_result_clear(&r);
	CHECK_INT(sync_http_check(&f.cfg, f.data, f.m, "ftp://127.0.0.1/x/", &r), OVI_ERR);
	sync_result_clear(&r);
}

int main(void)
{
	sfx_watchdog(240);
	log_set_level(OVI_LOG_WARN);
	sfx_setup(&f, "sync_http", 20);
	snprintf(served, sizeof served, "%s/served", f.root);
	fs_mkdirs(served, 0755);
	RUN(real_http_server);
	start_httpd();
	RUN(etag_and_not_newer);
	RUN(misbehaving_servers);
	RUN(bad_signature_downloads_nothing);
	RUN(truncated_download_resumes);
	RUN(redirect_and_unchanged_files_not_fetched_again);
	RUN(rejected_content_not_downloaded_again);
	RUN(signature_not_there_yet);
	RUN(tls_verified);
	RUN(only_http_urls);
	sfx_kill(httpd);
	sfx_teardown(&f);
	return test_summary();
}
