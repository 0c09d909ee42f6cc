"""The saturation plot: throughput and p95 per traffic kind against concurrency, one line per run."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only, no display
import matplotlib.pyplot as plt  # noqa: E402

STYLES = ["-o", "--s", ":^", "-.d"]


def plot(result: dict, path: Path) -> None:
    fig, (ax_rate, ax_p95) = plt.subplots(1, 2, figsize=(12, 4.8))
    last = len(result["runs"]) - 1
    for r, run in enumerate(result["runs"]):
        alpha = 1 if r == last else 0.55  # the baseline (first of two) is drawn faded
        kinds = sorted({k for step in run["steps"] for k in step["kinds"]})
        xs = [s["concurrency"] for s in run["steps"]]
        for k, kind in enumerate(kinds):
            style = STYLES[r % len(STYLES)]
            label = f"{run['label']}: {kind}"
            rate = [s["kinds"].get(kind, {}).get("rps", 0) for s in run["steps"]]
            p95 = [s["kinds"].get(kind, {}).get("p95_ms") for s in run["steps"]]
            ax_rate.plot(xs, rate, style, color=f"C{k}", alpha=alpha, label=label)
            ax_p95.plot(xs, p95, style, color=f"C{k}", alpha=alpha, label=label)
        turns = [s["turns_per_s"] for s in run["steps"]]
        if len(kinds) > 1:
            ax_rate.plot(
                xs,
                turns,
                STYLES[r % len(STYLES)],
                color="black",
                alpha=alpha,
                label=f"{run['label']}: turns (chat+wechat)",
            )
    ax_rate.set(xlabel="concurrent clients", ylabel="completed requests / s", title="throughput")
    ax_p95.set(xlabel="concurrent clients", ylabel="p95 latency (ms, log)", title="p95 latency", yscale="log")
    ax_p95.axhline(1000, color="grey", lw=0.8, ls="--")
    ax_p95.text(0.01, 1000, "1 s", va="bottom", color="grey", transform=ax_p95.get_yaxis_transform())
    for ax in (ax_rate, ax_p95):
        ax.grid(alpha=0.3)
        ax.set_xscale("log", base=2)
        ax.legend(fontsize=7)
    meta = result["meta"]
    fig.suptitle(
        f"load to saturation · {meta['started'][:16]}Z · {meta['cpus']} CPUs · load avg {meta['load_avg']}", fontsize=10
    )
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
