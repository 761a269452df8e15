"""The parts of a country or region news names ("northern Norway", "le sud du Liban"): a
third of its span of latitude and of longitude."""

# A country's parts: (row, column) thirds of its regions' points; None is any row or column.
PARTS: dict[str, tuple[int | None, int | None]] = {
    "north": (1, None),
    "south": (-1, None),
    "east": (None, 1),
    "west": (None, -1),
    "centre": (0, 0),
    "north-east": (1, 1),
    "north-west": (1, -1),
    "south-east": (-1, 1),
    "south-west": (-1, -1),
}

# How a part is written: lower case ("northern Norway"), unlike a name ("Northern Ireland").
PART_ADJECTIVES = {
    "north": "northern",
    "south": "southern",
    "east": "eastern",
    "west": "western",
    "centre": "central",
    "north-east": "north-eastern",
    "north-west": "north-western",
    "south-east": "south-eastern",
    "south-west": "south-western",
}
PART_NOUNS_FR = {
    "north": "nord",
    "south": "sud",
    "east": "est",
    "west": "ouest",
    "centre": "centre",
    "north-east": "nord-est",
    "north-west": "nord-ouest",
    "south-east": "sud-est",
    "south-west": "sud-ouest",
}


def in_part(point: tuple[float, float], points: list[tuple[float, float]], part: str) -> bool:
    """Whether `point` lies in the thirds of latitude and longitude of `points` that `part`
    names (`PARTS`: 1 north or east, 0 the middle, -1 south or west, None any)."""
    for axis, wanted in enumerate(PARTS[part]):
        values = [other[axis] for other in points]
        low, high = min(values), max(values)
        third = (high - low) / 3
        value = point[axis]
        where = 1 if value >= high - third else -1 if value <= low + third else 0
        if wanted is not None and where != wanted:
            return False
    return True
