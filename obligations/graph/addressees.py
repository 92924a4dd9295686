"""Whom a national duty reaches in a province, and on whom a province may lay it.

Two questions the graph's answers share, decided on the actor taxonomy (``is_a``) alone:

- ``binds_provinces``: does a national obligation bind a province or its bodies? (Coverage counts
  only these: a duty of Bộ Thông tin và Truyền thông is no province's to take up.)
- ``may_bear``: may a provincial duty that carries out a national one be laid on a given actor?
"""

from __future__ import annotations

from ..catalogue.load import Catalogue
from ..catalogue.model import Level, Obligation

#: The provincial People's Committee in the actor taxonomy.
PROVINCIAL_COMMITTEE = "ubnd-tinh"
LOCAL_LEVELS = (Level.provincial, Level.district, Level.commune)


def _local_classes(catalogue: Catalogue) -> set[str]:
    """Every actor that is a body of local government, or a class such a body belongs to."""
    out: set[str] = set()
    for actor in catalogue.actors.values():
        if actor.level in LOCAL_LEVELS:
            out.update(catalogue.ancestors(actor.id))
    return out


def reaches_provinces(catalogue: Catalogue, actor_id: str) -> bool:
    """Whether naming this actor in a national text binds bodies of a province."""
    actor = catalogue.actors.get(actor_id)
    if actor is None:
        return False
    local = _local_classes(catalogue)
    if actor_id in local:  # a provincial body (Văn phòng UBND tỉnh) or a class holding one (bộ, ngành, địa phương)
        return True
    # Roles (Bên gửi, Bên nhận) are played by any body of the class they are drawn from.
    return actor.kind == "role" and any(c in local for c in catalogue.ancestors(actor_id)[1:])


def binds_provinces(catalogue: Catalogue, obligation: Obligation) -> bool:
    """A national duty a province must take up: one of its actors reaches provincial bodies. Rights
    (``may``) and definitions are not duties to take up."""
    return obligation.is_duty and any(reaches_provinces(catalogue, a) for a in obligation.actors)


def may_bear(catalogue: Catalogue, national: Obligation, actor_id: str) -> bool:
    """May a province lay a duty that carries out ``national`` on ``actor_id``?

    The rule, in order:

    1. The actor is one the national text names, or a kind of one: QĐ 28/2018/QĐ-TTg binds "bộ,
       ngành, địa phương", which Điều 2 khoản 1 defines to include "Ủy ban nhân dân các cấp và các
       cơ quan, đơn vị trực thuộc"; a Sở is such a unit.
    2. A role (Bên gửi, Bên nhận) is played by any body of the class it is drawn from.
    3. A duty of the province as a whole (addressed to the provincial People's Committee or to a
       class that includes it) is the province's to distribute: the People's Committee directs its
       departments and the lower People's Committees (Luật tổ chức chính quyền địa phương 2015, and
       the 2003 law on People's Councils and Committees before it), so a province assigning such a
       duty to its Sở, ban, ngành, districts, communes or units is normal, not a violation. A
       provincial document binds only the province's own bodies, so any actor it names qualifies.

    What remains is a duty the national text gives to a named body other than the province as a
    whole (Văn phòng UBND tỉnh under QĐ 28 Điều 7 khoản 3 điểm c, a ministry, Văn phòng Chính phủ):
    laying it on another body departs from the national allocation.
    """
    chain = catalogue.ancestors(actor_id)
    if any(name in chain for name in national.actors):
        return True
    for name in national.actors:
        actor = catalogue.actors.get(name)
        if actor is not None and actor.kind == "role" and any(c in chain for c in catalogue.ancestors(name)[1:]):
            return True
    committee = catalogue.ancestors(PROVINCIAL_COMMITTEE)
    return any(name in committee for name in national.actors)
