/*
 * Event pumping: SDL events -> the UI's pointer events, normalised once here.
 * Fingers give coordinates normalised to the output; the mouse (development)
 * gives window points, scaled to output pixels for HiDPI screens; both are
 * then rotated to the logical picture. Mouse events that SDL synthesises from
 * touch (which == SDL_TOUCH_MOUSEID) are dropped so one tap is one press.
 */
#include "platform/window_internal.h"

#include "core/log.h"
#include "core/timeutil.h"

#include <SDL.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <string.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

/* Stepped waiting, the last resort for video drivers that cannot block
 * (kmsdrm, dummy) when the poll() wait cannot be set up. */
#define ACTIVE_MS   5000 /* how long after input to stay quick */
#define ACTIVE_STEP 10
#define IDLE_STEP   200

#define INPUT_DIR "/dev/input"

/* plat_wake()'s eventfd: process-wide, like plat_wake() itself; -1 until a
 * window that waits in poll() made it. */
static int wake_fd = -1;

static void to_logical(plat_window_t *w, float px, float py, int *x, int *y)
{
	plat_rotate_point(w->rotation && w->target ? w->rotation : 0, w->pw, w->ph, px, py, x, y);
}

static void mouse_pos(plat_window_t *w, int mx, int my, int *x, int *y)
{
	int ww = 0, wh = 0;
	SDL_GetWindowSize(w->win, &ww, &wh);
	float sx = ww > 0 ? (float)w->pw / (float)ww : 1,
	      sy = wh > 0 ? (float)w->ph / (float)wh : 1;
	to_logical(w, (float)mx * sx, (float)my * sy, x, y);
}

static int handle(plat_window_t *w, ui_t *ui, const SDL_Event *e)
{
	int x, y;
	int64_t t = clock_mono_ms();
	switch (e->type) {
	case SDL_QUIT:
		return PLAT_EV_QUIT;
	case SDL_USEREVENT:
		return PLAT_EV_WAKE;
	case SDL_FINGERDOWN:
	case SDL_FINGERMOTION:
	case SDL_FINGERUP: {
		int id = (int)(e->tfinger.fingerId & 0x7FFFFFFF);
		to_logical(w, e->tfinger.x * (float)w->pw, e->tfinger.y * (float)w->ph, &x, &y);
		if (e->type == SDL_FINGERDOWN)
			ui_pointer_down(ui, id, x, y, t);
		else if (e->type == SDL_FINGERUP)
			ui_pointer_up(ui, id, x, y, t);
		else
			ui_pointer_move(ui, id, x, y, t);
		w->last_input = SDL_GetTicks64();
		return PLAT_EV_INPUT;
	}
	case SDL_MOUSEBUTTONDOWN:
	case SDL_MOUSEBUTTONUP:
		if (e->button.which == SDL_TOUCH_MOUSEID || e->button.button != SDL_BUTTON_LEFT)
			return 0;
		mouse_pos(w, e->button.x, e->button.y, &x, &y);
		if (e->type == SDL_MOUSEBUTTONDOWN)
			ui_pointer_down(ui, UI_POINTER_MOUSE, x, y, t);
		else
			ui_pointer_up(ui, UI_POINTER_MOUSE, x, y, t);
		w->last_input = SDL_GetTicks64();
		return PLAT_EV_INPUT;
	case SDL_MOUSEMOTION:
		if (e->motion.which == SDL_TOUCH_MOUSEID || !(e->motion.state & SDL_BUTTON_LMASK))
			return 0;
		mouse_pos(w, e->motion.x, e->motion.y, &x, &y);
		ui_pointer_move(ui, UI_POINTER_MOUSE, x, y, t);
		w->last_input = SDL_GetTicks64();
		return PLAT_EV_INPUT;
	case SDL_KEYDOWN:
		switch (e->key.keysym.sym) {
		case SDLK_ESCAPE:
		case SDLK_AC_BACK:
			w->last_key = PLAT_KEY_BACK;
			return PLAT_EV_KEY;
		case SDLK_F11:
			w->last_key = PLAT_KEY_FULLSCREEN;
			return PLAT_EV_KEY;
		default:
			return 0; /* a key without a meaning here wakes nothing */
		}
	case SDL_WINDOWEVENT:
		if (e->window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
		    e->window.event == SDL_WINDOWEVENT_RESIZED) {
			bool changed = window_update_size(w);
			if (changed)
				ui_set_screen(ui, w->lw, w->lh);
			return (changed ? PLAT_EV_RESIZED : 0) | PLAT_EV_REDRAW;
		}
		if (e->window.event == SDL_WINDOWEVENT_EXPOSED)
			return PLAT_EV_REDRAW;
		return 0;
	case SDL_RENDER_DEVICE_RESET:
	case SDL_RENDER_TARGETS_RESET:
		if (e->type == SDL_RENDER_DEVICE_RESET)
			gfx_drop_textures(w->gfx);
		if (w->target)
			SDL_DestroyTexture(w->target);
		w->target = NULL;
		window_update_size(w);
		return PLAT_EV_REDRAW;
	}
	return 0;
}

static int pump(plat_window_t *w, ui_t *ui)
{
	int mask = 0;
	SDL_Event e;
	while (SDL_PollEvent(&e))
		mask |= handle(w, ui, &e);
	return mask;
}

/* ---- the poll() wait -------------------------------------------------- */

