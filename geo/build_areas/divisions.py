"""Hand-listed groupings: Russia's federal districts and France's, Italy's and Spain's regions."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class District:
    """A federal district of Russia, with its members' ISO 3166-2 codes."""

    id: str
    name: str
    name_fr: str
    aliases: tuple[str, ...]
    members: frozenset[str]


FEDERAL_DISTRICTS: tuple[District, ...] = (
    District(
        "RU-FD-CE",
        "Central Federal District",
        "district fédéral central",
        ("Tsentralny federalny okrug", "Central Russia", "Russie centrale"),
        frozenset(
            (
                "BEL",
                "BRY",
                "VLA",
                "VOR",
                "IVA",
                "KLU",
                "KOS",
                "KRS",
                "LIP",
                "MOS",
                "MOW",
                "ORL",
                "RYA",
                "SMO",
                "TAM",
                "TVE",
                "TUL",
                "YAR",
            )
        ),
    ),
    District(
        "RU-FD-NW",
        "Northwestern Federal District",
        "district fédéral du Nord-Ouest",
        ("Severo-Zapadny federalny okrug", "Northwest Russia", "Nord-Ouest de la Russie"),
        frozenset(("KR", "KO", "ARK", "NEN", "VLG", "KGD", "LEN", "SPE", "MUR", "NGR", "PSK")),
    ),
    District(
        "RU-FD-SO",
        "Southern Federal District",
        "district fédéral du Sud",
        ("Yuzhny federalny okrug", "Southern Russia", "Sud de la Russie"),
        frozenset(("AD", "KL", "KDA", "AST", "VGG", "ROS")),
    ),
    District(
        "RU-FD-NC",
        "North Caucasian Federal District",
        "district fédéral du Caucase du Nord",
        ("Severo-Kavkazsky federalny okrug", "North Caucasus", "Caucase du Nord"),
        frozenset(("DA", "IN", "KB", "KC", "SE", "CE", "STA")),
    ),
    District(
        "RU-FD-VO",
        "Volga Federal District",
        "district fédéral de la Volga",
        ("Privolzhsky federalny okrug", "Privolzhsky Federal District"),
        frozenset(
            (
                "BA",
                "ME",
                "MO",
                "TA",
                "UD",
                "CU",
                "PER",
                "KIR",
                "NIZ",
                "ORE",
                "PNZ",
                "SAM",
                "SAR",
                "ULY",
            )
        ),
    ),
    District(
        "RU-FD-UR",
        "Ural Federal District",
        "district fédéral de l'Oural",
        ("Uralsky federalny okrug", "Urals Federal District"),
        frozenset(("KGN", "SVE", "TYU", "CHE", "KHM", "YAN")),
    ),
    District(
        "RU-FD-SI",
        "Siberian Federal District",
        "district fédéral sibérien",
        ("Sibirsky federalny okrug", "Siberia", "Sibérie"),
        frozenset(("AL", "TY", "KK", "ALT", "KYA", "IRK", "KEM", "NVS", "OMS", "TOM")),
    ),
    District(
        "RU-FD-FE",
        "Far Eastern Federal District",
        "district fédéral extrême-oriental",
        (
            "Dalnevostochny federalny okrug",
            "Russian Far East",
            "Far East of Russia",
            "Extrême-Orient russe",
            "Extrême-Orient de la Russie",
        ),
        frozenset(("BU", "SA", "ZAB", "KAM", "PRI", "KHA", "AMU", "MAG", "SAK", "YEV", "CHU")),
    ),
)

