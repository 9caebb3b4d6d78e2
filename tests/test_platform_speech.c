/*
 * The kiosk's voice (src/platform/speech.c) with the real espeak-ng and its
 * Debian voices: a called number is spoken as words in the site's language
 * (17 takes longer to say than 1: the digits are read, not skipped), the
 * chime comes first, an unknown language falls back to English, and SDL's
 * dummy audio driver plays, stops and closes.
 */
#include "testlib.h"

#include "core/mem.h"
#include "platform/speech.h"

#include <SDL.h>

#include <dirent.h>
#include <math.h>
#include <stdlib.h>

static double rms(const int16_t *v, size_t from, size_t to)
{
	double s = 0;
	for (size_t i = from; i < to; i++)
		s += (double)v[i] * v[i];
	return to > from ? sqrt(s / (double)(to - from)) : 0;
}

static size_t render(const char *lang, const char *text, bool chime, int16_t **pcm, int *rate)
{
	size_t n = 0;
	CHECK_INT(plat_speech_render(lang, text, chime, pcm, &n, rate), 0);
	return n;
}

TEST(numbers_are_spoken_in_the_language)
{
	int16_t *a, *b, *c;
	int rate;
	size_t na = render("fi", "Numero 1", false, &a, &rate);
	size_t nb = render("fi", "Numero 17", false, &b, &rate);
	size_t nc = render("sv", "Nummer 17", false, &c, &rate);
	printf("  rate %d Hz; 'Numero 1' %.2f s, 'Numero 17' %.2f s, 'Nummer 17' %.2f s\n", rate,
	       (double)na / rate, (double)nb / rate, (double)nc / rate);
	CHECK(rate >= 8000);
	CHECK(na > (size_t)rate / 4); /* something was said */
	CHECK(rms(a, 0, na) > 200);   /* and it is not silence */
	/* "seitsemäntoista" is longer than "yksi": the digits became words. */
	CHECK(nb > na + (size_t)rate / 5);
	CHECK(nc > (size_t)rate / 4);
	ovi_free(a);
	ovi_free(b);
	ovi_free(c);
}

TEST(the_chime_comes_first)
{
	int16_t *a, *b;
	int rate;
	size_t na = render("fi", "Numero 17", false, &a, &rate);
	size_t nb = render("fi", "Numero 17", true, &b, &rate);
	CHECK(nb > na + (size_t)rate * 4 / 10);
	/* The first 0.2 s: a tone, loud and steady (speech starts softly). */
	CHECK(rms(b, rate / 50, rate / 5) > 2000);
	ovi_free(a);
	ovi_free(b);
}

TEST(unknown_language_falls_back)
{
	int16_t *a;
	int rate;
	size_t n = render("xx-nope", "Number 17", false, &a, &rate);
	CHECK(n > (size_t)rate / 4);
	ovi_free(a);
	n = render("fi", "", true, &a, &rate); /* only the chime */
	CHECK(n > 0 && n < (size_t)rate);
	ovi_free(a);
}

/* SDL's audio threads of this process ("SDLAudioP2"...). */
static int audio_threads(void)
{
	int n = 0;
	DIR *d = opendir("/proc/self/task");
	struct dirent *e;
	while (d && (e = readdir(d))) {
		char path[300], name[64] = "";
		snprintf(path, sizeof path, "/proc/self/task/%s/comm", e->d_name);
		FILE *f = fopen(path, "r");
		if (f && fgets(name, sizeof name, f))
			n += !strncmp(name, "SDLAudio", 8);
		if (f)
			fclose(f);
	}
	if (d)
		closedir(d);
	return n;
}

TEST(plays_on_a_device)
{
	setenv("SDL_AUDIODRIVER", "dummy", 1);
	plat_speech_t *sp = NULL;
	int rc = plat_speech_open(&sp);
	if (rc < 0) {
		printf("  no dummy audio driver in this SDL: skipped\n");
		return;
	}
	/* Silent, the device is closed: no audio thread waking in silence. */
	CHECK(!plat_speech_active(sp));
	CHECK_INT(audio_threads(), 0);
	CHECK_INT(plat_speech_say(sp, "fi", "Numero 17, tule tiskille", true), 0);
	CHECK(plat_speech_busy(sp)); /* queued, playing */
	CHECK(plat_speech_active(sp));
	CHECK(plat_speech_idle(sp)); /* still playing: stays open */
	plat_speech_stop(sp);
	CHECK(!plat_speech_busy(sp)); /* the next tap stops it */
	CHECK(!plat_speech_idle(sp)); /* nothing left: closed */
	CHECK(!plat_speech_active(sp));
	CHECK_INT(audio_threads(), 0);
	CHECK_INT(plat_speech_say(sp, "sv", "Nummer 18", false), 0); /* opens again */
	CHECK(plat_speech_busy(sp));
	plat_speech_close(sp);
	plat_speech_close(NULL);
	CHECK_INT(plat_speech_say(NULL, "fi", "x", false), 0); /* a silent kiosk */
}

int main(void)
{
	RUN(numbers_are_spoken_in_the_language);
	RUN(the_chime_comes_first);
	RUN(unknown_language_falls_back);
	RUN(plays_on_a_device);
	SDL_Quit();
	return test_summary();
}
