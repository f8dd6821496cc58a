"""One look for every chart in the course: readable sizes, a grid, AWS-like colours."""

from __future__ import annotations

from typing import Any

import matplotlib as mpl
import matplotlib.pyplot as plt

# AWS brand-like colours first (orange, dark blue), then colour-blind-safe ones (Okabe-Ito).
COLORS = ["#FF9900", "#232F3E", "#0072B2", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
          "#E69F00"]

COURSE_STYLE: dict[str, Any] = {
    "figure.figsize": (9, 5),
    "figure.dpi": 100,
    "savefig.dpi": 120,
    "font.size": 11,
    "axes.titlesize": 14,
    "axes.titleweight": "bold",
    "axes.labelsize": 12,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": mpl.cycler(color=COLORS),
    "legend.frameon": False,
    "figure.constrained_layout.use": True,
}


def use_course_style() -> None:
    """Apply the course's chart style to every figure made from now on."""
    mpl.rcParams.update(COURSE_STYLE)


def new_chart(title: str, xlabel: str, ylabel: str, **subplots_kw: Any
              ) -> tuple[plt.Figure, plt.Axes]:
    """A figure with one set of axes, already titled and labelled (say the units!)."""
    use_course_style()
    fig, ax = plt.subplots(**subplots_kw)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    return fig, ax
