"""Write the small country outlines the notebooks draw their maps on.

The maps must work offline (no map tiles, no downloads at run time), so the package ships two
small GeoJSON files under `karabakh_data/data/geo/`, derived once from Natural Earth (public
domain) as packaged in the `world-atlas` TopoJSON (npm package `world-atlas@2.0.2`, ISC):

- `countries-110m.geojson`: every country at 1:110m, coordinates rounded to 0.1 degree (the
  scale's own resolution), Antarctica left out;
- `caucasus-50m.geojson`: the countries around the South Caucasus at 1:50m, clipped to the
  rectangle `CAUCASUS_BBOX`, coordinates rounded to 0.01 degree.

Usage (from the repository root, after `npm pack world-atlas@2.0.2` and unpacking the tarball):

    python scripts/make_geo_outline.py path/to/package

The output is committed; users never run this.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "karabakh_data" / "data" / "geo"
#: lon_min, lat_min, lon_max, lat_max of the regional map.
CAUCASUS_BBOX = (36.0, 35.5, 53.0, 46.5)

Ring = list[list[float]]


def decode_arcs(topo: dict) -> list[Ring]:
    """Absolute lon/lat coordinates of every (quantised, delta-encoded) TopoJSON arc."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append([x * sx + tx, y * sy + ty])
        arcs.append(pts)
    return arcs


def ring(arcs: list[Ring], indices: list[int]) -> Ring:
    """Join arcs into one ring (a negative index ~i means arc i reversed)."""
    out: Ring = []
    for i in indices:
        pts = arcs[i] if i >= 0 else arcs[~i][::-1]
        out.extend(pts if not out else pts[1:])
    return out


def polygons(geom: dict, arcs: list[Ring]) -> list[list[Ring]]:
    if geom["type"] == "Polygon":
        return [[ring(arcs, r) for r in geom["arcs"]]]
    if geom["type"] == "MultiPolygon":
        return [[ring(arcs, r) for r in poly] for poly in geom["arcs"]]
    return []


def clip_ring(pts: Ring, bbox: tuple[float, float, float, float]) -> Ring:
    """Sutherland-Hodgman clipping of one ring to a rectangle (enough for display)."""
    x0, y0, x1, y1 = bbox
    edges = [
        (lambda p: p[0] >= x0, lambda a, b: _cut_x(a, b, x0)),
        (lambda p: p[0] <= x1, lambda a, b: _cut_x(a, b, x1)),
        (lambda p: p[1] >= y0, lambda a, b: _cut_y(a, b, y0)),
        (lambda p: p[1] <= y1, lambda a, b: _cut_y(a, b, y1)),
    ]
    out = pts
    for inside, cut in edges:
        src, out = out, []
        if not src:
            break
        prev = src[-1]
        for cur in src:
            if inside(cur):
                if not inside(prev):
                    out.append(cut(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cut(prev, cur))
            prev = cur
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else []


def _cut_x(a: list[float], b: list[float], x: float) -> list[float]:
    t = (x - a[0]) / (b[0] - a[0])
    return [x, a[1] + t * (b[1] - a[1])]


def _cut_y(a: list[float], b: list[float], y: float) -> list[float]:
    t = (y - a[1]) / (b[1] - a[1])
    return [a[0] + t * (b[0] - a[0]), y]


def rounded(r: Ring, digits: int) -> Ring:
    """Round and drop consecutive duplicates (keeps the files small)."""
    out: Ring = []
    for x, y in r:
        p = [round(x, digits), round(y, digits)]
        if not out or out[-1] != p:
            out.append(p)
    return out


def feature_collection(path: Path, digits: int,
                       bbox: tuple[float, float, float, float] | None) -> dict:
    topo = json.loads(path.read_text(encoding="utf-8"))
    arcs = decode_arcs(topo)
    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        name = geom.get("properties", {}).get("name", "")
        if name == "Antarctica":
            continue
        polys = []
        for poly in polygons(geom, arcs):
            rings = [clip_ring(r, bbox) if bbox else r for r in poly]
            rings = [rounded(r, digits) for r in rings if r]
            rings = [r for r in rings if len(r) >= 4]
            if rings:
                polys.append(rings)
        if not polys:
            continue
        features.append({"type": "Feature", "properties": {"name": name},
                         "geometry": {"type": "MultiPolygon", "coordinates": polys}})
    features.sort(key=lambda f: f["properties"]["name"])
    return {"type": "FeatureCollection", "features": features}


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else Path("package")
    OUT.mkdir(parents=True, exist_ok=True)
    outputs = {
        "countries-110m.geojson": feature_collection(src / "countries-110m.json", 1, None),
        "caucasus-50m.geojson": feature_collection(src / "countries-50m.json", 2, CAUCASUS_BBOX),
    }
    for name, fc in outputs.items():
        text = json.dumps(fc, separators=(",", ":"), sort_keys=True)
        (OUT / name).write_text(text + "\n", encoding="utf-8")
        print(f"{name}: {len(fc['features'])} countries, {len(text):,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
