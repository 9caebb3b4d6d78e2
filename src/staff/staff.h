/*
 * staff: staff mode on the kiosk itself, as one function of plain state,
 * mirroring the youth UI (kiosk.h):
 *
 *	staff_frame(ui, &view, &state, &action);
 *
 * view  (staff_view_t): what the database says right now (the roster, the
 *       queue, pending questions, sessions with their sign-ups, the current
 *       bundle, the last import, the staff log), filled by the app; tests
 *       build it by hand.
 * state (staff_state_t): what the staff member is doing: the screen, the
 *       PIN digits typed, the person or session picked, the time or text
 *       being entered, a pending confirmation, a notice. The app owns it;
 *       leaving staff mode (or its 2-minute idle) puts it back to
 *       staff_state_init().
 * action: at most one per frame, an SA_* kind below. staff_reduce() does the
 *       pure state changes; the app does the writes (and logs each one with
 *       the staff label), then calls staff_written() or sets state.notice.
 *
 * Entry: a 3-second press on the site logo in the youth header gives
 * KA_STAFF_ENTRY (kiosk.h); the app then shows ST_PIN.
 *
 * Privacy: PIN digits are never drawn (only dots); nicknames and pending
 * questions appear only here, never on youth screens.
 *
 * Replay labels (`tap "..."`): buttons are found by their text ("Poistu",
 * "Jono", "Tuo tikulta nyt", the PIN keys "0".."9", "Avaa"); where a
 * screen repeats a button per row, its hit label names the row:
 * "Myöhässä · Aino Korhonen" (Today's chips), "Kutsu 17" / "Hoidettu 17" /
 * "Ei tullut 17" / "Takaisin jonoon 17" (queue), "Poista · Kissakala"
 * (sign-ups), "Nimeä · Aino" (PIN labels), "Tunti +1" / "Minuutti −10"
 * (clock), "Pelikerho · ma 23.11. 15:00–17:00 · Olohuone" (session rows).
 * The first "Vastaa" / "Piilota" is the first question (crisis first). The
 * youth logo's hold area is labelled "staff-entry".
 */
#ifndef OVI_STAFF_STAFF_H
#define OVI_STAFF_STAFF_H

#include "model/staff_views.h"
#include "model/views.h"
#include "ui/keyboard.h"
#include "ui/ui.h"

typedef enum {
	ST_PIN = 0,   /* the PIN pad (also shows wrong PIN and the lockout) */
	ST_TODAY,     /* today's roster with one-tap state chips */
	ST_TIME,      /* picking a time for "late, arrives at" or "leaves at" */
	ST_WALKIN,    /* adding a walk-in: a known person or a typed visitor */
	ST_QUEUE,     /* waiting numbers: call, done, no-show */
	ST_QUESTIONS, /* pending anonymous questions, crisis-flagged first */
	ST_ANSWER,    /* typing the answer to one question (keyboard) */
	ST_GROUPS,    /* today's and upcoming sessions, group ideas */
	ST_SESSION,   /* one session: its sign-ups (nicknames), waiting list */
	ST_CONTENT,   /* the current bundle, last import, import/rollback/export */
	ST_CLOCK,     /* setting the date and time */
	ST_PINS,      /* the staff PIN labels; renaming one (keyboard) */
	ST_IDEAS,     /* group ideas: new, taken up, published */
	ST_SCREEN_COUNT
} staff_screen_t;

/* `ovi screenshot --screen NAME`: "staff-pin", "staff-today", "staff-time",
 * "staff-walkin", "staff-queue", "staff-questions", "staff-answer",
 * "staff-groups", "staff-session", "staff-content", "staff-clock",
 * "staff-pins". */
const char *staff_screen_name(staff_screen_t s);
int staff_screen_by_name(const char *name); /* -1 when unknown */

/*
 * Actions. Writes carry what they need in arg (a number: minutes, a queue
 * number's id, a question id, a sign-up id, wall seconds) and id (a person
 * or session id); typed text is in state.kb.text (answers) or
 * state.walkin (walk-ins).
 *
 * Destructive actions (SA_CANCEL_SESSION, SA_REMOVE_SIGNUP, SA_HIDE_QUESTION,
 * SA_ROLLBACK) are only emitted by the confirmation dialog: the first tap
 * emits SA_CONFIRM with the real kind in action.key and its arg and id;
 * staff_reduce() stores it in state.confirm; "Yes" emits the stored action
 * unchanged, "No" SA_CONFIRM_NO.
 */
