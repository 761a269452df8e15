"""Other names news gives countries (`data/country_names.yaml`): "Democratic Republic of Congo",
"Swaziland", "Fédération de Russie", beside GeoNames' and babel's names."""

from functools import cache
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from geo.errors import Problem
from geo.files import load_records
from geo.paths import DATA_DIR

COUNTRY_NAMES_FILE = DATA_DIR / "country_names.yaml"

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=2, max_length=200)]


class CountryNames(BaseModel):
    """One country's other names."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    names: list[Name]


def read_country_names() -> tuple[dict[str, tuple[str, ...]], list[Problem]]:
    """The other names of each country by ISO code, and the file's bad entries."""
    records, problems = load_records(
        COUNTRY_NAMES_FILE, "countries", CountryNames, name_key="code", entry="country"
    )
    names: dict[str, tuple[str, ...]] = {}
    for _, record in records:
        names[record.code] = (*names.get(record.code, ()), *record.names)
    return names, problems


@cache
def other_country_names() -> dict[str, tuple[str, ...]]:
    """The other names of each country by ISO code (a bad entry of the file is left out)."""
    return read_country_names()[0]
