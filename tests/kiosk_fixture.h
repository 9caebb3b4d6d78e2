/*
 * kiosk_fixture: a realistic kiosk_view_t built by hand, for the screen
 * tests (no database): a Monday at Ohjaamo Keskusta with four people on
 * site (one leaving early, one without a photo, one with a very long role),
 * three coming later (one late), one away, three group sessions (one with
 * a single place, one full), a week with a changed day, a closed day, an
 * away and an extra visit, help contacts and words.
 *
 *	kiosk_view_t v;
 *	kfx_view(&v, photo_root);   photo_root: a folder with aino.jpg etc.,
 *	                            or NULL for no photos at all (initials)
 *	kfx_empty_day(&v);          nobody today
 *	kfx_closed_day(&v);         the site is closed today
 *
 * Header-only; the data is static, so one view at a time per test file.
 */
#ifndef OVI_TEST_KIOSK_FIXTURE_H
#define OVI_TEST_KIOSK_FIXTURE_H

#include <stdio.h>
#include <string.h>

#include "youth/kiosk.h"

#define KFX_YEAR   2026
#define KFX_MONTH  11
#define KFX_DAY	   23 /* a Monday */
#define KFX_MINUTE (11 * 60 + 2)

static char kfx_photo[4][512];

static const char *kfx_site_langs[] = {"fi", "sv", "en", "uk"};

static topic_chip_t kfx_aino_t[] = {{"studies", "Opiskelu", WHEEL_STUDIES},
				    {"work", "Työ", WHEEL_WORK}};
static topic_chip_t kfx_mikko_t[] = {{"work", "Työ", WHEEL_WORK}, {"money", "Raha", WHEEL_MONEY}};
static topic_chip_t kfx_sara_t[] = {{"freetime", "Vapaa-aika", WHEEL_FREETIME},
				    {"mind", "Mieli", WHEEL_WELLBEING},
				    {"rel", "Ihmissuhteet", WHEEL_HOUSING}};
static topic_chip_t kfx_jussi_t[] = {{"money", "Raha", WHEEL_MONEY},
				     {"housing", "Asuminen", WHEEL_HOUSING}};
static const char *kfx_fi_en[] = {"fi", "en"};
static const char *kfx_fi_sv_en[] = {"fi", "sv", "en"};
static const char *kfx_sv_fi[] = {"sv", "fi"};
static const char *kfx_fi[] = {"fi"};

static person_view_t kfx_now[4];
static person_view_t kfx_later[3];
static person_view_t kfx_away[1];
static session_view_t kfx_sessions[3];
static week_slot_t kfx_slots[7][4];
static help_view_t kfx_help[5];

static inline person_view_t kfx_person(const char *id, const char *name, const char *role,
				       const char *org, const char *room, int start, int end,
				       presence_t pr)
{
	person_view_t p;
	memset(&p, 0, sizeof p);
	p.id = id;
	p.name = name;
	p.role = role;
	p.org_id = "";
	p.org_name = org;
	p.room = room;
	p.note = "";
	p.photo = "";
	p.org_logo = "";
	p.start = start;
	p.end = end;
	p.presence = pr;
	return p;
}

static inline week_slot_t kfx_slot(const char *name, const char *org, const char *room, int start,
				   int end, presence_t pr, const char *note)
{
	week_slot_t s = {"", name, org, "", room, note, start, end, pr};
	return s;
}

