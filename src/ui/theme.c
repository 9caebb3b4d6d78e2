/*
 * The design's palette (shared/design/README.md) and a high-contrast theme.
 *
 * Contrast, checked with ui_contrast100(): ink on bg 15:1, muted on bg 5.8:1
 * and on the keyboard tray 4.8:1. The wheel's bright colours fail AA under
 * white text (coral 2.8:1, green 2.6:1), so text on them is ink (5.4-10:1,
 * ui_on_color picks it), and fills that carry white text use the deep
 * variants (4.9-6.4:1).
 */
#include "ui/ui_internal.h"

#include <string.h>

#define C(hex)                                                                                     \
	{                                                                                          \
		(uint8_t)((hex) >> 16), (uint8_t)((hex) >> 8), (uint8_t)(hex), 255                 \
	}
#define NONE                                                                                       \
	{                                                                                          \
		0, 0, 0, 0                                                                         \
	}

static const ui_theme_t light = {
	.bg = C(0xFBF7F2),
	.surface = C(0xFFFFFF),
	.surface_edge = C(0xE9E2D8),
	.outline = NONE,
	.ink = C(0x1B1F3B),
	.muted = C(0x5B6079),
	.line = C(0xEEE8DF),
	.on_ink = C(0xFFFFFF),
	.accent = C(0x177F50),
	.on_accent = C(0xFFFFFF),
	.focus = C(0xFF6B4A),
	.pressed = {0x1B, 0x1F, 0x3B, 0x26},
	.kb_bg = C(0xE8E3DB),
	.kb_edge = C(0xC9C0B3),
	.wheel = {C(0x8A8FA6), C(0xFF6B4A), C(0xFFC845), C(0x2BB673), C(0x1FA3C7), C(0x6C5CE7),
		  C(0xE84393)},
	.wheel_tint = {C(0xEEEAE4), C(0xFFE1DA), C(0xFFF1CC), C(0xD5F0E2), C(0xD2EDF5), C(0xE4E0FB),
		       C(0xFADBEA)},
	.wheel_deep = {C(0x5B6079), C(0xB3451F), C(0x8A6100), C(0x177F50), C(0x14799A), C(0x5A4BD1),
		       C(0xC0266F)},
	.outline_dp = 3,
	.high_contrast = false,
};

/* White on black with the wheel lightened so that it stays >= 8:1 on black;
 * cards are outlined instead of shaded. */
static const ui_theme_t contrast = {
	.bg = C(0x000000),
	.surface = C(0x000000),
	.surface_edge = NONE,
	.outline = C(0xFFFFFF),
	.ink = C(0xFFFFFF),
	.muted = C(0xE6E6E6),
	.line = C(0x8C8C8C),
	.on_ink = C(0x000000),
	.accent = C(0xFFE14D),
	.on_accent = C(0x000000),
	.focus = C(0xFFE14D),
	.pressed = {0xFF, 0xFF, 0xFF, 0x50},
	.kb_bg = C(0x141414),
	.kb_edge = NONE,
	.wheel = {C(0xD0D0D0), C(0xFF7A5C), C(0xFFD24D), C(0x3DDC84), C(0x4FC3F7), C(0xA29BFE),
		  C(0xFF79B0)},
	.wheel_tint = {C(0xD0D0D0), C(0xFF7A5C), C(0xFFD24D), C(0x3DDC84), C(0x4FC3F7), C(0xA29BFE),
		       C(0xFF79B0)},
	.wheel_deep = {C(0xD0D0D0), C(0xFF7A5C), C(0xFFD24D), C(0x3DDC84), C(0x4FC3F7), C(0xA29BFE),
		       C(0xFF79B0)},
	.outline_dp = 3,
	.high_contrast = true,
};

const ui_theme_t *ui_theme_get(ui_theme_kind_t kind)
{
	return kind == UI_THEME_HIGH_CONTRAST ? &contrast : &light;
}

/* sRGB channel -> linear light * 10000 (WCAG 2 relative luminance). */
static const uint16_t lin[256] = {
	0,     3,    6,	   9,	 12,   15,   18,   21,	 24,   27,   30,   33,	 37,   40,   44,
	48,    52,   56,   60,	 65,   70,   75,   80,	 86,   91,   97,   103,	 110,  116,  123,
	130,   137,  144,  152,	 160,  168,  176,  185,	 194,  203,  212,  222,	 232,  242,  252,
	262,   273,  284,  296,	 307,  319,  331,  343,	 356,  369,  382,  395,	 409,  423,  437,
	452,   467,  482,  497,	 513,  529,  545,  561,	 578,  595,  612,  630,	 648,  666,  685,
	704,   723,  742,  762,	 782,  802,  823,  844,	 865,  887,  908,  931,	 953,  976,  999,
	1022,  1046, 1070, 1095, 1119, 1144, 1170, 1195, 1221, 1248, 1274, 1301, 1329, 1356, 1384,
	1413,  1441, 1470, 1500, 1529, 1559, 1590, 1620, 1651, 1683, 1714, 1746, 1779, 1812, 1845,
	1878,  1912, 1946, 1981, 2016, 2051, 2086, 2122, 2159, 2195, 2232, 2270, 2307, 2346, 2384,
	2423,  2462, 2502, 2542, 2582, 2623, 2664, 2705, 2747, 2789, 2831, 2874, 2918, 2961, 3005,
	3050,  3095, 3140, 3185, 3231, 3278, 3325, 3372, 3419, 3467, 3515, 3564, 3613, 3663, 3712,
	3763,  3813, 3864, 3916, 3968, 4020, 4072, 4125, 4179, 4233, 4287, 4342, 4397, 4452, 4508,
	4564,  4621, 4678, 4735, 4793, 4851, 4910, 4969, 5029, 5089, 5149, 5210, 5271, 5333, 5395,
	5457,  5520, 5583, 5647, 5711, 5776, 5841, 5906, 5972, 6038, 6105, 6172, 6240, 6308, 6376,
	6445,  6514, 6584, 6654, 6724, 6795, 6867, 6939, 7011, 7084, 7157, 7231, 7305, 7379, 7454,
	7529,  7605, 7682, 7758, 7835, 7913, 7991, 8070, 8148, 8228, 8308, 8388, 8469, 8550, 8632,
	8714,  8796, 8879, 8963, 9047, 9131, 9216, 9301, 9387, 9473, 9560, 9647, 9734, 9823, 9911,
	10000,
};

static long luminance(ui_color_t c)
{
	return (2126L * lin[c.r] + 7152L * lin[c.g] + 722L * lin[c.b]) / 10000;
}

int ui_contrast100(ui_color_t a, ui_color_t b)
{
	long la = luminance(a), lb = luminance(b);
	if (la < lb) {
		long t = la;
		la = lb;
		lb = t;
	}
	return (int)((la + 500) * 100 / (lb + 500));
}

ui_color_t ui_on_color(const ui_theme_t *th, ui_color_t bg)
{
	return ui_contrast100(th->ink, bg) >= ui_contrast100(th->on_ink, bg) ? th->ink : th->on_ink;
}

int ui_wheel_for_name(const char *name)
{
	uint32_t h = 2166136261u;
	for (const unsigned char *p = (const unsigned char *)name; p && *p; p++)
		h = (h ^ *p) * 16777619u;
	return 1 + (int)(h % (UI_WHEEL_COUNT - 1));
}
