"""Checks that span the file: references, cycles, dates in the span, sources, effect names.

They run on the raw data (not the typed model), so a file with a type error still gets
its reference errors reported in the same run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from game.claims import CLAIM_KINDS, WORLD_CLAIMS
from game.paths import SEEDS_DIR
from game.scenario import images, limits
from game.scenario.errors import MAX_PROBLEMS, Problem
from game.scenario.models import CONDITION_NAMES, EFFECT_NAMES, normalise_date
from game.scenario.pydantic_errors import suggestion

if TYPE_CHECKING:
    from game.scenario.loader import Document

Loc = tuple[Any, ...]


def _iso_date(value: Any) -> str | None:
    """The date as ISO text, or None when there is none or it is malformed (the model
    reports a malformed date itself)."""
    if value is None:
        return None
    try:
        date = normalise_date(value)
    except ValueError:
        return None
    return date if isinstance(date, str) else None


def _dict(value: Any) -> dict[Any, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


class _Checker:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.data = _dict(doc.data)
        self.problems: list[Problem] = []
        self.ids = {
            section: set(_dict(self.data.get(section)))
            for section in ("sources", "agencies", "blocs", "milestones", "events")
        }
        self.cited: set[str] = set()

    @property
    def full(self) -> bool:
        """Enough problems to report: stop looking (and stop working out suggestions)."""
        return len(self.problems) > MAX_PROBLEMS  # one more than shown: "more follow"

    def error(self, loc: Loc, code: str, message: str, *, key: bool = False) -> None:
        if not self.full:
            self.problems.append(self.doc.problem(loc, code, message, key=key))

    def warn(self, loc: Loc, code: str, message: str, *, key: bool = False) -> None:
        if not self.full:
            self.problems.append(self.doc.problem(loc, code, message, key=key,
                                                  severity="warning"))

    def ref(self, loc: Loc, value: Any, section: str, what: str, extra: tuple[str, ...] = ()
            ) -> None:
        if not isinstance(value, str) or value in extra or self.full:
            return
        if value not in self.ids[section]:
            ids = self.ids[section]
            # Over its limit, a section is reported as such; a did-you-mean among thousands
            # of ids would cost seconds and help nobody.
            close = suggestion(value, ids | set(extra)) \
                if len(ids) <= _SECTION_LIMITS[(section,)] else ""
            self.error(loc, "E-REF", f"{what} '{value}' is not defined in {section}" + close)

    def refs(self, loc: Loc, values: Any, section: str, what: str) -> None:
        seen: set[Any] = set()
        for i, value in enumerate(_list(values)):
            if isinstance(value, str):
                if value in seen:
                    self.error((*loc, i), "E-DUP-ID", f"'{value}' is listed twice")
                seen.add(value)
            self.ref((*loc, i), value, section, what)

    def sources(self, loc: Loc, entry: Any) -> None:
        for i, source in enumerate(_list(_dict(entry).get("sources"))):
            if isinstance(source, str):
                self.cited.add(source)
            self.ref((*loc, "sources", i), source, "sources", "source")
        self.claim(loc, _dict(entry))

    def claim(self, loc: Loc, entry: dict[Any, Any]) -> None:
        """A statement's kind must fit what it cites: a claim about the world cites a
        report, and anything resting on the game's own invention says it is the game's."""
        claim = entry.get("claim")
        if claim not in CLAIM_KINDS:
            return  # missing or misspelt: the model reports it, with the list of kinds
        known = _dict(self.data.get("sources"))
        cited = [s for s in _list(entry.get("sources")) if isinstance(s, str) and s in known]
        invented = [s for s in cited if _dict(known[s]).get("kind") == "fiction"]
        if claim in WORLD_CLAIMS and invented:
            self.error((*loc, "claim"), "E-CLAIM",
                       f"a '{claim}' statement cites the game's invention '{invented[0]}': "
                       "mark it claim: fiction (or game_rule), or cite only reports")
        elif claim in WORLD_CLAIMS and cited and len(invented) == len(cited):
            self.error((*loc, "claim"), "E-CLAIM", f"a '{claim}' statement must cite a report")
        elif claim == "fiction" and cited and not invented:
            self.error((*loc, "claim"), "E-CLAIM",
                       "a fiction statement must cite the source of kind: fiction that "
                       "invents it, so every screen marks it as fiction")

    def site(self, loc: Loc, site: Any) -> None:
        """A landing site cites like a statement; coordinates said to be the source's must
        rest on a report, or the map would pass the game's placing off as history."""
        if not isinstance(site, dict):
            return
        self.sources(loc, site)
        known = _dict(self.data.get("sources"))
        cited = [s for s in _list(site.get("sources")) if isinstance(s, str) and s in known]
        if site.get("placed") == "source" and (
                site.get("claim") not in WORLD_CLAIMS
                or all(_dict(known[s]).get("kind") == "fiction" for s in cited)):
            self.error((*loc, "placed"), "E-CLAIM",
                       "placed: source says a report gives these coordinates, but the site "
                       "cites none: write placed: game (the game puts the marker in the "
                       "region named)")

    # --- sections ---------------------------------------------------------------------

    def run(self) -> list[Problem]:
        self.check_counts()
        self.check_scenario()
        self.check_sources_section()
        for i, fact in enumerate(_list(self.data.get("facts"))):
            self.sources(("facts", i), fact)
        for did, dis in _dict(self.data.get("disagreements")).items():
            for i, claim in enumerate(_list(_dict(dis).get("claims"))):
                self.sources(("disagreements", did, "claims", i), claim)
        self.check_agencies()
        self.check_blocs()
        self.check_milestones()
        self.check_events()
        self.check_history()
        self.check_pictures()
        self.check_bonuses()
        for sid in sorted(self.ids["sources"] - self.cited):
            self.warn(("sources", sid), "W-UNUSED-SOURCE", f"source '{sid}' is never cited",
                      key=True)
        return self.problems

    def check_pictures(self) -> None:
        """Each picture cites its sources like a statement, and its file is one the game can
        show (game/scenario/images.py); every problem stands at the `image:` line."""
        for section in ("agencies", "milestones", "events"):
            for eid, entry in _dict(self.data.get(section)).items():
                image = _dict(entry).get("image")
                if not isinstance(image, dict):
                    continue  # absent, or not a mapping: the model says so
                loc = (section, eid, "image")
                self.sources(loc, image)
                file = image.get("file")
                if isinstance(file, str) and file.strip() and not self.full:
                    try:
                        images.check_picture(self.doc.path, file.strip())
                    except images.ImageProblem as problem:
                        self.error(loc, "E-IMAGE", str(problem), key=True)

    def check_counts(self) -> None:
        """Every list and every mapping of ids within its limit, whatever else is wrong.

        The models carry the same limits (for the JSON Schema), but pydantic only counts the
        entries once each of them is valid; a teacher should hear of both at once.
        """
        stack: list[tuple[Loc, Any]] = [((), self.data)]
        while stack:
            loc, value = stack.pop()
            if isinstance(value, list):
                self.count(loc, value)
                stack.extend(((*loc, i), item) for i, item in enumerate(value))
            elif isinstance(value, dict):
                if _is_id_mapping(loc):
                    self.count(loc, value)
                stack.extend(((*loc, k), item) for k, item in value.items())

    def count(self, loc: Loc, entries: list[Any] | dict[Any, Any]) -> None:
        """E-LIMIT at the first entry too many, where the author has to start cutting."""
        most = _SECTION_LIMITS.get(loc, limits.MAX_LIST)
        if len(entries) > most:
            first_over = list(entries)[most] if isinstance(entries, dict) else most
            self.error((*loc, first_over), "E-LIMIT",
                       f"{'.'.join(str(p) for p in loc)} has {len(entries)} entries, but a "
                       f"scenario may have at most {most} there: remove some or split the "
                       "scenario in two", key=isinstance(entries, dict))

    def check_scenario(self) -> None:
        info = _dict(self.data.get("scenario"))
        self.ref(("scenario", "default_agency"), info.get("default_agency"), "agencies",
                 "default agency")
        victory = _dict(_dict(self.data.get("game")).get("victory"))
        self.ref(("game", "victory", "milestone"), victory.get("milestone"),
                 "milestones", "victory milestone")
        self.span = None
        try:
            start = normalise_date(info.get("start"))
            end = normalise_date(info.get("end"))
        except ValueError:
            return
        if isinstance(start, str) and isinstance(end, str):
            if _month(start) > _month(end, end=True):
                self.error(("scenario", "end"), "E-DATE-SPAN",
                           f"the scenario ends ({end}) before it starts ({start})")
            else:
                self.span = (start, end)
                self.check_length(info, start, end)

    def check_length(self, info: dict[Any, Any], start: str, end: str) -> None:
        """A span and a number of turns the screens, the AI and the save can all hold."""
        months = _month(end, end=True) - _month(start) + 1
        if months > limits.MAX_SPAN_YEARS * 12:
            self.error(("scenario", "end"), "E-LIMIT",
                       f"the scenario runs {months / 12:g} years ({start} to {end}), but it "
                       f"may run at most {limits.MAX_SPAN_YEARS}: end it earlier")
            return
        step = info.get("turn_months")
        if isinstance(step, int) and not isinstance(step, bool) and step >= 1:
            turns = (months - 1) // step + 1  # as game.core.calendar counts them
            if turns > limits.MAX_TURNS:
                shortest = -(-months // limits.MAX_TURNS)
                self.error(("scenario", "turn_months"), "E-LIMIT",
                           f"{months} months in turns of {step} make {turns} turns, but a "
                           f"game may have at most {limits.MAX_TURNS}: make turn_months "
                           f"{shortest} or more, or the span shorter")

    def check_sources_section(self) -> None:
        for sid, source in _dict(self.data.get("sources")).items():
            seed = _dict(source).get("seed")
            if isinstance(seed, str) and not self.full and SEEDS_DIR.is_dir() \
                    and not (SEEDS_DIR / seed).is_file():
                self.warn(("sources", sid, "seed"), "W-SEED",
                          f"seed file '{seed}' is not in {SEEDS_DIR}"
                          + suggestion(seed, [p.name for p in SEEDS_DIR.iterdir()]))

    def check_agencies(self) -> None:
        for aid, agency in _dict(self.data.get("agencies")).items():
            agency = _dict(agency)
            at = ("agencies", aid)
            self.ref((*at, "bloc"), agency.get("bloc"), "blocs", "bloc")
            for section in ("achieved", "underway"):
                seen: set[str] = set()
                for i, entry in enumerate(_list(agency.get(section))):
                    mid = _dict(entry).get("milestone")
                    if isinstance(mid, str):
                        if mid in seen:
                            self.error((*at, section, i, "milestone"), "E-DUP-ID",
                                       f"milestone '{mid}' is listed twice in {section}")
                        seen.add(mid)
                    self.ref((*at, section, i, "milestone"), mid, "milestones", "milestone")
                    self.sources((*at, section, i), entry)
            for i, fact in enumerate(_list(agency.get("facts"))):
                self.sources((*at, "facts", i), fact)
            for cid, constraint in _dict(agency.get("constraints")).items():
                constraint = _dict(constraint)
                self.ref((*at, "constraints", cid, "bloc"), constraint.get("bloc"), "blocs",
                         "bloc")
                self.ref((*at, "constraints", cid, "partner"), constraint.get("partner"),
                         "agencies", "agency")
                self.sources((*at, "constraints", cid), constraint)
            for mid in _dict(_dict(agency.get("game")).get("progress")):
                self.ref((*at, "game", "progress", mid), mid, "milestones", "milestone")
            for mid, date in _dict(_dict(agency.get("game")).get("plan")).items():
                self.ref((*at, "game", "plan", mid), mid, "milestones", "milestone")
                self.date_in_span((*at, "game", "plan", mid), date)
            self.check_budget_changes((*at, "game", "budget_changes"),
                                      _dict(agency.get("game")).get("budget_changes"))

    def check_budget_changes(self, at: Loc, changes: Any) -> None:
        """Each change inside the scenario's span, in ascending order, no date twice."""
        last: int | None = None
        seen: set[int] = set()
        for i, change in enumerate(_list(changes)):
            value = _dict(change).get("date")
            self.date_in_span((*at, i, "date"), value)
            date = _iso_date(value)
            if date is None:
                continue
            month = _month(date)
            if month in seen:
                self.error((*at, i, "date"), "E-DUP-ID",
                           f"budget change date {date} is given twice")
            elif last is not None and month < last:
                self.error((*at, i, "date"), "E-ORDER",
                           f"budget change date {date} comes before the one above it: "
                           "list the changes in ascending order of date")
            seen.add(month)
            last = month

    def check_blocs(self) -> None:
        for bid, bloc in _dict(self.data.get("blocs")).items():
            bloc = _dict(bloc)
            at = ("blocs", bid)
            self.refs((*at, "founders"), bloc.get("founders"), "agencies", "agency")
            self.ref((*at, "lead"), bloc.get("lead"), "agencies", "agency")
            game = _dict(bloc.get("game"))
            self.refs((*at, "game", "exclusive_with"), game.get("exclusive_with"), "blocs",
                      "bloc")
            self.refs((*at, "game", "shares"), game.get("shares"), "milestones", "milestone")
            self.ref((*at, "game", "commercial"), game.get("commercial"), "milestones",
                     "milestone")
            rules = _list(game.get("rules"))
            # The two halves of commercial services: each does nothing without the other.
            if "commercial_services" in rules and game.get("commercial") is None:
                self.warn((*at, "game", "rules"), "W-RULE",
                          "commercial_services needs a 'commercial:' milestone to open it")
            if game.get("commercial") is not None and "commercial_services" not in rules:
                self.warn((*at, "game", "commercial"), "W-RULE",
                          "'commercial:' does nothing without the commercial_services rule",
                          key=True)
            for section in ("facts", "principles", "commitments"):
                for i, fact in enumerate(_list(bloc.get(section))):
                    self.sources((*at, section, i), fact)

    def check_milestones(self) -> None:
        milestones = _dict(self.data.get("milestones"))
        for mid, milestone in milestones.items():
            milestone = _dict(milestone)
            at = ("milestones", mid)
            self.refs((*at, "requires"), milestone.get("requires"), "milestones", "milestone")
            self.ref((*at, "bloc"), milestone.get("bloc"), "blocs", "bloc")
            self.refs((*at, "agencies"), milestone.get("agencies"), "agencies", "agency")
            for i, fact in enumerate(_list(milestone.get("facts"))):
                self.sources((*at, "facts", i), fact)
            self.site((*at, "site"), milestone.get("site"))
            steps = _list(_dict(milestone.get("game")).get("steps"))
            track = milestone.get("track")
            if track in ("robotic", "crewed") and not steps:
                self.error((*at, "game"), "E-VALUE",
                           f"milestone '{mid}' is a {track} mission but has no game.steps "
                           "(the stages rolled when it flies)")
            if track == "programme" and steps:
                self.error((*at, "game", "steps"), "E-VALUE",
                           f"milestone '{mid}' is a programme: it has no launch, so no steps")
        cycles = list(_cycles(milestones))
        for cycle in cycles:
            self.error(("milestones", cycle[0], "requires"), "E-CYCLE",
                       "milestones require each other in a circle: " + " -> ".join(cycle))
        self.check_reachable(milestones, {m for cycle in cycles for m in cycle})

    def check_reachable(self, milestones: dict[Any, Any], in_cycles: set[str]) -> None:
        """Warn about a milestone whose requirements no single agency can ever meet."""
        blocs = _dict(self.data.get("blocs"))
        exclusive = {(b, other) for b, bloc in blocs.items()
                     for other in _list(_dict(_dict(bloc).get("game")).get("exclusive_with"))
                     if isinstance(other, str)}
        needs: dict[str, set[str] | None] = {}  # blocs needed along the chain; None = never

        def blocs_needed(mid: str, path: frozenset[str]) -> set[str] | None:
            if mid in needs:
                return needs[mid]
            if mid in in_cycles or mid in path:
                return None
            milestone = _dict(milestones.get(mid))
            own = milestone.get("bloc")
            found: set[str] | None = {own} if isinstance(own, str) else set()
            for req in _list(milestone.get("requires")):
                if not (isinstance(req, str) and req in milestones) or found is None:
                    continue
                inner = blocs_needed(req, path | {mid})
                found = None if inner is None else found | inner
            if found is not None and any((a, b) in exclusive or (b, a) in exclusive
                                         for a in found for b in found):
                found = None
            needs[mid] = found
            return found

        for mid in milestones:
            try:
                never = mid not in in_cycles and blocs_needed(mid, frozenset()) is None
            except RecursionError:  # a chain thousands deep: a warning is not worth a crash
                return
            if never:
                self.warn(("milestones", mid), "W-UNREACHABLE",
                          f"no agency can ever reach milestone '{mid}': its requirements "
                          "go round a circle or need two blocs that exclude each other",
                          key=True)

    def check_events(self) -> None:
        for eid, event in _dict(self.data.get("events")).items():
            event = _dict(event)
            at = ("events", eid)
            self.sources(at, event)
            to = event.get("to")
            if isinstance(to, list):
                self.refs((*at, "to"), to, "agencies", "agency")
            if event.get("kind") == "historical" and event.get("date") is None:
                self.error(at, "E-MISSING", f"historical event '{eid}' needs a date")
            # A background event dated before the start fires on the first turn (its card
            # shows its own date); one dated after the end would never fire.
            self.date_in_span((*at, "date"), event.get("date"), before_start=True)
            for i, cond in enumerate(_list(event.get("when"))):
                self.check_condition((*at, "when", i), cond)
            self.check_effects((*at, "effects"), event.get("effects"))
            choices = _list(event.get("choices"))
            seen: set[str] = set()
            for i, choice in enumerate(choices):
                choice = _dict(choice)
                self.check_effects((*at, "choices", i, "effects"), choice.get("effects"))
                for j, fact in enumerate(_list(choice.get("facts"))):
                    self.sources((*at, "choices", i, "facts", j), fact)
                if "sources" in choice:
                    self.sources((*at, "choices", i), choice)
                cid = choice.get("id")
                if isinstance(cid, str):
                    if cid in seen:
                        self.error((*at, "choices", i, "id"), "E-DUP-ID",
                                   f"answer id '{cid}' is used twice in event '{eid}'")
                    seen.add(cid)
            self.check_event_game(at, eid, event)
            ai = _dict(event.get("game")).get("ai_choice")
            if isinstance(ai, int) and choices and ai >= len(choices):
                self.error((*at, "game", "ai_choice"), "E-VALUE",
                           f"ai_choice {ai} but the event has {len(choices)} choices "
                           f"(counted from 0)")

    def check_event_game(self, at: Loc, eid: str, event: dict[Any, Any]) -> None:
        """Game values that would silently do nothing where they are written."""
        game = _dict(event.get("game"))
        if not game.get("repeat"):
            for key in ("max_times", "gap_turns"):
                if key in game:
                    self.warn((*at, "game", key), "W-NO-EFFECT",
                              f"event '{eid}' fires once (no repeat: true), so {key} "
                              "changes nothing: add repeat: true or remove it", key=True)
        if game.get("together") and event.get("kind") != "random":
            self.warn((*at, "game", "together"), "W-NO-EFFECT",
                      f"together only changes random events; '{eid}' is "
                      f"{event.get('kind')}, and reaches every addressee whose conditions "
                      "hold anyway", key=True)

    def check_condition(self, loc: Loc, cond: Any) -> None:
        cond = _dict(cond)
        name = cond.get("condition")
        if "condition" in cond and not self.full and (
                not isinstance(name, str) or name not in CONDITION_NAMES):
            self.error((*loc, "condition"), "E-EFFECT",
                       f"unknown condition {name!r}" + suggestion(name, CONDITION_NAMES))
        self.ref((*loc, "agency"), cond.get("agency"), "agencies", "agency", ("self",))
        self.ref((*loc, "milestone"), cond.get("milestone"), "milestones", "milestone")
        self.ref((*loc, "bloc"), cond.get("bloc"), "blocs", "bloc")
        self.date_in_span((*loc, "date"), cond.get("date"))
        self.ref((*loc, "partner"), cond.get("partner"), "agencies", "agency", ("self",))
        for j, inner in enumerate(_list(cond.get("of"))):  # any / all / not
            self.check_condition((*loc, "of", j), inner)
        if name == "chose":
            self.check_chose(loc, cond)
        mid = cond.get("milestone")
        milestones = _dict(self.data.get("milestones"))
        if name == "first" and isinstance(mid, str) and mid in milestones \
                and not _dict(milestones[mid]).get("first"):
            self.error((*loc, "milestone"), "E-VALUE",
                       f"milestone '{mid}' awards no first (it has no first:), so this "
                       "condition never holds: give it first: or use achieved")

    def check_chose(self, loc: Loc, cond: dict[Any, Any]) -> None:
        """`chose` names an event that exists and one of its answers' ids."""
        eid, cid = cond.get("event"), cond.get("choice")
        self.ref((*loc, "event"), eid, "events", "event")
        event = _dict(_dict(self.data.get("events")).get(eid)) if isinstance(eid, str) else {}
        if not event or not isinstance(cid, str) or self.full:
            return
        ids = {str(c["id"]) for c in map(_dict, _list(event.get("choices")))
               if isinstance(c.get("id"), str)}
        if cid not in ids:
            hint = (suggestion(cid, ids) or f" (its answer ids: {', '.join(sorted(ids))})"
                    if ids else "; its answers have no ids: add id: to each of its choices")
            self.error((*loc, "choice"), "E-REF",
                       f"event '{eid}' has no answer with id '{cid}'" + hint)

    def check_effects(self, loc: Loc, effects: Any) -> None:
        agencies = _dict(self.data.get("agencies"))
        for i, effect in enumerate(_list(effects)):
            effect = _dict(effect)
            at = (*loc, i)
            name = effect.get("effect")
            if "effect" in effect and not self.full and (
                    not isinstance(name, str) or name not in EFFECT_NAMES):
                self.error((*at, "effect"), "E-EFFECT",
                           f"unknown effect {name!r}" + suggestion(str(name), EFFECT_NAMES))
            target = effect.get("agency", "self")
            self.ref((*at, "agency"), target, "agencies", "agency", ("self",))
            self.ref((*at, "partner"), effect.get("partner"), "agencies", "agency")
            self.ref((*at, "milestone"), effect.get("milestone"), "milestones", "milestone")
            self.ref((*at, "bloc"), effect.get("bloc"), "blocs", "bloc")
            self.ref((*at, "event"), effect.get("event"), "events", "event")  # follow_up
            constraint = effect.get("constraint")
            if isinstance(constraint, str):
                pool = (_constraint_ids(agencies, target) if isinstance(target, str)
                        and target != "self"
                        else {c for a in agencies.values()
                              for c in _dict(_dict(a).get("constraints"))})
                if constraint not in pool and not self.full:
                    named = isinstance(target, str) and target != "self"
                    self.error((*at, "constraint"), "E-REF",
                               f"constraint '{constraint}' is not defined for "
                               f"{repr(target) if named else 'any agency'}"
                               + suggestion(constraint, pool))

    def check_history(self) -> None:
        for i, entry in enumerate(_list(self.data.get("history"))):
            entry = _dict(entry)
            at = ("history", i)
            self.sources(at, entry)
            self.ref((*at, "agency"), entry.get("agency"), "agencies", "agency")
            self.ref((*at, "milestone"), entry.get("milestone"), "milestones", "milestone")
            self.site((*at, "site"), entry.get("site"))
            span = _dict(entry.get("game"))
            if span and not entry.get("when"):
                self.error((*at, "game"), "E-SPAN",
                           "game: reads a vague time as a span, so add when: with the "
                           "source's own words (e.g. when: \"by the mid-2020s\")", key=True)
            early, late = span.get("earliest"), span.get("latest")
            try:
                ordered = _month(str(normalise_date(early))) <= _month(
                    str(normalise_date(late)), end=True) if early and late else True
            except ValueError:
                ordered = True  # the model reports the malformed date itself
            if not ordered:
                self.error((*at, "game", "earliest"), "E-SPAN",
                           f"earliest {early} is after latest {late}")
        sections = ("milestones", "blocs", "agencies")
        for i, rule in enumerate(_list(self.data.get("assumptions"))):
            for j, about in enumerate(_list(_dict(rule).get("about"))):
                if not isinstance(about, str) or self.full or any(
                        about in self.ids[s] for s in sections):
                    continue
                # Suggest among all three sections: a misspelt bloc is as likely as a
                # misspelt milestone.
                known = set().union(*(self.ids[s] for s in sections))
                self.error(("assumptions", i, "about", j), "E-REF",
                           f"'{about}' is not a milestone, bloc or agency"
                           + suggestion(about, known))

    def check_bonuses(self) -> None:
        """The `game: bonuses:` name milestones, and their dates fall inside the scenario."""
        at = ("game", "bonuses")
        for i, bonus in enumerate(_list(_dict(self.data.get("game")).get("bonuses"))):
            bonus = _dict(bonus)
            self.ref((*at, i, "milestone"), bonus.get("milestone"), "milestones", "milestone")
            self.date_in_span((*at, i, "by"), bonus.get("by"))

    def date_in_span(self, loc: Loc, value: Any, *, before_start: bool = False) -> None:
        date = None if self.span is None else _iso_date(value)
        if date is None or self.span is None:
            return
        start, end = self.span
        early = _month(date) < _month(start) and not before_start
        if early or _month(date) > _month(end, end=True):
            self.error(loc, "E-DATE-SPAN",
                       f"date {date} is outside the scenario's span ({start} to {end})")


# How many entries each top-level section may hold; any other list or mapping of ids holds
# at most limits.MAX_LIST.
_SECTION_LIMITS: dict[Loc, int] = {
    ("sources",): limits.MAX_SOURCES,
    ("agencies",): limits.MAX_AGENCIES,
    ("blocs",): limits.MAX_BLOCS,
    ("milestones",): limits.MAX_MILESTONES,
    ("events",): limits.MAX_EVENTS,
    ("history",): limits.MAX_HISTORY,
}


def _is_id_mapping(loc: Loc) -> bool:
    """A mapping whose keys are ids the author chooses (the others are records of fields,
    which cannot grow: an unknown field is an error of its own)."""
    if not loc:
        return False
    if len(loc) == 1:
        return loc[0] in ("sources", "agencies", "blocs", "milestones", "events",
                          "disagreements")
    return loc[0] == "agencies" and (
        (len(loc) == 3 and loc[2] == "constraints")
        or (len(loc) == 4 and loc[2:] in (("game", "progress"), ("game", "plan"))))


def _constraint_ids(agencies: dict[Any, Any], agency: Any) -> set[str]:
    return set(_dict(_dict(agencies.get(agency)).get("constraints")))


def _month(date: str, *, end: bool = False) -> int:
    parts = date.split("-")
    month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
    return int(parts[0]) * 12 + month


def _cycles(milestones: dict[Any, Any]) -> Iterator[list[str]]:
    """Each cycle in `requires` once, as a path that returns to its start."""
    graph = {mid: [r for r in _list(_dict(m).get("requires"))
                   if isinstance(r, str) and r in milestones]
             for mid, m in milestones.items()}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    reported: set[frozenset[str]] = set()
    for root in graph:
        if state.get(root):
            continue
        path: list[str] = [root]
        iters = [iter(graph[root])]
        state[root] = 1
        while iters:
            nxt = next(iters[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                iters.pop()
                continue
            if state.get(nxt) == 1:
                cycle = [*path[path.index(nxt):], nxt]
                key = frozenset(cycle)
                if key not in reported:
                    reported.add(key)
                    yield cycle
            elif not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                iters.append(iter(graph[nxt]))


def check_references(doc: Document) -> list[Problem]:
    if not isinstance(doc.data, dict):
        return [doc.problem((), "E-TYPE", "the file must be a mapping of sections "
                                          "(format_version, scenario, sources, ...)")]
    return _Checker(doc).run()
