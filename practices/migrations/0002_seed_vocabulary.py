"""Seed the controlled vocabularies of VOCABULARY.md: countries, themes, target groups.

Reversible: unapplying removes exactly the seeded codes and slugs.
"""

from django.db import migrations

LANGUAGES = ("en", "sv", "da", "nb", "nn", "fi", "is")

COUNTRIES = [
    (
        "DK",
        {
            "en": "Denmark",
            "sv": "Danmark",
            "da": "Danmark",
            "nb": "Danmark",
            "nn": "Danmark",
            "fi": "Tanska",
            "is": "Danmörk",
        },
    ),
    (
        "FI",
        {
            "en": "Finland",
            "sv": "Finland",
            "da": "Finland",
            "nb": "Finland",
            "nn": "Finland",
            "fi": "Suomi",
            "is": "Finnland",
        },
    ),
    (
        "IS",
        {
            "en": "Iceland",
            "sv": "Island",
            "da": "Island",
            "nb": "Island",
            "nn": "Island",
            "fi": "Islanti",
            "is": "Ísland",
        },
    ),
    (
        "NO",
        {
            "en": "Norway",
            "sv": "Norge",
            "da": "Norge",
            "nb": "Norge",
            "nn": "Noreg",
            "fi": "Norja",
            "is": "Noregur",
        },
    ),
    (
        "SE",
        {
            "en": "Sweden",
            "sv": "Sverige",
            "da": "Sverige",
            "nb": "Sverige",
            "nn": "Sverige",
            "fi": "Ruotsi",
            "is": "Svíþjóð",
        },
    ),
    (
        "FO",
        {
            "en": "Faroe Islands",
            "sv": "Färöarna",
            "da": "Færøerne",
            "nb": "Færøyene",
            "nn": "Færøyane",
            "fi": "Färsaaret",
            "is": "Færeyjar",
        },
    ),
    (
        "GL",
        {
            "en": "Greenland",
            "sv": "Grönland",
            "da": "Grønland",
            "nb": "Grønland",
            "nn": "Grønland",
            "fi": "Grönlanti",
            "is": "Grænland",
        },
    ),
    (
        "AX",
        {
            "en": "Åland",
            "sv": "Åland",
            "da": "Åland",
            "nb": "Åland",
            "nn": "Åland",
            "fi": "Ahvenanmaa",
            "is": "Álandseyjar",
        },
    ),
]

