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

#include <string.h>

#define FX_MON	   day_from_ymd(2026, 11, 23)
#define FX_THU	   day_from_ymd(2026, 11, 26)
#define FX_CLOSED  day_from_ymd(2026, 11, 30)
#define FX_AWAYDAY day_from_ymd(2026, 12, 7)
#define HM(h, m)   ((h)*60 + (m))

/* Finnish, Swedish and English texts; NULL for a missing one. */
static inline tr_t fx_tr3(arena_t *a, const char *fi, const char *sv, const char *en)
{
	tr_t t = {arena_alloc(a, sizeof(tr_entry_t) * 3), 0};
	const char *langs[] = {"fi", "sv", "en"}, *texts[] = {fi, sv, en};
	for (int i = 0; i < 3; i++) {
		if (!texts[i])
			continue;
		strcpy(t.v[t.n].lang, langs[i]);
		t.v[t.n].text = arena_strdup(a, texts[i]);
		t.n++;
	}
	return t;
}
#define TR3(fi, sv, en) fx_tr3(a, fi, sv, en)
#define NONE		TR3(NULL, NULL, NULL)

#define FX_NEW(c, field, count)                                                                    \
	((c)->n##field = (count),                                                                  \
	 (c)->field = arena_alloc((c)->arena, sizeof(*(c)->field) * (count)))

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
		c->site.name = TR3("Ohjaamo Kakkonen", NULL, NULL);
		FX_NEW(c, hours, 1);
		c->hours[0] = (hours_row_t){1, HM(10, 0), HM(14, 0)};
		FX_NEW(c, orgs, 1);
		c->orgs[0] = (org_row_t){.id = "city", .name = TR3("Kaupunki", NULL, NULL)};
		FX_NEW(c, topics, 1);
		c->topics[0] = (topic_row_t){.id = "work",
					     .title = TR3("Työ", NULL, NULL),
					     .colour = WHEEL_WORK,
					     .icon = "work"};
		FX_NEW(c, people, 1);
		c->people[0] = (person_row_t){.id = "dora",
					      .name = "Dora Dahl",
					      .org = "city",
					      .role = TR3("Ohjaaja", NULL, NULL),
					      .languages = "fi",
					      .topics = "work"};
		FX_NEW(c, roster, 1);
		c->roster[0] = (roster_row_t){1, HM(10, 0), HM(14, 0), "dora", NONE};
		return c;
	}

	c->site.name = TR3("Ohjaamo Testi", "Ohjaamo Test", NULL);
	c->site.address = TR3("Kauppakatu 1", NULL, NULL);
	c->site.welcome = TR3("Tervetuloa!", "Välkommen!", "Welcome!");
	c->site.logo = "photos/logo.png";

	FX_NEW(c, hours, 5);
	for (int i = 0; i < 5; i++)
		c->hours[i] = (hours_row_t){i + 1, HM(9, 0), i == 3 ? HM(18, 0) : HM(16, 0)};

	FX_NEW(c, orgs, 2);
	c->orgs[0] = (org_row_t){.id = "city",
				 .name = TR3("Kaupunki", "Staden", "City"),
				 .logo = "photos/city.png",
				 .web = "https://example.org"};
	c->orgs[1] = (org_row_t){.id = "kela", .name = TR3("Kela", NULL, NULL)};

	FX_NEW(c, topics, 3);
	c->topics[0] = (topic_row_t){.id = "housing",
				     .title = TR3("Asuminen", "Boende", "Housing"),
				     .text = TR3("Kysy asumisesta.", NULL, "Ask about housing."),
				     .colour = WHEEL_HOUSING,
				     .icon = "home"};
	c->topics[1] = (topic_row_t){.id = "studies",
				     .title = TR3("Opiskelu", "Studier", "Studies"),
				     .colour = WHEEL_STUDIES,
				     .icon = "study"};
	c->topics[2] = (topic_row_t){.id = "money",
				     .title = TR3("Raha", NULL, NULL),
				     .colour = WHEEL_MONEY,
				     .icon = "money"};

	FX_NEW(c, people, 3);
	c->people[0] = (person_row_t){.id = "aino",
				      .name = "Aino Korhonen",
				      .org = "city",
				      .role = TR3("Nuorisotyöntekijä", NULL, "Youth worker"),
				      .photo = "photos/aino.jpg",
				      .languages = "fi en",
				      .topics = "housing money"};
	c->people[1] = (person_row_t){.id = "bertil",
				      .name = "Bertil Åberg",
				      .org = "kela",
				      .role = TR3("Etuuskäsittelijä", "Handläggare", NULL),
				      .languages = "sv,fi",
				      .topics = "money"};
	c->people[2] = (person_row_t){.id = "chen",
				      .name = "Chen Li",
				      .org = "city",
				      .role = TR3(NULL, NULL, "Study counsellor"),
				      .languages = "en",
				      .topics = "studies"};

	FX_NEW(c, roster, 4);
	c->roster[0] =
		(roster_row_t){1, HM(9, 0), HM(12, 0), "aino", TR3("Huone 1", "Rum 1", NULL)};
	c->roster[1] = (roster_row_t){1, HM(13, 0), HM(16, 0), "aino", TR3("Huone 1", NULL, NULL)};
	c->roster[2] =
		(roster_row_t){1, HM(10, 0), HM(14, 0), "bertil", TR3("Huone 2", NULL, NULL)};
	c->roster[3] = (roster_row_t){2, HM(12, 0), HM(16, 0), "chen", NONE};

	FX_NEW(c, exceptions, 5);
	c->exceptions[0] = (exception_row_t){FX_MON,
					     EXC_EXTRA,
					     "chen",
					     HM(15, 0),
					     HM(16, 0),
					     TR3("Aula", NULL, NULL),
					     TR3("Ylimääräinen käynti", NULL, NULL)};
	c->exceptions[1] = (exception_row_t){
		FX_THU, EXC_HOURS, NULL, HM(12, 0), HM(20, 0), NONE, TR3("Iltapäivä", NULL, NULL)};
	c->exceptions[2] = (exception_row_t){FX_CLOSED,
					     EXC_CLOSED,
					     NULL,
					     -1,
					     -1,
					     NONE,
					     TR3("Koulutuspäivä", NULL, "Training day")};
	c->exceptions[3] = (exception_row_t){FX_AWAYDAY, EXC_AWAY, "bertil", -1, -1, NONE, NONE};
	c->exceptions[4] =
		(exception_row_t){FX_AWAYDAY, EXC_AWAY, "aino", HM(10, 0), HM(11, 0), NONE, NONE};

	FX_NEW(c, help, 2);
	c->help[0] = (help_row_t){.id = "sekasin",
				  .name = TR3("Sekasin-chat", NULL, NULL),
				  .hours = TR3("ma-pe 9-24", NULL, NULL),
				  .web = "https://sekasin.fi",
				  .crisis = true};
	c->help[1] = (help_row_t){.id = "nuortenlinkki",
				  .name = TR3("Nuortenlinkki", NULL, NULL),
				  .web = "https://nuortenlinkki.fi"};

	FX_NEW(c, groups, 2);
	c->groups[0] = (group_row_t){.id = "games",
				     .title = TR3("Pelikerho", NULL, "Games club"),
				     .colour = WHEEL_FREETIME};
	c->groups[1] = (group_row_t){
		.id = "art", .title = TR3("Taidepaja", NULL, NULL), .colour = WHEEL_WELLBEING};
	FX_NEW(c, sessions, 3);
	c->sessions[0] = (session_row_t){
		"games-1", "games", FX_MON, HM(14, 0), HM(16, 0), TR3("Olohuone", NULL, NULL), 2};
	c->sessions[1] = (session_row_t){"games-2", "games",   FX_MON + 7,
					 HM(14, 0), HM(16, 0), TR3("Olohuone", NULL, NULL),
					 10};
	c->sessions[2] = (session_row_t){"art-1", "art", FX_MON + 1, HM(15, 0), HM(17, 0), NONE, 8};

	FX_NEW(c, services, 2);
	c->services[0] = (service_row_t){.id = "kela-youth",
					 .org = "kela",
					 .name = TR3("Kelan nuorten palvelut", NULL, NULL),
					 .point1 = TR3("Opintotuki", NULL, NULL),
					 .keywords = TR3("asumistuki", "bostadsbidrag", NULL),
					 .sector = WHEEL_MONEY,
					 .phone = "020 692 210"};
	c->services[1] =
		(service_row_t){.id = "studio",
				.name = TR3("ÄÄNITYSSTUDIO Ööbel", NULL, "Recording studio"),
				.sector = WHEEL_FREETIME,
				.email = "studio@example.org"};

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
