/*
 * Sync from USB sticks. A stick is a real file system image on a loop device
 * mounted read-only, nosuid, nodev, noexec when the test runs as root and
 * the kernel can (FAT with mkfs.vfat; where the kernel has no vfat, ext4
 * made with mkfs.ext4 -d, still a real block device and a real mount); a
 * plain folder otherwise. Checks: the import, the report written back to a
 * writable stick (and none on a read-only one), a read error in the middle
 * of the copy (a stick pulled out: EIO) refused cleanly at every point,
 * export onto a stick, and the worker noticing sticks by itself.
 */
#include "model_digest.h"
#include "sync_fixture.h"

#include <pthread.h>
#include <sys/mount.h>

static sfx_t f;

static void stick_path(char *out, size_t cap, const char *root, const char *name)
{
	snprintf(out, cap, "%s/%s", root, name);
}

/* A plain-folder stick: bundle (serial, tampered or not) in dir/ovi. */
static void make_stick(const char *dir, long long serial, bool tampered)
{
	char ovi[4300];
	fs_rmtree(dir);
	fs_mkdirs(dir, 0755);
	snprintf(ovi, sizeof ovi, "%s/ovi", dir);
	if (tampered)
		CHECK_INT(sfx_tampered(&f, ovi, serial), 0);
	else
		CHECK_INT(sfx_bundle(&f, ovi, serial, NULL), 0);
}

static char *report(const char *stick)
{
	char path[4300];
	snprintf(path, sizeof path, "%s/%s/%s", stick, SYNC_KIOSK_DIR, SYNC_REPORT_NAME);
	return test_read_file(path, NULL);
}

TEST(stick_accepted_with_report)
{
	char stick[4300];
	stick_path(stick, sizeof stick, f.root, "stick1");
	long long next = sfx_serial(&f) + 1;
	make_stick(stick, next, false);
	sync_result_t r;
	CHECK_INT(sync_usb_check(&f.cfg, f.data, f.m, stick, &r), 0);
	CHECK_INT(r.outcome, SYNC_APPLIED);
	CHECK(r.report_written);
	CHECK_INT(r.current, next);
	sync_result_clear(&r);
	char *rep = report(stick);
	CHECK_CONTAINS(rep, "ACCEPTED");
	CHECK_CONTAINS(rep, "Tämä sisältö: toimipiste test-site, versio ");
	/* In the site's language (Finnish), the result word as it is. */
	CHECK_CONTAINS(rep, "Kioski näyttää nyt: toimipiste test-site");
	CHECK_CONTAINS(rep, "\r\n");
	free(rep);
	/* The same stick again: nothing new, and the report says so. */
	CHECK_INT(sync_usb_check(&f.cfg, f.data, f.m, stick, &r), 0);
	CHECK_INT(r.outcome, SYNC_NOTHING);
	sync_result_clear(&r);
	rep = report(stick);
	CHECK_CONTAINS(rep, "NOTHING NEW");
	free(rep);
	/* No temporary file is left on the stick. */
	char cmd[4400];
	snprintf(cmd, sizeof cmd,
		 "test -z \"$(ls -A '%s' | grep -v -e '^ovi$' -e '^%s$')\" && "
		 "test \"$(ls -A '%s/%s')\" = '%s'",
		 stick, SYNC_KIOSK_DIR, stick, SYNC_KIOSK_DIR, SYNC_REPORT_NAME);
	CHECK_INT(system(cmd), 0);
}

TEST(stick_refused_with_every_reason)
{
	char stick[4300], before[65], after[65];
	stick_path(stick, sizeof stick, f.root, "stick2");
	long long cur = sfx_serial(&f);
	make_stick(stick, cur + 1, true);
	/* An extra file the manifest does not list: a second reason. */
	char extra[4400];
	snprintf(extra, sizeof extra, "%s/ovi/notes.txt", stick);
	test_write_file(extra, "x", 1);
	sfx_digest(&f, before);
	sync_result_t r;
	CHECK_INT(sync_usb_check(&f.cfg, f.data, f.m, stick, &r), OVI_EREJECT);
	CHECK_INT(r.outcome, SYNC_REJECTED);
	CHECK(r.report_written);
	sync_result_clear(&r);
	sfx_digest(&f, after);
	CHECK_STR(after, before);
	CHECK_INT(sfx_serial(&f), cur);
	char *rep = report(stick);
	CHECK_CONTAINS(rep, "REFUSED");
	CHECK_CONTAINS(rep, "notes.txt on kansiossa mutta ei manifestissa");
	CHECK_CONTAINS(rep, "Kioski näyttää nyt: toimipiste test-site, versio");
	CHECK_CONTAINS(rep, "Mikä on vialla (1 ongelma):");
	free(rep);
	/* An older serial: refused, and the report says why. */
	make_stick(stick, cur - 1, false);
	CHECK_INT(sync_usb_check(&f.cfg, f.data, f.m, stick, &r), OVI_EREJECT);
	sync_result_clear(&r);
	rep = report(stick);
	CHECK_CONTAINS(rep, "ei ole suurempi kuin nykyinen");
	free(rep);
}