THEMES = [
    (
        "reception-introduction",
        1,
        {
            "en": "Reception and introduction",
            "sv": "Mottagande och etablering",
            "da": "Modtagelse og integrationsprogram",
            "nb": "Mottak og introduksjonsprogram",
            "nn": "Mottak og introduksjonsprogram",
            "fi": "Vastaanotto ja kotoutumisen alkuvaihe",
            "is": "Móttaka og fyrstu skrefin",
        },
        "Reception of asylum seekers and refugees, settlement in a municipality, and introduction or integration programmes in the first months after arrival.",
    ),
    (
        "language-learning",
        2,
        {
            "en": "Language learning",
            "sv": "Språkinlärning",
            "da": "Sprogindlæring",
            "nb": "Språkopplæring",
            "nn": "Språkopplæring",
            "fi": "Kielen oppiminen",
            "is": "Tungumálanám",
        },
        "Learning the national language(s), from literacy and basic courses for adults to language support at school, at work and in everyday life.",
    ),
    (
        "work-skills",
        3,
        {
            "en": "Work and skills",
            "sv": "Arbete och kompetens",
            "da": "Beskæftigelse og kompetencer",
            "nb": "Arbeid og kompetanse",
            "nn": "Arbeid og kompetanse",
            "fi": "Työ ja osaaminen",
            "is": "Atvinna og færni",
        },
        "Getting newcomers into work: employment measures, validation and recognition of foreign qualifications, skills development and entrepreneurship.",
    ),
    (
        "education",
        4,
        {
            "en": "Education",
            "sv": "Utbildning",
            "da": "Uddannelse",
            "nb": "Utdanning",
            "nn": "Utdanning",
            "fi": "Koulutus",
            "is": "Menntun",
        },
        "Schooling for newly arrived children and young people, adult and higher education, and measures that improve educational results.",
    ),
    (
        "housing-neighbourhoods",
        5,
        {
            "en": "Housing and neighbourhoods",
            "sv": "Boende och bostadsområden",
            "da": "Bolig og boligområder",
            "nb": "Bolig og nærmiljø",
            "nn": "Bustad og nærmiljø",
            "fi": "Asuminen ja asuinalueet",
            "is": "Húsnæði og hverfi",
        },
        "Housing and settlement of newcomers, and area-based work in segregated or disadvantaged neighbourhoods.",
    ),
    (
        "health-wellbeing",
        6,
        {
            "en": "Health and wellbeing",
            "sv": "Hälsa och välbefinnande",
            "da": "Sundhed og trivsel",
            "nb": "Helse og trivsel",
            "nn": "Helse og trivsel",
            "fi": "Terveys ja hyvinvointi",
            "is": "Heilsa og vellíðan",
        },
        "Physical and mental health, access to health care, and support for people affected by trauma.",
    ),
    (
        "children-youth-families",
        7,
        {
            "en": "Children, youth and families",
            "sv": "Barn, unga och familjer",
            "da": "Børn, unge og familier",
            "nb": "Barn, unge og familier",
            "nn": "Barn, unge og familiar",
            "fi": "Lapset, nuoret ja perheet",
            "is": "Börn, ungmenni og fjölskyldur",
        },
        "Support for newly arrived children, young people and families outside the classroom, such as early childhood services, parenting support and youth work.",
    ),
    (
        "civic-participation",
        8,
        {
            "en": "Civic participation",
            "sv": "Samhällsdeltagande",
            "da": "Medborgerskab og deltagelse",
            "nb": "Samfunnsdeltakelse",
            "nn": "Samfunnsdeltaking",
            "fi": "Yhteiskunnallinen osallisuus",
            "is": "Samfélagsþátttaka",
        },
        "Democracy, civic orientation and newcomers' participation in society, from associations and voting to local decision-making.",
    ),
    (
        "community-relations",
        9,
        {
            "en": "Community relations",
            "sv": "Dialog och attityder",
            "da": "Dialog og holdninger",
            "nb": "Dialog og holdninger",
            "nn": "Dialog og haldningar",
            "fi": "Väestösuhteet",
            "is": "Samskipti og viðhorf",
        },
        "Relations between newcomers and the host community: intercultural dialogue, meeting places, attitudes and the role of the media.",
    ),
    (
        "equality-anti-discrimination",
        10,
        {
            "en": "Equality and anti-discrimination",
            "sv": "Jämställdhet och antidiskriminering",
            "da": "Ligestilling og antidiskrimination",
            "nb": "Likestilling og antidiskriminering",
            "nn": "Likestilling og antidiskriminering",
            "fi": "Yhdenvertaisuus ja tasa-arvo",
            "is": "Jafnrétti og jöfn meðferð",
        },
        "Combating discrimination and racism, promoting gender equality, and preventing honour-related violence and oppression.",
    ),
    (
        "culture-sport-leisure",
        11,
        {
            "en": "Culture, sport and leisure",
            "sv": "Kultur, idrott och fritid",
            "da": "Kultur, idræt og fritid",
            "nb": "Kultur, idrett og fritid",
            "nn": "Kultur, idrett og fritid",
            "fi": "Kulttuuri, liikunta ja vapaa-aika",
            "is": "Menning, íþróttir og tómstundir",
        },
        "Culture, sport, libraries and other leisure activities as routes to social contact and belonging.",
    ),
    (
        "civil-society-volunteering",
        12,
        {
            "en": "Civil society and volunteering",
            "sv": "Civilsamhälle och ideellt engagemang",
            "da": "Civilsamfund og frivillighed",
            "nb": "Sivilsamfunn og frivillighet",
            "nn": "Sivilsamfunn og frivilligheit",
            "fi": "Järjestöt ja vapaaehtoistoiminta",
            "is": "Félagasamtök og sjálfboðaliðastarf",
        },
        "Work by NGOs and volunteers, mentoring and buddy schemes, and partnerships between public authorities and civil society.",
    ),
    (
        "governance-coordination",
        13,
        {
            "en": "Governance and coordination",
            "sv": "Styrning och samverkan",
            "da": "Styring og koordinering",
            "nb": "Styring og samordning",
            "nn": "Styring og samordning",
            "fi": "Hallinto ja yhteistyö",
            "is": "Stjórnun og samhæfing",
        },
        "Coordination between authorities and sectors, staff competence, and the data, monitoring and follow-up of integration work.",
    ),
    (
        "information-outreach",
        14,
        {
            "en": "Information and outreach",
            "sv": "Information och uppsökande arbete",
            "da": "Information og opsøgende arbejde",
            "nb": "Informasjon og oppsøkende arbeid",
            "nn": "Informasjon og oppsøkjande arbeid",
            "fi": "Tiedotus ja neuvonta",
            "is": "Upplýsingagjöf og ráðgjöf",
        },
        "Reaching newcomers: multilingual information, interpreting, outreach work and digital services.",
    ),
    (
        "rural-small-municipalities",
        15,
        {
            "en": "Rural areas and small municipalities",
            "sv": "Landsbygd och små kommuner",
            "da": "Landdistrikter og små kommuner",
            "nb": "Distrikter og små kommuner",
            "nn": "Distrikt og små kommunar",
            "fi": "Maaseutu ja pienet kunnat",
            "is": "Dreifbýli og lítil sveitarfélög",
        },
        "Integration in rural areas and small municipalities, including settlement, transport and making newcomers want to stay.",
    ),
]

