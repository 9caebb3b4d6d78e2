/*
 * kiosk: the youth screens as one function of plain state.
 *
 *	kiosk_frame(ui, &view, &state, &action);
 *
 * view  (kiosk_view_t): what the content and the database say right now,
 *       already in the visitor's language (filled by the app from
 *       model/views.h queries; tests build it by hand).
 * state (kiosk_state_t): what this visitor did: the screen they are on, the
 *       topic or session they opened, what they are typing, the number or
 *       cancel code they were given. The app owns it; the idle reset puts
 *       it back to kiosk_state_init() (identical to a fresh start).
 * action: at most one per frame (ui.h), a KA_* kind below. The app applies
 *       it (kiosk_reduce() for the pure state changes; the app itself for
 *       writes to the database, then it sets the result fields in state).
 *
 * Screens (one file each, scr_*.c) draw inside the frame's content area;
 * kiosk.c draws the frame around them: the header (site, open/closed pill,
 * clock, language buttons), the bottom bar of five destinations, and the
 * overlays (help contacts, the idle warning, notices).
 *
 * Privacy: nothing typed is ever drawn outside its own input screen;
 * public screens show counts, never nicknames or unpublished questions.
 */
#ifndef OVI_YOUTH_KIOSK_H
#define OVI_YOUTH_KIOSK_H

#include "model/views.h"
#include "ui/keyboard.h"
#include "ui/ui.h"

typedef enum {
	KS_TODAY = 0,	  /* who is here now, later today, today's groups */
	KS_WEEK,	  /* the weekly calendar with exceptions */
	KS_ASK,		  /* "ask about anything": the topic grid */
	KS_TOPIC,	  /* one topic: text, who helps today, the three ways in */
	KS_QUESTION,	  /* typing an anonymous question (keyboard) */
	KS_QUESTION_SENT, /* "your question was sent" */
	KS_NUMBER,	  /* "your number is 17" */
	KS_ANSWERS,	  /* answered questions of the topic */
	KS_GROUPS,	  /* peer groups and their next sessions */
	KS_GROUP,	  /* one group: its sessions, sign up / waiting list */
	KS_SIGNUP,	  /* typing a nickname for a session (keyboard) */
	KS_SIGNED_UP,	  /* the cancel code, "you are on the list / waiting list" */
	KS_CANCEL,	  /* typing a cancel code */
	KS_CANCELLED,	  /* "your place was cancelled" */
	KS_IDEA,	  /* typing a group idea */
	KS_IDEA_SENT,
	KS_SERVICES, /* the services directory with keyword search */
	KS_SERVICE,  /* one service */
	KS_PERSON,   /* one person: when they are on site this week and next,
			the languages they speak, the topics they help with */
	KS_SCREEN_COUNT
} kiosk_screen_t;

/* The machine names used by `ovi screenshot --screen NAME` and tests. */
const char *kiosk_screen_name(kiosk_screen_t s);
int kiosk_screen_by_name(const char *name); /* -1 when unknown */

