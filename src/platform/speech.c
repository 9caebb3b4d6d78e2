/*
 * speech: espeak-ng's synthesis into memory, a chime made here (two soft
 * sine tones), and SDL's audio queue to play them. See speech.h.
 */
#include "platform/speech.h"

#include "core/err.h"
#include "core/log.h"
#include "core/mem.h"

#include <SDL.h>
#include <espeak-ng/speak_lib.h>

#include <math.h>
#include <string.h>

struct plat_speech {
	SDL_AudioDeviceID dev;
	int rate;
};

/* espeak-ng's state is global: initialised once, used from one thread. */
static int g_rate;

typedef struct pcm_buf {
	int16_t *v;
	size_t n, cap;
	bool oom;
} pcm_buf_t;

static void pcm_put(pcm_buf_t *b, const int16_t *s, size_t n)
{
	if (b->oom || !n)
		return;
	if (b->n + n > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 16384;
		while (cap < b->n + n)
			cap *= 2;
		int16_t *v = ovi_malloc(cap * sizeof *v);
		if (!v) {
			b->oom = true;
			return;
		}
		if (b->n)
			memcpy(v, b->v, b->n * sizeof *v);
		ovi_free(b->v);
		b->v = v;
		b->cap = cap;
	}
	memcpy(b->v + b->n, s, n * sizeof *s);
	b->n += n;
}

static int on_samples(short *wav, int n, espeak_EVENT *ev)
{
	pcm_buf_t *b = ev ? ev->user_data : NULL;
	if (b && wav && n > 0)
		pcm_put(b, wav, (size_t)n);
	return 0; /* go on */
}

static int engine(void)
{
	if (g_rate > 0)
		return OVI_OK;
	int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, NULL, 0);
	if (rate <= 0)
		return err_set(OVI_ERR, "the speech engine (espeak-ng) has no voice data: "
					"install espeak-ng-data");
	espeak_SetSynthCallback(on_samples);
	espeak_SetParameter(espeakRATE, 150, 0); /* calm, for a public room */
	g_rate = rate;
	return OVI_OK;
}

/* A two-tone chime, "ding-dong", 0.45 s with soft edges. */
static void chime(pcm_buf_t *b, int rate)
{
	static const struct {
		double hz, s;
	} tones[2] = {{880.0, 0.22}, {660.0, 0.30}};
	int16_t buf[512];
	for (int t = 0; t < 2; t++) {
		size_t n = (size_t)(tones[t].s * rate);
		for (size_t i = 0; i < n;) {
			size_t k = 0;
			for (; k < 512 && i < n; k++, i++) {
				double env =
					i < n / 10 ? (double)i / (n / 10) : (double)(n - i) / n;
				buf[k] =
					(int16_t)(9000.0 * env *
						  sin(2.0 * M_PI * tones[t].hz * (double)i / rate));
			}
			pcm_put(b, buf, k);
		}
	}
	memset(buf, 0, sizeof buf);
	for (int i = 0; i < rate / 10; i += 512) /* a breath before the words */
		pcm_put(b, buf, (size_t)(rate / 10 - i < 512 ? rate / 10 - i : 512));
}

static void pick_voice(const char *lang)
{
	const char *want = lang && *lang ? lang : "en";
	if (espeak_SetVoiceByName(want) != EE_OK)
		espeak_SetVoiceByName("en");
}

int plat_speech_render(const char *lang, const char *text, bool with_chime, int16_t **pcm,
		       size_t *n, int *rate)
{
	*pcm = NULL;
	*n = 0;
	int rc = engine();
	if (rc < 0)
		return rc;
	pcm_buf_t b = {0};
	if (with_chime)
		chime(&b, g_rate);
	if (text && *text) {
		pick_voice(lang);
		espeak_ERROR e = espeak_Synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0,
					      espeakCHARS_UTF8, NULL, &b);
		if (e != EE_OK) {
			ovi_free(b.v);
			return err_set(OVI_ERR, "the speech engine could not speak (error %d)", e);
		}
	}
	if (b.oom) {
		ovi_free(b.v);
		return err_set(OVI_ENOMEM, "out of memory making speech");
	}
	*pcm = b.v;
	*n = b.n;
	*rate = g_rate;
	return OVI_OK;
}

