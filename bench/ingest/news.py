#!/usr/bin/env python3
"""Writes N news-sized texts (about 5 KB each) from varied templates: invented agencies, ministries, sectors and
figures, so that every text differs and the pipeline meets dates, figures, percentages and agreement references.
Like real news, texts agree on a figure for the same indicator and period (one invented value each); one text in
five hundred gives another value, so the conflicts stay in proportion. Nothing here is collected from anywhere.
Usage: news.py FOLDER [N]"""
import os
import random
import sys

folder = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
rng = random.Random(16)
os.makedirs(folder, exist_ok=True)

months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
sectors = ["transport", "energy", "agriculture", "education", "health care", "customs", "tourism", "culture",
           "digital services", "water management", "logistics", "science", "youth policy", "standards"]
bodies = ["the intergovernmental commission", "the joint working group", "the ministry of economy",
          "the ministry of transport", "the chamber of commerce", "the customs service", "the statistics office",
          "the investment agency", "the regional council", "the development bank"]
cities = ["Northport", "Eastvale", "Riverton", "Highbridge", "Lakeside", "Stonegate", "Westfield", "Harborough"]
indicators = ["Trade turnover", "Bilateral trade", "Exports", "Imports", "Investment", "Passenger traffic",
              "Freight traffic", "Tourist arrivals"]
verbs = ["discussed", "reviewed", "agreed on", "welcomed progress in", "called for closer work on",
         "signed a protocol on", "set up a task force for"]


truth = {}


def figure(key, low, high, scale=1):
    """The value every text reports for this indicator and period, but for an occasional dissenting one."""
    if key not in truth:
        truth[key] = rng.randint(low, high) / scale
    return rng.randint(low, high) / scale if rng.random() < 0.002 else truth[key]


def paragraph(day, month, year):
    sector = rng.choice(sectors)
    body = rng.choice(bodies)
    city = rng.choice(cities)
    indicator = rng.choice(indicators)
    value = figure((indicator, year - 1), 2, 900, 10)
    before = figure((indicator, year - 2), 2, 900, 10)
    growth = round((value / before - 1) * 100, 1)
    months_so_far = rng.randint(2, 11)
    other = rng.randint(3, 95)
    choices = [
        f"On {day} {month} {year} {body} met in {city} and {rng.choice(verbs)} {sector}. "
        f"Officials said {other} projects were under way and that the next meeting would take place within "
        f"{rng.randint(2, 11)} months.",
        f"{indicator} reached {value} billion US dollars in {year - 1}, "
        f"{'up' if growth >= 0 else 'down'} {abs(growth)} percent on the year before, according to {body}.",
        f"Under Article {rng.randint(1, 40)} of the Agreement on {sector.capitalize()} Cooperation of "
        f"{rng.randint(1, 28)} {rng.choice(months)} {year - rng.randint(1, 9)}, the Parties {rng.choice(verbs)} "
        f"joint measures and asked {body} to report by {rng.randint(1, 28)} {rng.choice(months)} {year + 1}.",
        f"Delegations from {city} and {rng.choice(cities)} {rng.choice(verbs)} {sector} and "
        f"{rng.choice(sectors)}; {other} companies took part in the business forum held on the same day.",
        f"In the first {months_so_far} months of {year}, {indicator.lower()} amounted to "
        f"{figure((indicator, year, months_so_far), 100, 9000):.0f} million US dollars, {body} reported on {day} {month}.",
        f"Experts noted that {sector} remains a priority; a roadmap for {year}-{year + rng.randint(1, 4)} "
        f"foresees {other} measures, of which {rng.randint(1, other)} are already complete.",
    ]
    return " ".join(rng.sample(choices, k=rng.randint(2, 4)))


for i in range(count):
    year = rng.randint(2015, 2025)
    month = rng.choice(months)
    day = rng.randint(1, 28)
    sector = rng.choice(sectors)
    title = f"{rng.choice(bodies).capitalize()} {rng.choice(verbs)} {sector} ({i})"
    parts = [title, f"{rng.choice(cities)}, {day} {month} {year}", ""]
    size = len(title)
    while size < 4800 + rng.randint(0, 600):
        text = paragraph(day, month, year)
        parts.append(text)
        parts.append("")
        size += len(text) + 2
    with open(os.path.join(folder, f"news-{i:05d}.txt"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(parts))
