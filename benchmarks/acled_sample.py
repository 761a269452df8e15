"""ACLED-format rows made up for tests and benchmarks (never downloaded): realistic columns,
codes, actor names and places around the Russia-Ukraine front, reproducible from a seed."""

import csv
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

# ACLED's export columns, in its order (2023 onwards).
COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

_TYPES = (
    ("Political violence", "Battles", "Armed clash"),
    ("Political violence", "Battles", "Government regains territory"),
    ("Political violence", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Political violence", "Explosions/Remote violence", "Air/drone strike"),
    ("Political violence", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Political violence", "Violence against civilians", "Attack"),
    ("Demonstrations", "Protests", "Peaceful protest"),
    ("Demonstrations", "Riots", "Mob violence"),
    ("Strategic developments", "Strategic developments", "Arrests"),
    ("Strategic developments", "Strategic developments", "Looting/property destruction"),
)
_ACTORS = (
    "Military Forces of Russia (2000-)",
    "Military Forces of Ukraine (2019-)",
    "Military Forces of North Korea (1948-)",
    "Wagner Group",
    "Unidentified Armed Group (Ukraine)",
    "Protesters (Ukraine)",
    "Civilians (Ukraine)",
)
# (location, admin1, country, latitude, longitude)
_PLACES = (
    ("Kharkiv", "Kharkivska", "Ukraine", 49.9935, 36.2304),
    ("Vovchansk", "Kharkivska", "Ukraine", 50.2908, 36.9411),
    ("Kupiansk", "Kharkivska", "Ukraine", 49.7106, 37.6156),
    ("Pokrovsk", "Donetska", "Ukraine", 48.2820, 37.1758),
    ("Chasiv Yar", "Donetska", "Ukraine", 48.5869, 37.8358),
    ("Kherson", "Khersonska", "Ukraine", 46.6354, 32.6169),
    ("Zaporizhzhia", "Zaporizka", "Ukraine", 47.8388, 35.1396),
    ("Sudzha", "Kursk", "Russia", 51.1919, 35.2708),
    ("Belgorod", "Belgorod", "Russia", 50.5997, 36.5983),
    ("Kursk", "Kursk", "Russia", 51.7373, 36.1874),
)


def acled_rows(count: int, *, seed: int = 1, start: date = date(2024, 1, 1)) -> Iterator[dict]:
    """`count` ACLED rows over the year from `start`, in the export's columns."""
    pick = random.Random(seed)  # noqa: S311 - made-up data, not secrets
    for number in range(1, count + 1):
        disorder, event_type, sub_type = pick.choice(_TYPES)
        location, admin1, country, lat, lon = pick.choice(_PLACES)
        day = start + timedelta(days=pick.randrange(365))
        actor1, actor2 = pick.sample(_ACTORS, 2)
        prefix = "UKR" if country == "Ukraine" else "RUS"
        yield {
            "event_id_cnty": f"{prefix}{number}",
            "event_date": day.isoformat(),
            "year": str(day.year),
            "time_precision": pick.choice("1112"),
            "disorder_type": disorder,
            "event_type": event_type,
            "sub_event_type": sub_type,
            "actor1": actor1,
            "assoc_actor_1": "",
            "inter1": "1",
            "actor2": actor2 if pick.random() < 0.7 else "",
            "assoc_actor_2": "",
            "inter2": "1",
            "interaction": "11",
            "civilian_targeting": "",
            "iso": "804" if country == "Ukraine" else "643",
            "region": "Europe",
            "country": country,
            "admin1": admin1,
            "admin2": "",
            "admin3": "",
            "location": location,
            "latitude": f"{lat + pick.uniform(-0.05, 0.05):.4f}"
            if pick.random() < 0.2
            else str(lat),
            "longitude": str(lon),
            "geo_precision": pick.choice("1112"),
            "source": pick.choice(("Ukrainska Pravda", "Suspilne; Kyiv Independent", "RIA")),
            "source_scale": "National",
            "notes": f"On {day:%d %B %Y}, {actor1} and {actor2} were reported near {location}.",
            "fatalities": str(pick.choice((0, 0, 0, 1, 2, 5))),
            "tags": "",
            "timestamp": str(1_704_067_200 + 86_400 * (day - date(2024, 1, 1)).days + 86_400),
        }


def write_acled(path: Path, rows: Iterator[dict] | list[dict]) -> Path:
    """Write rows as an ACLED CSV export (UTF-8, header first)."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path
