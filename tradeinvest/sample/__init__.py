"""Realistic, deterministic sample data 2018-2025: the demo database and test/benchmark files.

The story follows the 2018 plan: new jobs rise from about 500 (2018) towards, but below, 1,000;
each project has a history (contact -> bidbook/FFT or mission lead -> project, months apart)
with the same company spelled slightly differently now and then, so company matching and lead
times can be shown. Facts are "as known at the end of `last_quarter`": a bidbook or lead whose
project lands later is still pending. Everything comes from string-seeded `random.Random`
streams per purpose and year, so the years before the cut do not depend on where it is.

The package: `calendar_data` and `weights` (pure data), `entities`, `world`, `projects` and
`effort` (the generated story), `frames` (the cut into upload frames), `pipeline` (the
quarterly pipeline snapshots), `plans` (calendars, country plans and
opportunities); the entry points are here.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from tradeinvest.ingest.templates import write_workbook
from tradeinvest.loading.uploads import load_upload
from tradeinvest.periods import Quarter
from tradeinvest.sample import effort, projects
from tradeinvest.sample.calendar_data import FIRST_YEAR, LAST_CALENDAR_YEAR
from tradeinvest.sample.confirmations import load_confirmations_sample
from tradeinvest.sample.follow_up import load_follow_up_sample
from tradeinvest.sample.frames import upload_frames
from tradeinvest.sample.pipeline import pipeline_frames
from tradeinvest.sample.plans import load_plans_sample
from tradeinvest.sample.world import World


def sample_frames(seed: int = 2018, last_quarter: str = "2025Q4"
                  ) -> dict[tuple[str, str], dict[str, pd.DataFrame]]:
    """Sample uploads keyed by (kind, quarter), chronological; values keyed by spec.name.

    Frames hold canonical values (ISO2, vocabulary codes, dates, numbers, bools), ready for
    `write_workbook`. `last_quarter` cuts the timeline: later quarters are left out and facts
    are as known then (a bidbook whose project lands later is still pending).
    """
    last = Quarter.parse(last_quarter)
    if last < Quarter(FIRST_YEAR, 1):
        raise ValueError(f"last_quarter must be {FIRST_YEAR}Q1 or later")
    world = World(seed, max(last.year, LAST_CALENDAR_YEAR))
    world.build_calendar()
    for year in world.years:
        projects.invest_projects(world, year)
    effort.fill_leads(world)
    for year in world.years:
        effort.fill_bidbooks(world, year)
    for year in world.years:
        effort.fill_contacts(world, year)
    world.number()
    quarters = [Quarter(FIRST_YEAR, 1)]
    while quarters[-1] < last:
        quarters.append(quarters[-1].next())
    frames = upload_frames(world, quarters, last.end)
    pipeline = pipeline_frames(world, quarters)  # each quarter's pipeline after its projects
    out: dict[tuple[str, str], dict[str, pd.DataFrame]] = {}
    for quarter in map(str, quarters):
        out.update((key, value) for key, value in frames.items() if key[1] == quarter)
        if quarter in pipeline:
            out[("pipeline", quarter)] = pipeline[quarter]
    return out


def write_sample_files(out_dir: Path, seed: int = 2018,
                       last_quarter: str = "2025Q4") -> list[Path]:
    """Each sample upload as `<kind>_<quarter>.xlsx`, as a coordinator would send it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for (kind, quarter), frames in sample_frames(seed, last_quarter).items():
        path = out_dir / f"{kind}_{quarter}.xlsx"
        path.write_bytes(write_workbook(kind, frames))
        written.append(path)
    return written


def load_sample(con: duckdb.DuckDBPyConnection, user: str = "voorbeelddata", *,
                seed: int = 2018, last_quarter: str = "2025Q4") -> int:
    """Load every sample upload through the real loader (quarter by quarter); return the count.

    Going through files and `load_upload` means the demo exercises the same path as the
    coordinator. The files skip the help sheet and drop-downs (nobody opens them; it halves the
    time). Raises UploadRejected (with `.problems`) if a sample file were refused.
    Then the plan side (`plans`: activity calendars, country plans, scored
    opportunities) and the projects' follow-ups (`follow_up`) are added; the count returned
    is of the quarterly uploads only.
    """
    count = 0
    for (kind, quarter), frames in sample_frames(seed, last_quarter).items():
        load_upload(con, write_workbook(kind, frames, aids=False), f"{kind}_{quarter}.xlsx",
                    kind, quarter, user)
        count += 1
    load_plans_sample(con, user, last_quarter)  # calendars, country plans, yardstick
    load_follow_up_sample(con, user, last_quarter)  # follow-ups (Nazorg) per year
    load_confirmations_sample(con, user, last_quarter, seed)  # investors' answers
    return count
