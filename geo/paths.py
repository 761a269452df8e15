"""Where the project's data files live: next to this package, or where the environment says."""

import os
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_DIR / "data"
ACTORS_FILE = DATA_DIR / "actors.yaml"
GAZETTEER_FILE = DATA_DIR / "gazetteer.yaml"
ACLED_FILE = DATA_DIR / "acled.yaml"  # ACLED's codes → the vocabulary


def stories_dir() -> Path:
    """The folder of story files: `$STORIES_DIR` when set, else `data/stories/`."""
    configured = os.environ.get("STORIES_DIR", "").strip()
    return Path(configured).expanduser() if configured else DATA_DIR / "stories"


def geocode_cache_file() -> Path:
    """The online geocoder's cache file: `$GEOCODE_CACHE_FILE`, else in `data/cache/`."""
    configured = os.environ.get("GEOCODE_CACHE_FILE", "").strip()
    return Path(configured).expanduser() if configured else DATA_DIR / "cache" / "nominatim.json"


def display_path(path: Path) -> str:
    """How a file is named in messages: relative to the project when inside it."""
    try:
        return str(path.resolve().relative_to(PROJECT_DIR))
    except ValueError:
        return str(path)
