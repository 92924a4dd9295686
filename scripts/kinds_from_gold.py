"""Write obligations/drafting/kinds.py's KIND_IDS from the new_actors of the development sets (issue 16, round 40).

Run from the repository's root: python scripts/kinds_from_gold.py [--write]. Reads tests/drafting/heldout*/
*.gold.yaml, never heldout10, heldout70, heldout71, heldout72 nor heldout73 (held out). Prints the ids that share one kind_key and the one kept (the
id most sets declare; ties: the later set's); the others are written to OTHER_SPELLINGS: a text that spells its body
so keeps that id, which some set gave it (the sets disagree; the drafter does not choose against the text)."""
from __future__ import annotations

import collections
import glob
import re
import sys

import yaml

sys.path.insert(0, ".")
from obligations.catalogue.load import load_catalogue  # noqa: E402
from obligations.catalogue.text import slug  # noqa: E402
from obligations.drafting.kinds import kind_key, shortened  # noqa: E402

HELD_OUT = ("heldout10", "heldout70", "heldout71", "heldout72", "heldout73")
#: ids naming one body by its place or its trade name, no kind: never a rule's target
ONE_BODY = re.compile(r"^(?:ubnd-(?:huyen|tp|tx|thanh-pho)-|cong-ty-(?:co-phan|cp|honda|tnhh|grabtaxi)|tap-doan-|tong-cong-ty-|"
                      r"khu-di-tich-|dac-khu-|du-an-|van-phong-ban-chi-dao-quoc-gia-)|-(?:bac-an-khe|binh-lu|ma-lu-thang|"
                      r"dung-quat-va-cac-kcn|tan-son|duc-chinh|king-star|lan-anh-da-lat|ha-noi|ha-dong|dong-da|phuoc-hoa|tp-thanh-hoa|tp-ho-chi-minh|phan-thiet|da-nang|nha-trang|thanh-nhan|cua-lo)$|-\d+$")


def main() -> None:
    taxonomy = set(load_catalogue().actors)
    sets_of = collections.defaultdict(set)
    name_of = {}
    for path in sorted(glob.glob("tests/drafting/heldout*/*.gold.yaml")):
        folder = path.split("/")[2]
        if folder in HELD_OUT:
            continue
        number = int(folder[len("heldout"):] or 1)
        declared = (yaml.safe_load(open(path, encoding="utf-8")) or {}).get("new_actors") or {}
        if isinstance(declared, list):
            declared = {entry.get("id"): entry for entry in declared if isinstance(entry, dict)}
        for actor_id in declared:
            if actor_id and actor_id not in taxonomy and not ONE_BODY.search(actor_id):
                sets_of[actor_id].add(number)
                entry = declared[actor_id]
                name_of.setdefault(actor_id, entry.get("name") if isinstance(entry, dict) else entry)
    for actor_id, name in name_of.items():
        # a national body's id without the country its declared name gives, where another set spelled it in full
        # (set 62's ngan-hang-nha-nuoc: "Ngân hàng Nhà nước Việt Nam", ngan-hang-nha-nuoc-viet-nam): the full id's
        # kind; as a kind of its own its bare words would take a branch's "Ngân hàng Nhà nước tỉnh" (round 75 b)
        full = slug(name) if isinstance(name, str) else ""
        if full == actor_id + "-viet-nam" and full in sets_of:
            sets_of[full] |= sets_of.pop(actor_id)
    for actor_id in [i for i in sets_of if i.startswith("chi-nhanh-")]:
        # a province's branch written branch first ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh") is the kind a set
        # wrote institution first (ngan-hang-chinh-sach-xa-hoi-chi-nhanh-tinh, set 48): the drafter reads either order
        # of the words as that id (actors.py, round 75 c); set 59 wrote the other order
        institution_first = re.sub(r"^chi-nhanh-(.+)-(?:tinh|thanh-pho)$", r"\1-chi-nhanh-tinh", actor_id)
        if institution_first != actor_id and institution_first in sets_of:
            sets_of[institution_first] |= sets_of.pop(actor_id)
    for actor_id in [i for i in sets_of if i.endswith("-tinh")]:
        # a province's body written with the province's word by fewer sets than wrote it without (set 60's
        # ban-quan-ly-khu-kinh-te-tinh, sets 5 to 52's ban-quan-ly-khu-kinh-te) is no kind of its own: the drafter
        # reads "X tỉnh" as the kind X where X-tinh is none (actors.py, _PROVINCES_WORD)
        bare = actor_id.removesuffix("-tinh")
        if len(sets_of.get(bare, ())) > len(sets_of[actor_id]):
            del sets_of[actor_id]
    by_key = collections.defaultdict(list)
    for actor_id, sets in sets_of.items():
        # a district office ("Phòng ... huyện") is the district's by being a phòng: the level's word is no part of
        # its kind where the sets also write the office without it (set 58's phong-van-hoa-va-thong-tin-huyen)
        office = actor_id.removesuffix("-huyen")
        by_key[kind_key(office if actor_id.startswith("phong-") and office in sets_of else actor_id)].append(actor_id)
    kept, others = [], []
    for key, ids in sorted(by_key.items()):
        ids.sort(key=lambda i: (len(sets_of[i]), max(sets_of[i])), reverse=True)
        kept.append(ids[0])
        # a name the sets' own shortening brings to the kept id ("Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh",
        # set 63's full spelling, is ban-chi-dao-hien-mau-tinh by kind_key's campaign words; "Đoàn thể cấp huyện" is
        # doan-the-huyen) is that kind, not another spelling the text keeps (round 42: a board is named by its kind
        # however the text spells it)
        others.extend(i for i in ids[1:] if shortened(i) != ids[0])
        if len(ids) > 1:
            print(f"{key}: kept {ids[0]} {sorted(sets_of[ids[0]])}; "
                  + ", ".join(f"{i} {sorted(sets_of[i])}" for i in ids[1:]))
    print(f"{len(kept)} kinds")
    if "--write" in sys.argv:
        path = "obligations/drafting/kinds.py"
        text = open(path, encoding="utf-8").read()
        body = "KIND_IDS: tuple[str, ...] = (\n" + "".join(f'    "{i}",\n' for i in sorted(kept)) + ")\n" \
            + "OTHER_SPELLINGS: tuple[str, ...] = (\n" + "".join(f'    "{i}",\n' for i in sorted(others)) + ")\n"
        text = re.sub(r"(# --- written by scripts/kinds_from_gold.py: do not edit by hand ---\n).*?(# --- end ---)",
                      lambda m: m.group(1) + body + m.group(2), text, flags=re.S)
        open(path, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main()