typedef enum {
	SA_NAV = UI_ACT_USER + 100, /* arg: staff_screen_t (the tabs, back) */
	SA_LEAVE,		    /* leave staff mode (the app logs it) */
	/* PIN pad */
	SA_PIN_DIGIT,  /* arg: 0..9 */
	SA_PIN_BACK,   /* deletes the last digit */
	SA_PIN_OK,     /* the app checks state.pin; then staff_pin_result() */
	SA_PIN_CANCEL, /* back to the youth screens */
	/* Today */
	SA_SET_HERE,	      /* id: person; arg: minute they came (now) */
	SA_LATE_PICK,	      /* id: person; arg: a first guess (minutes) -> ST_TIME */
	SA_LEAVES_PICK,	      /* id: person; arg: a first guess (minutes) -> ST_TIME */
	SA_TIME_STEP,	      /* ST_TIME: arg: minutes to add to time_min (may be < 0) */
	SA_TIME_SET,	      /* ST_TIME: arg: time_min (the +15/+30/+60 quick picks) */
	SA_SET_LATE,	      /* id: person; arg: arrives at (minutes) */
	SA_SET_LEAVES,	      /* id: person; arg: leaves at (minutes) */
	SA_SET_AWAY,	      /* id: person */
	SA_SET_PLANNED,	      /* id: person (or the visitor's name): drop today's staff
				 changes (model_clear_overrides) */
	SA_WALKIN_START,      /* arg: now (minutes) -> ST_WALKIN */
	SA_WALKIN_PERSON,     /* id: a known person picked (clears the visitor name) */
	SA_WALKIN_FIELD,      /* arg: staff_field_t: the text field to type into */
	SA_WALKIN_ROOM,	      /* id: a room from today's roster (the picker's chips) */
	SA_WALKIN_START_STEP, /* arg: minutes to add to walkin.start */
	SA_WALKIN_END_STEP,   /* arg: minutes to add to walkin.end */
	SA_ADD_WALKIN,	      /* everything in state.walkin -> app writes */
	/* Queue */
	SA_CALL,    /* arg: queue_item_t.id -> QUEUE_CALLED (again: re-shows it) */
	SA_DONE,    /* arg: queue_item_t.id -> QUEUE_DONE */
	SA_NO_SHOW, /* arg: queue_item_t.id -> QUEUE_NOSHOW */
	SA_REQUEUE, /* arg: queue_item_t.id -> QUEUE_WAITING (undo a wrong tap) */
	/* Questions */
	SA_ANSWER_START,  /* arg: question id -> ST_ANSWER */
	SA_PUBLISH,	  /* arg: question id; answer in state.kb.text -> app */
	SA_HIDE_QUESTION, /* arg: question id (confirmed) */
	/* Groups */
	SA_OPEN_SESSION,     /* id: session -> ST_SESSION */
	SA_CANCEL_SESSION,   /* id: session (confirmed) */
	SA_UNCANCEL_SESSION, /* id: session: it takes place after all */
	SA_CLOSE_SIGNUPS,    /* id: session; arg: 1 close, 0 open again */
	SA_REMOVE_SIGNUP,    /* id: session; arg: signup_row_t.id (confirmed) */
	SA_IDEA_ACCEPT,	     /* arg: idea_row_t.id: staff take it up */
	SA_IDEA_HIDE,	     /* arg: idea_row_t.id */
	SA_IDEA_PUBLISH,     /* arg: idea_row_t.id: young people see it as planned */
	SA_IDEA_UNPUBLISH,   /* arg: idea_row_t.id: taken down */
	/* Content */
	SA_IMPORT_USB, /* import from the stick now */
	SA_ROLLBACK,   /* back to the previous bundle (confirmed) */
	SA_EXPORT_USB, /* export sign-ups, questions, counts to the stick */
	/* Clock */
	SA_CLOCK_START, /* arg: now (wall seconds) -> ST_CLOCK with it */
	SA_CLOCK_STEP,	/* id: "year", "month", "day", "hour" or "minute"; arg: how
			   many to add to that field of state.clock (may be < 0) */
	SA_SET_CLOCK,	/* arg: the new wall time (seconds) -> app sets it */
	/* PIN labels */
	SA_PIN_RENAME_START, /* arg: staff_pin_t.id -> an empty keyboard (old label shown) */
	SA_PIN_RENAME,	     /* arg: staff_pin_t.id; label in state.kb.text -> app */
	/* Dialogs */
	SA_CONFIRM, /* key: the kind to confirm; arg, id: its arguments */
	SA_CONFIRM_NO,
	SA_CLOSE_NOTICE,
	SA_STILL_HERE, /* dismisses the idle warning */
	SA_REVEAL,     /* ST_QUESTIONS: arg: the question to open (0: close);
			  ST_SESSION: arg 1 shows the nicknames, 0 hides them */
	SA_WAKE,       /* a touch on the dimmed staff screen */
} staff_action_t;