typedef enum {
	KA_NAV = UI_ACT_USER, /* arg: kiosk_screen_t (bottom bar, back) */
	KA_BACK,	      /* one level up */
	KA_LANG,	      /* id: the language code */
	KA_OPEN_TOPIC,	      /* id: topic id */
	KA_TAKE_NUMBER,	      /* id: topic id -> app writes, sets state.number */
	KA_ASK,		      /* id: topic id -> KS_QUESTION */
	KA_SEND_QUESTION,     /* id: topic id; text in state.kb -> app writes */
	KA_ANSWERS,	      /* id: topic id -> KS_ANSWERS */
	KA_OPEN_GROUP,	      /* id: group id */
	KA_SIGNUP,	      /* id: session id -> KS_SIGNUP */
	KA_SEND_SIGNUP,	      /* id: session id; nickname in state.kb -> app writes */
	KA_CANCEL_START,      /* -> KS_CANCEL */
	KA_SEND_CANCEL,	      /* code in state.kb -> app */
	KA_IDEA_START,	      /* -> KS_IDEA */
	KA_SEND_IDEA,	      /* text in state.kb -> app writes */
	KA_OPEN_SERVICE,      /* id: service id */
	KA_SEARCH_FOCUS,      /* services: show the keyboard for the search */
	KA_SEARCH_CLEAR,
	KA_HELP,	    /* open the help contacts overlay */
	KA_CLOSE_OVERLAY,   /* help overlay, notice */
	KA_STILL_HERE,	    /* dismisses the idle warning */
	KA_SCROLL_DAY,	    /* week (portrait): arg = the day shown first, 1..7 =
			       Monday..Sunday, 0 = today (state.week_offset) */
	KA_WEEK_PAGE,	    /* arg: 1 this week, 2 next week */
	KA_OPEN_PERSON,	    /* id: person id (a card on Today or a topic) */
	KA_ACCESS,	    /* the Aa button: text size and colours for this visit */
	KA_READ_ALOUD,	    /* the screen's main text spoken (kiosk_read_text()) */
	KA_TOGGLE_LARGE,    /* larger text on or off (this visit) */
	KA_TOGGLE_CONTRAST, /* strong colours on or off (this visit) */
	KA_FEEDBACK,	    /* "How was your visit?": arg 1 (not good) .. 3 (good) */
	KA_STAFF_ENTRY,	    /* the site logo held for 3 s: the app opens the staff
			       PIN pad (staff/staff.h); kiosk_reduce() leaves it */
	KA_LANGS,	    /* the language button where the header has no room for
			       every language's own: the list of them (KO_LANGS) */
} kiosk_action_t;

typedef enum { KO_NONE = 0, KO_HELP, KO_CRISIS, KO_ACCESS, KO_LANGS } kiosk_overlay_t;

typedef struct kiosk_state {
	kiosk_screen_t screen;
	char lang[8]; /* the visitor's language; the reset returns to the default */
	char topic_id[ID_MAX + 1];
	char group_id[ID_MAX + 1];
	char session_id[ID_MAX + 1];
	char service_id[ID_MAX + 1];
	char person_id[ID_MAX + 1];
	kiosk_screen_t person_from; /* KS_PERSON: where Back goes */
	ui_kb_t kb;		    /* the one text being typed (question, nickname, code,
				       idea, search) */
	kiosk_overlay_t overlay;
	/* Results the app sets after a write succeeded (committed to disk). */
	int number;	      /* KS_NUMBER */
	char cancel_code[16]; /* KS_SIGNED_UP */
	bool waiting;	      /* KS_SIGNED_UP: on the waiting list */
	int waiting_position;
	/* A short message for the visitor (e.g. a nickname that is not allowed,
	 * a code that matches nothing); "" for none. Already translated. */
	char notice[200];
	bool idle_warning; /* the last 10 s before the reset */
	int idle_seconds_left;
	/* On a screen that shows a number, a code or "sent"
	 * (kiosk_private_result()): seconds before it goes back to Today by
	 * itself, shown as a countdown; 0 when no countdown runs. Set by the
	 * app's clock like idle_seconds_left. */
	int result_seconds_left;
	int week_offset; /* KS_WEEK in portrait: the day shown first, 1..7 =
			    Monday..Sunday; 0 = today */
	int week_page;	 /* KS_WEEK: 1 this week, 2 next week; 0 not chosen
			    (scr_week_next_first() decides) */
	/* This visitor's choice from the Aa button; kiosk_state_init() turns
	 * both off and the app then applies the site's defaults (ovi.ini
	 * [display] large_text, high_contrast), so the idle reset gives the
	 * next person the site's look. */
	bool large_text, high_contrast;
	bool feedback_given; /* this visit answered "How was your visit?" */
	bool search_open;    /* KS_SERVICES: the search keyboard is up
				(KA_SEARCH_FOCUS opens it, its action key closes it) */
} kiosk_state_t;

