"""The milestones of one entity across articles, found by its name or an alias.

"摇橹船科技" is the alias an article gives to 重庆中科摇橹船信息科技有限公司 ("以下简称摇橹船科技");
asking for either finds the same events, dated and undated, each with the article it came from.
An unknown name lists the entities with the most events instead.

    python examples/02_entity_milestones.py              # 摇橹船科技
    python examples/02_entity_milestones.py 长安汽车
"""

from __future__ import annotations

import sys
import tempfile

from timeline import Timeline, UnknownEntityError
from timeline.corpus import Skip, bundled_seeds, load_articles
from timeline.export import date_label


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    name = args[0] if args else "摇橹船科技"
    articles = [a for a in load_articles([bundled_seeds()]) if not isinstance(a, Skip)]
    with tempfile.TemporaryDirectory() as folder, Timeline(f"sqlite:///{folder}/seeds.db") as store:
        store.ingest_many(articles)
        try:
            entity = store.entity(name)
        except UnknownEntityError as err:
            print(f"{err}; entities with the most events:")
            for known in sorted(store.entities(), key=lambda e: -e.event_count)[:10]:
                print(f"  {known.name} ({known.type}): {known.event_count} events")
            return 0
        events = store.events_for(name)
    aliases = f" (also: {'、'.join(entity.aliases)})" if entity.aliases else ""
    print(f"{entity.name} [{entity.type}]{aliases}: {len(events)} events")
    for event in events:
        source = event.sources[0]
        print(f"- {date_label(event)}  {event.type}/{event.status}  {event.summary}")
        print(f"    {source.source}, {source.pub_date.isoformat()}: {' '.join(source.sentence.split())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