/* A stick pulled out mid-copy: every read fails with EIO from the nth on. */
TEST(stick_pulled_out_mid_copy)
{
	char stick[4300], before[65], after[65];
	stick_path(stick, sizeof stick, f.root, "stick3");
	long long cur = sfx_serial(&f);
	make_stick(stick, cur + 1, false);
	sfx_digest(&f, before);
	int refused = 0;
	for (long n = 1; n < 400; n += 7) {
		fault_arm(FAULT_READ, n, true);
		sync_result_t r;
		int rc = sync_usb_check(&f.cfg, f.data, f.m, stick, &r);
		bool fired = fault_fired(FAULT_READ);
		fault_disarm_all();
		if (!fired) {
			CHECK_INT(rc, 0);
			CHECK_INT(r.outcome, SYNC_APPLIED);
			sync_result_clear(&r);
			break;
		}
		CHECK(r.outcome == SYNC_REJECTED || r.outcome == SYNC_FAILED);
		if (r.outcome == SYNC_APPLIED)
			break;
		refused++;
		if (refused == 3)
			printf("  read %ld fails: %s\n", n, r.message);
		sync_result_clear(&r);
		sfx_digest(&f, after);
		CHECK_STR(after, before);
		CHECK_INT(sfx_serial(&f), cur);
		CHECK_INT(sfx_staging_left(&f), 0);
	}
	printf("  %d interrupted copies refused cleanly\n", refused);
	CHECK(refused > 5);
	CHECK_INT(sfx_serial(&f), cur + 1);
}

TEST(export_to_stick)
{
	char stick[4300], file[4400], written[1200];
	stick_path(stick, sizeof stick, f.root, "stick4");
	fs_rmtree(stick);
	fs_mkdirs(stick, 0755);
	int day = wall_day(clock_now());
	CHECK_INT(model_count(f.m, wall_make(day, 600), "topic_view", "work"), 0);
	CHECK_INT(sync_usb_export(&f.cfg, f.m, stick, written, sizeof written, NULL), 0);
	snprintf(file, sizeof file, "%s/%s/%s/counters.csv", stick, SYNC_KIOSK_DIR,
		 SYNC_EXPORT_DIR);
	CHECK(fs_exists(file));
	CHECK_CONTAINS(written, SYNC_EXPORT_DIR);
	/* Without a stick named: the first writable one under the roots. */
	sync_config_t cfg = f.cfg;
	cfg.nusb_roots = 1;
	snprintf(cfg.usb_roots[0], sizeof cfg.usb_roots[0], "%s/noroot", f.root);
	sync_stick_problem_t why = STICK_OK;
	CHECK_INT(sync_usb_export(&cfg, f.m, NULL, written, sizeof written, &why), OVI_ENOTFOUND);
	CHECK_INT(why, STICK_NONE);
}

/* A stick pulled out mid-export (writes and flushes failing with EIO, as a
 * gone USB device's do) and a full one (ENOSPC), at every write and flush:
 * each is named as such, and nothing on the kiosk changes. */
TEST(export_to_a_stick_that_fails)
{
	char stick[4300], before[65], after[65];
	stick_path(stick, sizeof stick, f.root, "stick5");
	fs_rmtree(stick);
	fs_mkdirs(stick, 0755);
	CHECK_INT(model_digest(f.m, before), 0);
	static const struct {
		fault_kind_t kind;
		sync_stick_problem_t want;
	} cases[] = {{FAULT_FSYNC, STICK_GONE}, {FAULT_WRITE, STICK_FULL}};
	int tried = 0;
	for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
		for (int n = 1; n < 100; n++) {
			sync_stick_problem_t why = STICK_OK;
			fault_arm(cases[k].kind, n, true);
			int rc = sync_usb_export(&f.cfg, f.m, stick, NULL, 0, &why);
			bool fired = fault_fired(cases[k].kind);
			fault_disarm_all();
			if (!fired) {
				CHECK_INT(rc, 0);
				break;
			}
			tried++;
			CHECK(rc < 0);
			if (why != cases[k].want)
				fprintf(stderr, "  fault %d at %d: %s (%s)\n", (int)cases[k].kind,
					n, sync_stick_problem_name(why), err_last());
			CHECK_INT(why, cases[k].want);
		}
	}
	printf("  %d failed exports named right\n", tried);
	CHECK(tried >= 8);
	CHECK_INT(model_digest(f.m, after), 0);
	CHECK_STR(after, before);
}

