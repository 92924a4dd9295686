"""The demo on first start (OBLIGATIONS_DEMO, on by default): the shipped sample registries and
facts of the five seed provinces loaded into an empty store, and sample accounts whose passwords
are printed once. Everything is marked as sample data; the accounts as sample accounts."""

from __future__ import annotations

import secrets
from pathlib import Path

from ..catalogue.text import slug
from ..evaluation.evaluate import sample_dir
from ..evaluation.facts import read_facts
from ..i18n import _
from .service import Service

#: the reporters made for the demo: Sở Y tế and Sở Tư pháp of Khánh Hòa
DEMO_REPORTERS = ("kh-so-y-te", "kh-so-tu-phap")


def successors_first(paths: list[Path]) -> list[Path]:
    """The registry files in an order where each comes after the files of the bodies that succeeded
    its own (Bắc Ninh's before Bắc Giang's): the store checks each upload with those already in."""
    from ruamel.yaml import YAML

    reader = YAML(typ="safe", pure=True)
    declared, wanted = {}, {}
    for path in paths:
        data = reader.load(path.read_text(encoding="utf-8")) or {}
        agencies = data.get("agencies") or []
        declared[path] = {a.get("id") for a in agencies}
        wanted[path] = {s.get("agency") for a in agencies for s in a.get("successors") or []} - declared[path]
    ordered: list[Path] = []
    while len(ordered) < len(paths):
        loaded = set().union(*(declared[p] for p in ordered)) if ordered else set()
        everywhere = set().union(*declared.values())
        ready = [p for p in paths if p not in ordered and not (wanted[p] & everywhere) - loaded]
        ordered.extend(ready or [p for p in paths if p not in ordered])  # a loop: the store names it
    return ordered


def load_demo_if_empty(service: Service) -> list[str]:
    """Load the demo into an empty store; the lines to print (the sample accounts), or [] when the
    store already held data or the demo is switched off."""
    store = service.store
    if not service.settings.demo or store.has_registries() or store.has_users():
        return []
    folder = sample_dir()
    for path in successors_first(sorted((folder / "agencies").glob("*.yaml"))):
        text = path.read_text(encoding="utf-8")
        province, registry = store.check_registry(path.name, text, service.catalogue.actors)
        store.put_registry(province, path.name, text, province in registry.samples, "demo")
    registry = service.registry()
    for path in sorted((folder / "facts").glob("*.csv")):
        facts = read_facts([path], service.catalogue, registry)
        store.add_facts(facts, registry, by="demo", source=Path(path).name)
    lines = [_("TÀI KHOẢN MẪU (tài khoản mẫu cho dữ liệu minh họa; mật khẩu chỉ hiện lần này, hãy lưu "
               "lại hoặc tự tạo tài khoản riêng):")]
    for province in registry.provinces:
        for role, prefix in (("admin", "quantri"), ("reader", "xem")):
            name = f"{prefix}.{slug(province)}"
            password = secrets.token_urlsafe(12)
            store.add_user(name, password, role, province, sample=True)
            lines.append(f"  {role:<8} {name:<28} {password}   ({province})")
    for agency in DEMO_REPORTERS:
        name = f"baocao.{agency}"
        password = secrets.token_urlsafe(12)
        store.add_user(name, password, "reporter", registry.agencies[agency].province, agency, sample=True)
        lines.append(f"  reporter {name:<28} {password}   ({registry.agencies[agency].name})")
    return lines
