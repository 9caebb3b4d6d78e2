/*
 * screen_demo: a screen that exercises the whole pipeline (header with the
 * palette, a person card with an avatar, wrapped Finnish with long words,
 * Arabic and Cyrillic lines, a text field, a button and the keyboard). Used
 * by tests/test_platform_render.c to render screenshots, and as a worked
 * example for screen authors: a function of a plain view struct that emits
 * draw commands and returns at most one action.
 */
#ifndef OVI_TESTS_SCREEN_DEMO_H
#define OVI_TESTS_SCREEN_DEMO_H

#include "ui/keyboard.h"
#include "ui/ui.h"

enum {
	DEMO_ACT_LANG = UI_ACT_USER, /* arg: 0 fi, 1 sv, 2 en */
	DEMO_ACT_ASK,		     /* the "ask anonymously" button */
	DEMO_ACT_PERSON		     /* the person card; id: the person's id */
};

typedef struct demo_view {
	const char *site, *address, *open_label;
	const char *clock, *weekday, *date;
	int lang; /* the selected language button: 0 fi, 1 sv, 2 en */
	const char *heading;
	const char *person_id, *person, *role, *until, *photo;
	const char *topics[4];
	int topic_wheels[4];
	int ntopics;
	const char *paragraph;
	const char *welcome, *arabic, *cyrillic, *english;
	const char *field_label, *field_hint, *placeholder;
	const char *button, *button_hint;
	const char *action; /* the keyboard's action key */
	const ui_kb_t *kb;  /* borrowed */
} demo_view_t;

/* The Finnish sample content; kb is borrowed by the view. */
void demo_view_fi(demo_view_t *v, const ui_kb_t *kb);
void screen_demo(ui_t *ui, const demo_view_t *v, ui_action_t *out);

#endif