TEST(sticks_under_roots)
{
	sync_config_t cfg = f.cfg;
	char root[4300], a[4400], b[4400];
	snprintf(root, sizeof root, "%s/roots", f.root);
	fs_rmtree(root);
	snprintf(a, sizeof a, "%s/STICK/ovi", root);
	snprintf(b, sizeof b, "%s/user/LABEL/ovi", root);
	fs_mkdirs(a, 0755);
	fs_mkdirs(b, 0755);
	snprintf(a, sizeof a, "%s/empty", root);
	fs_mkdirs(a, 0755);
	cfg.nusb_roots = 2;
	str_copy(cfg.usb_roots[0], sizeof cfg.usb_roots[0], root);
	str_copy(cfg.usb_roots[1], sizeof cfg.usb_roots[1], "/nonexistent-ovi-root");
	char found[16][512];
	int n = sync_usb_sticks(&cfg, found, 16);
	CHECK_INT(n, 2);
	int both = 0;
	for (int i = 0; i < n; i++)
		both += str_ends_with(found[i], "/STICK") || str_ends_with(found[i], "/user/LABEL");
	CHECK_INT(both, 2);
}

/* ---- real file systems on loop devices (root only) ---------------------- */

static const char *fs_kind; /* "vfat", "ext4" or NULL when loop mounts do not work */

/* Makes image holding dir's contents, as FAT when the kernel mounts FAT,
 * else as ext4. */
static bool make_image(const char *image, const char *dir)
{
	char mnt[4300];
	snprintf(mnt, sizeof mnt, "%s.mnt", image);
	fs_mkdirs(mnt, 0755);
	if (!fs_kind || !strcmp(fs_kind, "vfat")) {
		char cmd[13000];
		snprintf(cmd, sizeof cmd,
			 "rm -f '%s' && truncate -s 32M '%s' && mkfs.vfat -n OVI "
			 "'%s' >/dev/null 2>&1 && mount -o loop '%s' '%s' 2>/dev/null",
			 image, image, image, image, mnt);
		if (system(cmd) == 0) { /* (a kernel without vfat fails here, quietly) */
			int rc = fx_sh("cp -r '%s/.' '%s/' && umount '%s'", dir, mnt, mnt);
			fs_kind = "vfat";
			return rc == 0;
		}
	}
	if (fx_sh("rm -f '%s' && truncate -s 32M '%s' && mkfs.ext4 -q -F -d '%s' '%s' "
		  ">/dev/null 2>&1",
		  image, image, dir, image) != 0)
		return false;
	fs_kind = "ext4";
	return true;
}

static bool mount_image(const char *image, const char *at, bool ro)
{
	fs_mkdirs(at, 0755);
	return fx_sh("mount -o loop,%s,nosuid,nodev,noexec '%s' '%s' 2>/dev/null", ro ? "ro" : "rw",
		     image, at) == 0;
}

static void umount_image(const char *at)
{
	fx_sh("umount '%s' 2>/dev/null || umount -l '%s'", at, at);
}

TEST(real_stick_read_only_and_writable)
{
	char src[4300], image[4300], at[4300];
	snprintf(src, sizeof src, "%s/imgsrc", f.root);
	snprintf(image, sizeof image, "%s/stick.img", f.root);
	snprintf(at, sizeof at, "%s/mnt-ro", f.root);
	long long next = sfx_serial(&f) + 1;
	make_stick(src, next, false);
	if (!make_image(image, src) || !mount_image(image, at, true)) {
		printf("  SKIP: no loop mounts here\n");
		fs_kind = NULL;
		return;
	}
	printf("  a %s image, mounted ro,nosuid,nodev,noexec\n", fs_kind);
	sync_result_t r;
	CHECK_INT(sync_usb_check(&f.cfg, f.data, f.m, at, &r), 0);
	CHECK_INT(r.outcome, SYNC_APPLIED);
	CHECK(!r.report_written);
	sync_result_clear(&r);
	umount_image(at);
	CHECK_INT(sfx_serial(&f), next);

	/* Writable: the report is written back and survives the unmount. */
	make_stick(src, next + 1, false);
	CHECK(make_image(image, src));
	snprintf(at, sizeof at, "%s/mnt-rw", f.root);
	CHECK(mount_image(image, at, false));
	CHECK_INT(sync_usb_check(&f.cfg, f.data, f.m, at, &r), 0);
	CHECK_INT(r.outcome, SYNC_APPLIED);
	CHECK(r.report_written);
	sync_result_clear(&r);
	umount_image(at);
	CHECK(mount_image(image, at, true));
	char *rep = report(at);
	CHECK_CONTAINS(rep, "ACCEPTED");
	free(rep);
	umount_image(at);
}