static void close_inputs(plat_window_t *w)
{
	for (int i = 0; i < w->ninput; i++)
		close(w->input_fd[i]);
	w->ninput = 0;
}

/* Our own descriptor of every event device there is now. SDL reads its
 * own; the kernel gives each reader every event, so ours only say when. */
static void scan_inputs(plat_window_t *w)
{
	close_inputs(w);
	DIR *d = opendir(INPUT_DIR);
	struct dirent *e;
	while (d && (e = readdir(d)) && w->ninput < WINDOW_INPUTS_MAX) {
		if (strncmp(e->d_name, "event", 5) != 0)
			continue;
		char path[300];
		snprintf(path, sizeof path, INPUT_DIR "/%s", e->d_name);
		int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
		if (fd >= 0)
			w->input_fd[w->ninput++] = fd;
	}
	if (d)
		closedir(d);
}

void events_wait_open(plat_window_t *w)
{
	if (wake_fd < 0)
		wake_fd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
	w->inotify_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
	if (wake_fd < 0 || w->inotify_fd < 0) {
		log_warn("video: no poll() wait (%s): waiting in steps", strerror(errno));
		if (w->inotify_fd >= 0)
			close(w->inotify_fd);
		w->inotify_fd = -1;
		return;
	}
	/* A device plugged in later (or whose permissions udev fixes later). */
	inotify_add_watch(w->inotify_fd, INPUT_DIR, IN_CREATE | IN_ATTRIB | IN_DELETE);
	scan_inputs(w);
}

void events_wait_close(plat_window_t *w)
{
	close_inputs(w);
	if (w->inotify_fd >= 0)
		close(w->inotify_fd);
	w->inotify_fd = -1;
}

static void drain(int fd)
{
	char buf[1024];
	while (read(fd, buf, sizeof buf) > 0) {
	}
}

/* Blocks until input, plat_wake() or the deadline; returns the mask of what
 * came (0 at the deadline). */
static int poll_wait(plat_window_t *w, ui_t *ui, int timeout_ms)
{
	uint64_t start = SDL_GetTicks64();
	for (;;) {
		struct pollfd fds[2 + WINDOW_INPUTS_MAX];
		int n = 0;
		fds[n++] = (struct pollfd){.fd = wake_fd, .events = POLLIN};
		fds[n++] = (struct pollfd){.fd = w->inotify_fd, .events = POLLIN};
		for (int i = 0; i < w->ninput; i++)
			fds[n++] = (struct pollfd){.fd = w->input_fd[i], .events = POLLIN};
		int left = -1;
		if (timeout_ms >= 0) {
			int64_t l =
				(int64_t)(start + (uint64_t)timeout_ms) - (int64_t)SDL_GetTicks64();
			left = l > 0 ? (int)l : 0;
		}
		int got = poll(fds, (nfds_t)n, left);
		w->wakeups++;
		if (got < 0 && errno != EINTR) {
			log_warn("video: poll: %s", strerror(errno));
			SDL_Delay(IDLE_STEP); /* never a busy loop */
		}
		if (got > 0) {
			if (fds[0].revents)
				drain(wake_fd);
			if (fds[1].revents) {
				drain(w->inotify_fd);
				scan_inputs(w);
			} else {
				bool gone = false;
				for (int i = 2; i < n; i++) {
					if (fds[i].revents & (POLLERR | POLLHUP | POLLNVAL))
						gone = true; /* unplugged */
					else if (fds[i].revents)
						drain(fds[i].fd);
				}
				if (gone)
					scan_inputs(w);
			}
		}
		int mask = pump(w, ui);
		if (mask)
			return mask;
		if (left == 0)
			return 0;
	}
}

uint64_t plat_window_wakeups(const plat_window_t *w)
{
	return w->wakeups;
}

int plat_wait_event(plat_window_t *w, ui_t *ui, int timeout_ms)
{
	int mask = pump(w, ui);
	if (mask || timeout_ms == 0)
		return mask;
	if (!w->can_block && w->inotify_fd >= 0)
		return poll_wait(w, ui, timeout_ms);
	if (w->can_block) {
		SDL_Event e;
		int got = timeout_ms < 0 ? SDL_WaitEvent(&e) : SDL_WaitEventTimeout(&e, timeout_ms);
		w->wakeups++;
		if (got)
			mask |= handle(w, ui, &e);
		return mask | pump(w, ui);
	}
	uint64_t start = SDL_GetTicks64();
	for (;;) {
		uint64_t now = SDL_GetTicks64();
		int64_t step = now - w->last_input < ACTIVE_MS ? ACTIVE_STEP : IDLE_STEP;
		if (timeout_ms >= 0) {
			int64_t left = (int64_t)(start + (uint64_t)timeout_ms) - (int64_t)now;
			if (left <= 0)
				return 0;
			step = step < left ? step : left;
		}
		SDL_Delay((Uint32)step);
		w->wakeups++;
		if ((mask = pump(w, ui)))
			return mask;
	}
}

void plat_wake(void)
{
	SDL_Event ev;
	SDL_zero(ev);
	ev.type = SDL_USEREVENT;
	SDL_PushEvent(&ev); /* thread-safe; a full queue just means it is awake */
	if (wake_fd >= 0) {
		uint64_t one = 1;
		if (write(wake_fd, &one, sizeof one) < 0) {
			/* EAGAIN: the counter is full, the wait is awake anyway */
		}
	}
}
