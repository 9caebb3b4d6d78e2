/* ovi screenshot: one kiosk screen, rendered headless with the real content,
 * into a PNG (for people to look at, the docs and tests). */
#include "cli/cli.h"

#include "core/err.h"
#include "core/log.h"
#include "core/str.h"
#include "core/timeutil.h"
#include "core/tr.h"

#include <stdio.h>
#include <string.h>

#if OVI_HAVE_PLATFORM
#include "app/kapp.h"
#include "bundle/import.h"
#include "bundle/manifest.h"
#include "core/fs.h"
#include "core/mem.h"
#include "ui/draw.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

static const char *const shot_usage = N_(
	"Usage: ovi screenshot --list\n"
	"       ovi screenshot --screen NAME --out FILE.png [--lang L] [--size WxH]\n"
	"                      [--now \"YYYY-MM-DD HH:MM\"]\n"
	"                      [--overlay help|crisis|idle|access|langs]\n"
	"                      [--large-text] [--high-contrast] [--sound] [--text TEXT] [--lint]\n"
	"\n"
	"Renders one kiosk screen headless with the state folder's content (an empty\n"
	"state folder first gets the demo) into a PNG. Screens that show something\n"
	"chosen (a topic, a group, a service) show the first one; typing screens show a\n"
	"sample text (--text TEXT types TEXT instead, e.g. a crisis phrase on\n"
	"\"question\", or a search on \"services\"); \"number\" shows 17. The staff\n"
	"screens (staff-*) show staff mode logged in, with sample rows where the\n"
	"database has none (a queue, questions, sign-ups). --list prints every screen\n"
	"name.\n"
	"--screen all renders every screen in one go; then --out must contain {screen},\n"
	"which is replaced by each screen's name (e.g. --out \"shots/{screen}-fi.png\").\n"
	"--sound opens the voice (SDL_AUDIODRIVER=dummy will do), so the screens show what\n"
	"a kiosk with audio shows (the read-aloud button).\n"
	"--lint also checks each screen as drawn: no text cut or outside the screen, no\n"
	"button too small to tap; every problem is listed and the exit status is 1.\n");

#if OVI_HAVE_PLATFORM
typedef struct shot_opts {
	const char *screen, *out, *overlay;
	const char *text; /* --text: typed on the typing screens (and the search) */
	bool list;
	bool sound; /* --sound: with the voice, as a kiosk with audio shows it */
	bool lint;  /* --lint: the layout lint on each screen (ui_lint) */
	kapp_opts_t k;
} shot_opts_t;

static int parse(cli_t *c, shot_opts_t *o)
{
	for (int i = 0; i < c->argc; i++) {
		const char *a = c->argv[i];
		const char *v = i + 1 < c->argc ? c->argv[i + 1] : NULL;
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			fputs(tr(tr_env_lang(), shot_usage), stdout);
			return 1;
		} else if (!strcmp(a, "--list")) {
			o->list = true;
		} else if (!strcmp(a, "--large-text")) {
			o->k.large_text = true;
		} else if (!strcmp(a, "--high-contrast")) {
			o->k.high_contrast = true;
		} else if (!strcmp(a, "--sound")) {
			o->sound = true;
		} else if (!strcmp(a, "--lint")) {
			o->lint = true;
		} else if (!v) {
			fprintf(stderr, "ovi screenshot: %s needs a value (or is unknown)\n", a);
			return -1;
		} else if (!strcmp(a, "--screen")) {
			o->screen = c->argv[++i];
		} else if (!strcmp(a, "--out")) {
			o->out = c->argv[++i];
		} else if (!strcmp(a, "--text")) {
			o->text = c->argv[++i];
		} else if (!strcmp(a, "--lang")) {
			o->k.lang = c->argv[++i];
		} else if (!strcmp(a, "--overlay")) {
			o->overlay = c->argv[++i];
			if (strcmp(v, "help") && strcmp(v, "crisis") && strcmp(v, "idle") &&
			    strcmp(v, "access") && strcmp(v, "langs")) {
				fprintf(stderr, "ovi screenshot: --overlay is help, crisis, idle, "
						"access or langs\n");
				return -1;
			}
		} else if (!strcmp(a, "--size")) {
			if (!cli_parse_size(c->argv[++i], &o->k.w, &o->k.h)) {
				fprintf(stderr,
					"ovi screenshot: --size '%s': use WxH, e.g. 800x480\n", v);
				return -1;
			}
		} else if (!strcmp(a, "--now")) {
			wall_t t = parse_datetime(c->argv[++i]);
			if (t < 0) {
				fprintf(stderr,
					"ovi screenshot: --now '%s' is not a time like "
					"\"2026-11-23 10:30\"\n",
					v);
				return -1;
			}
			clock_set(t);
		} else {
			fprintf(stderr, "ovi screenshot: unknown option '%s'\n", a);
			return -1;
		}
	}
	if (!o->list && (!o->screen || !o->out)) {
		fprintf(stderr,
			"ovi screenshot: give --screen NAME and --out FILE.png, or --list\n");
		return -1;
	}
	return 0;
}

