/*
 * The uploads in the background (sync/upload.c in the worker): a server that
 * fails first is tried again after a doubling wait until it takes the files;
 * a server that hangs never holds up the kiosk: stopping the worker cuts the
 * upload short. No clock is asserted: the test waits for what the server's
 * log shows, with a generous limit for a busy machine.
 */
#include "sync_fixture.h"

#include <signal.h>

static sfx_t f;
static char served[4300], logfile[4300];
static pid_t httpd = -1;
static int port;

static void start_httpd(void)
{
	char script[4200], portfile[4300], errlog[4300];
	snprintf(script, sizeof script, "%s/tests/sync_httpd.py", OVI_SOURCE_DIR);
	snprintf(portfile, sizeof portfile, "%s/httpd.port", f.root);
	snprintf(logfile, sizeof logfile, "%s/httpd.log", f.root);
	snprintf(errlog, sizeof errlog, "%s/httpd.err", f.root);
	unlink(portfile);
	char *argv[] = {"python3", script, served, portfile, logfile, NULL};
	httpd = sfx_spawn(argv, errlog);
	for (int i = 0; i < 200 && !port; i++) {
		char *t = test_read_file(portfile, NULL);
		if (t)
			port = atoi(t);
		free(t);
		if (!port)
			sfx_sleep_ms(50);
	}
	CHECK(port > 0);
	CHECK(sfx_wait_port(port));
}

/* Waits (up to limit_ms, which only guards against a hang) until the
 * server's log has at least n lines containing needle. */
static bool wait_log(const char *needle, int n, int limit_ms)
{
	for (long long end = sfx_ms() + limit_ms; sfx_ms() < end; sfx_sleep_ms(50))
		if (sfx_count_lines(logfile, needle) >= n)
			return true;
	return false;
}

TEST(retried_until_the_server_takes_it)
{
	sync_config_t cfg = f.cfg;
	cfg.upload = true;
	snprintf(cfg.upload_url, sizeof cfg.upload_url, "http://127.0.0.1:%d/flaky/drop/", port);
	str_copy(cfg.kiosk_name, sizeof cfg.kiosk_name, "kiosk-a");
	str_copy(cfg.version, sizeof cfg.version, "9.9.9");
	cfg.upload_retry_s = 1;
	cfg.upload_interval_s = 3600;
	sync_worker_t *w = NULL;
	CHECK_INT(sync_worker_start(&cfg, f.data, NULL, NULL, &w), 0);
	/* The server fails its first 3 PUTs: 3 failed rounds (1, 2, 4 s apart),
	 * then the fourth round puts all three files. */
	CHECK(wait_log("PUT /flaky/drop/kiosk-a/status.ini", 1, 60000));
	sync_worker_stop(w);
	CHECK_INT(sfx_count_lines(logfile, "PUT /flaky/drop/kiosk-a/counters.csv"), 4);
	CHECK_INT(sfx_count_lines(logfile, "PUT /flaky/drop/kiosk-a/status.ini"), 1);
	CHECK_INT(
		sfx_count_lines(logfile,
				"User-Agent: Ovi/9.9.9 (site test-site; bundle 5; kiosk kiosk-a)"),
		6);
	char path[4400];
	snprintf(path, sizeof path, "%s/put/drop/kiosk-a/status.ini", served);
	char *st = test_read_file(path, NULL);
	CHECK_CONTAINS(st, "kiosk = kiosk-a");
	CHECK_CONTAINS(st, "bundle_serial = 5");
	free(st);
}

TEST(a_hanging_server_never_holds_the_kiosk)
{
	sync_config_t cfg = f.cfg;
	cfg.upload = true;
	snprintf(cfg.upload_url, sizeof cfg.upload_url, "http://127.0.0.1:%d/putslow/drop/", port);
	str_copy(cfg.kiosk_name, sizeof cfg.kiosk_name, "kiosk-b");
	cfg.upload_retry_s = 1;
	cfg.stall_timeout_s = 3600; /* only the stop may end it */
	sync_worker_t *w = NULL;
	CHECK_INT(sync_worker_start(&cfg, f.data, NULL, NULL, &w), 0);
	CHECK(wait_log("PUT /putslow/drop/kiosk-b/counters.csv", 1, 60000));
	/* Meanwhile the kiosk's own database is free: a write goes through. */
	CHECK_INT(model_count(f.m, clock_now(), "visit", ""), 0);
	/* The server would answer in 30 s; the stop cuts the upload at once
	 * (the test's watchdog catches a stop that waits for the server). */
	sync_worker_stop(w);
	CHECK_INT(sfx_count_lines(logfile, "PUT /putslow/drop/kiosk-b/status.ini"), 0);
}

int main(void)
{
	log_set_level(OVI_LOG_ERROR);
	sfx_setup(&f, "sync_upload", 5);
	snprintf(served, sizeof served, "%s/www", f.root);
	fs_mkdirs(served, 0755);
	sfx_watchdog(300);
	start_httpd();
	RUN(retried_until_the_server_takes_it);
	RUN(a_hanging_server_never_holds_the_kiosk);
	sfx_kill(httpd);
	sfx_teardown(&f);
	return test_summary();
}
