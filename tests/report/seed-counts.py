#!/usr/bin/env python3
"""Fills a kiosk's database with weeks of plausible anonymous counts, as a
site's kiosk would have after that time in use (for ovi report's tests and
its screenshot). Deterministic for a given seed.

Usage: seed-counts.py DB FIRST_DAY WEEKS SEED [BUSY]
  DB         the kiosk's ovi.db (schema 5: counters has an hour)
  FIRST_DAY  "2026-09-07", a Monday
  BUSY       visits on an ordinary day at the busiest hour (default 6)
"""
import datetime
import random
import sqlite3
import sys

db, first, weeks, seed = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
busy = float(sys.argv[5]) if len(sys.argv) > 5 else 6.0
rnd = random.Random(seed)
d0 = datetime.date.fromisoformat(first)
epoch = datetime.date(1970, 1, 1)
# The shape of a drop-in day (open 10-17 Mon-Fri, 12-16 Sat): quiet
# mornings, busy after school.
shape = {10: .3, 11: .4, 12: .7, 13: .6, 14: .8, 15: 1.0, 16: .9}
sat = {12: .5, 13: .6, 14: .5, 15: .4}
topics = ["work", "money", "housing", "studies", "mind", "freetime", "relationships", "papers"]
tweights = [5, 4, 3, 3, 3, 2, 2, 1]
langs = ["fi", "sv", "en", "uk", "ar"]
lweights = [70, 8, 12, 6, 4]
screens = ["today", "week", "ask", "topic", "groups", "group", "services", "service"]
con = sqlite3.connect(db)
rows = {}


def add(day, hour, kind, key, n=1):
    k = (day, hour, kind, key)
    rows[k] = rows.get(k, 0) + n


for w in range(weeks):
    trend = 1 + 0.04 * w  # word gets around
    for wd in range(7):
        date = d0 + datetime.timedelta(days=7 * w + wd)
        day = (date - epoch).days
        hours = shape if wd < 5 else sat if wd == 5 else {}
        for hour, f in hours.items():
            visits = int(rnd.gauss(busy * f * trend, 1.5) + 0.5)
            for _ in range(max(0, visits)):
                add(day, hour, "visit", "")
                add(day, hour, "visit_language", rnd.choices(langs, lweights)[0])
                for s in rnd.sample(screens, rnd.randint(1, 4)):
                    add(day, hour, "screen", s)
                if rnd.random() < .55:
                    add(day, hour, "topic_view", rnd.choices(topics, tweights)[0])
                if rnd.random() < .2:
                    add(day, hour, "search", "hit" if rnd.random() < .8 else "miss")
                if rnd.random() < .15:
                    add(day, hour, "number", rnd.choice(topics))
                if rnd.random() < .06:
                    add(day, hour, "question", rnd.choice(topics))
                if rnd.random() < .08:
                    add(day, hour, "signup", rnd.choice(["cooking", "games", "jobs", "sports"]))
                if rnd.random() < .01:
                    add(day, hour, "cancel", "")
                if rnd.random() < .02:
                    add(day, hour, "group_idea", "")
                if rnd.random() < .25:
                    add(day, hour, "feedback", rnd.choices(["1", "2", "3"], [1, 3, 6])[0])
con.executemany(
    "INSERT INTO counters (day, hour, kind, key, n) VALUES (?, ?, ?, ?, ?)"
    " ON CONFLICT (day, hour, kind, key) DO UPDATE SET n = n + excluded.n",
    [(d, h, k, key, n) for (d, h, k, key), n in rows.items()])
con.commit()
print(sum(n for (d, h, k, key), n in rows.items() if k == "visit"))
