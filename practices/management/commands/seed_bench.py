"""Generate many realistic-looking published practices quickly, for benchmarks."""

import random
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from practices import cache
from practices.choices import Evaluation, Level, OrganisationKind, Status
from practices.models import Country, Organisation, Practice, TargetGroup, Theme

PLACES = {
    "SE": ["Malmö", "Borlänge", "Gävle", "Umeå", "Kiruna", "Växjö", "Södertälje", "Östersund"],
    "DK": ["Aarhus", "Odense", "Sønderborg", "Holstebro", "Vejle", "Ishøj", "Lolland"],
    "NO": ["Drammen", "Bergen", "Tromsø", "Stavanger", "Bodø", "Førde", "Oslo"],
    "FI": ["Tampere", "Turku", "Oulu", "Vantaa", "Kajaani", "Rovaniemi", "Vaasa"],
    "IS": ["Reykjavík", "Reykjanesbær", "Akureyri", "Ísafjörður", "Hafnarfjörður"],
    "FO": ["Tórshavn", "Klaksvík"],
    "GL": ["Nuuk", "Sisimiut"],
    "AX": ["Mariehamn", "Jomala"],
}
LANGUAGE_OF = {
    "SE": "sv",
    "DK": "da",
    "NO": "nb",
    "FI": "fi",
    "IS": "is",
    "FO": "da",
    "GL": "da",
    "AX": "sv",
}
APPROACHES = {
    "en": [
        "Job mentors",
        "Language café",
        "Homework club",
        "Health guides",
        "Parent school",
        "Housing advice",
        "Sports club",
        "Work placements",
        "Buddy families",
        "Civic course",
    ],
    "sv": [
        "Jobbmentorer",
        "Språkcafé",
        "Läxhjälp",
        "Hälsoguider",
        "Föräldraskola",
        "Bostadsrådgivning",
        "Idrottsförening",
        "Praktikplatser",
        "Kontaktfamiljer",
        "Samhällskurs",
    ],
    "da": [
        "Jobmentorer",
        "Sprogcafé",
        "Lektiecafé",
        "Sundhedsguider",
        "Forældreskole",
        "Boligrådgivning",
        "Idrætsforening",
        "Praktikpladser",
        "Venskabsfamilier",
        "Samfundskursus",
    ],
    "nb": [
        "Jobbmentorer",
        "Språkkafé",
        "Leksehjelp",
        "Helseveiledere",
        "Foreldreskole",
        "Boligveiledning",
        "Idrettslag",
        "Praksisplasser",
        "Vennefamilier",
        "Samfunnskurs",
    ],
    "fi": [
        "Työmentorit",
        "Kielikahvila",
        "Läksykerho",
        "Terveysluotsit",
        "Vanhempainkoulu",
        "Asumisneuvonta",
        "Urheiluseura",
        "Työharjoittelu",
        "Tukiperheet",
        "Yhteiskuntakurssi",
    ],
    "is": [
        "Atvinnuleiðbeinendur",
        "Tungumálakaffi",
        "Heimanámsaðstoð",
        "Heilsuleiðsögn",
        "Foreldrafræðsla",
        "Húsnæðisráðgjöf",
        "Íþróttafélag",
        "Starfsþjálfun",
        "Vinafjölskyldur",
        "Samfélagsfræðsla",
    ],
}
GROUPS = {
    "en": ["for refugee women", "for young newcomers", "for quota refugees", "for families"],
    "sv": ["för nyanlända kvinnor", "för unga nyanlända", "för kvotflyktingar", "för familjer"],
    "da": ["for flygtningekvinder", "for unge nytilkomne", "for kvoteflygtninge", "for familier"],
    "nb": [
        "for flyktningkvinner",
        "for unge nyankomne",
        "for overføringsflyktninger",
        "for familier",
    ],
    "fi": ["pakolaisnaisille", "nuorille tulijoille", "kiintiöpakolaisille", "perheille"],
    "is": [
        "fyrir flóttakonur",
        "fyrir ungt aðflutt fólk",
        "fyrir kvótaflóttafólk",
        "fyrir fjölskyldur",
    ],
}
SUMMARY = {
    "en": "{a} {g} in {p}: weekly meetings over a year, run with local employers and volunteers.",
    "sv": "{a} {g} i {p}: träffar varje vecka under ett år, tillsammans med arbetsgivare och frivilliga.",
    "da": "{a} {g} i {p}: ugentlige møder i et år sammen med lokale arbejdsgivere og frivillige.",
    "nb": "{a} {g} i {p}: ukentlige møter i ett år sammen med lokale arbeidsgivere og frivillige.",
    "fi": "{a} {g} ({p}): viikoittaiset tapaamiset vuoden ajan yhdessä työnantajien ja vapaaehtoisten kanssa.",
    "is": "{a} {g} í {p}: vikulegir fundir í eitt ár með atvinnurekendum og sjálfboðaliðum.",
}
BODY = {
    "en": "{a} met every week for a year. {n} people took part; {k} were in work or education a year later.",
    "sv": "{a} träffades varje vecka i ett år. {n} personer deltog; {k} arbetade eller studerade ett år senare.",
    "da": "{a} mødtes hver uge i et år. {n} personer deltog; {k} var i job eller uddannelse et år efter.",
    "nb": "{a} møttes hver uke i ett år. {n} personer deltok; {k} var i arbeid eller utdanning ett år etter.",
    "fi": "{a} kokoontui viikoittain vuoden ajan. Mukana oli {n} henkeä; {k} oli töissä tai opiskelemassa vuoden kuluttua.",
    "is": "{a} hittist vikulega í eitt ár. {n} manns tóku þátt; {k} voru í vinnu eða námi ári síðar.",
}  # fmt: skip

