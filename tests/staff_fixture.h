/*
 * staff_fixture: a realistic staff_view_t built by hand for the staff
 * screen tests (no database), on top of kiosk_fixture.h's Monday at Ohjaamo
 * Keskusta: the same roster plus a walk-in visitor and staff's changes,
 * five queue numbers (waiting, called, done, no-show), three pending
 * questions (one crisis-flagged, one long, one in Swedish), upcoming
 * sessions (one cancelled, one with sign-ups closed), the sign-ups of the
 * full cooking session with its waiting list, two group ideas, three PINs,
 * the staff log, an unsigned bundle and a rejected import with errors.
 *
 *	staff_view_t v;
 *	sfx_view(&v, photo_root);   as kfx_view()
 *	sfx_empty(&v);              nothing waiting anywhere
 *
 * Header-only; the data is static, so one view at a time per test file.
 */
#ifndef OVI_TEST_STAFF_FIXTURE_H
#define OVI_TEST_STAFF_FIXTURE_H

#include "kiosk_fixture.h"
#include "staff/staff.h"

static kiosk_view_t sfx_kv;
static person_view_t sfx_now[5];
static staff_person_t sfx_people[9];
static override_row_t sfx_over[4];
static queue_item_t sfx_queue[5];
static pending_question_t sfx_q[3];
static session_view_t sfx_sessions[5];
static signup_row_t sfx_signups[8];
static idea_row_t sfx_ideas[2];
static staff_pin_t sfx_pins[3];
static staff_log_entry_t sfx_log[6];

#define SFX_CRISIS_Q "En jaksa enää mitään. Onko täällä joku jolle voi puhua tänään?"
#define SFX_LONG_Q                                                                                 \
	"Mun vuokranantaja sanoo että mun pitää muuttaa kuun loppuun mennessä, koska se myy "  \
	"asunnon. Voiko se tehdä niin? Mulla on toistaiseksi voimassa oleva sopimus ja oon "      \
	"asunut siellä kaksi vuotta. Mistä saan apua ja mitä mun pitäis tehdä ensin?"
#define SFX_SV_Q "Kan man få hjälp med att skriva ett CV på svenska här?"
#define SFX_NICK "Kissakala"
#define SFX_PIN	 "4711"

static inline wall_t sfx_at(int minute)
{
	return wall_make(day_from_ymd(KFX_YEAR, KFX_MONTH, KFX_DAY), minute);
}