# France's, Italy's and Spain's regions: Natural Earth's admin-1 features there are departments
# and provinces, grouped by its `region_cod` column; the names (English, French, aliases) are
# listed here. Regions of a single department or province (overseas France, Madrid, Murcia...)
# are already there under the same name and are not repeated.
RegionNames = tuple[str, str, str, tuple[str, ...]]  # id, English, French, aliases
REGION_GROUPS: dict[str, RegionNames] = {
    "FR-ARA": ("FR-ARA", "Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes", ()),
    "FR-BFC": ("FR-BFC", "Burgundy-Franche-Comté", "Bourgogne-Franche-Comté", ()),
    "FR-BRE": ("FR-BRE", "Brittany", "Bretagne", ()),
    "FR-CVL": ("FR-CVL", "Centre-Val de Loire", "Centre-Val de Loire", ()),
    "FR-COR": ("FR-20R", "Corsica", "Corse", ()),
    "FR-GES": ("FR-GES", "Grand Est", "Grand Est", ()),
    "FR-HDF": ("FR-HDF", "Hauts-de-France", "Hauts-de-France", ()),
    "FR-IDF": ("FR-IDF", "Île-de-France", "Île-de-France", ()),
    "FR-NOR": ("FR-NOR", "Normandy", "Normandie", ()),
    "FR-NAQ": ("FR-NAQ", "Nouvelle-Aquitaine", "Nouvelle-Aquitaine", ()),
    "FR-OCC": ("FR-OCC", "Occitania", "Occitanie", ()),
    "FR-PDL": ("FR-PDL", "Pays de la Loire", "Pays de la Loire", ()),
    "FR-PAC": ("FR-PAC", "Provence-Alpes-Côte d'Azur", "Provence-Alpes-Côte d'Azur", ("PACA",)),
    "IT-21": ("IT-21", "Piedmont", "Piémont", ("Piemonte",)),
    "IT-25": ("IT-25", "Lombardy", "Lombardie", ("Lombardia",)),
    "IT-32": ("IT-32", "Trentino-Alto Adige", "Trentin-Haut-Adige", ("Trentino-Südtirol",)),
    "IT-34": ("IT-34", "Veneto", "Vénétie", ()),
    "IT-36": ("IT-36", "Friuli-Venezia Giulia", "Frioul-Vénétie julienne", ()),
    "IT-42": ("IT-42", "Liguria", "Ligurie", ()),
    "IT-45": ("IT-45", "Emilia-Romagna", "Émilie-Romagne", ()),
    "IT-52": ("IT-52", "Tuscany", "Toscane", ("Toscana",)),
    "IT-55": ("IT-55", "Umbria", "Ombrie", ()),
    "IT-57": ("IT-57", "Marche", "Marches", ()),
    "IT-62": ("IT-62", "Lazio", "Latium", ()),
    "IT-65": ("IT-65", "Abruzzo", "Abruzzes", ()),
    "IT-67": ("IT-67", "Molise", "Molise", ()),
    "IT-72": ("IT-72", "Campania", "Campanie", ()),
    "IT-75": ("IT-75", "Apulia", "Pouilles", ("Puglia",)),
    "IT-77": ("IT-77", "Basilicata", "Basilicate", ()),
    "IT-78": ("IT-78", "Calabria", "Calabre", ()),
    "IT-82": ("IT-82", "Sicily", "Sicile", ("Sicilia",)),
    "IT-88": ("IT-88", "Sardinia", "Sardaigne", ("Sardegna",)),
    "ES.AN": ("ES-AN", "Andalusia", "Andalousie", ("Andalucía",)),
    "ES.AR": ("ES-AR", "Aragon", "Aragon", ("Aragón",)),
    "ES.CN": ("ES-CN", "Canary Islands", "îles Canaries", ("Canarias", "Canaries")),
    "ES.CL": ("ES-CL", "Castile and León", "Castille-et-León", ("Castilla y León",)),
    "ES.CM": ("ES-CM", "Castilla–La Mancha", "Castille-La Manche", ("Castile-La Mancha",)),
    "ES.CT": ("ES-CT", "Catalonia", "Catalogne", ("Cataluña", "Catalunya")),
    "ES.EX": ("ES-EX", "Extremadura", "Estrémadure", ()),
    "ES.GA": ("ES-GA", "Galicia", "Galice", ()),
    "ES.PV": ("ES-PV", "Basque Country", "Pays basque", ("País Vasco", "Euskadi")),
    "ES.VC": (
        "ES-VC",
        "Valencian Community",
        "Communauté valencienne",
        ("Comunitat Valenciana", "Comunidad Valenciana"),
    ),
}
