/*
 * model_fixture: a small site's content built by hand, for the model tests.
 *
 * Monday 2026-11-23 (FX_MON) is the reference day. Weekly hours Mon-Fri
 * 9-16 (Thu until 18). Aino (city) Mon 9-12 and 13-16 in "Huone 1"/"Rum 1",
 * Bertil (kela) Mon 10-14, Chen (city) Tue 12-16. Exceptions: Chen extra on
 * FX_MON 15-16 in the lobby; Thu 2026-11-26 hours 12-20; Mon 2026-11-30
 * closed; Mon 2026-12-07 Bertil away all day and Aino away 10-11.
 * variant 2 is a smaller, different bundle (for "apply twice replaces").
 */
#ifndef OVI_TESTS_MODEL_FIXTURE_H
#define OVI_TESTS_MODEL_FIXTURE_H

#include "core/timeutil.h"
#include "model/content.h"

#include <stdarg.h>
#include <string.h>

#define FX_MON day_from_ymd(2026, 11, 23)
#define FX_THU day_from_ymd(2026, 11, 26)
#define FX_CLOSED day_from_ymd(2026, 11, 30)
#define FX_AWAYDAY day_from_ymd(2026, 12, 7)
#define HM(h, m) ((h) * 60 + (m))

/* A tr_t from (lang, text) pairs ending with NULL. */
static inline tr_t fx_tr(arena_t *a, ...)
{
	tr_t t = {arena_alloc(a, sizeof(tr_entry_t) * 8), 0};
	va_list ap;
	va_start(ap, a);
	const char *lang;
	while ((lang = va_arg(ap, const char *))) {
		const char *text = va_arg(ap, const char *);
		strcpy(t.v[t.n].lang, lang);
		t.v[t.n].text = arena_strdup(a, text);
		t.n++;
	}
	va_end(ap);
	return t;
}