static SDL_AudioDeviceID open_device(int rate, int *have_rate)
{
	SDL_AudioSpec want = {0}, have;
	want.freq = rate;
	want.format = AUDIO_S16SYS;
	want.channels = 1;
	want.samples = 2048;
	SDL_AudioDeviceID dev = SDL_OpenAudioDevice(NULL, 0, &want, &have, 0);
	if (dev && have_rate)
		*have_rate = have.freq;
	return dev;
}

int plat_speech_open(plat_speech_t **out)
{
	*out = NULL;
	int rc = engine();
	if (rc < 0)
		return rc;
	if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0)
		return err_set(OVI_ERR, "no sound: %s", SDL_GetError());
	int have = 0;
	SDL_AudioDeviceID dev = open_device(g_rate, &have);
	if (!dev) {
		rc = err_set(OVI_ERR, "no sound device: %s", SDL_GetError());
		SDL_QuitSubSystem(SDL_INIT_AUDIO);
		return rc;
	}
	/* Opened again to play. Audio stays off until then: SDL's ALSA
	 * backend keeps a hot-plug thread that wakes ten times a second. */
	SDL_CloseAudioDevice(dev);
	SDL_QuitSubSystem(SDL_INIT_AUDIO);
	plat_speech_t *sp = ovi_calloc(1, sizeof *sp);
	if (!sp)
		return err_set(OVI_ENOMEM, "out of memory");
	sp->rate = g_rate;
	*out = sp;
	log_info("sound: %s, %d Hz", SDL_GetCurrentAudioDriver(), have);
	return OVI_OK;
}

void plat_speech_close(plat_speech_t *sp)
{
	if (!sp)
		return;
	plat_speech_stop(sp);
	plat_speech_idle(sp);
	ovi_free(sp);
}

void plat_speech_stop(plat_speech_t *sp)
{
	if (sp && sp->dev)
		SDL_ClearQueuedAudio(sp->dev);
}

bool plat_speech_busy(const plat_speech_t *sp)
{
	return sp && sp->dev && SDL_GetQueuedAudioSize(sp->dev) > 0;
}

bool plat_speech_active(const plat_speech_t *sp)
{
	return sp && sp->dev;
}

bool plat_speech_idle(plat_speech_t *sp)
{
	if (!sp || !sp->dev)
		return false;
	if (SDL_GetQueuedAudioSize(sp->dev) > 0)
		return true;
	SDL_CloseAudioDevice(sp->dev);
	SDL_QuitSubSystem(SDL_INIT_AUDIO);
	sp->dev = 0;
	return false;
}

int plat_speech_say(plat_speech_t *sp, const char *lang, const char *text, bool with_chime)
{
	if (!sp)
		return OVI_OK; /* a silent kiosk */
	int16_t *pcm;
	size_t n;
	int rate;
	int rc = plat_speech_render(lang, text, with_chime, &pcm, &n, &rate);
	if (rc < 0)
		return rc;
	if (!sp->dev) {
		if (SDL_InitSubSystem(SDL_INIT_AUDIO) != 0)
			rc = err_set(OVI_ERR, "no sound: %s", SDL_GetError());
		else if (!(sp->dev = open_device(sp->rate, NULL))) {
			rc = err_set(OVI_ERR, "no sound device: %s", SDL_GetError());
			SDL_QuitSubSystem(SDL_INIT_AUDIO);
		}
	}
	if (rc == OVI_OK) {
		SDL_ClearQueuedAudio(sp->dev);
		if (n && SDL_QueueAudio(sp->dev, pcm, (Uint32)(n * sizeof *pcm)) != 0)
			rc = err_set(OVI_ERR, "sound: %s", SDL_GetError());
		SDL_PauseAudioDevice(sp->dev, 0);
	}
	ovi_free(pcm);
	return rc;
}
