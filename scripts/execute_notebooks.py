"""Execute every notebook in place and export its charts as static SVG figures.

Run after producing a release, from the repository root, in the environment that has the
package and its `test` extras installed:

    python scripts/execute_notebooks.py                 # all notebooks, then docs/figures/
    python scripts/execute_notebooks.py notebooks/02_mediation.ipynb
    KARABAKH_DATA_HOME=/tmp/releases python scripts/execute_notebooks.py   # another release

Why a script rather than "Run all" in Jupyter: the stored outputs are what `pytest` (nbval)
compares against, so they must come from a clean kernel of *this* environment, top to bottom,
with nothing volatile in them. The script therefore

- starts each kernel with this interpreter (not whatever "python3" kernel Jupyter finds);
- records no timing metadata and numbers the cells 1, 2, 3, ... in order;
- keeps only the notebook metadata that does not change between machines;
- exports every chart (the Vega-Lite spec stored in its output) to
  `docs/figures/<notebook>--<chart-title>.svg`, removing that notebook's stale figures first,
  so the README and the docs always show the charts of the release the notebooks ran on.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import nbformat
from jupyter_client.kernelspec import KernelSpecManager
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parents[1]
NOTEBOOKS = REPO / "notebooks"
FIGURES = REPO / "docs" / "figures"
CURRENT_ENV = "karabakh-current-env"
STABLE_METADATA = {
    "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
    "language_info": {"name": "python"},
}


class CurrentEnvKernelSpecs(KernelSpecManager):
    """Kernel specs where CURRENT_ENV is this interpreter's ipykernel (as nbval's
    --nbval-current-env does), so the notebooks run against the installed package."""

    def get_kernel_spec(self, kernel_name: str):  # type: ignore[no-untyped-def]
        if kernel_name == CURRENT_ENV:
            import ipykernel.kernelspec as ks

            return self.kernel_spec_class(resource_dir=ks.RESOURCES, **ks.get_kernel_dict())
        return super().get_kernel_spec(kernel_name)


def execute(path: Path, timeout: int) -> nbformat.NotebookNode:
    """Run one notebook top to bottom in a fresh kernel (cwd: the notebook's folder)."""
    nb = nbformat.read(path, as_version=4)
    km = KernelManager(kernel_name=CURRENT_ENV, kernel_spec_manager=CurrentEnvKernelSpecs())
    client = NotebookClient(nb, km=km, timeout=timeout, record_timing=False,
                            allow_errors=False, resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return nb


def stabilise(nb: nbformat.NotebookNode) -> None:
    """Remove what changes from run to run or machine to machine."""
    nb.metadata = nbformat.from_dict(STABLE_METADATA)
    count = 0
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type != "code":
            continue
        count += 1
        cell.execution_count = count
        for out in cell.get("outputs", []):
            if "execution_count" in out:
                out["execution_count"] = count


def charts(nb: nbformat.NotebookNode) -> list[tuple[str, dict]]:
    """(file-name slug, Vega-Lite spec) of every chart in a notebook's outputs, in order;
    a repeated title gets -2, -3, ... so every chart has its own file."""
    from karabakh_data.analysis import SPEC_MIME_TYPE, chart_title, slug

    out: list[tuple[str, dict]] = []
    seen: dict[str, int] = {}
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            spec = output.get("data", {}).get(SPEC_MIME_TYPE)
            if spec is None:
                continue
            spec = _plain(spec)
            name = slug(chart_title(spec))
            seen[name] = seen.get(name, 0) + 1
            out.append((name if seen[name] == 1 else f"{name}-{seen[name]}", spec))
    return out


def export_figures(stem: str, nb: nbformat.NotebookNode, figures: Path,
                   write: bool = True) -> list[tuple[Path, str, str]]:
    """Write every chart of a notebook as SVG (removing the notebook's stale figures first);
    return (file, title, subtitle) of each. With `write=False`, only list them."""
    from karabakh_data.analysis import chart_title, export_spec

    if write:
        figures.mkdir(parents=True, exist_ok=True)
        for old in figures.glob(f"{stem}--*.svg"):
            old.unlink()
    written: list[tuple[Path, str, str]] = []
    for name, spec in charts(nb):
        path = figures / f"{stem}--{name}.svg"
        if write:
            export_spec(spec, path)
        written.append((path, chart_title(spec), _subtitle(spec)))
    return written


def _subtitle(spec: dict) -> str:
    """The chart's subtitle (the sentence saying what to see), top level or first sub-chart."""
    title = spec.get("title")
    if isinstance(title, dict) and title.get("subtitle"):
        sub = title["subtitle"]
        return " ".join(sub) if isinstance(sub, list) else str(sub)
    for key in ("layer", "vconcat", "hconcat", "concat"):
        for part in spec.get(key, []) or []:
            found = _subtitle(part)
            if found:
                return found
    return ""


def write_index(figures: Path, entries: dict[str, list[tuple[Path, str, str]]]) -> Path:
    """docs/figures/README.md: every figure with its title and what to see, by notebook, so
    the README and the docs can link them and a reader without Jupyter sees them all."""
    lines = ["# Figures", "",
             "Generated by `python scripts/execute_notebooks.py` from the charts of the notebooks "
             "in `notebooks/`; do not edit by hand.", ""]
    for stem in sorted(entries):
        lines += [f"## {stem}", ""]
        for path, title, subtitle in entries[stem]:
            lines += [f"### {title or path.stem}", "", f"![{title}]({path.name})", ""]
            if subtitle:
                lines += [subtitle, ""]
    out = figures / "README.md"
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


def _plain(obj: object) -> object:
    """NotebookNode -> plain dicts and lists (what vl-convert expects)."""
    if isinstance(obj, dict):
        return {k: _plain(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_plain(v) for v in obj]
    return obj


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path,
                        help="notebooks to run (default: notebooks/*.ipynb)")
    parser.add_argument("--figures", type=Path, default=FIGURES,
                        help="where to write the SVG figures (default: docs/figures)")
    parser.add_argument("--no-export", action="store_true", help="do not export figures")
    parser.add_argument("--timeout", type=int, default=120, help="seconds per cell")
    args = parser.parse_args(argv)
    paths = sorted(args.notebooks) or sorted(NOTEBOOKS.glob("*.ipynb"))
    total = time.perf_counter()
    entries: dict[str, list[tuple[Path, str, str]]] = {}
    for path in paths:
        t = time.perf_counter()
        nb = execute(path, args.timeout)
        stabilise(nb)
        nbformat.validate(nb)
        nbformat.write(nb, path)
        figs = [] if args.no_export else export_figures(path.stem, nb, args.figures)
        entries[path.stem] = figs
        print(f"{path.relative_to(REPO) if path.is_relative_to(REPO) else path}: "
              f"{len(nb.cells)} cells, {len(figs)} figures, {time.perf_counter() - t:.1f}s")
    if not args.no_export:
        # Keep the entries of notebooks not run this time (a partial run must not drop them).
        for nb_path in sorted(NOTEBOOKS.glob("*.ipynb")):
            if nb_path.stem not in entries:
                old = nbformat.read(nb_path, as_version=4)
                entries[nb_path.stem] = export_figures(nb_path.stem, old, args.figures,
                                                       write=False)
        index = write_index(args.figures, entries)
        print(f"figure index: {index.relative_to(REPO) if index.is_relative_to(REPO) else index}")
    print(f"all notebooks: {time.perf_counter() - total:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