/* A fresh start in the site's default language: Today, nothing typed. */
void kiosk_state_init(kiosk_state_t *s, const char *default_lang);

/*
 * The pure part of applying an action: navigation, language, opening
 * things, starting to type (clearing the keyboard with the right layout and
 * limit), closing overlays. Returns true when it handled the action; the
 * app handles the rest (writes to the database) and then sets the results.
 * Keyboard actions (UI_ACT_KEY) are applied here too; when the key is the
 * action key, the matching KA_SEND_* kind is written to *follow_up for the
 * app to carry out (follow_up->kind stays 0 otherwise).
 */
bool kiosk_reduce(kiosk_state_t *s, const ui_action_t *a, ui_action_t *follow_up);

/*
 * What the app's write (kind: KA_TAKE_NUMBER or a KA_SEND_*) came to, given
 * back to the reducer: the only way a write changes the kiosk's state.
 */
typedef struct kiosk_result {
	int kind;
	bool ok;			      /* committed; else notice says why (a blocked or
					       * taken nickname, an unknown code, a failure) */
	const char *notice;		      /* !ok: shown on the screen the visitor is on */
	int number;			      /* KA_TAKE_NUMBER: the queue number */
	const char *session_id, *cancel_code; /* KA_SEND_SIGNUP */
	bool waiting;			      /* KA_SEND_SIGNUP: on the waiting list ... */
	int waiting_position;		      /* ... at this place (0: not known) */
	bool crisis;			      /* KA_SEND_QUESTION: a crisis phrase in it (even when
					       * saving failed): the crisis contacts at once */
} kiosk_result_t;

/*
 * Committed: moves to the write's result screen (KS_NUMBER,
 * KS_QUESTION_SENT, KS_SIGNED_UP, KS_CANCELLED, KS_IDEA_SENT) with its
 * number or code, and empties what was typed. Refused: stays on its screen
 * with the notice. A crisis opens KO_CRISIS either way.
 */
void kiosk_written(kiosk_state_t *s, const kiosk_result_t *r);

/*
 * The app's clock and outside events, given to the reducer like a write's
 * result: the only ways time changes the kiosk's state. Each returns true
 * when something on the screen changed.
 *
 * kiosk_idle_countdown: the warning before the idle reset with seconds
 * left, or none (0: a touch, or no warning due).
 * kiosk_result_countdown: the seconds before a private result (a number, a
 * code, "sent") goes back to Today; 0 off such screens.
 * kiosk_notify: a notice the visitor did not cause ("the information was
 * just updated"), shown only where it covers nothing they are doing (not
 * while typing, over an overlay or another notice).
 * kiosk_unnotify: takes that notice away again, if it still shows.
 * kiosk_look: the text size and colours a visit starts with (the site's).
 */
bool kiosk_idle_countdown(kiosk_state_t *s, int seconds_left);
bool kiosk_result_countdown(kiosk_state_t *s, int seconds_left);
bool kiosk_notify(kiosk_state_t *s, const char *text);
bool kiosk_unnotify(kiosk_state_t *s, const char *text);
void kiosk_look(kiosk_state_t *s, bool large_text, bool high_contrast);

/* Text limits (characters). */
#define KIOSK_QUESTION_MAX 300
#define KIOSK_NICK_MAX	   20
#define KIOSK_CODE_MAX	   VIEW_CANCEL_CODE_LEN
#define KIOSK_IDEA_MAX	   200
#define KIOSK_SEARCH_MAX   40
#define KIOSK_OFFER_MAX	   16 /* language buttons a site may choose */