TARGET_GROUPS = [
    (
        "asylum-seekers",
        {
            "en": "Asylum seekers",
            "sv": "Asylsökande",
            "da": "Asylansøgere",
            "nb": "Asylsøkere",
            "nn": "Asylsøkjarar",
            "fi": "Turvapaikanhakijat",
            "is": "Umsækjendur um alþjóðlega vernd",
        },
    ),
    (
        "refugees",
        {
            "en": "Refugees",
            "sv": "Flyktingar",
            "da": "Flygtninge",
            "nb": "Flyktninger",
            "nn": "Flyktningar",
            "fi": "Pakolaiset",
            "is": "Flóttafólk",
        },
    ),
    (
        "resettled-refugees",
        {
            "en": "Resettled (quota) refugees",
            "sv": "Kvotflyktingar",
            "da": "Kvoteflygtninge",
            "nb": "Overføringsflyktninger",
            "nn": "Overføringsflyktningar",
            "fi": "Kiintiöpakolaiset",
            "is": "Kvótaflóttafólk",
        },
    ),
    (
        "temporary-protection",
        {
            "en": "People with temporary protection",
            "sv": "Personer med tillfälligt skydd",
            "da": "Fordrevne (fx fra Ukraine)",
            "nb": "Personer med kollektiv beskyttelse",
            "nn": "Personar med kollektivt vern",
            "fi": "Tilapäistä suojelua saavat",
            "is": "Fólk með tímabundna vernd",
        },
    ),
    (
        "family-migrants",
        {
            "en": "Family migrants",
            "sv": "Anhöriginvandrare",
            "da": "Familiesammenførte",
            "nb": "Familieinnvandrere",
            "nn": "Familieinnvandrarar",
            "fi": "Perhesyistä muuttaneet",
            "is": "Fjölskyldusameining",
        },
    ),
    (
        "labour-migrants",
        {
            "en": "Labour migrants",
            "sv": "Arbetskraftsinvandrare",
            "da": "Arbejdsmigranter",
            "nb": "Arbeidsinnvandrere",
            "nn": "Arbeidsinnvandrarar",
            "fi": "Työperäiset maahanmuuttajat",
            "is": "Erlent starfsfólk",
        },
    ),
    (
        "international-students",
        {
            "en": "International students",
            "sv": "Internationella studenter",
            "da": "Internationale studerende",
            "nb": "Internasjonale studenter",
            "nn": "Internasjonale studentar",
            "fi": "Kansainväliset opiskelijat",
            "is": "Erlendir nemendur",
        },
    ),
    (
        "unaccompanied-minors",
        {
            "en": "Unaccompanied minors",
            "sv": "Ensamkommande barn",
            "da": "Uledsagede mindreårige",
            "nb": "Enslige mindreårige",
            "nn": "Einslege mindreårige",
            "fi": "Ilman huoltajaa tulleet alaikäiset",
            "is": "Fylgdarlaus börn",
        },
    ),
    (
        "children",
        {
            "en": "Children",
            "sv": "Barn",
            "da": "Børn",
            "nb": "Barn",
            "nn": "Barn",
            "fi": "Lapset",
            "is": "Börn",
        },
    ),
    (
        "young-people",
        {
            "en": "Young people",
            "sv": "Unga",
            "da": "Unge",
            "nb": "Unge",
            "nn": "Unge",
            "fi": "Nuoret",
            "is": "Ungmenni",
        },
    ),
    (
        "women",
        {
            "en": "Women",
            "sv": "Kvinnor",
            "da": "Kvinder",
            "nb": "Kvinner",
            "nn": "Kvinner",
            "fi": "Naiset",
            "is": "Konur",
        },
    ),
    (
        "parents",
        {
            "en": "Parents",
            "sv": "Föräldrar",
            "da": "Forældre",
            "nb": "Foreldre",
            "nn": "Foreldre",
            "fi": "Vanhemmat",
            "is": "Foreldrar",
        },
    ),
    (
        "older-people",
        {
            "en": "Older people",
            "sv": "Äldre",
            "da": "Ældre",
            "nb": "Eldre",
            "nn": "Eldre",
            "fi": "Ikääntyneet",
            "is": "Eldra fólk",
        },
    ),
    (
        "low-literacy",
        {
            "en": "Little or no schooling",
            "sv": "Kort eller ingen skolgång",
            "da": "Kort eller ingen skolegang",
            "nb": "Lite eller ingen skolegang",
            "nn": "Lite eller ingen skulegang",
            "fi": "Vähän koulua käyneet",
            "is": "Lítil eða engin skólaganga",
        },
    ),
    (
        "trauma-disability",
        {
            "en": "Trauma or disability",
            "sv": "Trauma eller funktionsnedsättning",
            "da": "Traumer eller handicap",
            "nb": "Traumer eller funksjonsnedsettelse",
            "nn": "Traume eller funksjonsnedsetjing",
            "fi": "Traumatisoituneet tai vammaiset",
            "is": "Áföll eða fötlun",
        },
    ),
    (
        "host-community",
        {
            "en": "Host community",
            "sv": "Lokalsamhället",
            "da": "Lokalsamfundet",
            "nb": "Lokalsamfunnet",
            "nn": "Lokalsamfunnet",
            "fi": "Kantaväestö",
            "is": "Móttökusamfélagið",
        },
    ),
    (
        "professionals-volunteers",
        {
            "en": "Professionals and volunteers",
            "sv": "Yrkesverksamma och frivilliga",
            "da": "Fagpersoner og frivillige",
            "nb": "Fagpersoner og frivillige",
            "nn": "Fagpersonar og frivillige",
            "fi": "Ammattilaiset ja vapaaehtoiset",
            "is": "Fagfólk og sjálfboðaliðar",
        },
    ),
]


