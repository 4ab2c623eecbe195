"""`bodymap render --list`, `bodymap diagram VIEW --json`, `bodymap locate VIEW X Y` (no database needed)."""
from __future__ import annotations

import json

from bodymap import cli
from bodymap.domain.diagrams import available_views, load_view


def run(capsys, *args):
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_render_list_names_every_view(capsys):
    code, out, _ = run(capsys, "render", "--list")
    assert code == 0
    assert [line.split("\t")[0] for line in out.splitlines()] == list(available_views())


def test_diagram_json_has_sided_geometry(capsys):
    code, out, _ = run(capsys, "diagram", "posterior", "--json")
    data = json.loads(out)
    assert code == 0 and data["view"] == "posterior" and data["version"] == load_view("posterior").version
    for key in ("landmarks", "regions", "muscles", "sites"):
        assert data[key], key
        assert all(item["side"] in ("left", "right", "midline") for item in data[key])
    xs = [x for r in data["regions"] for poly in r["polygons"] for x, _y in poly]
    assert 0 <= min(xs) and max(xs) <= 1


def test_locate_names_region_side_muscle_and_site(capsys):
    site = next(s for s in load_view("posterior").sites
                if (s.muscle_id, s.label, s.side) == ("gluteus_maximus", "TP1", "left"))
    code, out, _ = run(capsys, "locate", "posterior", str(site.x), str(site.y))
    data = json.loads(out)
    assert code == 0 and data["on_body"] and data["side"] == "left"
    assert data["muscle"] == "gluteus_maximus" and data["nearest_site"]["label"] == "TP1"
    assert data["nearest_site"]["distance"] < 0.001
    code, out, _ = run(capsys, "locate", "posterior", "0.01", "0.5")
    assert json.loads(out)["on_body"] is False


def test_bad_view_and_coordinates_are_one_line_errors(capsys):
    for args in (("locate", "sideways", "0.5", "0.5"), ("locate", "anterior", "2", "0.5"),
                 ("diagram", "nope", "--json")):
        code, out, err = run(capsys, *args)
        assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_render_with_layers_draws_them(capsys, tmp_path):
    from PIL import Image
    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    plain, layered = tmp_path / "plain.png", tmp_path / "layered.png"
    assert run(capsys, "--database", url, "render", "posterior", "--height", "600", "-o", str(plain))[0] == 0
    assert run(capsys, "--database", url, "render", "posterior", "--height", "600",
               "--layers", "outline,muscles,deep,labels", "-o", str(layered))[0] == 0

    def tinted(path):            # muscles are drawn in a light red, deep ones in purple
        image = Image.open(path).convert("RGB")
        data = image.tobytes()
        return sum(1 for i in range(0, len(data), 3)
                   if data[i] > data[i + 1] + 25 and data[i + 2] > data[i + 1] - 10 and data[i] > 150)
    assert tinted(layered) > 20 * max(1, tinted(plain))
    code, _out, err = run(capsys, "--database", url, "render", "posterior", "--layers", "outline,x-ray",
                          "-o", str(tmp_path / "bad.png"))
    assert code == 1 and "x-ray" in err and not (tmp_path / "bad.png").exists()
