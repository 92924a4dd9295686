"""How far two people's annotations of the same held-out texts agree, scored as the drafter is scored
(obligations/drafting/measure.py): the first annotation as the reviewed reading and the second as the draft,
then the other way round. It bounds what any drafter can score against one person's gold.

    scripts/measure-agreement [FIRST SECOND]

Without arguments: each held-out set that has an independent second annotation (its folder's second/, made blind to
the first: sets 14 to 16 and 25 to 67), against its gold, one table per set.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from obligations.catalogue.load import load_catalogue
from obligations.drafting.measure import Score, gold_as_draft, read_gold, score

sys.path.insert(0, str(Path(__file__).resolve().parent))
from measure_drafter import row, table  # noqa: E402

DRAFTING = Path(__file__).resolve().parent.parent / "tests" / "drafting"


def main(argv: list[str]) -> int:
    if len(argv) == 2:
        return agreement(Path(argv[0]), Path(argv[1]))
    for second in sorted(DRAFTING.glob("heldout*/second"), key=lambda folder: int(folder.parent.name[7:] or 1)):
        print(f"\n{second.parent.name}: {second.parent.relative_to(DRAFTING.parent.parent)} against its second annotation")
        if agreement(second.parent, second):
            return 2
    return 0


def agreement(first: Path, second: Path) -> int:
    """One table: each text both folders annotate, then the totals in both directions; 2 on bad input."""
    if not first.is_dir() or not second.is_dir():
        print(f"measure-agreement: cần hai thư mục chứa tệp .gold.yaml (đã nhận: {first}, {second})", file=sys.stderr)
        return 2
    actors = load_catalogue().actors
    rows, forward, backward = [], Score(), Score()
    for other in sorted(second.glob("*.gold.yaml")):
        gold = first / other.name
        if not gold.exists():
            print(f"bỏ qua {other.name}: không có trong {first}", file=sys.stderr)
            continue
        try:
            one = score(read_gold(gold), gold_as_draft(other), actors)
            forward.add(one)
            backward.add(score(read_gold(other), gold_as_draft(gold), actors))
        except (yaml.YAMLError, KeyError, TypeError, AttributeError, ValueError) as error:
            print(f"measure-agreement: {gold} hoặc {other} không đọc được như tệp .gold.yaml ({type(error).__name__}: "
                  f"{error}); mỗi nhiệm vụ cần quote, actors, modality, deadline, và value của mỗi mục tiêu là một số "
                  f"(0.1, không phải \"0,1%\"): sửa tệp rồi chạy lại", file=sys.stderr)
            return 2
        rows.append(row(other.name.removesuffix(".gold.yaml"), one))
    if not rows:
        print(f"measure-agreement: không có văn bản chung giữa {first} và {second}", file=sys.stderr)
        return 2
    print(table(rows + [row("all (first as reviewed)", forward), row("all (second as reviewed)", backward)]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
