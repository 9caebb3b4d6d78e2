/*
 * kiosk_read: what "read aloud" says on each screen, in the screen's
 * language, as plain sentences a speech engine reads well (kiosk.h
 * kiosk_read_text()). Only what is on the screen and public: never what
 * someone typed, never a nickname or a code.
 */
#include "youth/tx.h"
#include "youth/kiosk.h"
#include "youth/kiosk_draw.h"

#include <stdio.h>
#include <string.h>

static void add(char *out, int cap, const char *text)
{
	size_t n = strlen(out);
	if (!text || !*text || n + 2 >= (size_t)cap)
		return;
	snprintf(out + n, (size_t)cap - n, "%s%s", n ? " " : "", text);
	/* Each piece ends a sentence, so the voice pauses there. */
	n = strlen(out);
	char last = n ? out[n - 1] : 0;
	if (n + 1 < (size_t)cap && last != '.' && last != '!' && last != '?' && last != ':')
		snprintf(out + n, (size_t)cap - n, ".");
}

static const service_view_t *find_service(const kiosk_view_t *v, const char *id)
{
	if (v->service.id && !strcmp(v->service.id, id))
		return &v->service;
	for (int i = 0; i < v->services.n; i++)
		if (!strcmp(v->services.v[i].id, id))
			return &v->services.v[i];
	return NULL;
}

void kiosk_read_text(const kiosk_view_t *v, const kiosk_state_t *s, char *out, int cap)
{
	out[0] = 0;
	if (!v->has_content)
		return;
	switch (s->screen) {
	case KS_TODAY: {
		const today_view_t *t = &v->today;
		add(out, cap, t->site.name);
		if (!t->nnow) {
			add(out, cap, tx(s->lang, T_NOBODY_NOW));
			break;
		}
		add(out, cap, tx(s->lang, T_NOW_ON_SITE));
		for (int i = 0; i < t->nnow; i++) {
			char line[300], room[120], until[32], end[8];
			kiosk_draw_org_room(t->now[i].org_name, t->now[i].room, room, sizeof room);
			/* The no-break spaces of a room are spaces to a voice. */
			for (char *p = room; (p = strstr(p, "\xc2\xa0"));) {
				p[0] = ' ';
				memmove(p + 1, p + 2, strlen(p + 2) + 1);
			}
			ui_fmt_hhmm(t->now[i].end, end);
			ui_fmt(until, (int)sizeof until, tx(s->lang, T_SPOKEN_UNTIL), end);
			ui_fmt(line, (int)sizeof line, "%s, %s, %s", t->now[i].name, room, until);
			add(out, cap, line);
		}
		break;
	}
	case KS_TOPIC:
		add(out, cap, v->topic.topic.title);
		add(out, cap, v->topic.topic.text);
		break;
	case KS_SERVICE: {
		const service_view_t *sv = find_service(v, s->service_id);
		if (!sv)
			break;
		add(out, cap, sv->name);
		add(out, cap, sv->point1);
		add(out, cap, sv->point2);
		add(out, cap, sv->point3);
		break;
	}
	default:
		break;
	}
}