#define FX_NEW(c, field, count) \
	((c)->n##field = (count), (c)->field = arena_alloc((c)->arena, sizeof(*(c)->field) * (count)))

static inline content_t *fx_content(int variant)
{
	content_t *c = content_new();
	arena_t *a = c->arena;
	bundle_meta_t *mt = &c->meta;
	mt->format = 1;
	strcpy(mt->site, "test-site");
	mt->serial = variant == 2 ? 2 : 1;
	mt->created = wall_make(FX_MON - 3, HM(9, 0));
	strcpy(mt->languages[0], "fi");
	strcpy(mt->languages[1], "sv");
	strcpy(mt->languages[2], "en");
	mt->nlang = 3;
	strcpy(mt->default_lang, "fi");

	if (variant == 2) {
		c->site.name = fx_tr(a, "fi", "Ohjaamo Kakkonen", NULL);
		FX_NEW(c, hours, 1);
		c->hours[0] = (hours_row_t){1, HM(10, 0), HM(14, 0)};
		FX_NEW(c, orgs, 1);
		c->orgs[0] = (org_row_t){.id = "city", .name = fx_tr(a, "fi", "Kaupunki", NULL)};
		FX_NEW(c, topics, 1);
		c->topics[0] = (topic_row_t){.id = "work", .title = fx_tr(a, "fi", "Työ", NULL),
					     .colour = WHEEL_WORK, .icon = "work"};
		FX_NEW(c, people, 1);
		c->people[0] = (person_row_t){.id = "dora", .name = "Dora Dahl", .org = "city",
					      .role = fx_tr(a, "fi", "Ohjaaja", NULL),
					      .languages = "fi", .topics = "work"};
		FX_NEW(c, roster, 1);
		c->roster[0] = (roster_row_t){1, HM(10, 0), HM(14, 0), "dora", fx_tr(a, NULL)};
		return c;
	}

	c->site.name = fx_tr(a, "fi", "Ohjaamo Testi", "sv", "Ohjaamo Test", NULL);
	c->site.address = fx_tr(a, "fi", "Kauppakatu 1", NULL);
	c->site.welcome = fx_tr(a, "fi", "Tervetuloa!", "sv", "Välkommen!", "en", "Welcome!", NULL);
	c->site.logo = "photos/logo.png";

	FX_NEW(c, hours, 5);
	for (int i = 0; i < 5; i++)
		c->hours[i] = (hours_row_t){i + 1, HM(9, 0), i == 3 ? HM(18, 0) : HM(16, 0)};

	FX_NEW(c, orgs, 2);
	c->orgs[0] = (org_row_t){.id = "city",
				 .name = fx_tr(a, "fi", "Kaupunki", "sv", "Staden", "en", "City", NULL),
				 .logo = "photos/city.png", .web = "https://example.org"};
	c->orgs[1] = (org_row_t){.id = "kela", .name = fx_tr(a, "fi", "Kela", NULL)};

	FX_NEW(c, topics, 3);
	c->topics[0] = (topic_row_t){.id = "housing",
				     .title = fx_tr(a, "fi", "Asuminen", "sv", "Boende", "en", "Housing",
						    NULL),
				     .text = fx_tr(a, "fi", "Kysy asumisesta.", "en", "Ask about housing.",
						   NULL),
				     .colour = WHEEL_HOUSING, .icon = "home"};
	c->topics[1] = (topic_row_t){.id = "studies",
				     .title = fx_tr(a, "fi", "Opiskelu", "sv", "Studier", "en", "Studies",
						    NULL),
				     .colour = WHEEL_STUDIES, .icon = "study"};
	c->topics[2] = (topic_row_t){.id = "money", .title = fx_tr(a, "fi", "Raha", NULL),
				     .colour = WHEEL_MONEY, .icon = "money"};

	FX_NEW(c, people, 3);
	c->people[0] = (person_row_t){.id = "aino", .name = "Aino Korhonen", .org = "city",
				      .role = fx_tr(a, "fi", "Nuorisotyöntekijä", "en", "Youth worker",
						    NULL),
				      .photo = "photos/aino.jpg", .languages = "fi en",
				      .topics = "housing money"};
	c->people[1] = (person_row_t){.id = "bertil", .name = "Bertil Åberg", .org = "kela",
				      .role = fx_tr(a, "fi", "Etuuskäsittelijä", "sv", "Handläggare",
						    NULL),
				      .languages = "sv,fi", .topics = "money"};
	c->people[2] = (person_row_t){.id = "chen", .name = "Chen Li", .org = "city",
				      .role = fx_tr(a, "en", "Study counsellor", NULL),
				      .languages = "en", .topics = "studies"};

	FX_NEW(c, roster, 4);
	c->roster[0] = (roster_row_t){1, HM(9, 0), HM(12, 0), "aino",
				      fx_tr(a, "fi", "Huone 1", "sv", "Rum 1", NULL)};
	c->roster[1] = (roster_row_t){1, HM(13, 0), HM(16, 0), "aino", fx_tr(a, "fi", "Huone 1", NULL)};
	c->roster[2] = (roster_row_t){1, HM(10, 0), HM(14, 0), "bertil", fx_tr(a, "fi", "Huone 2", NULL)};
	c->roster[3] = (roster_row_t){2, HM(12, 0), HM(16, 0), "chen", fx_tr(a, NULL)};

	FX_NEW(c, exceptions, 5);
	c->exceptions[0] = (exception_row_t){FX_MON, EXC_EXTRA, "chen", HM(15, 0), HM(16, 0),
					     fx_tr(a, "fi", "Aula", NULL),
					     fx_tr(a, "fi", "Ylimääräinen käynti", NULL)};
	c->exceptions[1] = (exception_row_t){FX_THU, EXC_HOURS, NULL, HM(12, 0), HM(20, 0),
					     fx_tr(a, NULL), fx_tr(a, "fi", "Iltapäivä", NULL)};
	c->exceptions[2] = (exception_row_t){FX_CLOSED, EXC_CLOSED, NULL, -1, -1, fx_tr(a, NULL),
					     fx_tr(a, "fi", "Koulutuspäivä", "en", "Training day",
						   NULL)};
	c->exceptions[3] = (exception_row_t){FX_AWAYDAY, EXC_AWAY, "bertil", -1, -1, fx_tr(a, NULL),
					     fx_tr(a, NULL)};
	c->exceptions[4] = (exception_row_t){FX_AWAYDAY, EXC_AWAY, "aino", HM(10, 0), HM(11, 0),
					     fx_tr(a, NULL), fx_tr(a, NULL)};

	FX_NEW(c, help, 2);
	c->help[0] = (help_row_t){.id = "sekasin", .name = fx_tr(a, "fi", "Sekasin-chat", NULL),
				  .hours = fx_tr(a, "fi", "ma-pe 9-24", NULL),
				  .web = "https://sekasin.fi", .crisis = true};
	c->help[1] = (help_row_t){.id = "nuortenlinkki", .name = fx_tr(a, "fi", "Nuortenlinkki", NULL),
				  .web = "https://nuortenlinkki.fi"};

	FX_NEW(c, groups, 2);
	c->groups[0] = (group_row_t){.id = "games",
				     .title = fx_tr(a, "fi", "Pelikerho", "en", "Games club", NULL),
				     .colour = WHEEL_FREETIME};
	c->groups[1] = (group_row_t){.id = "art", .title = fx_tr(a, "fi", "Taidepaja", NULL),
				     .colour = WHEEL_WELLBEING};
	FX_NEW(c, sessions, 3);
	c->sessions[0] = (session_row_t){"games-1", "games", FX_MON, HM(14, 0), HM(16, 0),
					 fx_tr(a, "fi", "Olohuone", NULL), 2};
	c->sessions[1] = (session_row_t){"games-2", "games", FX_MON + 7, HM(14, 0), HM(16, 0),
					 fx_tr(a, "fi", "Olohuone", NULL), 10};
	c->sessions[2] = (session_row_t){"art-1", "art", FX_MON + 1, HM(15, 0), HM(17, 0),
					 fx_tr(a, NULL), 8};

	FX_NEW(c, services, 2);
	c->services[0] = (service_row_t){.id = "kela-youth", .org = "kela",
					 .name = fx_tr(a, "fi", "Kelan nuorten palvelut", NULL),
					 .point1 = fx_tr(a, "fi", "Opintotuki", NULL),
					 .keywords = fx_tr(a, "fi", "asumistuki", "sv", "bostadsbidrag",
							   NULL),
					 .sector = WHEEL_MONEY, .phone = "020 692 210"};
	c->services[1] = (service_row_t){.id = "studio",
					 .name = fx_tr(a, "fi", "ÄÄNITYSSTUDIO Ööbel", "en",
						       "Recording studio", NULL),
					 .sector = WHEEL_FREETIME, .email = "studio@example.org"};

	FX_NEW(c, words, 3);
	c->words[0] = (word_row_t){WORD_CRISIS, "fi", "itsemurha"};
	c->words[1] = (word_row_t){WORD_CRISIS, "en", "suicide"};
	c->words[2] = (word_row_t){WORD_BLOCKED, NULL, "perkele"};
	return c;
}

static inline bundle_record_t fx_record(const char *path)
{
	bundle_record_t r;
	memset(&r, 0, sizeof r);
	strcpy(r.keyid, "0123456789ABCDEF");
	strcpy(r.path, path);
	strcpy(r.source, "usb:/media/test");
	return r;
}

#endif
