/*
 * kapp_youth_usage: the anonymous counts a site's funders ask for ("how is it used"),
 * by day and hour (model_count()). Nothing counted identifies anyone or
 * keeps what was typed:
 *
 *   visit          a visit: the first touch that did something after a reset
 *   visit_language the language a visit ended in (key: the code)
 *   screen         a screen opened (key: kiosk_screen_name())
 *   topic_view, group_view, service_view   what was opened (key: its id)
 *   language       a language button pressed (key: the code)
 *   search         a services search, once it is over (key: "hit" when it
 *                  showed services, "miss" when none; never the words)
 *   feedback       "How was your visit?" (key: 1 not good, 2 okay, 3 good;
 *                  nothing else with it)
 *   number, question, signup, cancel, group_idea   counted by the model's
 *                  writes themselves, in the same transaction
 */
#if OVI_HAVE_PLATFORM
#include "app/kapp_youth.h"

#include "core/err.h"
#include "core/log.h"

#include <stdint.h>
#include <string.h>

static void count(kapp_t *a, const char *kind, const char *key)
{
	if (model_count(a->m, clock_now(), kind, key) < 0)
		log_warn("kiosk: counting %s: %s", kind, err_last());
}

/* FNV-1a of the search text: which search was counted, never the text. */
static uint64_t text_hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

/* A services search that was going on is over: counted once, also when the
 * visitor comes back to its results from a service it found. */
static void search_over(kapp_t *a, bool opened_one)
{
	if (!a->youth.usage.search_pending)
		return;
	a->youth.usage.search_pending = false;
	count(a, "search", opened_one || a->youth.usage.search_hits ? "hit" : "miss");
	a->youth.usage.search_counted = a->youth.usage.search_key;
}

void kapp_youth_usage_before(kapp_t *a, const ui_action_t *act)
{
	if (!a->youth.usage.in_visit) {
		a->youth.usage.in_visit = true;
		count(a, "visit", "");
	}
	/* What the search shows now (the view is refilled after each key). */
	if (a->youth.st.screen == KS_SERVICES && a->youth.st.kb.text[0]) {
		uint64_t key = text_hash(a->youth.st.kb.text);
		if (key != a->youth.usage.search_counted) {
			a->youth.usage.search_pending = true;
			a->youth.usage.search_key = key;
			a->youth.usage.search_hits =
				a->youth.view.services.searched && a->youth.view.services.n > 0;
		}
	}
	if (act->kind == KA_OPEN_SERVICE)
		search_over(a, true);
}

void kapp_youth_usage_after(kapp_t *a, const ui_action_t *act, kiosk_screen_t before)
{
	const char *kind = act->kind == KA_OPEN_TOPIC	  ? "topic_view"
			   : act->kind == KA_OPEN_GROUP	  ? "group_view"
			   : act->kind == KA_OPEN_SERVICE ? "service_view"
			   : act->kind == KA_LANG	  ? "language"
							  : NULL;
	if (kind && act->id[0])
		count(a, kind, act->id);
	if (act->kind == KA_FEEDBACK)
		kapp_youth_usage_feedback(a, (int)act->arg);
	if (a->youth.st.screen != before)
		count(a, "screen", kiosk_screen_name(a->youth.st.screen));
	/* Left the services screen, or emptied the search. */
	if (a->youth.st.screen != KS_SERVICES || !a->youth.st.kb.text[0])
		search_over(a, false);
}

void kapp_youth_usage_feedback(kapp_t *a, int face)
{
	if (face < 1 || face > 3)
		return;
	char key[2] = {(char)('0' + face), 0};
	count(a, "feedback", key);
}

void kapp_youth_usage_end_visit(kapp_t *a)
{
	if (!a->youth.usage.in_visit)
		return;
	search_over(a, false);
	count(a, "visit_language", a->youth.st.lang);
	memset(&a->youth.usage, 0, sizeof a->youth.usage);
}
#endif