/* Made-up text typed into a screenshot's fields: Finnish, Swedish, or
 * English for every other language. */
static int sample_lang(const char *lang)
{
	return lang && !strcmp(lang, "fi") ? 0 : lang && !strcmp(lang, "sv") ? 1 : 2;
}

static const char *sample(const char *lang, int which)
{
	static const char *const t[3][3] = {
		{"Miten haen asumistukea, kun muutan omaan kotiin?", "Kettu",
		 "Lautapeli-ilta englanniksi"},
		{"Hur söker jag bostadsbidrag när jag flyttar hemifrån?", "Räven",
		 "Brädspelskväll på engelska"},
		{"How do I apply for housing allowance when I move out?", "Fox",
		 "Board game night in English"},
	};
	return t[sample_lang(lang)][which];
}

static void act(kapp_t *a, int kind, int64_t arg, const char *id)
{
	ui_action_t x = {0}, follow = {0};
	ui_act(&x, kind, arg, id);
	kiosk_reduce(&a->youth.st, &x, &follow);
	kapp_youth_refresh_view(a);
}

static const group_view_t *first_group_with_sessions(const kiosk_view_t *v)
{
	for (int i = 0; i < v->groups.n; i++)
		if (v->groups.v[i].nsessions > 0)
			return &v->groups.v[i];
	return v->groups.n ? &v->groups.v[0] : NULL;
}

/* Walks to the screen the way a visitor would (so the keyboard gets its
 * layout and limit from kiosk_reduce()), then fills in sample results. */
static void stage(kapp_t *a, kiosk_screen_t scr)
{
	kiosk_state_t *s = &a->youth.st;
	kapp_youth_refresh_view(a);
	/* A copy: each act() refills the view and frees what it pointed to. */
	char topic[ID_MAX + 1] = "";
	if (a->youth.view.topics.n)
		str_copy(topic, sizeof topic, a->youth.view.topics.v[0].id);
	switch (scr) {
	case KS_TOPIC:
	case KS_QUESTION:
	case KS_QUESTION_SENT:
	case KS_NUMBER:
	case KS_ANSWERS:
		act(a, KA_NAV, KS_ASK, NULL);
		act(a, KA_OPEN_TOPIC, 0, topic);
		if (scr == KS_QUESTION)
			act(a, KA_ASK, 0, topic);
		if (scr == KS_ANSWERS)
			act(a, KA_ANSWERS, 0, topic);
		break;
	case KS_GROUP:
	case KS_SIGNUP:
	case KS_SIGNED_UP: {
		act(a, KA_NAV, KS_GROUPS, NULL);
		const group_view_t *g = first_group_with_sessions(&a->youth.view);
		if (!g)
			break;
		char sess[ID_MAX + 1] = "";
		if (g->nsessions)
			str_copy(sess, sizeof sess, g->sessions[0].id);
		act(a, KA_OPEN_GROUP, 0, g->id);
		if (scr != KS_GROUP && sess[0])
			act(a, KA_SIGNUP, 0, sess);
		break;
	}
	case KS_CANCEL:
	case KS_CANCELLED:
		act(a, KA_NAV, KS_GROUPS, NULL);
		act(a, KA_CANCEL_START, 0, NULL);
		break;
	case KS_IDEA:
	case KS_IDEA_SENT:
		act(a, KA_NAV, KS_GROUPS, NULL);
		act(a, KA_IDEA_START, 0, NULL);
		break;
	case KS_SERVICE:
		act(a, KA_NAV, KS_SERVICES, NULL);
		if (a->youth.view.services.n)
			act(a, KA_OPEN_SERVICE, 0, a->youth.view.services.v[0].id);
		break;
	case KS_PERSON: {
		/* The first person on site now (else later today). */
		const today_view_t *t = &a->youth.view.today;
		const person_view_t *p = t->nnow ? &t->now[0] : t->nlater ? &t->later[0] : NULL;
		if (p && p->id[0]) {
			char id[ID_MAX + 1];
			str_copy(id, sizeof id, p->id);
			act(a, KA_OPEN_PERSON, 0, id);
		}
		break;
	}
	default:
		if (scr != KS_TODAY)
			act(a, KA_NAV, scr, NULL);
		break;
	}
	switch (scr) {
	case KS_QUESTION:
		str_copy(s->kb.text, sizeof s->kb.text, sample(s->lang, 0));
		break;
	case KS_SIGNUP:
		str_copy(s->kb.text, sizeof s->kb.text, sample(s->lang, 1));
		break;
	case KS_CANCEL:
		str_copy(s->kb.text, sizeof s->kb.text, "K7M2P");
		break;
	case KS_IDEA:
		str_copy(s->kb.text, sizeof s->kb.text, sample(s->lang, 2));
		break;
	case KS_NUMBER:
		s->number = 17;
		break;
	case KS_SIGNED_UP:
		ui_kb_clear(&s->kb);
		str_copy(s->cancel_code, sizeof s->cancel_code, "K7M2P");
		break;
	default:
		break;
	}
	if (s->kb.text[0])
		s->kb.shift = false;
	s->screen = scr; /* the result screens are reached by a write */
}

