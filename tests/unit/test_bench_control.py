"""The benchmark's control windows in the report (bench/report.py): the page alone on both sides of the pair."""

from bench.report import control_lines


def results_with(control: dict, per_round: int = 2) -> dict:
    return {"settings": {"control_windows": per_round}, "control": control}


def samples(*ratios: float) -> list[dict]:
    return [{"guide": "x", "round": i // 2, "ratio": r} for i, r in enumerate(ratios)]


def test_no_control_windows_no_section():
    assert control_lines({"settings": {"control_windows": 2}}) == []
    assert control_lines(results_with({})) == []


def test_control_row_gives_median_interval_percentiles_and_range():
    ratios = [0.93, 0.97, 0.98, 0.99, 1.00, 1.00, 1.01, 1.02, 1.03, 1.08]
    lines = control_lines(results_with({"chromium": samples(*ratios)}))
    row = next(line for line in lines if line.startswith("| Chromium"))
    # Median 1.00; of ten values the 95 % interval is [x(2), x(9)] = [0.97, 1.03]: ±3 %.
    assert row.startswith("| Chromium | 10 | 1.00× ±3 % |")
    assert row.endswith("0.97–1.03×, 0.93–1.08× |")


def test_too_few_control_windows_say_so_instead_of_an_interval():
    lines = control_lines(results_with({"firefox": samples(1.1, 0.9)}, per_round=1))
    row = next(line for line in lines if line.startswith("| Firefox"))
    assert "too few for an interval" in row and "±" not in row
    assert "1 window per browser" in " ".join(lines)