static inline void kfx_view(kiosk_view_t *v, const char *photo_root)
{
	memset(v, 0, sizeof *v);
	int day = day_from_ymd(KFX_YEAR, KFX_MONTH, KFX_DAY);
	v->now = wall_make(day, KFX_MINUTE);
	v->has_content = true;

	today_view_t *t = &v->today;
	t->day = day;
	t->minute = KFX_MINUTE;
	t->weekday = day_weekday(day);
	t->site = (site_view_t){"keskusta",
				"Ohjaamo Keskusta",
				"Kauppakatu 12 · 2. krs",
				"Tervetuloa!",
				"",
				"fi",
				kfx_site_langs,
				4,
				"Infopiste aulassa"};
	t->hours = (hours_view_t){true, 10 * 60, 17 * 60, false, ""};
	t->open_now = true;

	static const char *names[4] = {"aino.jpg", "mikko.png", "sara.jpg", ""};
	for (int i = 0; i < 4; i++) {
		kfx_photo[i][0] = 0;
		if (photo_root && *names[i])
			snprintf(kfx_photo[i], sizeof kfx_photo[i], "%s/%s", photo_root, names[i]);
	}
	kfx_now[0] = kfx_person("aino", "Aino Korhonen", "Opinto-ohjaaja", "Ohjaamo Virta",
				"Huone 1", 9 * 60, 15 * 60, PRESENCE_SCHEDULED);
	kfx_now[0].photo = kfx_photo[0];
	kfx_now[0].languages = kfx_fi_sv_en;
	kfx_now[0].nlanguages = 3;
	kfx_now[0].topics = kfx_aino_t;
	kfx_now[0].ntopics = 2;
	kfx_now[1] =
		kfx_person("mikko", "Mikko Virtanen", "Työllisyyspalveluiden nuorisokoordinaattori",
			   "TE-palvelut", "Aula", 10 * 60, 14 * 60, PRESENCE_LEAVES_EARLY);
	kfx_now[1].photo = kfx_photo[1];
	kfx_now[1].languages = kfx_fi_en;
	kfx_now[1].nlanguages = 2;
	kfx_now[1].topics = kfx_mikko_t;
	kfx_now[1].ntopics = 2;
	kfx_now[2] = kfx_person("sara", "Sara Lindqvist", "Nuoriso-ohjaaja", "Nuorisopalvelut",
				"Olohuone", 10 * 60, 17 * 60, PRESENCE_HERE);
	kfx_now[2].photo = kfx_photo[2];
	kfx_now[2].languages = kfx_sv_fi;
	kfx_now[2].nlanguages = 2;
	kfx_now[2].topics = kfx_sara_t;
	kfx_now[2].ntopics = 3;
	kfx_now[3] = kfx_person("jussi", "Jussi Heikkinen", "Palveluneuvoja", "Kela", "Huone 2",
				10 * 60, 14 * 60, PRESENCE_SCHEDULED);
	kfx_now[3].note = "Ei ajanvarausta: tule juttelemaan.";
	kfx_now[3].languages = kfx_fi;
	kfx_now[3].nlanguages = 1;
	kfx_now[3].topics = kfx_jussi_t;
	kfx_now[3].ntopics = 2;
	t->now = kfx_now;
	t->nnow = 4;

	kfx_later[0] =
		kfx_person("hanna", "Hanna Mäkelä", "Psykiatrinen sairaanhoitaja",
			   "Hyvinvointialue", "Huone 3", 12 * 60, 16 * 60, PRESENCE_SCHEDULED);
	kfx_later[1] = kfx_person("pekka", "Pekka Nieminen", "Talous- ja velkaneuvoja",
				  "Talous- ja velkaneuvonta", "Huone 2", 13 * 60, 16 * 60,
				  PRESENCE_SCHEDULED);
	kfx_later[2] = kfx_person("leena", "Leena Laine", "Etsivä nuorisotyöntekijä",
				  "Etsivä nuorisotyö", "", 14 * 60 + 30, 17 * 60, PRESENCE_LATE);
	t->later = kfx_later;
	t->nlater = 3;
	kfx_away[0] = kfx_person("olli", "Olli Saarinen", "Nuorisotyönohjaaja", "Seurakunta", "",
				 10 * 60, 14 * 60, PRESENCE_AWAY);
	kfx_away[0].note = "Koulutuksessa";
	t->away = kfx_away;
	t->naway = 1;

	kfx_sessions[0] = (session_view_t){"s1", "tyonhaku", "Työnhakupaja", "Huone 1", WHEEL_WORK,
					   day,	 12 * 60,    14 * 60,	     10,	9,
					   0,	 1,	     false,	     false};
	kfx_sessions[1] = (session_view_t){"s2", "peli",  "Pelikerho", "Olohuone", WHEEL_FREETIME,
					   day,	 15 * 60, 17 * 60,     8,	   5,
					   0,	 3,	  false,       false};
	kfx_sessions[2] =
		(session_view_t){"s3", "kokkaus", "Kokkauskurssi", "Keittiö", WHEEL_HOUSING,
				 day,  17 * 60,	  19 * 60,	   6,	      6,
				 2,    0,	  false,	   false};
	t->sessions = kfx_sessions;
	t->nsessions = 3;

	/* The week: Monday (today) .. Sunday. */
	for (int i = 0; i < 7; i++) {
		week_day_t *d = &v->week.days[i];
		d->day = day + i;
		d->weekday = i + 1;
		d->hours = (hours_view_t){i < 5, i < 5 ? 10 * 60 : -1, i < 5 ? 17 * 60 : -1, false,
					  ""};
		d->slots = kfx_slots[i];
	}
	week_slot_t *s = kfx_slots[0];
	s[0] = kfx_slot("Aino Korhonen", "Ohjaamo Virta", "Huone 1", 9 * 60, 15 * 60,
			PRESENCE_SCHEDULED, "");
	s[1] = kfx_slot("Mikko Virtanen", "TE-palvelut", "Aula", 10 * 60, 14 * 60,
			PRESENCE_SCHEDULED, "");
	s[2] = kfx_slot("Olli Saarinen", "Seurakunta", "", 10 * 60, 14 * 60, PRESENCE_AWAY,
			"Koulutuksessa");
	s[3] = kfx_slot("Hanna Mäkelä", "Hyvinvointialue", "Huone 3", 12 * 60, 16 * 60,
			PRESENCE_SCHEDULED, "");
	v->week.days[0].nslots = 4;
	/* Tuesday: shorter hours for a staff training. */
	v->week.days[1].hours =
		(hours_view_t){true, 12 * 60, 16 * 60, true, "Henkilökunnan koulutus"};
	kfx_slots[1][0] = kfx_slot("Sara Lindqvist", "Nuorisopalvelut", "Olohuone", 12 * 60,
				   16 * 60, PRESENCE_SCHEDULED, "");
	kfx_slots[1][1] = kfx_slot("Jussi Heikkinen", "Kela", "Huone 2", 12 * 60, 15 * 60,
				   PRESENCE_SCHEDULED, "");
	v->week.days[1].nslots = 2;
	/* Wednesday: an extra visit. */
	kfx_slots[2][0] = kfx_slot("Aino Korhonen", "Ohjaamo Virta", "Huone 1", 10 * 60, 15 * 60,
				   PRESENCE_SCHEDULED, "");
	kfx_slots[2][1] = kfx_slot("Mari Työllisyyspalveluiden-Koordinaattori", "TE-palvelut",
				   "Aula", 13 * 60, 16 * 60, PRESENCE_EXTRA, "");
	v->week.days[2].nslots = 2;
	/* Thursday: one away for the whole day. */
	kfx_slots[3][0] = kfx_slot("Aino Korhonen", "Ohjaamo Virta", "Huone 1", 10 * 60, 15 * 60,
				   PRESENCE_AWAY, "Lomalla");
	kfx_slots[3][1] = kfx_slot("Pekka Nieminen", "Talous- ja velkaneuvonta", "Huone 2", 13 * 60,
				   16 * 60, PRESENCE_SCHEDULED, "");
	v->week.days[3].nslots = 2;
	/* Friday: closed, with a note. */
	v->week.days[4].hours = (hours_view_t){false, -1, -1, true, "Henkilökunnan virkistyspäivä"};

	kfx_help[0] = (help_view_t){"112",	 "Hätänumero 112",
				    "Aina auki", "Kun henki tai terveys on vaarassa, soita heti.",
				    "112",	 "112.fi",
				    true};
	kfx_help[1] = (help_view_t){"kriisi",
				    "MIELI Kriisipuhelin",
				    "Suomeksi joka päivä, ympäri vuorokauden",
				    "Nimetöntä keskusteluapua, kun olo on raskas.",
				    "09 2525 0111",
				    "mieli.fi",
				    true};
	kfx_help[2] = (help_view_t){
		"exit",	      "Nuorten Exit",
		"ma–pe 9–16", "Tukea, jos olet jäänyt jumiin kotiin tai kaipaat juttuseuraa.",
		"",	      "nuortenexit.fi",
		false};
	kfx_help[3] = (help_view_t){"sekasin",
				    "Sekasin-chat",
				    "Joka päivä puoleenyöhön asti",
				    "Anonyymi chat 12–29-vuotiaille.",
				    "",
				    "sekasin.fi",
				    true};
	kfx_help[4] = (help_view_t){"nollalinja",
				    "Nollalinja",
				    "Joka päivä, ympäri vuorokauden",
				    "Apua, jos koet väkivaltaa läheisessä ihmissuhteessa.",
				    "080 005 005",
				    "nollalinja.fi",
				    false};
	v->help.v = kfx_help;
	v->help.n = 5;
}

/* Nobody on site, nobody later, no groups: an open but empty day. */
static inline void kfx_empty_day(kiosk_view_t *v)
{
	v->today.nnow = v->today.nlater = v->today.naway = v->today.nsessions = 0;
	v->week.days[0].nslots = 0;
}

/* The site is closed today (a holiday); nobody comes. */
static inline void kfx_closed_day(kiosk_view_t *v)
{
	kfx_empty_day(v);
	v->today.hours = (hours_view_t){false, -1, -1, true, "Itsenäisyyspäivän aatto"};
	v->today.open_now = false;
	v->week.days[0].hours = v->today.hours;
}

#endif
