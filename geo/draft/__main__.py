"""Draft a story file from an article: `python -m geo.draft ARTICLE`.

Usage: python -m geo.draft ARTICLE [--published YYYY-MM-DD] [--language fr|en] [--outlet NAME]
                           [--title TEXT] [--url URL] [--out FILE [--force]]

ARTICLE is a plain-text file or an HTML page saved from a browser. Prints the story (YAML) on
stdout, or writes it to --out (never replacing a file unless --force is given). The title is
the article's first line when not given, the publication date and language are found in the
article when not given. Every quote is cut verbatim from the article. Exit status 2 when the
article cannot be read, is empty, or has no date and none is given.
"""

import argparse
import sys
from pathlib import Path

from geo.catalog import load_actors
from geo.draft.document import build_document, to_yaml
from geo.draft.ner import entity_finder
from geo.draft.pipeline import Drafter, DraftError
from geo.draft.text import ArticleError, read_article
from geo.export import iso_day, write_new_file
from geo.model import StoryMeta
from geo.resolver import default_resolver


def build_parser() -> argparse.ArgumentParser:
    """The command's argument parser."""
    parser = argparse.ArgumentParser(
        prog="python -m geo.draft", description="Draft a story file from a news article."
    )
    parser.add_argument("article", type=Path, help="the article: a .txt or a saved .html page")
    parser.add_argument("--published", type=iso_day, help="publication date (default: found)")
    parser.add_argument("--language", choices=("fr", "en"), help="default: detected")
    parser.add_argument("--outlet", help="who published it")
    parser.add_argument("--title", help="default: the article's title or first line")
    parser.add_argument("--url", help="the article's address (http or https)")
    parser.add_argument("--out", type=Path, help="write the story here instead of stdout")
    parser.add_argument("--force", action="store_true", help="replace --out if it exists")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.url:
        try:
            StoryMeta.model_validate(
                {"id": "x", "title": "x", "outlet": "x", "published": "2000-01-01"}
                | {"language": "en", "url": args.url}
            )
        except ValueError:
            parser.error(f"--url must be an http:// or https:// address (got {args.url!r})")
    try:
        article = read_article(args.article.read_bytes(), filename=args.article.name)
    except OSError as error:
        parser.exit(2, f"error: cannot read {args.article}: {error.strerror or error}\n")
    except ArticleError as error:
        parser.exit(2, f"error: {args.article}: {error}\n")
    resolver = default_resolver()
    actors, problems = load_actors()
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    drafter = Drafter(resolver, actors, entities=entity_finder)
    try:
        drafted = drafter.draft(article, published=args.published, language=args.language)
    except DraftError as error:
        parser.exit(2, f"error: {args.article}: {error}\n")
    document = build_document(drafted, resolver, title=args.title, outlet=args.outlet, url=args.url)
    text = to_yaml(document)
    for reason in document.left_out:
        print(f"left out: {reason}", file=sys.stderr)
    events = document.content["events"]
    flagged = sum(1 for flags in document.flags.values() if flags)
    print(
        f"{len(events)} draft events ({flagged} flagged for review), "
        f"{len(document.content['mentions'])} other places named",
        file=sys.stderr,
    )
    if args.out is None:
        sys.stdout.write(text)
        return 0
    try:
        write_new_file(args.out, text, force=args.force)
    except OSError as error:
        parser.exit(2, f"error: {error}\n")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