def names(field: str, labels: dict) -> dict:
    values = {f"{field}_{code}": labels[code] for code in LANGUAGES}
    values[field] = labels["en"]
    return values


def seed(apps, schema_editor):
    Country = apps.get_model("practices", "Country")
    Theme = apps.get_model("practices", "Theme")
    TargetGroup = apps.get_model("practices", "TargetGroup")
    for order, (code, labels) in enumerate(COUNTRIES, start=1):
        Country.objects.update_or_create(
            code=code, defaults={"order": order, **names("name", labels)}
        )
    for slug, order, labels, scope_note in THEMES:
        Theme.objects.update_or_create(
            slug=slug,
            defaults={
                "order": order,
                "description": scope_note,
                "description_en": scope_note,
                **names("name", labels),
            },
        )
    for order, (slug, labels) in enumerate(TARGET_GROUPS, start=1):
        TargetGroup.objects.update_or_create(
            slug=slug, defaults={"order": order, **names("name", labels)}
        )


def unseed(apps, schema_editor):
    apps.get_model("practices", "TargetGroup").objects.filter(
        slug__in=[slug for slug, _labels in TARGET_GROUPS]
    ).delete()
    apps.get_model("practices", "Theme").objects.filter(
        slug__in=[slug for slug, *_rest in THEMES]
    ).delete()
    apps.get_model("practices", "Country").objects.filter(
        code__in=[code for code, _labels in COUNTRIES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("practices", "0001_initial")]

    operations = [migrations.RunPython(seed, unseed)]
