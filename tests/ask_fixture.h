/*
 * ask_fixture: the kiosk fixture (tests/kiosk_fixture.h: the site, today,
 * help contacts, words) plus what the "ask about anything" screens show, in
 * fi, sv and en: the demo site's ten topics, the Housing topic open with two
 * people here now and one later, and three answered questions. Also the
 * content area the frame leaves a screen, for testing a screen alone.
 *
 * Header-only: included by tests/test_youth_ask.c and tests/test_platform_ask.c.
 */
#ifndef OVI_TEST_ASK_FIXTURE_H
#define OVI_TEST_ASK_FIXTURE_H

#include <string.h>

#include "kiosk_fixture.h"
#include "youth/kiosk.h"
#include "youth/kiosk_draw.h"

enum { AFX_FI = 0, AFX_SV, AFX_EN };

static inline int afx_lang(const char *lang)
{
	return !strcmp(lang, "fi") ? AFX_FI : !strcmp(lang, "sv") ? AFX_SV : AFX_EN;
}

#define AFX_NTOPICS 10

static const char *const afx_topic_ids[AFX_NTOPICS] = {
	"work",		 "studies",  "money",  "housing", "mind",
	"relationships", "freetime", "dreams", "food",	  "papers"};
static const char *const afx_topic_icons[AFX_NTOPICS] = {"work",  "study", "money", "home", "mind",
							 "heart", "free",  "star",  "food", "law"};
static const wheel_t afx_topic_wheels[AFX_NTOPICS] = {
	WHEEL_WORK,    WHEEL_STUDIES,  WHEEL_MONEY,   WHEEL_HOUSING,   WHEEL_WELLBEING,
	WHEEL_HOUSING, WHEEL_FREETIME, WHEEL_STUDIES, WHEEL_WELLBEING, WHEEL_MONEY};
static const char *const afx_topic_titles[3][AFX_NTOPICS] = {
	{"Työ", "Opiskelu", "Raha", "Asuminen", "Mieli", "Ihmissuhteet", "Vapaa-aika", "Unelmat",
	 "Ruoka", "Paperit ja oikeudet"},
	{"Arbete", "Studier", "Pengar", "Boende", "Mående", "Relationer", "Fritid", "Drömmar",
	 "Mat", "Papper och rättigheter"},
	{"Work", "Studies", "Money", "Housing", "Mind", "Relationships", "Free time", "Dreams",
	 "Food", "Papers and rights"}};
static const char *const afx_housing_text[3] = {
	"Oma asunto, vuokra, asumistuki, muutto kotoa tai riita kämppiksen kanssa. Kaikki "
	"kysymykset ovat hyviä – täällä ei tarvitse tietää, kenen puoleen kääntyä.",
	"Egen bostad, hyra, bostadsbidrag, att flytta hemifrån eller bråk med rumskompisen. Alla "
	"frågor är bra – här behöver du inte veta vem du ska vända dig till.",
	"Your own place, rent, housing allowance, moving out or trouble with a flatmate. Every "
	"question is a good one – you don't need to know who to ask."};

static const char *const afx_roles[3][3] = {
	{"Etuusasiantuntija", "Nuorisotyöntekijä", "Asumisneuvoja"},
	{"Förmånsexpert", "Ungdomsarbetare", "Boenderådgivare"},
	{"Benefits advisor", "Youth worker", "Housing advisor"}};
static const char *const afx_orgs[3][3] = {{"Kela", "Nuorisotyö", "Asumisneuvonta"},
					   {"FPA", "Ungdomsarbetet", "Boenderådgivningen"},
					   {"Kela", "Youth work", "Housing advice"}};
static const char *const afx_rooms[3][3] = {{"Huone 2", "Olohuone", "Huone 1"},
					    {"Rum 2", "Vardagsrummet", "Rum 1"},
					    {"Room 2", "Living room", "Room 1"}};

static const char *const afx_q[3][3] = {
	{"Voiko asumistukea saada, jos asun kämppiksen kanssa?",
	 "Mitä teen, jos vuokranantaja ei palauta takuuvuokraa?", "Mistä löydän halvan yksiön?"},
	{"Kan man få bostadsbidrag om man bor med en rumskompis?",
	 "Vad gör jag om hyresvärden inte betalar tillbaka hyresgarantin?",
	 "Var hittar jag en billig etta?"},
	{"Can I get housing allowance if I live with a flatmate?",
	 "What do I do if my landlord won't return the deposit?",
	 "Where do I find a cheap studio flat?"}};