/* ---- staff screens ------------------------------------------------------------ */

#define SHOT_SCREEN_COUNT (KS_SCREEN_COUNT + ST_SCREEN_COUNT)

static const char *shot_name(int scr)
{
	return scr < KS_SCREEN_COUNT ? kiosk_screen_name((kiosk_screen_t)scr)
				     : staff_screen_name((staff_screen_t)(scr - KS_SCREEN_COUNT));
}

static int shot_by_name(const char *name)
{
	int k = kiosk_screen_by_name(name);
	if (k >= 0)
		return k;
	k = staff_screen_by_name(name);
	return k >= 0 ? KS_SCREEN_COUNT + k : -1;
}

static void sact(kapp_t *a, int kind, int64_t arg, const char *id)
{
	ui_action_t x = {0}, follow = {0};
	ui_act(&x, kind, arg, id);
	staff_reduce(&a->staff.st, &x, &follow);
	kapp_staff_refresh_view(a);
}

static const char *sample_answer(const char *lang)
{
	static const char *const answers[] = {
		"Asumistukea haetaan Kelasta. Tule juttelemaan, autamme.",
		"Bostadsbidrag söks hos FPA. Kom och prata, vi hjälper.",
		"You apply to Kela. Come and talk to us, we can help."};
	return answers[sample_lang(lang)];
}

/* Staff mode as staff would have it: logged in (as "Aino"), on scr, with
 * what that screen is about picked (the first person, session, question). */
static void stage_staff(kapp_t *a, staff_screen_t scr)
{
	kapp_enter_staff(a);
	kapp_staff_t *s = &a->staff;
	s->sample = true;
	if (scr == ST_PIN) {
		str_copy(s->st.pin, sizeof s->st.pin, "12");
		return;
	}
	staff_pin_result(&s->st, true, "Aino");
	kapp_staff_refresh_view(a);
	int minute = wall_minute(clock_now());
	char id[ID_MAX + 1] = "";
	switch (scr) {
	case ST_TIME:
		if (s->view.today.nnow)
			str_copy(id, sizeof id, s->view.today.now[0].id);
		sact(a, SA_LATE_PICK, minute + 30, id);
		break;
	case ST_WALKIN:
		sact(a, SA_WALKIN_START, minute, NULL);
		break;
	case ST_ANSWER:
		sact(a, SA_NAV, ST_QUESTIONS, NULL);
		if (s->view.questions.n)
			sact(a, SA_ANSWER_START, s->view.questions.v[s->view.questions.n - 1].id,
			     NULL);
		str_copy(s->st.kb.text, sizeof s->st.kb.text, sample_answer(s->st.lang));
		s->st.kb.shift = false;
		break;
	case ST_SESSION:
		sact(a, SA_NAV, ST_GROUPS, NULL);
		if (s->view.nsessions)
			str_copy(id, sizeof id, s->view.sessions[0].id);
		sact(a, SA_OPEN_SESSION, 0, id);
		break;
	case ST_CLOCK:
		sact(a, SA_CLOCK_START, clock_now(), NULL);
		break;
	default:
		if (scr != ST_TODAY)
			sact(a, SA_NAV, scr, NULL);
		break;
	}
	s->st.screen = scr;
}