static inline void sfx_view(staff_view_t *v, const char *photo_root)
{
	memset(v, 0, sizeof *v);
	kfx_view(&sfx_kv, photo_root);
	v->now = sfx_kv.now;
	v->today = sfx_kv.today;
	int day = v->today.day;

	/* The roster with a walk-in visitor among those on site now. */
	for (int i = 0; i < 4; i++)
		sfx_now[i] = v->today.now[i];
	sfx_now[4] = kfx_person("", "Matti Vierailija", "", "Kaupungin asumisneuvonta", "Huone 4",
				11 * 60, 13 * 60, PRESENCE_WALKIN);
	v->today.now = sfx_now;
	v->today.nnow = 5;
	/* Staff's changes: Mikko leaves early, Sara marked in, Leena late,
	 * the visitor. */
	sfx_over[0] = (override_row_t){1,  day, "mikko", "Mikko Virtanen", OVERRIDE_LEAVES, 14 * 60,
				       -1, -1,	"",	 sfx_at(9 * 60)};
	sfx_over[1] = (override_row_t){2,  day, "sara", "Sara Lindqvist", OVERRIDE_HERE, 10 * 60,
				       -1, -1,	"",	sfx_at(10 * 60)};
	sfx_over[2] =
		(override_row_t){3,  day, "leena", "Leena Laine",	OVERRIDE_LATE, 14 * 60 + 30,
				 -1, -1,  "",	   sfx_at(10 * 60 + 30)};
	sfx_over[3] =
		(override_row_t){4,  day,     "",      "Matti Vierailija", OVERRIDE_WALKIN,
				 -1, 11 * 60, 13 * 60, "Huone 4",	   sfx_at(10 * 60 + 58)};
	v->overrides = (override_list_t){sfx_over, 4};

	static const char *pn[9][3] = {{"aino", "Aino Korhonen", "Ohjaamo Virta"},
				       {"hanna", "Hanna Mäkelä", "Hyvinvointialue"},
				       {"jussi", "Jussi Heikkinen", "Kela"},
				       {"leena", "Leena Laine", "Etsivä nuorisotyö"},
				       {"mikko", "Mikko Virtanen", "TE-palvelut"},
				       {"olli", "Olli Saarinen", "Seurakunta"},
				       {"pekka", "Pekka Nieminen", "Talous- ja velkaneuvonta"},
				       {"sara", "Sara Lindqvist", "Nuorisopalvelut"},
				       {"tuula", "Tuula Koskinen", "Opintoneuvonta"}};
	for (int i = 0; i < 9; i++)
		sfx_people[i] = (staff_person_t){pn[i][0], pn[i][1], pn[i][2], ""};
	v->people = (staff_person_list_t){sfx_people, 9};

	sfx_queue[0] = (queue_item_t){11,
				      14,
				      "housing",
				      "Asuminen",
				      sfx_at(10 * 60 + 12),
				      QUEUE_DONE,
				      sfx_at(10 * 60 + 20)};
	sfx_queue[1] = (queue_item_t){
		12, 15, "money", "Raha", sfx_at(10 * 60 + 31), QUEUE_NOSHOW, sfx_at(10 * 60 + 40)};
	sfx_queue[2] = (queue_item_t){
		13, 16, "work", "Työ", sfx_at(10 * 60 + 42), QUEUE_CALLED, sfx_at(10 * 60 + 58)};
	sfx_queue[3] = (queue_item_t){
		14, 17, "housing", "Asuminen", sfx_at(10 * 60 + 47), QUEUE_WAITING, 0};
	sfx_queue[4] = (queue_item_t){15, 18, "", "", sfx_at(10 * 60 + 55), QUEUE_WAITING, 0};
	v->queue = (queue_list_t){sfx_queue, 5};

	sfx_q[0] = (pending_question_t){
		31, "mind", "Mieli", "fi", SFX_CRISIS_Q, sfx_at(10 * 60 + 50), true};
	sfx_q[1] = (pending_question_t){
		29, "housing", "Asuminen", "fi", SFX_LONG_Q, sfx_at(9 * 60 + 5) - 86400, false};
	sfx_q[2] = (pending_question_t){30,   "work", "Työ", "sv", SFX_SV_Q, sfx_at(10 * 60 + 20),
					false};
	v->questions = (pending_question_list_t){sfx_q, 3};

	for (int i = 0; i < 3; i++)
		sfx_sessions[i] = v->today.sessions[i];
	sfx_sessions[1].signups_closed = true;
	sfx_sessions[3] = sfx_sessions[0];
	sfx_sessions[3].id = "s4";
	sfx_sessions[3].day = day + 2;
	sfx_sessions[3].signed_up = 2;
	sfx_sessions[3].places_left = 8;
	sfx_sessions[3].cancelled = true;
	sfx_sessions[4] = (session_view_t){"s5",
					   "tunteet",
					   "Tunteiden vertaisryhmä – puhutaan "
					   "siitä mikä painaa",
					   "Hiljainen huone",
					   WHEEL_WELLBEING,
					   day + 3,
					   16 * 60,
					   17 * 60 + 30,
					   8,
					   3,
					   0,
					   5,
					   false,
					   false};
	v->sessions = sfx_sessions;
	v->nsessions = 5;
	/* The full cooking session (s3): six places, two waiting. */
	static const char *nicks[8] = {"Kissakala", "Mörkö",   "Sulo", "pikkukakkonen",
				       "Ö",	    "Ville V", "Elli", "Toivo"};
	for (int i = 0; i < 8; i++)
		sfx_signups[i] = (signup_row_t){41 + i, nicks[i], i >= 6, i >= 6 ? i - 5 : 0,
						sfx_at(9 * 60 + i)};
	v->signups = (signup_list_t){sfx_signups, 8};

	sfx_ideas[0] = (idea_row_t){51, "Lautapeli-ilta perjantaisin", "fi", sfx_at(10 * 60)};
	sfx_ideas[1] = (idea_row_t){52, "Kunde ni ordna en simskola för vuxna nybörjare?", "sv",
				    sfx_at(9 * 60) - 2 * 86400};
	v->ideas = (idea_list_t){sfx_ideas, 2};

	sfx_pins[0] = (staff_pin_t){1, "Infopiste", "$argon2id$x", sfx_at(0) - 30 * 86400};
	sfx_pins[1] = (staff_pin_t){2, "Aino", "$argon2id$y", sfx_at(0) - 20 * 86400};
	sfx_pins[2] = (staff_pin_t){3, "Iltavuoro (nuorisopalvelut)", "$argon2id$z",
				    sfx_at(0) - 10 * 86400};
	v->pins = (staff_pin_list_t){sfx_pins, 3};

	sfx_log[0] = (staff_log_entry_t){6, sfx_at(10 * 60 + 58), "Infopiste", "queue_call", "16"};
	sfx_log[1] = (staff_log_entry_t){5, sfx_at(10 * 60 + 58), "Infopiste", "walkin",
					 "visitor 11:00-13:00"};
	sfx_log[2] = (staff_log_entry_t){4, sfx_at(10 * 60 + 30), "Aino", "late", "leena 14:30"};
	sfx_log[3] = (staff_log_entry_t){3, sfx_at(10 * 60), "Aino", "here", "sara"};
	sfx_log[4] = (staff_log_entry_t){2, sfx_at(9 * 60), "Aino", "leaves", "mikko 14:00"};
	sfx_log[5] = (staff_log_entry_t){1, sfx_at(8 * 60 + 55), "Aino", "enter", ""};
	v->log = (staff_log_list_t){sfx_log, 6};

	v->has_bundle = true;
	v->bundle = (bundle_record_t){.id = 7, .serial = 20261120, .unsigned_ = true};
	snprintf(v->bundle.site, sizeof v->bundle.site, "keskusta");
	v->bundle.created = sfx_at(0) - 3 * 86400 + 15 * 3600;
	v->bundle.imported = sfx_at(0) - 3 * 86400 + 16 * 3600 + 60 * 12;
	snprintf(v->bundle.source, sizeof v->bundle.source, "usb:/run/ovi/usb/sda1");
	v->has_previous = true;
	v->has_import = true;
	v->last_import =
		(import_log_t){.when = sfx_at(10 * 60 + 5), .serial = 20261123, .ok = false};
	snprintf(v->last_import.source, sizeof v->last_import.source, "usb:/run/ovi/usb/sda1");
	snprintf(v->last_import.message, sizeof v->last_import.message,
		 "people.csv:14: unknown weekday 'Mon.'\n"
		 "people.csv:22: person 'tuula' has an unknown organisation 'opintoneuvonta'\n"
		 "photos/sara.jpg: 14000 x 9000 pixels is too big (at most 4096 x 4096)");
	v->usb_present = true;
}

/* Nothing waiting: an empty queue, no questions, ideas or sessions. */
static inline void sfx_empty(staff_view_t *v)
{
	v->queue.n = 0;
	v->questions.n = 0;
	v->ideas.n = 0;
	v->nsessions = 0;
	v->signups.n = 0;
	v->log.n = 0;
	v->has_import = false;
}

#endif
