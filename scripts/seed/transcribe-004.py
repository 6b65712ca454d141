"""One-off transcription of seed 004 (Region Västerbotten, list of 17 granted projects).

Kept in the repository so the transcription can be audited and re-run; the generated entries are
committed and edited by hand from then on. Every figure is copied as printed; the list's own total
line is checked before anything is written.
"""
import re, sys, pathlib

SEED = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "src/content/sources/vasterbotten-beviljade-projekt.txt")
OUT = pathlib.Path("src/content/projects")
text = SEED.read_text(encoding="utf-8")

P = {
    1: "Västerbotten - en nytänkande och smart region",
    2: "Västerbotten - en region med platsbaserad hållbar näringslivsutveckling",
    3: "Västerbotten - en nära tillgänglig region",
    4: "Västerbotten - en region med hållbara livsmiljöer att bo, verka och leva i",
    6: "Västerbotten - en region rik på kompetenser",
}
VB15 = "Bjurholm, Dorotea, Lycksele, Malå, Nordmaling, Norsjö, Robertsfors, Skellefteå, Sorsele, Storuman, Umeå, Vilhelmina, Vindeln, Vännäs, Åsele"
NB_VB29 = "Arjeplog, Arvidsjaur, Bjurholm, Boden, Dorotea, Gällivare, Haparanda, Jokkmokk, Kalix, Kiruna, Luleå, Lycksele, Malå, Nordmaling, Norsjö, Pajala, Piteå, Robertsfors, Skellefteå, Sorsele, Storuman, Umeå, Vilhelmina, Vindeln, Vännäs, Älvsbyn, Åsele, Överkalix, Övertorneå"

# (id, title, owner as printed, granted, total, fund, priority, municipalities, first words of summary)
ROWS = [
    ("20372556", "Västerbotten Regional Innovation Science Park (VRISP)", "REGION VÄSTERBOTTEN", "10 000 000", "20 000 000", "ERUF", 1, VB15, "Projektet ska stärka såväl"),
    ("20372391", "Build Equal", "LULEÅ TEKNISKA UNIVERSITET", "2 690 083", "11 545 418", "ERUF", 1, NB_VB29, "Build Equal adresserar"),
    ("20372349", "AI på jobbet för SMF i Västerbotten", "RISE Research Institutes of Sweden AB", "3 100 000", "6 200 000", "ERUF", 1, VB15, "Praktisk AI-utveckling"),
    ("20373367", "Post72h", "UMEÅ UNIVERSITET", "1 948 423", "5 566 924", "Interreg Aurora", 1, "Umeå", "Post72h stärker"),
    ("20372492", "Mer Matinnovation - Innovationsplattform för livsmedelskedjan i norr", "RISE Research Institutes of Sweden AB", "2 218 538", "5 203 539", "ERUF", 1, VB15, "Projektet ska överbrygga"),
    ("20372853", "Regional demonstrator Västerbotten", "Pillars Sverige AB", "21 065 100", "54 565 100", "Regionala medel", 1, VB15, "Sverige behöver öka"),
    ("20372294", "Hållbar framtid: Strategisk samverkan för tillväxt i Möjligheternas Region", "LYCKSELE KOMMUN", "10 580 730", "33 064 770", "ERUF", 2, "Arjeplog, Arvidsjaur, Dorotea, Lycksele, Malå, Norsjö, Sorsele, Storuman, Vilhelmina, Åsele", "Det här projektet syftar"),
    ("20372517", "Ramprojekt i Västerbotten 2025-2027", "REGION VÄSTERBOTTEN", "2 990 000", "5 980 000", "ERUF", 2, VB15, "Målet med projektet är att främja"),
    ("20372031", "Digital vägledning för Kapital och Kompetens", "Connect Norr Service AB", "2 442 580", "8 723 457", "ERUF", 2, NB_VB29, "Projektet ska ge mikro"),
    ("20374134", "Partnerinvest Övre Norrland AB, TILLÄGG - Utökning av Fond 3", "Partnerinvest Övre Norrland AB", "1 612 903", "22 580 643", "ERUF", 2, NB_VB29, "Ansökan avser en utökning"),
    ("20372585", "Hållbar Transportinfrastruktur i Västerbotten", "REGION VÄSTERBOTTEN", "808 371", "1 617 225", "ERUF", 3, VB15, "Transportinfrastrukturen är avgörande"),
    ("20372541", "Civilsamhället i samverkan", "STUDIEFÖRBUNDET BILDA NORD", "3 575 325", "18 675 040", "ESF+", 4, "Lycksele, Malå, Norsjö, Skellefteå", "Projektet syftar till att motverka"),
    ("20373406", "Kvarken Film Hub", "REGION VÄSTERBOTTEN", "1 546 564", "6 186 255", "Interreg Aurora", 4, VB15, "Kvarken Film Hub ska stärka"),
    ("20372305", "Samverkan för kompetens inom kollektivtrafiken", "Länstrafiken i Västerbotten Aktiebolag", "1 285 564", "2 571 128", "ESF+", 6, VB15, "Kollektivtrafiken står inför"),
    ("20372451", "Utvecklingsnav för platsoberoende gymnasieskola", "REGION VÄSTERBOTTEN", "4 116 687", "12 268 016", "ESF+", 6, "Storuman, Vilhelmina", "Projektet vill möjliggöra"),
    ("20372423", "Hälsodigitalens Akademi 2.0", "REGION VÄSTERBOTTEN", "500 001", "5 971 534", "ESF+", 6, VB15, "Hälsodigitalens Akademi 2.0 ska stärka"),
    ("20372432", "Samverkan för effektiv kompetensförsörjning", "VILHELMINA KOMMUN", "2 270 000", "4 544 072", "ESF+", 6, "Vilhelmina", "Projektet \"Samverkan för effektiv"),
]