/* Everything the screens show, filled by the app for the current state. */
typedef struct kiosk_view {
	wall_t now; /* for the clock and "until 15:00" */
	today_view_t today;
	week_view_t week;
	week_view_t week_next; /* filled on KS_WEEK */
	topic_list_t topics;
	topic_detail_t topic; /* when state.topic_id is set */
	group_list_t groups;
	planned_ideas_t ideas;	 /* published group ideas: "being planned" (KS_GROUPS) */
	group_view_t group;	 /* when state.group_id is set */
	service_list_t services; /* filtered by state.kb.text on KS_SERVICES */
	service_view_t service;	 /* when state.service_id is set */
	help_list_t help;
	/* What is being typed (a question, a group idea, a search) has a crisis
	 * phrase: the crisis card shows above the keyboard. The app asks the
	 * model (model_crisis()) at every keystroke; the UI never matches. */
	bool typing_crisis;
	bool has_content;     /* false: no bundle yet (show a friendly empty state) */
	bool display_dim;     /* outside opening hours: a calm, dimmed screen */
	bool can_speak;	      /* the kiosk has a voice: "read aloud" buttons show */
	bool ask_feedback;    /* the site asks "How was your visit?" on the result
				 screens (ovi.ini [kiosk] feedback) */
	int result_timeout_s; /* seconds a private result stays up (the countdown's
				 whole length); ovi.ini [kiosk] result_timeout */
	int called_number;    /* a queue number staff called a moment ago: the banner
				 "number 17, please come to the desk"; 0 for none */
	/* The site's choice of language buttons, in order (ovi.ini [kiosk]
	 * languages); codes neither built in (fi, sv, en) nor in the bundle are
	 * left out. None: the built-in three, then the bundle's others. */
	const char *offer_langs[KIOSK_OFFER_MAX];
	int noffer_langs;
} kiosk_view_t;

/* The whole youth UI for one frame. */
void kiosk_frame(ui_t *ui, const kiosk_view_t *v, const kiosk_state_t *s, ui_action_t *out);

/* "Numero %d, tule tiskille": the banner's words, also spoken. */
const char *kiosk_called_text(const char *lang);

/* The main text of the screen s shows, for reading aloud (Today: who is on
 * site; a topic: its title and text; a service: its name and points);
 * "" when the screen has none. Writes at most cap bytes. */
void kiosk_read_text(const kiosk_view_t *v, const kiosk_state_t *s, char *out, int cap);

/* The banner for v->called_number (kiosk_banner.c): its strip's height at
 * the bottom of area (0 when none shows), and the banner drawn in that
 * strip r. kiosk_frame() cuts the strip from the content area. */
int kiosk_called_banner_h(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s);
void kiosk_called_banner(ui_t *ui, ui_rect_t r, const kiosk_view_t *v, const kiosk_state_t *s);

/* True when the Week screen opens on next week: Friday after closing, and
 * the weekend. */
bool scr_week_next_first(const kiosk_view_t *v);

/* True on the screens where someone is typing (the keyboard is up). */
bool kiosk_typing(const kiosk_state_t *s);

/* True on the screens that show what the next person must not see: a
 * queue number, a cancel code, "your question was sent", "your place was
 * cancelled", "your idea was sent". They go back to Today soon after the
 * last touch (ovi.ini [kiosk] result_timeout), not after the idle timeout. */
bool kiosk_private_result(const kiosk_state_t *s);

/* ---- screens (scr_*.c): each draws into `area` -------------------------- */
void scr_today(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
	       ui_action_t *out);
void scr_week(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
	      ui_action_t *out);
void scr_ask(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
	     ui_action_t *out); /* KS_ASK, KS_TOPIC, KS_QUESTION(_SENT), KS_NUMBER, KS_ANSWERS */
void scr_groups(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		ui_action_t *out); /* KS_GROUPS .. KS_IDEA_SENT */
void scr_services(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		  ui_action_t *out); /* KS_SERVICES, KS_SERVICE */
void scr_person(ui_t *ui, ui_rect_t area, const kiosk_view_t *v, const kiosk_state_t *s,
		ui_action_t *out); /* KS_PERSON */

/* How long the logo must be held to enter staff mode (the youth frame's
 * hidden gesture; staff mode itself is src/staff). */
#define STAFF_ENTRY_HOLD_MS 3000

#endif