BATCH = 1000


class Command(BaseCommand):
    help = (
        "Add N generated published practices (slugs bench-…) for benchmarks; --clear removes them."
    )

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=10_000)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument("--clear", action="store_true", help="remove earlier bench practices")

    def handle(self, *args, count: int, seed: int, clear: bool, **options):
        with transaction.atomic():
            self.generate(count, seed, clear)
        # Bulk inserts send no signals: cached counts and searches must still start over.
        cache.bump_content_version()
        if connection.vendor == "postgresql":
            # Fresh statistics, as autovacuum would soon have them, so plans are realistic.
            # VACUUM cannot run inside a transaction (as in the tests); ANALYZE can.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
        self.stdout.write(self.style.SUCCESS(f"Added {count} bench practices."))

    def generate(self, count: int, seed: int, clear: bool) -> None:
        if count < 0:
            raise CommandError("--count must be 0 or more")
        rng = random.Random(seed)
        if clear:
            Practice.objects.filter(slug__startswith="bench-").delete()
            Organisation.objects.filter(slug__startswith="bench-").delete()
        countries = {c.code: c for c in Country.objects.all()}
        themes = list(Theme.objects.all())
        groups = list(TargetGroup.objects.all())
        organisations = self.organisations(rng, countries)
        start = Practice.objects.filter(slug__startswith="bench-").count()
        now = timezone.now()
        for offset in range(0, count, BATCH):
            size = min(BATCH, count - offset)
            rows, links = [], []
            for index in range(start + offset, start + offset + size):
                practice, relations = self.practice(
                    rng, index, countries, themes, groups, organisations, now
                )
                rows.append(practice)
                links.append(relations)
            created = Practice.objects.bulk_create(rows)
            self.relate(created, links)

    def organisations(self, rng, countries) -> list[Organisation]:
        existing = list(Organisation.objects.filter(slug__startswith="bench-"))
        if existing:
            return existing
        kinds = OrganisationKind.values
        return Organisation.objects.bulk_create(
            Organisation(
                name=f"{rng.choice(['Nordic', 'Bridge', 'Welcome', 'Harbour', 'North'])} {kind.replace('_', ' ')} {n}",
                slug=f"bench-organisation-{n}",
                kind=kind,
                country=countries[code],
                city=rng.choice(PLACES[code]),
            )
            for n, (kind, code) in enumerate(
                (rng.choice(kinds), rng.choice(list(PLACES))) for _ in range(200)
            )
        )

    def practice(self, rng, index, countries, themes, groups, organisations, now):
        code = rng.choice(list(PLACES))
        language = LANGUAGE_OF[code]
        place = rng.choice(PLACES[code])
        approach = rng.randrange(len(APPROACHES["en"]))
        group = rng.randrange(len(GROUPS["en"]))
        participants = rng.randint(12, 400)
        texts = {}
        for lang in {"en", language}:
            a, g = APPROACHES[lang][approach], GROUPS[lang][group]
            texts[f"title_{lang}"] = f"{a} {g} in {place}" if lang == "en" else f"{a} {g} – {place}"
            texts[f"summary_{lang}"] = SUMMARY[lang].format(a=a, g=g, p=place)
            texts[f"description_{lang}"] = BODY[lang].format(
                a=a, n=participants, k=participants // 2
            )
        start = rng.randint(2008, 2025)
        chosen_orgs = rng.sample(organisations, rng.randint(1, 2))
        practice = Practice(
            slug=f"bench-{index}",
            original_language=language,
            title=texts.get("title_en", ""),
            municipality=place,
            level=rng.choice(Level.values),
            start_year=start,
            end_year=rng.choice([None, min(start + rng.randint(0, 6), 2026)]),
            evaluation=rng.choice(Evaluation.values),
            status=Status.PUBLISHED,
            published_at=now - timedelta(minutes=rng.randint(10, 2_000_000)),
            organisation_names=" ".join(o.name for o in chosen_orgs),
            **texts,
        )
        relations = (
            [countries[code]],
            rng.sample(themes, rng.randint(1, 3)),
            rng.sample(groups, rng.randint(1, 3)),
            chosen_orgs,
        )
        return practice, relations

    def relate(self, practices, links) -> None:
        through = {
            name: getattr(Practice, name).through
            for name in ("countries", "themes", "target_groups", "organisations")
        }
        rows = {name: [] for name in through}
        for practice, (cs, ts, gs, os) in zip(practices, links, strict=True):
            rows["countries"] += [through["countries"](practice=practice, country=c) for c in cs]
            rows["themes"] += [through["themes"](practice=practice, theme=t) for t in ts]
            rows["target_groups"] += [
                through["target_groups"](practice=practice, targetgroup=g) for g in gs
            ]
            rows["organisations"] += [
                through["organisations"](practice=practice, organisation=o) for o in os
            ]
        for name, objects in rows.items():
            through[name].objects.bulk_create(objects)
