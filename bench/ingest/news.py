#!/usr/bin/env python3
"""Writes N news-sized texts (about 5 KB each) from varied templates: invented agencies, ministries, sectors and
figures, so that every text differs and the pipeline meets dates, figures, percentages and agreement references.
Like real news, the texts agree: each indicator has one invented series (a value per year, moving a little from
year to year, and a value per part of a year), every text that names an indicator, period and unit gives that value,
and a growth rate is the one the two years' totals give. About one text in two hundred deliberately gives one other
figure, so conflicts stay rare and in proportion. A text reports a few figures, not one per paragraph.
Nothing here is collected from anywhere.
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
# Written as words: "the first four months" is read as a part of the year.
counts = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
sectors = ["transport", "energy", "agriculture", "education", "health care", "customs", "tourism", "culture",
           "digital services", "water management", "logistics", "science", "youth policy", "standards"]
# No body names an indicator ("the investment agency" would make its sentence's figure an investment).
bodies = ["the intergovernmental commission", "the joint working group", "the ministry of economy",
          "the ministry of transport", "the chamber of commerce", "the customs service", "the statistics office",
          "the planning office", "the regional council", "the development bank"]
cities = ["Northport", "Eastvale", "Riverton", "Highbridge", "Lakeside", "Stonegate", "Westfield", "Harborough"]
# Each indicator once, under the names texts use for it: "trade turnover" and "bilateral trade" are one series.
indicators = {"trade": ["Trade turnover", "Bilateral trade"], "exports": ["Exports"], "imports": ["Imports"],
              "investment": ["Investment"], "freight": ["Freight traffic"]}
verbs = ["discussed", "reviewed", "agreed on", "welcomed progress in", "called for closer work on",
         "signed a protocol on", "set up a task force for"]

annual = {}
partial = {}


def year_total(key, year):
    """The series' total for a year, in billions (one decimal): a start value, then -10..+20 percent a year."""
    if (key, year) not in annual:
        annual[(key, year)] = rng.randint(20, 400) / 10 if year <= 2010 else \
            max(0.1, round(year_total(key, year - 1) * (1 + rng.randint(-10, 20) / 100), 1))
    return annual[(key, year)]


def part_total(key, year, months_in):
    """The series' total for the first months of a year, in millions."""
    if (key, year, months_in) not in partial:
        partial[(key, year, months_in)] = round(year_total(key, year) * 1000 * months_in / 12 * rng.uniform(0.9, 1.1))
    return partial[(key, year, months_in)]


class Text:
    """One text's figures: at most a few, and in one text of two hundred one of them differs from the series."""

    def __init__(self):
        self.figures_left = rng.randint(1, 3)
        self.dissents = rng.random() < 0.005

    def figure(self, value, scale):
        if self.dissents:
            self.dissents = False
            return round(value * rng.choice([0.7, 0.8, 1.25, 1.4]), scale)
        return value


def figure_sentence(text, month_index, year, body, day, month):
    key = rng.choice(list(indicators))
    name = rng.choice(indicators[key])
    if rng.random() < 0.5:
        value = text.figure(year_total(key, year - 1), 1)
        before = year_total(key, year - 2)
        growth = round((value / before - 1) * 100, 1)
        return (f"{name} reached {value} billion US dollars in {year - 1}, "
                f"{'up' if growth >= 0 else 'down'} {abs(growth)} percent on the year before, according to {body}.")
    months_in = rng.randint(2, 11)
    of_year = year if months_in < month_index else year - 1
    value = text.figure(part_total(key, of_year, months_in), 0)
    return (f"In the first {counts[months_in - 2]} months of {of_year}, {name.lower()} amounted to "
            f"{value:.0f} million US dollars, {body} reported on {day} {month}.")


def paragraph(text, day, month, year):
    sector = rng.choice(sectors)
    body = rng.choice(bodies)
    city = rng.choice(cities)
    other = rng.randint(3, 95)
    choices = [
        f"On {day} {month} {year} {body} met in {city} and {rng.choice(verbs)} {sector}. "
        f"Officials said {other} projects were under way and that the next meeting would take place within "
        f"{rng.randint(2, 11)} months.",
        f"Under Article {rng.randint(1, 40)} of the Agreement on {sector.capitalize()} Cooperation of "
        f"{rng.randint(1, 28)} {rng.choice(months)} {year - rng.randint(1, 9)}, the Parties {rng.choice(verbs)} "
        f"joint measures and asked {body} to report by {rng.randint(1, 28)} {rng.choice(months)} {year + 1}.",
        f"Delegations from {city} and {rng.choice(cities)} {rng.choice(verbs)} {sector} and "
        f"{rng.choice(sectors)}; {other} companies took part in the business forum held on the same day.",
        f"Experts noted that {sector} remains a priority; a roadmap for {year}-{year + rng.randint(1, 4)} "
        f"foresees {other} measures, of which {rng.randint(1, other)} are already complete.",
    ]
    sentences = rng.sample(choices, k=rng.randint(2, 3))
    if text.figures_left > 0 and rng.random() < 0.4:
        text.figures_left -= 1
        sentences.insert(rng.randint(0, len(sentences)), figure_sentence(text, months.index(month) + 1, year, body, day, month))
    return " ".join(sentences)


for i in range(count):
    year = rng.randint(2015, 2025)
    month = rng.choice(months)
    day = rng.randint(1, 28)
    sector = rng.choice(sectors)
    title = f"{rng.choice(bodies).capitalize()} {rng.choice(verbs)} {sector} ({i})"
    parts = [title, f"{rng.choice(cities)}, {day} {month} {year}", ""]
    size = len(title)
    text_figures = Text()
    while size < 4800 + rng.randint(0, 600):
        text = paragraph(text_figures, day, month, year)
        parts.append(text)
        parts.append("")
        size += len(text) + 2
    with open(os.path.join(folder, f"news-{i:05d}.txt"), "w", encoding="utf-8") as handle:
        handle.write("\n".join(parts))
