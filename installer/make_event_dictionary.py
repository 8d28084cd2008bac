"""How the event log's body dictionary was made: ``python installer/make_event_dictionary.py
--out collabdesk/events/body_dictionary_1.zstd`` (before that file existed).

Run once, for dictionary 1 (``collabdesk/events/body_dictionary_1.zstd``); it is kept for the
record, not for releases: a store compressed with a dictionary needs that very dictionary to
read, so a shipped one never changes (``tests/core/test_event_bodies.py`` checks its hash). A
better dictionary would be written as number 2, next to it (collabdesk/events/bodies.py).

The corpus is the bench generator's made-up agency (``bench/generate.py``, 5,000 clients,
fixed seed), read back through the app. Every free-text value in it (names, addresses,
phone numbers, notes, descriptions, titles, reasons) is replaced with random letters of
the same length, and every id with random hex, before training: the dictionary learns the
log's structure — keys, states, enumerations, the shapes of timestamps and ids — and none of
the generator's stock phrases or the day's id prefixes, which would flatter the bench
figures and mean nothing for a real agency.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import string
import sys
from pathlib import Path
from typing import Any

import zstandard

ROOT = Path(__file__).resolve().parent.parent
SIZE = 16_384  # larger dictionaries were measured to save under 1% more
SAMPLES = 30_000
# Zstandard's private range starts at 32768; the id is not written into the frames.
DICT_ID = 32_769
FREE_TEXT = frozenset({
    "given_name", "family_name", "other_names", "address", "phone", "email", "body",
    "description", "title", "reason", "name", "service_type", "filename", "provider",
    "display_name", "username", "eligibility", "fees", "website", "url", "file_name"})
_ID = re.compile("[0-9a-f]{32}")


def _scramble(value: Any, key: str | None, rng: random.Random) -> Any:
    if isinstance(value, dict):
        return {k: _scramble(v, k, rng) for k, v in value.items()}
    if isinstance(value, list):
        return [_scramble(v, key, rng) for v in value]
    if isinstance(value, str) and key in FREE_TEXT and value:
        return "".join(rng.choice(string.ascii_letters + "   ") for _ in value)
    if isinstance(value, str) and _ID.fullmatch(value):
        # Ids start with their time: the generator's would match a store made the same day.
        return "".join(rng.choice("0123456789abcdef") for _ in value)
    return value


def corpus(scale: float, seed: int) -> list[bytes]:
    sys.path.insert(0, str(ROOT / "bench"))
    from common import PASSPHRASE, Params  # type: ignore[import-not-found]
    from generate import generate  # type: ignore[import-not-found]

    from collabdesk.workspace import Workspace

    folder = generate(Params(scale=scale))
    session = Workspace(folder).sign_in("admin", PASSPHRASE)
    try:
        bodies = [row[0] for row in session.store.query("SELECT data FROM events")]
    finally:
        session.close()
    rng = random.Random(seed)
    encode = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode
    return [encode(_scramble(json.loads(b), None, rng)).encode("utf-8")
            for b in rng.sample(bodies, min(SAMPLES, len(bodies)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", type=Path, required=True,
                        help="the new dictionary's file (never one that exists: stores need it)")
    args = parser.parse_args()
    if args.out.exists():
        parser.error(f"{args.out} exists; a shipped dictionary never changes")
    samples = corpus(args.scale, args.seed)
    dictionary = zstandard.train_dictionary(SIZE, samples, dict_id=DICT_ID, level=3,
                                            threads=1)
    data = dictionary.as_bytes()
    args.out.write_bytes(data)
    print(f"{args.out}: {len(data)} bytes from {len(samples)} events, "
          f"sha256 {hashlib.sha256(data).hexdigest()}")


if __name__ == "__main__":
    main()
