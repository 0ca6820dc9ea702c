"""Chart geometry for inline SVG: month histograms and timelines (pure functions, no JavaScript).

Horizontal positions and widths are percentages of the chart's width and vertical ones are
pixels, so the SVG (drawn without a viewBox) fills a phone or a desktop and its text stays
12 px at every width. The templates draw the shapes; every label goes through Jinja's escaping.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# beyond this many months a chart counts by year instead (bars stay wider than a few pixels)
MAX_MONTHS = 72
WIDTH = 100.0  # percent
# a single month must not become one huge bar
MAX_BAR = 6.0


@dataclass(frozen=True)
class Mark:
    """One period drawn on a time axis: from ``x``, ``w`` wide, with its count."""

    x: float
    w: float
    period: str
    count: int


@dataclass(frozen=True)
class Bar(Mark):
    """One bar of a histogram: its height and the dates its period spans (for the link)."""

    y: float
    h: float
    since: str
    until: str


@dataclass(frozen=True)
class Tick:
    """An axis label at ``x``."""

    x: float
    label: str


@dataclass(frozen=True)
class Chart:
    """What every chart has: its size, the time axis's labels and unit (``month`` or ``year``)."""

    width: float
    height: int
    ticks: tuple[Tick, ...]
    unit: str


@dataclass(frozen=True)
class BarChart(Chart):
    """A histogram of counts per month (or per year)."""

    bars: tuple[Bar, ...]
    top: int

    @property
    def total(self) -> int:
        """Sum of the bars."""
        return sum(b.count for b in self.bars)


def _month_index(period: str) -> int:
    year, month = int(period[:4]), int(period[5:7])
    return year * 12 + month - 1