/* ---- the worker ---------------------------------------------------------- */

static pthread_mutex_t ev_lock = PTHREAD_MUTEX_INITIALIZER;
static int ev_count[6];
static char ev_last[1024];

static void on_event(const sync_result_t *r, void *ud)
{
	pthread_mutex_lock(&ev_lock);
	ev_count[r->outcome]++;
	str_copy(ev_last, sizeof ev_last, r->message);
	pthread_mutex_unlock(&ev_lock);
}

static bool wait_event(sync_outcome_t o, int n, int ms)
{
	for (long long end = sfx_ms() + ms; sfx_ms() < end; sfx_sleep_ms(20)) {
		pthread_mutex_lock(&ev_lock);
		int have = ev_count[o];
		pthread_mutex_unlock(&ev_lock);
		if (have >= n)
			return true;
	}
	return false;
}

TEST(worker_notices_sticks)
{
	char root[4300], stick[4400], staged[4400];
	snprintf(root, sizeof root, "%s/usbroot", f.root);
	fs_rmtree(root);
	fs_mkdirs(root, 0755);
	sync_config_t cfg = f.cfg;
	cfg.nusb_roots = 1;
	str_copy(cfg.usb_roots[0], sizeof cfg.usb_roots[0], root);
	sync_worker_t *w = NULL;
	CHECK_INT(sync_worker_start(&cfg, f.data, on_event, NULL, &w), 0);

	/* A stick appears (moved in whole, as a mount appears). */
	long long next = sfx_serial(&f) + 1;
	snprintf(staged, sizeof staged, "%s/staged", f.root);
	make_stick(staged, next, false);
	snprintf(stick, sizeof stick, "%s/STICK", root);
	long long t0 = sfx_ms();
	CHECK_INT(rename(staged, stick), 0);
	CHECK(wait_event(SYNC_APPLIED, 1, 15000));
	printf("  stick noticed and imported in %lld ms\n", sfx_ms() - t0);
	CHECK_INT(sfx_serial(&f), next);
	char *rep = report(stick);
	CHECK_CONTAINS(rep, "ACCEPTED");
	free(rep);

	/* Taken out, and a bad one put in: refused, with a report. */
	fs_rmtree(stick);
	make_stick(staged, next + 1, true);
	CHECK_INT(rename(staged, stick), 0);
	CHECK(wait_event(SYNC_REJECTED, 1, 15000));
	CHECK_INT(sfx_serial(&f), next);
	rep = report(stick);
	CHECK_CONTAINS(rep, "REFUSED");
	free(rep);

	/* Staff export onto it. */
	CHECK_INT(sync_worker_export(w, NULL), 0);
	CHECK(wait_event(SYNC_EXPORTED, 1, 10000));
	char file[4600];
	snprintf(file, sizeof file, "%s/%s/%s/signups.csv", stick, SYNC_KIOSK_DIR, SYNC_EXPORT_DIR);
	CHECK(fs_exists(file));

	/* A real mount under the root: noticed through the mount table. */
	if (fs_kind) {
		char src[4400], image[4400], at[4400];
		snprintf(src, sizeof src, "%s/imgsrc2", f.root);
		snprintf(image, sizeof image, "%s/stick2.img", f.root);
		snprintf(at, sizeof at, "%s/MOUNTED", root);
		make_stick(src, next + 2, false);
		CHECK(make_image(image, src));
		fs_mkdirs(at, 0755);
		sfx_sleep_ms(1500); /* the empty mount point's events are over */
		t0 = sfx_ms();
		CHECK(mount_image(image, at, true));
		CHECK(wait_event(SYNC_APPLIED, 2, 15000));
		printf("  mounted %s stick imported in %lld ms\n", fs_kind, sfx_ms() - t0);
		CHECK_INT(sfx_serial(&f), next + 2);
		sync_worker_stop(w);
		w = NULL;
		umount_image(at);
	}
	long long t1 = sfx_ms();
	sync_worker_stop(w);
	CHECK(sfx_ms() - t1 < 3000);
}

int main(void)
{
	sfx_watchdog(240);
	log_set_level(OVI_LOG_WARN);
	sfx_setup(&f, "sync_usb", 30);
	RUN(stick_accepted_with_report);
	RUN(stick_refused_with_every_reason);
	RUN(stick_pulled_out_mid_copy);
	RUN(export_to_stick);
	RUN(export_to_a_stick_that_fails);
	RUN(sticks_under_roots);
	if (geteuid() == 0)
		RUN(real_stick_read_only_and_writable);
	else
		printf("skip real_stick_read_only_and_writable: not root\n");
	RUN(worker_notices_sticks);
	sfx_teardown(&f);
	return test_summary();
}