def kr(s):
    return int(s.replace(" ", ""))

granted = sum(kr(r[3]) for r in ROWS)
total = sum(kr(r[4]) for r in ROWS)
# The total line prints both sums with no separator between them ("72 750 869 225 263 121").
def grouped(n):
    return f"{n:,}".replace(",", " ")
assert f"17 PROJEKT TOTALSUMMA: {grouped(granted)} {grouped(total)}" in text, (granted, total)
assert len(ROWS) == 17 and len({r[0] for r in ROWS}) == 17

# Every id, amount and summary opening must be printed in the seed.
# A hyphen at a line end is a real hyphen in this list ("AI-\nchatboten", "EU-\nmedel"): keep it, join the word.
flat = re.sub(r"\s+", " ", re.sub(r"(\w)-\n(\w)", r"\1-\2", text))
for r in ROWS:
    for needle in (r[0], r[3], r[4], r[8]):
        assert needle in flat, (r[0], needle)

starts = [flat.index(r[8]) for r in ROWS]
ends = starts[1:] + [flat.index("17 PROJEKT TOTALSUMMA")]

def summary(i):
    s = flat[starts[i]:ends[i]]
    # The next project's block (id, title, owner, amounts, priority, municipalities) precedes its summary.
    if i + 1 < len(ROWS):
        s = s[: s.rindex(ROWS[i + 1][0])]
    s = re.sub(r"\s{2,}", " ", s).strip()
    return s

def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

OUT.mkdir(parents=True, exist_ok=True)
for i, (pid, title, owner, g, t, fund, prio, munis, _) in enumerate(ROWS):
    body = summary(i)
    fm = f"""---
id: "{pid}"
title: {yq(title)}
region: Region Västerbotten
owner:
  name: {yq(owner)}
status: granted
decisions:
  - kind: grant
    body: Region Västerbotten
    summary: {yq(f"Beviljat belopp {g} kr ({fund}); total projektbudget {t} kr.")}
fund: {yq(fund)}
priority:
  code: "{prio}"
  name: {yq(P[prio])}
municipalities: [{munis}]
grantedAmount: {g}
totalBudget: {t}
source:
  document: "Region Västerbotten, förteckning över beviljade projekt (17 projekt, totalsumma 72 750 869 kr)"
  passage: "Ärende-id {pid}"
---
{body}
"""
    (OUT / f"{pid}.md").write_text(fm, encoding="utf-8")
print("ok", granted, total)