def _month_name(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _month_end(index: int) -> str:
    import calendar

    year, month = index // 12, index % 12 + 1
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def periods(months: Sequence[str]) -> tuple[str, list[str]]:
    """The unit (``month`` or ``year``) and every period from the first to the last month given.

    Args:
        months: ``YYYY-MM`` keys (any order).
    """
    indices = sorted({_month_index(m) for m in months})
    if not indices:
        return "month", []
    first, last = indices[0], indices[-1]
    if last - first + 1 > MAX_MONTHS:
        return "year", [f"{y:04d}" for y in range(first // 12, last // 12 + 1)]
    return "month", [_month_name(i) for i in range(first, last + 1)]


def _period_of(month: str, unit: str) -> str:
    return month[:4] if unit == "year" else month[:7]


def _bounds(period: str, unit: str) -> tuple[str, str]:
    if unit == "year":
        return f"{period}-01-01", f"{period}-12-31"
    return f"{period}-01", _month_end(_month_index(period))


@dataclass(frozen=True)
class _Axis:
    """The periods of a chart side by side: ``slot`` percent each, from ``left``."""

    unit: str
    keys: tuple[str, ...]
    left: float
    slot: float

    @classmethod
    def over(cls, months: Sequence[str], left: float, right: float) -> _Axis:
        """An axis over the periods of ``months`` between the margins ``left`` and ``right``."""
        unit, keys = periods(months)
        return cls(unit, tuple(keys), left, (WIDTH - left - right) / max(1, len(keys)))

    def x(self, n: int) -> float:
        """Where the ``n``-th period starts."""
        return self.left + n * self.slot

    def totals(self, counts: Sequence[tuple[str, int]]) -> dict[str, int]:
        """``(YYYY-MM, count)`` pairs added up per period of this axis (zero counts left out)."""
        per: dict[str, int] = {}
        for month, count in counts:
            if count:
                key = _period_of(month, self.unit)
                per[key] = per.get(key, 0) + count
        return per

    def ticks(self, most: int = 8) -> tuple[Tick, ...]:
        """At most ``most`` labels; Januaries when a long span of months has several of them."""
        keys = self.keys
        if not keys:
            return ()
        step = max(1, -(-len(keys) // most))
        if self.unit == "month" and len(keys) > most:
            januaries = [n for n, k in enumerate(keys) if k.endswith("-01")]
            if len(januaries) >= 2:
                every = max(1, -(-len(januaries) // most))
                return tuple(Tick(self._middle(n), keys[n][:4]) for n in januaries[::every])
        return tuple(Tick(self._middle(n), keys[n]) for n in range(0, len(keys), step))

    def _middle(self, n: int) -> float:
        return round(self.x(n) + self.slot / 2, 3)


def bar_chart(counts: Sequence[tuple[str, int]], height: int = 150) -> BarChart:
    """A histogram of ``(YYYY-MM, count)`` pairs, gaps filled with zero bars.

    Args:
        counts: Month keys and counts (a month may repeat: counts add up).
        height: Height of the drawing area in viewBox units.
    """
    axis = _Axis.over([m for m, c in counts if c], left=5.0, right=1.0)
    totals = dict.fromkeys(axis.keys, 0) | axis.totals(counts)
    top = max(totals.values(), default=0)
    bottom, plot_h = 22.0, float(height - 30)
    w = min(MAX_BAR, axis.slot * 0.8)
    bars: list[Bar] = []
    for n, key in enumerate(axis.keys):
        count = totals[key]
        h = 0.0 if not top else max(1.5, plot_h * count / top) if count else 0.0
        since, until = _bounds(key, axis.unit)
        bars.append(
            Bar(
                x=round(axis.x(n) + (axis.slot - w) / 2, 3),
                y=round(height - bottom - h, 2),
                w=round(max(0.2, w), 3),
                h=round(h, 2),
                period=key,
                count=count,
                since=since,
                until=until,
            )
        )
    return BarChart(WIDTH, height, axis.ticks(), axis.unit, bars=tuple(bars), top=top)


@dataclass(frozen=True)
class Cell(Mark):
    """One period of a timeline row that has mentions, darker the more it has."""

    opacity: float


@dataclass(frozen=True)
class Row:
    """One timeline row (a position held, a kind of meeting...): its cells, in period order,
    on a band from ``x1`` to ``x2`` (the first cell's start to the last one's end)."""

    label: str
    y: float
    cells: tuple[Cell, ...]
    x1: float
    x2: float
    undated: int

    @property
    def first(self) -> str | None:
        """The first period with mentions."""
        return self.cells[0].period if self.cells else None

    @property
    def last(self) -> str | None:
        """The last period with mentions."""
        return self.cells[-1].period if self.cells else None

    @property
    def total(self) -> int:
        """Sum of the cells."""
        return sum(c.count for c in self.cells)


@dataclass(frozen=True)
class Timeline(Chart):
    """Rows of period cells on one shared time axis."""

    rows: tuple[Row, ...]
    row_height: int


def timeline(rows: Sequence[tuple[str, Sequence[tuple[str, int]], int]], row_height: int = 40) -> Timeline:
    """A timeline: per row, a band from the first to the last period and a cell per period.

    The label is drawn above its band, so long Vietnamese titles fit a phone's width.

    Args:
        rows: ``(label, [(YYYY-MM, count), ...], undated count)`` per row.
        row_height: Height of a row (label + band) in viewBox units.
    """
    axis = _Axis.over([m for _, months, _ in rows for m, c in months if c], left=0.5, right=0.5)
    position = {k: n for n, k in enumerate(axis.keys)}
    out: list[Row] = []
    top_count = max((c for _, months, _ in rows for _, c in months), default=1) or 1
    for r, (label, months, undated) in enumerate(rows):
        per = axis.totals(months)
        y = 4.0 + r * row_height
        cells = tuple(
            Cell(
                x=round(axis.x(position[k]), 3),
                w=round(max(0.3, axis.slot), 3),
                period=k,
                count=c,
                opacity=round(0.35 + 0.65 * c / top_count, 2),
            )
            for k, c in sorted(per.items())
        )
        x1 = axis.x(position[cells[0].period]) if cells else axis.left
        x2 = axis.x(position[cells[-1].period] + 1) if cells else axis.left
        out.append(Row(label, y, cells, round(x1, 3), round(x2, 3), undated))
    height = int(8 + len(rows) * row_height + 18)
    return Timeline(WIDTH, height, axis.ticks(), axis.unit, rows=tuple(out), row_height=row_height)
