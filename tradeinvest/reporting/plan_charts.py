"""Figures and texts for plan versus reality: the calendar timeline, plan against actual, the
yardstick's scores against results. Pure: DataFrames in, Plotly figures or strings out."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative

from tradeinvest import vocab
from tradeinvest.reporting import fmt
from tradeinvest.reporting.charts import (
    BLUE,
    GREEN,
    GREY,
    ORANGE,
    RED,
    THEME_COLOURS,
    _layout,
)
from tradeinvest.texts import t

PILLAR_COLOURS = {"invest": BLUE, "trade": ORANGE}
_DAY_MS = 86_400_000


def period_label(start: dt.date | None, precision: str | None, end: dt.date | None,
                 lang: str = "nl") -> str:
    """A planned period as the team wrote it: '3 jun 2018 – 8 jun 2018', 'jun 2018',
    'najaar 2018', '1e helft 2018', 'datum onbekend'."""
    if start is None:
        return t("date_unknown", lang)
    if precision == "month":
        text = fmt.month(start, lang)
    elif precision == "season":
        text = f"{t(f'season_{start.month}', lang)} {start.year}"
    elif precision == "half":
        text = t("half_year", lang, half=1 if start.month < 7 else 2, year=start.year)
    elif precision == "quarter":
        text = f"Q{(start.month - 1) // 3 + 1} {start.year}"
    elif precision == "year":
        text = str(start.year)
    else:
        text = fmt.date(start, lang)
        if end is not None and end != start:
            text += f" – {fmt.date(end, lang)}"
        return text
    return text


def _colours(keys: list[str], colour_by: str) -> dict[str, str]:
    if colour_by == "pillar":
        return {k: PILLAR_COLOURS.get(k, GREY) for k in keys}
    if colour_by == "theme":
        return {k: THEME_COLOURS.get(k, "#6d4c41") for k in keys}
    palette = qualitative.Safe + qualitative.Vivid
    return {k: palette[i % len(palette)] for i, k in enumerate(sorted(keys))}


def timeline(items: pd.DataFrame, colour_by: str, names: dict[str, str],
             countries: dict[str, str], title: str, lang: str = "nl") -> go.Figure:
    """Planned items as bars over the year (the period as written), coloured by pillar,
    country or theme; items never carried out grey and hatched, items still planned dotted,
    items held in the region (no mission to match) cross-hatched;
    a diamond marks when the matched mission actually started.

    `items`: calendar_vs_missions rows (those without a plan_start are left out); `names`:
    code of the `colour_by` column -> label; `countries`: ISO2 -> name for the row labels.
    """
    data = items.dropna(subset=["plan_start"]).copy()
    data["group"] = data[colour_by].fillna("unknown")
    data = data.sort_values(["group", "plan_start", "event"])
    seen: dict[str, int] = {}
    labels = []
    for event, country in zip(data["event"], data["country"], strict=True):
        known = isinstance(country, str)
        label = f"{event} ({countries.get(country, country) if known else '?'})"
        seen[label] = seen.get(label, 0) + 1
        labels.append(label if seen[label] == 1 else f"{label} #{seen[label]}")
    data["label"] = labels
    data["start"] = pd.to_datetime(data["plan_start"])
    # at least three days wide, so a one-day reception stays visible on a year's axis
    data["width"] = [max((pd.Timestamp(e) - pd.Timestamp(s)).days + 1, 3) * _DAY_MS
                     for s, e in zip(data["plan_start"], data["plan_end"], strict=True)]
    data["when"] = [period_label(s, p, e, lang) for s, p, e in
                    zip(data["plan_start"], data["start_precision"], data["plan_end"],
                        strict=True)]
    colours = _colours(list(data["group"].unique()), colour_by)
    fig = go.Figure()
    status_text = {t.code: t.label(lang) for t in vocab.CALENDAR_STATUS}
    for group, part in data.groupby("group", sort=True):
        for status, pattern, opacity in (("carried_out", "", 1.0), ("in_region", "x", 0.8),
                                         ("planned", ".", 0.55)):
            rows = part[part["status"] == status]
            if rows.empty:
                continue
            name = names.get(str(group), str(group))
            fig.add_bar(y=rows["label"], x=rows["width"], base=rows["start"], orientation="h",
                        name=name if status == "carried_out" else f"{name} "
                        f"({status_text[status].lower()})",
                        legendgroup=str(group), marker_color=colours[str(group)],
                        marker_pattern_shape=pattern, opacity=opacity,
                        customdata=rows[["when"]], hovertemplate="%{y}<br>%{customdata[0]}"
                        f"<br>{status_text[status]}<extra></extra>")
    missed = data[data["status"] == "not_carried_out"]
    if not missed.empty:
        fig.add_bar(y=missed["label"], x=missed["width"], base=missed["start"],
                    orientation="h", name=status_text["not_carried_out"],
                    marker=dict(color="#e0e0e0", line=dict(color=GREY, width=1),
                                pattern=dict(shape="/", fgcolor=GREY)),
                    customdata=missed[["when"]],
                    hovertemplate="%{y}<br>%{customdata[0]}<br>"
                    f"{status_text['not_carried_out']}<extra></extra>")
    done = data.dropna(subset=["mission_start"])
    if not done.empty:
        fig.add_scatter(y=done["label"], x=pd.to_datetime(done["mission_start"]), mode="markers",
                        name=t("chart_mission_started", lang),
                        marker=dict(symbol="diamond", size=10, color=GREEN,
                                    line=dict(color="white", width=1)),
                        customdata=done[["mission_name"]],
                        hovertemplate="%{customdata[0]}: %{x|%d-%m-%Y}<extra></extra>")
    order = list(data["label"])[::-1]
    fig.update_yaxes(categoryorder="array", categoryarray=order, automargin=True)
    fig.update_xaxes(type="date")
    if not data.empty:  # the whole calendar year, wider if an item lies outside it
        year = int(data["start"].dt.year.mode().iloc[0])
        ends = pd.to_datetime(data["plan_end"])
        fig.update_xaxes(range=[min(data["start"].min(), pd.Timestamp(year, 1, 1)),
                                max(ends.max(), pd.Timestamp(year, 12, 31))])
    fig.update_layout(barmode="overlay")
    return _layout(fig, lang, title, "", "", height=max(360, 26 * len(data) + 160))


def share_of_plan(frame: pd.DataFrame, title: str, lang: str = "nl") -> go.Figure:
    """Actual as a share of plan per indicator (bars), with the 100 % line.

    `frame`: plan_vs_actual rows with their `label` (labels.plan_labelled), plan, actual, share.
    """
    data = frame.dropna(subset=["share"])
    labels = data["label"]
    colours = [GREEN if s >= 1 else ORANGE if s >= 0.8 else RED for s in data["share"]]
    fig = go.Figure()
    fig.add_bar(x=labels, y=data["share"] * 100, marker_color=colours,
                text=[f"{fmt.number(a, 0, lang)} / {fmt.number(p, 0, lang)}"
                      for a, p in zip(data["actual"], data["plan"], strict=True)],
                textposition="outside", hovertemplate="%{x}: %{y:.0f}%<extra></extra>")
    fig.add_hline(y=100, line=dict(color=GREY, dash="dash"), annotation_text="100%",
                  annotation_position="top left")
    return _layout(fig, lang, title, "", t("chart_percent_of_plan", lang), height=380)


def plans_against_target(frame: pd.DataFrame, target: float | None, names: dict[str, str],
                         title: str, lang: str = "nl") -> go.Figure:
    """Each country plan's new-jobs target stacked into one bar, next to the regional target.

    `frame`: country_plans rows (country, target_new_jobs).
    """
    fig = go.Figure()
    data = frame.dropna(subset=["target_new_jobs"]).sort_values("target_new_jobs",
                                                                ascending=False)
    palette = qualitative.Safe + qualitative.Vivid
    label = t("plans_sum", lang)
    for i, row in enumerate(data.itertuples()):
        name = names.get(row.country, row.country)
        fig.add_bar(x=[label], y=[row.target_new_jobs], name=name,
                    marker_color=palette[i % len(palette)],
                    hovertemplate="%{y:,.0f}")  # the name shows beside, escaped
    if target is not None:
        fig.add_bar(x=[t("regional_target", lang)], y=[target],
                    name=t("regional_target", lang), marker_color=RED,
                    text=[fmt.number(target, 0, lang)], textposition="inside")
    fig = _layout(fig, lang, title, "", t("col_new_jobs", lang), height=440)
    fig.update_layout(barmode="stack", legend=dict(orientation="v", x=1.02, xanchor="left",
                                                   y=1, yanchor="top"))
    return fig


def score_vs_results(frame: pd.DataFrame, title: str, lang: str = "nl") -> go.Figure:
    """Each scored opportunity: its yardstick total (x) against the new jobs that followed (y),
    by decision."""
    fig = go.Figure()
    colours = {"take": GREEN, "decline": RED, "open": GREY}
    for term in vocab.DECISIONS:
        part = frame[frame["decision"] == term.code]
        if part.empty:
            continue
        fig.add_scatter(x=part["total"], y=part["new_jobs"], mode="markers",
                        name=term.label(lang), marker=dict(size=12, color=colours[term.code]),
                        customdata=part[["title", "projects"]],
                        hovertemplate="%{customdata[0]}<br>score %{x:.1f}, %{y:,.0f} "
                        f"{t('jobs_word', lang)}, %{{customdata[1]}} "
                        f"{t('projects_word', lang)}<extra></extra>")
    fig.update_xaxes(range=[0.8, 5.2], dtick=1)
    return _layout(fig, lang, title, t("chart_yardstick_score", lang),
                   t("chart_jobs_that_followed", lang), height=400)


def grouped_bars(frame: pd.DataFrame, x: str, series: dict[str, str], title: str,
                 y_title: str, lang: str = "nl") -> go.Figure:
    """Bars side by side per x (e.g. a mission's leads, won leads and projects): for figures
    that are parts of one another, where stacking would add a subset to its whole.

    `series`: column -> legend label. The x labels are uploaded text, shown literally.
    """
    fig = go.Figure()
    palette = [BLUE, GREEN, ORANGE, GREY]
    for i, (column, name) in enumerate(series.items()):
        fig.add_bar(x=list(frame[x]), y=list(frame[column]), name=name,
                    marker_color=palette[i % len(palette)],
                    hovertemplate="%{x}<br>%{fullData.name}: %{y:,.0f}<extra></extra>")
    fig.update_layout(barmode="group")
    return _layout(fig, lang, title, "", y_title)
