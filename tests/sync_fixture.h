/*
 * sync_fixture: what the sync tests share: a kiosk state folder with a
 * database that already shows a bundle, signed bundles of any serial made
 * from the demo content with a key generated for the run, child processes
 * (web servers, slow writers) that die with the test, and a watchdog so
 * that no test can hang.
 *
 * Header-only: included by the tests that link ovi_sync.
 */
#ifndef OVI_TESTS_SYNC_FIXTURE_H
#define OVI_TESTS_SYNC_FIXTURE_H

#include "model_digest.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/fault.h"
#include "core/fs.h"
#include "core/log.h"
#include "core/str.h"
#include "fixture.h"
#include "model/model.h"
#include "sync/sync.h"
#include "testlib.h"

typedef struct sfx {
	char root[4096];      /* the test's tmp folder */
	char data[4200];      /* the kiosk's state folder */
	char key[4200];	      /* the secret key bundles are signed with */
	char other_key[4200]; /* a key the kiosk does not trust */
	sync_config_t cfg;
	model_t *m;
} sfx_t;

static inline void sfx_sleep_ms(int ms)
{
	struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
	nanosleep(&ts, NULL);
}

static inline long long sfx_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Kills the whole test (and with PR_SET_PDEATHSIG its children) after
 * seconds, saying so: every test is bounded in time. */
static inline void sfx_watchdog(int seconds)
{
	signal(SIGALRM, SIG_DFL);
	alarm((unsigned)seconds);
}

/* A bundle of the demo content with serial, signed with key (NULL: the
 * fixture's), in dir. */
static inline int sfx_bundle(sfx_t *f, const char *dir, long long serial, const char *key)
{
	if (fx_copy_demo(dir) || fx_pack(dir, serial) < 0)
		return -1;
	return fx_sign(dir, key ? key : f->key);
}

/* A bundle whose photo was changed after signing: refused for its hash. */
static inline int sfx_tampered(sfx_t *f, const char *dir, long long serial)
{
	if (sfx_bundle(f, dir, serial, NULL))
		return -1;
	char cmd[4400];
	snprintf(cmd, sizeof cmd,
		 "cd '%s' && f=$(ls photos | head -1) && printf X | "
		 "dd of=photos/$f bs=1 seek=100 conv=notrunc 2>/dev/null",
		 dir);
	return system(cmd);
}

/* A fresh state folder showing a bundle of serial base (imported the normal
 * way), and the config trusting the fixture's key with no sources. */
static inline void sfx_setup(sfx_t *f, const char *name, long long base)
{
	memset(f, 0, sizeof *f);
	char *tmp = test_tmpdir(name);
	str_copy(f->root, sizeof f->root, tmp);
	free(tmp);
	snprintf(f->data, sizeof f->data, "%s/data", f->root);
	snprintf(f->key, sizeof f->key, "%s/keys/test.key", f->root);
	snprintf(f->other_key, sizeof f->other_key, "%s/keys/other.key", f->root);
	char keys[4200], db[4300], first[4300];
	snprintf(keys, sizeof keys, "%s/keys", f->root);
	fs_mkdirs(keys, 0755);
	fs_mkdirs(f->data, 0755);
	if (fx_keygen(keys, "test") || fx_keygen(keys, "other"))
		fprintf(stderr, "cannot make test keys with minisign\n");
	sync_config_defaults(&f->cfg);
	f->cfg.nusb_roots = 0;
	f->cfg.settle_s = 0;
	f->cfg.connect_timeout_s = 3;
	f->cfg.stall_timeout_s = 2;
	CHECK_INT(fx_pubkey(keys, "test", &f->cfg.keys[0]), 0);
	f->cfg.nkeys = 1;
	model_global_init();
	snprintf(db, sizeof db, "%s/ovi.db", f->data);
	CHECK_INT(model_open(db, &f->m), 0);
	snprintf(first, sizeof first, "%s/first", f->root);
	CHECK_INT(sfx_bundle(f, first, base, NULL), 0);
	import_opts_t o = {.data_dir = f->data, .keys = f->cfg.keys, .nkeys = 1, .source = "test"};
	import_result_t r;
	CHECK_INT(bundle_import(first, &o, f->m, &r), 0);
	import_result_clear(&r);
}

static inline void sfx_teardown(sfx_t *f)
{
	model_close(f->m);
	f->m = NULL;
}

static inline long long sfx_serial(sfx_t *f)
{
	bundle_record_t cur;
	return model_current_bundle(f->m, &cur) == OVI_OK ? (long long)cur.serial : 0;
}

static inline void sfx_digest(sfx_t *f, char out[65])
{
	CHECK_INT(model_digest(f->m, out), 0);
}

/* Entries in data/staging (an interrupted import leaves none behind). */
static inline int sfx_staging_left(sfx_t *f)
{
	char dir[4300];
	snprintf(dir, sizeof dir, "%s/staging", f->data);
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

/* Starts argv as a child that dies with the test, its output (a web
 * server's request log) going to log (NULL: nowhere). Returns its pid. */
static inline pid_t sfx_spawn(char *const argv[], const char *log)
{
	pid_t parent = getpid();
	pid_t pid = fork();
	if (pid == 0) {
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (getppid() != parent)
			_exit(127);
		int null = open("/dev/null", O_RDWR);
		int out = log ? open(log, O_WRONLY | O_CREAT | O_APPEND, 0644) : null;
		if (null >= 0)
			dup2(null, 0);
		if (out >= 0) {
			dup2(out, 1);
			dup2(out, 2);
		}
		execvp(argv[0], argv);
		_exit(127);
	}
	return pid;
}

static inline void sfx_kill(pid_t pid)
{
	if (pid > 0) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
	}
}

/* True once something accepts connections on 127.0.0.1:port (5 s at most). */
static inline bool sfx_wait_port(int port)
{
	for (int i = 0; i < 100; i++) {
		int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
		struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
		a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		int ok = connect(s, (struct sockaddr *)&a, sizeof a) == 0;
		close(s);
		if (ok)
			return true;
		sfx_sleep_ms(50);
	}
	return false;
}

/* A port nobody listens on right now (bound and released). */
static inline int sfx_free_port(void)
{
	int s = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	struct sockaddr_in a = {.sin_family = AF_INET};
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	socklen_t len = sizeof a;
	int port = -1;
	if (bind(s, (struct sockaddr *)&a, sizeof a) == 0 &&
	    getsockname(s, (struct sockaddr *)&a, &len) == 0)
		port = ntohs(a.sin_port);
	close(s);
	return port;
}

/* Counts lines of file containing needle. */
static inline int sfx_count_lines(const char *file, const char *needle)
{
	char *text = test_read_file(file, NULL);
	if (!text)
		return 0;
	int n = 0;
	for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n"))
		n += strstr(line, needle) != NULL;
	free(text);
	return n;
}

#endif