/* The output path for screen: o->out with {screen} replaced by its name. */
static void out_path(const char *pattern, const char *screen, char *out, size_t cap)
{
	const char *at = strstr(pattern, "{screen}");
	if (!at) {
		str_copy(out, cap, pattern);
		return;
	}
	snprintf(out, cap, "%.*s%s%s", (int)(at - pattern), pattern, screen,
		 at + strlen("{screen}"));
}

/* Renders screen scr into its PNG; with o->lint adds the layout lint's
 * problems, listed on stderr, to *problems (may be NULL without lint). */
static int render_one(kapp_t *a, plat_headless_t *hl, const shot_opts_t *o, int scr, int *problems)
{
	/* Each screen starts from a fresh kiosk, as a new visitor would. */
	if (a->staff.on)
		kapp_leave_staff(a, NULL);
	kapp_youth_fresh_state(a); /* --lang is the default here */
	ui_reset(a->ui);
	if (scr < KS_SCREEN_COUNT)
		stage(a, (kiosk_screen_t)scr);
	else
		stage_staff(a, (staff_screen_t)(scr - KS_SCREEN_COUNT));
	if (o->text && scr < KS_SCREEN_COUNT) {
		kiosk_state_t *s = &a->youth.st;
		if (scr == KS_SERVICES)
			s->search_open = true;
		if (scr == KS_SERVICES || kiosk_typing(s)) {
			str_copy(s->kb.text, sizeof s->kb.text, o->text);
			s->kb.shift = false;
		}
	}
	if (o->overlay && !strcmp(o->overlay, "help"))
		a->youth.st.overlay = KO_HELP;
	else if (o->overlay && !strcmp(o->overlay, "crisis"))
		a->youth.st.overlay = KO_CRISIS;
	else if (o->overlay && !strcmp(o->overlay, "access"))
		a->youth.st.overlay = KO_ACCESS;
	else if (o->overlay && !strcmp(o->overlay, "langs"))
		a->youth.st.overlay = KO_LANGS;
	else if (o->overlay && a->staff.on) {
		staff_idle_countdown(&a->staff.st, 7);
	} else if (o->overlay) {
		kiosk_idle_countdown(&a->youth.st, 7);
	}
	/* A number or a code as a person sees it 5 s after getting it: with
	 * its countdown to Today. */
	if (kiosk_private_result(&a->youth.st))
		a->youth.last_input_ms = clock_mono_ms() - 5000;
	/* Two frames: the second one is what a person sees after the first
	 * layout (scroll extents, measured text). */
	kapp_frame(a);
	kapp_frame(a);
	char path[4200];
	out_path(o->out, shot_name(scr), path, sizeof path);
	int rc = plat_headless_render(hl, ui_draw_list(a->ui));
	if (rc == OVI_OK)
		rc = plat_headless_save_png(hl, path);
	if (rc == OVI_OK && o->lint) {
		errlist_t el = {0};
		int n = ui_lint(a->ui, UI_MIN_TARGET, &el);
		for (int i = 0; i < el.n; i++)
			fprintf(stderr, "ovi screenshot: %s: %s\n", shot_name(scr), el.msg[i]);
		if (n > el.n)
			fprintf(stderr, "ovi screenshot: %s: and %d more\n", shot_name(scr),
				n - el.n);
		errlist_clear(&el);
		*problems += n;
	}
	return rc;
}