/* The text field of the walk-in form that the keyboard types into. */
typedef enum { SF_NONE = 0, SF_VISITOR, SF_ROOM } staff_field_t;

#define STAFF_PAD_MIN 4 /* digits before OK is enabled (app/pin.h: 4..8) */
#define STAFF_PAD_MAX 8 /* digits the pad takes */
/* Characters of an answer (the keyboard's buffer; the model takes up to
 * MODEL_ANSWER_MAX). */
#define STAFF_ANSWER_MAX  600
#define STAFF_VISITOR_MAX 40
#define STAFF_ROOM_MAX	  30

typedef struct staff_walkin {
	char person_id[ID_MAX + 1];		 /* a known person, or "" for a visitor */
	char visitor[STAFF_VISITOR_MAX * 4 + 1]; /* the typed visitor name (UTF-8) */
	char room[STAFF_ROOM_MAX * 4 + 1];
	int start, end; /* minutes */
} staff_walkin_t;

typedef struct staff_state {
	staff_screen_t screen;
	char lang[8]; /* follows the visitor language setting */
	/* ST_PIN */
	char pin[STAFF_PAD_MAX + 1]; /* digits typed; never drawn, only dots */
	bool pin_wrong;		     /* the last PIN was wrong */
	int lockout_s;		     /* seconds until the pad accepts a PIN again (app sets) */
	/* Logged in */
	char label[MODEL_PIN_LABEL_MAX * 4 + 1]; /* the PIN's label, e.g. "Ohjaamo desk" */
	/* ST_TIME */
	char person_id[ID_MAX + 1];
	int time_kind; /* SA_SET_LATE or SA_SET_LEAVES */
	int time_min;  /* the time being picked (minutes) */
	/* ST_WALKIN */
	staff_walkin_t walkin;
	staff_field_t field; /* the walk-in field being typed, SF_NONE when none */
	/* ST_ANSWER, ST_SESSION, ST_PINS */
	int64_t question_id;
	char session_id[ID_MAX + 1];
	int64_t pin_id; /* ST_PINS: the PIN being renamed, 0 when none */
	ui_kb_t kb;	/* the text being typed (answer, walk-in field, label) */
	/* ST_CLOCK */
	wall_t clock; /* the date and time being set */
	/* Dialogs */
	ui_action_t confirm; /* kind 0: no confirmation open */
	char notice[200];    /* a result for staff, already translated; "" none */
	bool notice_error;   /* draw it as a problem */
	/* Privacy at the wall: what a young person wrote is shown one item at
	 * a time, on a tap, and closed again after the action. */
	int64_t revealed;  /* ST_QUESTIONS: the open question's id; 0 none */
	bool nicks_shown;  /* ST_SESSION: the nicknames are open */
	bool dimmed;	   /* 30 s without a touch: the screen is covered (app sets) */
	bool idle_warning; /* the last seconds before staff mode leaves by itself */
	int idle_seconds_left;
} staff_state_t;

/* ST_PIN, nothing typed, in lang. */
void staff_state_init(staff_state_t *s, const char *lang);

