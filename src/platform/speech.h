/*
 * speech: the kiosk's voice. A short chime and a text spoken by espeak-ng
 * (Debian's libespeak-ng with its Finnish, Swedish, English and other
 * voices), played through SDL audio: a called queue number ("numero
 * seitsemäntoista": the voice reads digits in its language) and texts read
 * aloud for people who read poorly or see poorly.
 *
 * Synthesis runs on the caller's thread (espeak-ng is not thread-safe;
 * only the UI thread speaks); playing is SDL's queue, so say() returns when
 * the sound is made, not when it has been heard. A kiosk without an audio
 * device runs silent: plat_speech_open() fails and the app goes on.
 */
#ifndef OVI_PLATFORM_SPEECH_H
#define OVI_PLATFORM_SPEECH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct plat_speech plat_speech_t;

/* Checks that the default audio device opens (OVI_ERR with a message when
 * there is none, or espeak-ng has no data). The device is open only while
 * something plays: an open device's thread wakes many times a second even
 * in silence, so say() opens it and plat_speech_idle() closes it again.
 * Caller frees with plat_speech_close(). */
int plat_speech_open(plat_speech_t **out);
void plat_speech_close(plat_speech_t *sp); /* accepts NULL */

/* Stops what is playing and speaks text in lang ("fi", "sv", "en", any
 * voice espeak-ng has; else English), after a chime when chime. */
int plat_speech_say(plat_speech_t *sp, const char *lang, const char *text, bool chime);
/* Stops what is playing (the next tap, the idle reset). */
void plat_speech_stop(plat_speech_t *sp);
/* True while something is still playing. */
bool plat_speech_busy(const plat_speech_t *sp);
/* Closes the device when nothing is left to play (the app's tick): true
 * while it is still open (playing). */
bool plat_speech_idle(plat_speech_t *sp);
/* True while the device is open: the app ticks a few times a second then,
 * so that plat_speech_idle() closes it soon after the last word. */
bool plat_speech_active(const plat_speech_t *sp);

/* The sound say() would play, without a device: 16-bit mono samples at
 * *rate. Caller frees *pcm with ovi_free(). For tests. */
int plat_speech_render(const char *lang, const char *text, bool chime, int16_t **pcm, size_t *n,
		       int *rate);

#endif