static int shoot(cli_t *c, shot_opts_t *o)
{
	bool all = !strcmp(o->screen, "all");
	int scr = all ? 0 : shot_by_name(o->screen);
	if (scr < 0) {
		fprintf(stderr, "ovi screenshot: no screen '%s' (see ovi screenshot --list)\n",
			o->screen);
		return EXIT_USAGE;
	}
	if (all && !strstr(o->out, "{screen}")) {
		fprintf(stderr, "ovi screenshot: with --screen all, --out needs {screen} in it\n");
		return EXIT_USAGE;
	}
	o->k.data_dir = c->data_dir;
	o->k.config = &c->config;
	kapp_t a;
	if (kapp_open(&a, &o->k) < 0) {
		fprintf(stderr, "ovi: %s\n", err_last());
		return EXIT_RUNTIME;
	}
	if (o->sound && plat_speech_open(&a.speech) < 0) {
		fprintf(stderr, "ovi screenshot: --sound: %s\n", err_last());
		kapp_close(&a);
		return EXIT_RUNTIME;
	}
	plat_headless_t *hl = NULL;
	int problems = 0;
	int rc = plat_headless_open(&hl, o->k.w > 0 ? o->k.w : 1920, o->k.h > 0 ? o->k.h : 1080);
	if (rc == OVI_OK)
		kapp_attach_headless(&a, hl);
	for (int s = scr; rc == OVI_OK && s < (all ? SHOT_SCREEN_COUNT : scr + 1); s++)
		rc = render_one(&a, hl, o, s, &problems);
	if (rc < 0)
		fprintf(stderr, "ovi screenshot: %s\n", err_last());
	plat_headless_close(hl);
	kapp_close(&a);
	return rc < 0 || problems ? EXIT_RUNTIME : EXIT_OK;
}

/* ---- ovi preview -------------------------------------------------------- */

static const char *const preview_usage =
	N_("Usage: ovi preview BUNDLE_DIR [--out DIR] [--lang L] [--size WxH]\n"
	   "\n"
	   "Shows a bundle's screens as the kiosk would, before it is signed: Today on\n"
	   "Monday, Wednesday and Friday of its week, the Week, every topic, Groups and\n"
	   "Services, as PNGs in DIR (default ovi-preview), and all of them on one\n"
	   "contact sheet (DIR/contact-sheet.png). BUNDLE_DIR needs its manifest.txt\n"
	   "(ovi pack); sheets edited after packing are fine. Nothing is signed, nothing\n"
	   "is changed in BUNDLE_DIR or on this computer's kiosk. A bundle the kiosk\n"
	   "would refuse gets every problem listed instead (exit 3).\n"
	   "  --lang L    the language (default: the bundle's default language)\n"
	   "  --size WxH  the screen (default 1920x1080; 800x480, 1080x1920...)\n"
	   "  --week YYYY-MM-DD  a day of the week to show (default: the week the bundle\n"
	   "              was made in, or the next one when it was made Thursday or later)\n");

/* Copies the files of a bundle folder (and one level of folders: photos/)
 * into dst, so that packing the copy leaves the coordinator's folder as it
 * is. Hidden files are left out, as the kiosk leaves them out. */