/*
 * The pure part of applying an action: PIN digits, navigation, opening and
 * picking, time and clock steppers, starting to type, the confirmation and
 * the notice. Returns true when it handled the action completely; false for
 * what the app carries out (writes, PIN check, leaving). Keyboard actions
 * (UI_ACT_KEY) are applied here; when the key is the action key, the
 * matching write (SA_PUBLISH, SA_PIN_RENAME, or for the walk-in form just
 * closing the field) is written to *follow_up (kind 0 otherwise).
 */
bool staff_reduce(staff_state_t *s, const ui_action_t *a, ui_action_t *follow_up);

/* After SA_PIN_OK: ok moves to ST_TODAY with label; else the digits are
 * cleared and pin_wrong set (the app sets lockout_s from the model). */
void staff_pin_result(staff_state_t *s, bool ok, const char *label);

/* After the app carried out a write (kind: an SA_* write) and it is
 * committed: returns to the list it came from (ST_TIME -> ST_TODAY,
 * ST_WALKIN -> ST_TODAY, ST_ANSWER -> ST_QUESTIONS, ...) and empties what was
 * typed. The app says more with staff_notify(). */
void staff_written(staff_state_t *s, int kind);

/*
 * The app's clock and its own sentences, given to the reducer like a
 * write's result: the only ways they change staff's state. Each returns
 * true when the screen changes.
 *
 * staff_idle_countdown: the warning before staff mode closes by itself,
 * with seconds left; 0 takes it away (a touch).
 * staff_dim: the logged-in screens dim after STAFF_DIM_MS without a touch
 * (SA_WAKE brightens them).
 * staff_lockout: the PIN pad's lock, seconds left (0: open).
 * staff_notify: a sentence from the app (error: shown as one); it answers
 * any open confirmation and replaces "wrong PIN".
 */
bool staff_idle_countdown(staff_state_t *s, int seconds_left);
bool staff_dim(staff_state_t *s);
bool staff_lockout(staff_state_t *s, int seconds);
void staff_notify(staff_state_t *s, bool error, const char *text);

/* ---- The view ------------------------------------------------------------ */

/* Lists are model/staff_views.h's (and views.h's), borrowed from the app's
 * arena for the frame. */
typedef struct staff_view {
	wall_t now;
	today_view_t today;		   /* the roster (now, later, away) and the site */
	override_list_t overrides;	   /* staff's changes to today (who can be undone) */
	staff_person_list_t people;	   /* everyone in the content (walk-in picker) */
	queue_list_t queue;		   /* today's numbers, every state, by number */
	pending_question_list_t questions; /* crisis-flagged first, then oldest */
	session_view_t *sessions;	   /* today's and upcoming sessions, soonest first,
					    * with their cancelled / signups_closed flags */
	int nsessions;
	signup_list_t signups;	     /* ST_SESSION: the sign-ups of state.session_id */
	idea_list_t ideas;	     /* group ideas waiting to be seen */
	idea_list_t ideas_accepted;  /* taken up, not yet published */
	idea_list_t ideas_published; /* shown on the youth Groups screen */
	staff_pin_list_t pins;	     /* ST_PINS (labels only are shown) */
	staff_log_list_t log;	     /* the staff log's tail, newest first */
	bool has_bundle;
	bundle_record_t bundle; /* the current bundle */
	bool has_previous;	/* a bundle to roll back to */
	int64_t held_serial;	/* rolled back from: only a newer serial replaces (0: none) */
	bool has_import;
	import_log_t last_import; /* its message: one error per line */
	bool usb_present;	  /* a stick is mounted */
	bool busy;		  /* an import or export is running */
} staff_view_t;

/* True when the clock is earlier than the current bundle's creation time
 * (a Pi without a battery clock that lost its time). */
bool staff_clock_behind(const staff_view_t *v);

/* The whole staff UI for one frame (PIN pad, or header + tabs + screen). */
void staff_frame(ui_t *ui, const staff_view_t *v, const staff_state_t *s, ui_action_t *out);

/* Staff mode leaves by itself after this long without a touch. */
#define STAFF_IDLE_MS 120000
/* Logged in, the screen is covered after this long without a touch. */
#define STAFF_DIM_MS 30000

#endif