static const char *const afx_a[3][3] = {
	{"Voi! Kela laskee tuen sinun omasta osuudestasi vuokrasta. Tee oma vuokrasopimus tai "
	 "liitä hakemukseen selvitys siitä, miten vuokra jaetaan.",
	 "Pyydä ensin kirjallisesti. Jos ei auta, kuluttajaneuvonta auttaa maksutta – tuo "
	 "vuokrasopimus mukaan, niin katsotaan yhdessä.",
	 "Kaupungin vuokra-asuntoja kannattaa hakea heti, ja nuorisoasuntoja on myös säätiöillä. "
	 "Asumisneuvoja auttaa hakemuksessa tiistaisin."},
	{"Ja! FPA räknar stödet på din egen andel av hyran. Gör ett eget hyresavtal eller bifoga "
	 "en utredning om hur hyran delas.",
	 "Be först skriftligt. Om det inte hjälper, hjälper konsumentrådgivningen gratis – ta med "
	 "hyresavtalet så tittar vi på det tillsammans.",
	 "Sök stadens hyresbostäder genast, och stiftelser har också ungdomsbostäder. "
	 "Boenderådgivaren hjälper med ansökan på tisdagar."},
	{"Yes! Kela works out the allowance from your own share of the rent. Make your own "
	 "tenancy agreement or add a note on how the rent is split.",
	 "Ask in writing first. If that doesn't work, consumer advice helps for free – bring "
	 "your tenancy agreement and we'll look at it together.",
	 "Apply for the city's rental flats straight away; foundations have youth flats too. The "
	 "housing advisor helps with applications on Tuesdays."}};

typedef struct afx {
	kiosk_view_t v;
	topic_view_t topics[AFX_NTOPICS];
	person_view_t helpers[3];
	qa_view_t qa[3];
	char photo[3][512];
} afx_t;

/* Fills f for lang; the open topic is Housing. photo_root: a folder with
 * sara.jpg and mikko.png (content/photos), or NULL for initials. */
static inline void afx_build(afx_t *f, const char *lang, const char *photo_root)
{
	int l = afx_lang(lang);
	memset(f, 0, sizeof *f);
	kiosk_view_t *v = &f->v;
	kfx_view(v, photo_root);
	int day = v->today.day;
	for (int i = 0; i < AFX_NTOPICS; i++)
		f->topics[i] = (topic_view_t){afx_topic_ids[i], afx_topic_titles[l][i],
					      i == 3 ? afx_housing_text[l] : "", afx_topic_icons[i],
					      afx_topic_wheels[i]};
	v->topics.v = f->topics;
	v->topics.n = AFX_NTOPICS;

	static const char *const names[3] = {"Jussi Heikkinen", "Sara Lindqvist", "Mikko Virtanen"};
	static const int start[3] = {600, 600, 780}, end[3] = {840, 1020, 960};
	static const char *const photos[3] = {"", "sara.jpg", "mikko.png"};
	for (int i = 0; i < 3; i++) {
		if (photo_root && *photos[i])
			snprintf(f->photo[i], sizeof f->photo[i], "%s/%s", photo_root, photos[i]);
		f->helpers[i] =
			(person_view_t){.id = names[i],
					.name = names[i],
					.role = afx_roles[l][i],
					.org_id = "",
					.org_name = afx_orgs[l][i],
					.room = afx_rooms[l][i],
					.note = "",
					.photo = f->photo[i],
					.org_logo = "",
					.start = start[i],
					.end = end[i],
					.presence = i < 2 ? PRESENCE_HERE : PRESENCE_SCHEDULED};
	}
	for (int i = 0; i < 3; i++)
		f->qa[i] = (qa_view_t){100 + i,
				       lang,
				       afx_q[l][i],
				       afx_a[l][i],
				       wall_make(day - 3 - i, 600),
				       wall_make(day - 2 - i, 700)};
	v->topic = (topic_detail_t){f->topics[3], f->helpers, 3, 2, f->qa, 3};
}

/* The state for screen in lang, on the Housing topic (number 17). */
static inline void afx_state(kiosk_state_t *s, const char *lang, kiosk_screen_t screen)
{
	kiosk_state_init(s, lang);
	s->screen = screen;
	if (screen != KS_ASK)
		strcpy(s->topic_id, "housing");
	ui_kb_init(&s->kb, ui_kb_layout_for(lang), KIOSK_QUESTION_MAX);
	s->kb.auto_cap = s->kb.shift = true;
	if (screen == KS_NUMBER)
		s->number = 17;
}

/* The content area the frame (kiosk_frame.c) leaves a screen, near enough:
 * the page margins, a header, and the bottom bar unless typing. */
static inline ui_rect_t afx_area_for(ui_t *ui, kiosk_screen_t screen)
{
	ui_rect_t r = ui_screen(ui);
	int m = ui_page_margin(ui), head = ui_dp(ui, 128);
	int bar = screen == KS_QUESTION ? 0 : ui_dp(ui, 142);
	return (ui_rect_t){r.x + m, r.y + head, r.w - 2 * m, r.h - head - bar};
}

#endif