static int copy_tree(const char *src, const char *dst, int depth)
{
	if (fs_mkdirs(dst, 0700) < 0)
		return OVI_ERR;
	DIR *d = opendir(src);
	if (!d)
		return err_set(OVI_ERR, "cannot read %s: %s", src, strerror(errno));
	struct dirent *e;
	int rc = OVI_OK;
	while (rc == OVI_OK && (e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		char from[4400], to[4400];
		snprintf(from, sizeof from, "%s/%s", src, e->d_name);
		snprintf(to, sizeof to, "%s/%s", dst, e->d_name);
		struct stat st;
		if (lstat(from, &st) < 0)
			continue;
		if (S_ISDIR(st.st_mode) && depth < 2) {
			rc = copy_tree(from, to, depth + 1);
		} else if (S_ISREG(st.st_mode)) {
			char *data = NULL;
			size_t len;
			rc = fs_read_file(from, 64 * 1024 * 1024, &data, &len);
			if (rc == OVI_OK)
				rc = fs_write_atomic(to, data, len);
			ovi_free(data);
		}
	}
	closedir(d);
	return rc;
}

typedef struct sheet_item {
	char path[4400];
	char label[160];
} sheet_item_t;

#define PREVIEW_MAX 64

/* All the shots on one page: a grid of thumbnails with their names. */
static int contact_sheet(const sheet_item_t *it, int n, int sw, int sh, const char *out)
{
	int cols = n < 4 ? n : 4, rows = (n + cols - 1) / cols;
	int tw = 480, th = tw * sh / sw, gap = 24, label = 40;
	int W = cols * (tw + gap) + gap, H = rows * (th + label + gap) + gap;
	plat_headless_t *hl = NULL;
	int rc = plat_headless_open(&hl, W, H);
	if (rc < 0)
		return rc;
	draw_list_t dl;
	rc = draw_list_init(&dl, W, H);
	if (rc == OVI_OK) {
		draw_rect(&dl, (ui_rect_t){0, 0, W, H}, 0, ui_rgb(0xEEEAE4));
		for (int i = 0; i < n; i++) {
			int x = gap + (i % cols) * (tw + gap),
			    y = gap + (i / cols) * (th + label + gap);
			draw_rect(&dl, (ui_rect_t){x - 1, y - 1, tw + 2, th + 2}, 0,
				  ui_rgb(0xC9C2B6));
			draw_image(&dl, (ui_rect_t){x, y, tw, th}, it[i].path, DRAW_IMG_PLACEHOLDER,
				   ui_rgb(0xFFFFFF));
			draw_text(&dl, x, y + th + 6, tw, label - 6, UI_FONT_BOLD, 20,
				  ui_rgb(0x1B1F3B), it[i].label, 0);
		}
		rc = plat_headless_render(hl, &dl);
		if (rc == OVI_OK)
			rc = plat_headless_save_png(hl, out);
	}
	draw_list_free(&dl);
	plat_headless_close(hl);
	return rc;
}

/* The Monday of the week a bundle is for: its creation's week, or the next
 * one when it was made at the end of a week (Thursday on), as a coordinator
 * prepares next week's content. */
static int preview_monday(wall_t created)
{
	int day = wall_day(created), wd = day_weekday(day);
	return day - wd + 1 + (wd >= 4 ? 7 : 0);
}

/* When the bundle in src was made (its manifest's created), 0 when not
 * known. */
static wall_t bundle_created(const char *src)
{
	char path[4300], *text = NULL;
	size_t len;
	snprintf(path, sizeof path, "%s/manifest.txt", src);
	wall_t t = 0;
	if (fs_read_file(path, 1024 * 1024, &text, &len) == OVI_OK) {
		manifest_t *m = NULL;
		if (manifest_parse(text, len, &m) == OVI_OK)
			t = m->meta.created;
		manifest_free(m);
	}
	ovi_free(text);
	return t;
}

static int preview(cli_t *c, const char *src, const char *out, const char *lang, int w, int h,
		   int week)
{
	char state[4200], copy[4300];
	snprintf(state, sizeof state, "%s/ovi-preview-XXXXXX",
		 getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (!mkdtemp(state)) {
		fprintf(stderr, "ovi preview: cannot make a temporary folder: %s\n",
			strerror(errno));
		return EXIT_RUNTIME;
	}
	snprintf(copy, sizeof copy, "%s/bundle", state);
	char mf[4300];
	snprintf(mf, sizeof mf, "%s/manifest.txt", src);
	int rc;
	if (!fs_exists(mf)) {
		fprintf(stderr,
			"ovi preview: %s has no manifest.txt yet: run ovi pack %s first (it "
			"names the site and its languages)\n",
			src, src);
		fs_rmtree(state);
		return EXIT_REJECTED;
	}
	if ((rc = copy_tree(src, copy, 0)) == OVI_OK) {
		char sig[4400];
		snprintf(sig, sizeof sig, "%s/manifest.txt.minisig", copy);
		unlink(sig);
		pack_opts_t po = {0};
		rc = bundle_pack(copy, &po, NULL);
	}
	if (rc < 0) {
		fprintf(stderr, "ovi preview: %s\n", err_last());
		fs_rmtree(state);
		return EXIT_RUNTIME;
	}
	/* The kiosk of the preview: its own state folder, unsigned allowed;
	 * its housekeeping is no news to the coordinator (-v shows it). */
	if (log_level() < OVI_LOG_DEBUG)
		log_set_level(OVI_LOG_ERROR);
	cli_t pc = *c;
	str_copy(pc.data_dir, sizeof pc.data_dir, state);
	pc.config.development = true;
	model_t *m = NULL;
	import_result_t r;
	memset(&r, 0, sizeof r);
	if ((rc = cli_open_model(&pc, &m)) == OVI_OK) {
		import_opts_t io = {.data_dir = state,
				    .allow_unsigned = true,
				    .force = true,
				    .source = "preview"};
		rc = bundle_import(copy, &io, m, &r);
	}
	if (rc < 0) {
		if (rc == OVI_EREJECT) {
			fprintf(stderr, "%s: the kiosk would refuse this bundle (%d problem%s):\n",
				src, r.errors.total, r.errors.total == 1 ? "" : "s");
			for (int i = 0; i < r.errors.n; i++)
				fprintf(stderr, "  %s\n", r.errors.msg[i]);
			if (!r.errors.n)
				fprintf(stderr, "  %s\n", err_last());
		} else {
			fprintf(stderr, "ovi preview: %s\n", err_last());
		}
		import_result_clear(&r);
		model_close(m);
		fs_rmtree(state);
		return rc == OVI_EREJECT ? EXIT_REJECTED : EXIT_RUNTIME;
	}
	for (int i = 0; i < r.notes.n; i++)
		printf("%s: note: %s\n", src, r.notes.msg[i]);
	wall_t created = bundle_created(src);
	import_result_clear(&r);
	model_close(m);

	int monday = week > 0 ? week - day_weekday(week) + 1
			      : preview_monday(created > 0 ? created : clock_now());
	kapp_opts_t ko = {
		.lang = lang, .w = w, .h = h, .data_dir = pc.data_dir, .config = &pc.config};
	clock_set(wall_make(monday, 11 * 60));
	kapp_t a;
	if (kapp_open(&a, &ko) < 0) {
		fprintf(stderr, "ovi preview: %s\n", err_last());
		fs_rmtree(state);
		return EXIT_RUNTIME;
	}
	plat_headless_t *hl = NULL;
	rc = plat_headless_open(&hl, w, h);
	if (rc == OVI_OK)
		kapp_attach_headless(&a, hl);
	if (rc == OVI_OK)
		rc = fs_mkdirs(out, 0755);
	static sheet_item_t items[PREVIEW_MAX];
	int n = 0;
	shot_opts_t so = {.k = ko};
	char when[17];
	/* Today on three days of the week, at 11. */
	for (int d = 0; d < 5 && rc == OVI_OK; d += 2) {
		clock_set(wall_make(monday + d, 11 * 60));
		sheet_item_t *it = &items[n++];
		fmt_date(monday + d, when);
		snprintf(it->path, sizeof it->path, "%s/today-%s.png", out, when);
		snprintf(it->label, sizeof it->label, "today %s 11:00", when);
		so.out = it->path;
		rc = render_one(&a, hl, &so, KS_TODAY, NULL);
	}
	clock_set(wall_make(monday, 11 * 60));
	static const struct {
		kiosk_screen_t scr;
		const char *name;
	} lists[] = {{KS_WEEK, "week"},
		     {KS_ASK, "topics"},
		     {KS_GROUPS, "groups"},
		     {KS_SERVICES, "services"}};
	for (size_t i = 0; i < sizeof lists / sizeof lists[0] && rc == OVI_OK; i++) {
		sheet_item_t *it = &items[n++];
		snprintf(it->path, sizeof it->path, "%s/%s.png", out, lists[i].name);
		str_copy(it->label, sizeof it->label, lists[i].name);
		so.out = it->path;
		rc = render_one(&a, hl, &so, lists[i].scr, NULL);
	}
	/* Every topic. */
	kapp_youth_fresh_state(&a);
	kapp_youth_refresh_view(&a);
	int ntopics = a.youth.view.topics.n;
	static char ids[PREVIEW_MAX][ID_MAX + 1], titles[PREVIEW_MAX][120];
	for (int i = 0; i < ntopics && i < PREVIEW_MAX; i++) {
		str_copy(ids[i], sizeof ids[i], a.youth.view.topics.v[i].id);
		str_copy(titles[i], sizeof titles[i], a.youth.view.topics.v[i].title);
	}
	for (int i = 0; i < ntopics && n < PREVIEW_MAX && rc == OVI_OK; i++) {
		kapp_youth_fresh_state(&a);
		ui_reset(a.ui);
		act(&a, KA_NAV, KS_ASK, NULL);
		act(&a, KA_OPEN_TOPIC, 0, ids[i]);
		kapp_frame(&a);
		kapp_frame(&a);
		sheet_item_t *it = &items[n++];
		snprintf(it->path, sizeof it->path, "%s/topic-%s.png", out, ids[i]);
		snprintf(it->label, sizeof it->label, "%.100s (%.40s)", titles[i], ids[i]);
		rc = plat_headless_render(hl, ui_draw_list(a.ui));
		if (rc == OVI_OK)
			rc = plat_headless_save_png(hl, it->path);
	}
	plat_headless_close(hl);
	kapp_close(&a);
	char sheet[4400];
	snprintf(sheet, sizeof sheet, "%s/contact-sheet.png", out);
	if (rc == OVI_OK)
		rc = contact_sheet(items, n, w, h, sheet);
	fs_rmtree(state);
	if (rc < 0) {
		fprintf(stderr, "ovi preview: %s\n", err_last());
		return EXIT_RUNTIME;
	}
	fmt_date(monday, when);
	printf("%s: %d screens of the week of %s in %s/, all on %s\n", src, n, when, out, sheet);
	return EXIT_OK;
}

int cmd_preview(cli_t *c)
{
	const char *src = NULL, *out = "ovi-preview", *lang = NULL;
	int w = 1920, h = 1080, week = 0;
	for (int i = 0; i < c->argc; i++) {
		const char *a = c->argv[i];
		const char *v = i + 1 < c->argc ? c->argv[i + 1] : NULL;
		if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			fputs(tr(tr_env_lang(), preview_usage), stdout);
			return EXIT_OK;
		} else if (!strcmp(a, "--out") && v) {
			out = c->argv[++i];
		} else if (!strcmp(a, "--lang") && v) {
			lang = c->argv[++i];
		} else if (!strcmp(a, "--week") && v) {
			week = parse_date(c->argv[++i]);
			if (week < 0) {
				fprintf(stderr,
					"ovi preview: --week '%s' is not a date like 2026-11-23\n",
					v);
				return EXIT_USAGE;
			}
		} else if (!strcmp(a, "--size") && v) {
			if (!cli_parse_size(c->argv[++i], &w, &h)) {
				fprintf(stderr, "ovi preview: --size '%s': use WxH, e.g. 800x480\n",
					v);
				return EXIT_USAGE;
			}
		} else if (a[0] == '-' || src) {
			fprintf(stderr, "ovi preview: unexpected '%s' (see ovi preview --help)\n",
				a);
			return EXIT_USAGE;
		} else {
			src = a;
		}
	}
	if (!src) {
		fprintf(stderr, "ovi preview: which bundle folder? (ovi preview FOLDER)\n");
		return EXIT_USAGE;
	}
	if (!fs_is_dir(src)) {
		fprintf(stderr, "ovi preview: %s is not a folder\n", src);
		return EXIT_REJECTED;
	}
	/* The kiosk's defaults, not this computer's configuration: a preview
	 * shows the bundle as any kiosk would, and writes nothing. */
	config_defaults(&c->config);
	return preview(c, src, out, lang, w, h, week);
}

int cmd_screenshot(cli_t *c)
{
	shot_opts_t o = {0};
	int p = parse(c, &o);
	if (p)
		return p > 0 ? EXIT_OK : EXIT_USAGE;
	if (o.list) {
		for (int s = 0; s < SHOT_SCREEN_COUNT; s++)
			printf("%s\n", shot_name(s));
		return EXIT_OK;
	}
	if (config_load(c->config_path, c->data_dir, &c->config) < 0) {
		fprintf(stderr, "ovi: %s\n", err_last());
		return EXIT_USAGE;
	}
	return shoot(c, &o);
}
#else
int cmd_preview(cli_t *c)
{
	(void)c;
	fprintf(stderr, "ovi: this binary was built without the kiosk screens\n");
	return EXIT_RUNTIME;
}

int cmd_screenshot(cli_t *c)
{
	(void)c;
	fputs(tr(tr_env_lang(), shot_usage), stdout);
	fprintf(stderr, "ovi: this binary was built without the kiosk screens\n");
	return EXIT_RUNTIME;
}
#endif
