"""Reading a FHIR R4 Questionnaire into a :class:`~collabdesk.forms.model.Form`, or refusing it.

The supported subset is written down in docs/forms.md. Anything outside it that would change
what the form asks or computes is refused with the item's linkId and the reason, so a form is
never imported half-working; extensions that only style the form, or that serve purposes
CollabDesk does not have (data extraction, observation links), are ignored and listed in
``Form.warnings``. Every FHIRPath expression is parsed here, once.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from collabdesk.domain import NEED_DOMAINS, SEVERITIES
from collabdesk.forms.errors import FormError, at_item
from collabdesk.forms.extensions import (
    EXT_CALCULATED,
    EXT_ENABLE_WHEN_EXPR,
    EXT_ENTRY_FORMAT,
    EXT_HIDDEN,
    EXT_ITEM_CONTROL,
    EXT_ITEM_WEIGHT,
    EXT_MAX_VALUE,
    EXT_MIN_OCCURS,
    EXT_MIN_VALUE,
    EXT_OPTION_PREFIX,
    EXT_ORDINAL,
    EXT_SEARCHABLE,
    EXT_SENSITIVE,
    EXT_SUGGESTS_NEED,
    EXT_UNIT,
    EXT_USE,
    EXT_VARIABLE,
    IGNORED,
    REFUSED,
)
from collabdesk.forms.fhirpath import compile_expression
from collabdesk.forms.model import (
    ITEM_CONTROLS,
    ITEM_TYPES,
    USES,
    VALUE_KEYS,
    Answer,
    EnableWhen,
    Expression,
    Form,
    Item,
    Option,
    SuggestionRule,
)
from collabdesk.messages import Message, msg

MAX_BYTES = 2 * 1024 * 1024  # PRAPARE, narrative and all, is 84 kB
MAX_ITEMS = 3000
MAX_NESTING = 30
_THE_FILE = msg("forms.source.file")  # what a file is called when its name is not known

_ROOT_KEYS = frozenset({
    "resourceType", "id", "meta", "implicitRules", "language", "text", "contained",
    "extension", "url", "identifier", "version", "name", "title", "derivedFrom", "status",
    "experimental", "subjectType", "date", "publisher", "contact", "description",
    "useContext", "jurisdiction", "purpose", "copyright", "approvalDate", "lastReviewDate",
    "effectivePeriod", "code", "item",
})
_ITEM_KEYS = frozenset({
    "id", "extension", "linkId", "definition", "code", "prefix", "text", "type",
    "enableWhen", "enableBehavior", "required", "repeats", "readOnly", "maxLength",
    "answerValueSet", "answerOption", "initial", "item",
})
# STU3 spelled these differently; R4 renamed them.
_STU3_ITEM_KEYS = frozenset({"option", "options", "initialBoolean", "initialDecimal",
                             "initialInteger", "initialDate", "initialDateTime", "initialTime",
                             "initialString", "initialUri", "initialCoding",
                             "initialQuantity", "initialAttachment", "initialReference"})
_OPTION_VALUES = ("valueCoding", "valueString", "valueInteger", "valueDate")
_OPERATORS = frozenset({"exists", "=", "!=", ">", "<", ">=", "<="})
_ANSWER_KEYS = ("answerBoolean", "answerDecimal", "answerInteger", "answerDate",
                "answerDateTime", "answerTime", "answerString", "answerCoding",
                "answerQuantity")
_TEXT_TYPES = frozenset({"string", "text", "url", "open-choice"})


def canonical_json(resource: Mapping[str, Any]) -> str:
    """The one text a form is stored and identified by: sorted keys, no spaces, UTF-8."""
    return json.dumps(resource, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def form_id(canonical: str) -> str:
    """A form version's record id: the hash of its canonical JSON, so two laptops importing
    the same file make the same record."""
    return hashlib.sha256(canonical.encode()).hexdigest()[:32]


def check_size(size: int, source: str | Message = _THE_FILE) -> None:
    """Refuse a form of ``size`` bytes if it is larger than any form needs to be."""
    if size > MAX_BYTES:
        raise FormError("too-large", "forms.too-large", source=source,
                        megabytes=f"{size / 1024 / 1024:.1f}", limit=MAX_BYTES // 1024 // 1024)


def load_json(data: bytes | str, *, source: str | Message = _THE_FILE) -> dict[str, Any]:
    """Decode a Questionnaire file, refusing one that is too large or not JSON."""
    raw = data.encode() if isinstance(data, str) else data
    check_size(len(raw), source)
    try:
        value = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise FormError("malformed-json", "forms.not-utf8", source=source) from None
    except json.JSONDecodeError as exc:
        raise FormError("malformed-json", "forms.malformed-json", source=source, error=exc.msg,
                        line=exc.lineno, column=exc.colno) from None
    if not isinstance(value, dict):
        raise FormError("not-a-questionnaire", "forms.no-resource", source=source)
    return value


def parse_questionnaire(data: bytes | str | Mapping[str, Any], *,
                        source: str | Message = _THE_FILE, expressions: bool = True) -> Form:
    """Parse and check a FHIR R4 Questionnaire; raise :class:`FormError` if it is refused.

    ``expressions=False`` leaves its FHIRPath expressions unparsed: enough to show the
    questions and answers of a form that was checked whole when it was imported."""
    resource = dict(data) if isinstance(data, Mapping) else load_json(data, source=source)
    if isinstance(data, Mapping):
        check_size(len(canonical_json(resource).encode()), msg("forms.source.form"))
    kind = resource.get("resourceType")
    if not kind:
        raise FormError("not-a-questionnaire", "forms.no-resource-type", source=source)
    if kind != "Questionnaire":
        raise FormError("not-a-questionnaire", "forms.not-a-questionnaire", source=source,
                        kind=kind)
    return _Parser(resource, expressions).form()


class _Parser:
    def __init__(self, resource: dict[str, Any], expressions: bool = True) -> None:
        self.resource = resource
        self.expressions = expressions
        self.warnings: list[str] = []
        self.seen: dict[str, Item] = {}
        self.parents: dict[str, tuple[str, ...]] = {}
        self.count = 0
        self.contained = {
            str(c.get("id")): c for c in resource.get("contained") or ()
            if isinstance(c, dict) and c.get("resourceType") == "ValueSet"
        }
        self.suggestions: list[SuggestionRule] = []

    def warn(self, code: str, link_id: str | None = None, /, **params: Any) -> None:
        """Note what was ignored (a catalogue code), read in the current language."""
        message = at_item(link_id, msg(code, **params))
        if message not in self.warnings:
            self.warnings.append(message)

    # -- the form ---------------------------------------------------------------------

    def form(self) -> Form:
        r = self.resource
        self._check_stu3(r.get("item"))
        if r.get("modifierExtension"):
            raise FormError("unsupported", "forms.form-modifier-extensions")
        for key in r:
            if key not in _ROOT_KEYS and not key.startswith("_"):
                raise FormError("invalid", "forms.unknown-root-element", key=repr(key))
        url = r.get("url")
        if url is not None and not isinstance(url, str):
            raise FormError("invalid", "forms.url-not-text")
        if not url:
            name = r.get("id") or r.get("name")
            if not isinstance(name, str) or not name:
                raise FormError("invalid", "forms.no-identifier")
            url = f"urn:collabdesk:questionnaire:{name}"
            self.warn("forms.warn.no-url", url=url)
        version = r.get("version") or ""
        if not isinstance(version, str):
            raise FormError("invalid", "forms.version-not-text")
        variables, sensitive = self._root_extensions(r.get("extension"))
        items = r.get("item")
        if not isinstance(items, list) or not items:
            raise FormError("invalid", "forms.no-items")
        parsed = tuple(self._item(i, ()) for i in items)
        self._check_enable_when(parsed)
        canonical = canonical_json(r)
        return Form(
            url=url, version=version, title=str(r.get("title") or r.get("name") or ""),
            status=str(r.get("status") or "unknown"), items=parsed,
            variables=variables, suggestions=tuple(self.suggestions), sensitive=sensitive,
            warnings=tuple(self.warnings), canonical=canonical, resource=r,
            by_link_id=dict(self.seen), parents=dict(self.parents),
        )

    def _check_stu3(self, items: Any) -> None:
        for item in _iter_raw(items):
            link_id = item.get("linkId")
            stu3 = set(_STU3_ITEM_KEYS & set(item))
            for cond in item.get("enableWhen") or ():
                if isinstance(cond, dict) and ("hasAnswer" in cond or "operator" not in cond):
                    stu3.add("enableWhen without operator")
            if stu3:
                raise FormError("stu3", "forms.stu3", elements=", ".join(sorted(stu3)),
                                link_id=str(link_id) if link_id else None)

    def _root_extensions(self, extensions: Any) -> tuple[tuple[Expression, ...], bool]:
        variables: list[Expression] = []
        sensitive = False
        for ext in _extensions(extensions, None):
            url = ext["url"]
            if url == EXT_VARIABLE:
                variables.append(self._expression(ext, None, variable=True))
            elif url == EXT_SUGGESTS_NEED:
                self.suggestions.append(self._suggestion(ext, None))
            elif url == EXT_SENSITIVE:
                sensitive = ext.get("valueBoolean") is True
            elif url == EXT_USE:
                if ext.get("valueCode") not in USES:
                    raise FormError("invalid", "forms.use-unknown", uses=", ".join(USES))
            else:
                self._other_extension(url, None)
        return tuple(variables), sensitive

    def _other_extension(self, url: str, link_id: str | None) -> None:
        if url in REFUSED:
            raise FormError("unsupported", "forms.extension-unsupported",
                            feature=msg(REFUSED[url]), url=url, link_id=link_id)
        if url in IGNORED:
            self.warn("forms.warn.extension-ignored", link_id, url=url)
        else:
            self.warn("forms.warn.extension-unknown", link_id, url=url)

    def _expression(self, ext: Mapping[str, Any], link_id: str | None, *,
                    variable: bool = False) -> Expression:
        value = ext.get("valueExpression")
        if not isinstance(value, dict):
            raise FormError("invalid", "forms.extension-no-value-expression", url=ext["url"],
                            link_id=link_id)
        language = value.get("language")
        if language != "text/fhirpath":
            raise FormError("unsupported", "forms.expression-language",
                            language=repr(language), link_id=link_id)
        text = value.get("expression")
        if not isinstance(text, str):
            raise FormError("invalid", "forms.expression-no-text", link_id=link_id)
        name = str(value.get("name") or "")
        if variable and not name.isidentifier():
            raise FormError("invalid", "forms.variable-no-name", name=repr(name),
                            link_id=link_id)
        if self.expressions:
            compile_expression(text, link_id=link_id)
        return Expression(text, name, str(value.get("description") or ""))

    def _suggestion(self, ext: Mapping[str, Any], link_id: str | None) -> SuggestionRule:
        parts = {e.get("url"): e for e in ext.get("extension") or () if isinstance(e, dict)}
        domain = (parts.get("domain") or {}).get("valueCode")
        severity = (parts.get("severity") or {}).get("valueCode")
        if domain not in NEED_DOMAINS:
            raise FormError("invalid", "forms.suggestion-domain", domains=", ".join(NEED_DOMAINS),
                            domain=repr(domain), link_id=link_id)
        if severity not in SEVERITIES:
            raise FormError("invalid", "forms.suggestion-severity",
                            severities=", ".join(SEVERITIES), severity=repr(severity),
                            link_id=link_id)
        when = parts.get("condition")
        if when is None:
            raise FormError("invalid", "forms.suggestion-no-condition", link_id=link_id)
        condition = self._expression({"url": EXT_SUGGESTS_NEED, **when}, link_id)
        reason = str((parts.get("reason") or {}).get("valueString") or "")
        return SuggestionRule(str(domain), str(severity), condition, reason, link_id)

    # -- items ------------------------------------------------------------------------

    def _item(self, raw: Any, parents: tuple[str, ...]) -> Item:
        if not isinstance(raw, dict):
            raise FormError("invalid", "forms.item-not-object",
                            link_id=parents[-1] if parents else None)
        link_id = raw.get("linkId")
        if not isinstance(link_id, str) or not link_id:
            if parents:
                raise FormError("invalid", "forms.item-no-link-id-under",
                                parent=repr(parents[-1]))
            raise FormError("invalid", "forms.item-no-link-id")
        if link_id in self.seen or link_id in self.parents:
            raise FormError("duplicate-link-id", "forms.duplicate-link-id", link_id=link_id)
        self.count += 1
        if self.count > MAX_ITEMS:
            raise FormError("too-large", "forms.too-many-items", limit=MAX_ITEMS)
        if len(parents) >= MAX_NESTING:
            raise FormError("too-large", "forms.nested-too-deep", limit=MAX_NESTING,
                            link_id=link_id)
        self.parents[link_id] = parents
        if raw.get("modifierExtension"):
            raise FormError("unsupported", "forms.item-modifier-extensions", link_id=link_id)
        for key in raw:
            if key.startswith("_"):
                if key in ("_text", "_prefix"):
                    for ext in _extensions(raw[key].get("extension")
                                           if isinstance(raw[key], dict) else None, link_id):
                        self._other_extension(ext["url"], link_id)
                continue
            if key not in _ITEM_KEYS:
                raise FormError("invalid", "forms.unknown-item-element", key=repr(key),
                                link_id=link_id)
        kind = raw.get("type")
        if kind not in ITEM_TYPES:
            raise FormError("unsupported", "forms.item-type-unsupported", type=repr(kind),
                            link_id=link_id)
        assert isinstance(kind, str)
        fields: dict[str, Any] = {
            "link_id": link_id, "type": kind, "text": _text(raw.get("text")),
            "prefix": _text(raw.get("prefix")),
            "required": _flag(raw, "required", link_id),
            "repeats": _flag(raw, "repeats", link_id),
            "read_only": _flag(raw, "readOnly", link_id),
            "code": tuple(c for c in raw.get("code") or () if isinstance(c, dict)),
        }
        if kind == "display" and (fields["required"] or fields["repeats"]):
            self.warn("forms.warn.display-required", link_id)
            fields["required"] = fields["repeats"] = False
        max_length = raw.get("maxLength")
        if max_length is not None:
            if not isinstance(max_length, int) or isinstance(max_length, bool) or max_length < 1:
                raise FormError("invalid", "forms.max-length",
                                link_id=link_id)
            if kind not in _TEXT_TYPES:
                self.warn("forms.warn.max-length-ignored", link_id, type=kind)
            else:
                fields["max_length"] = max_length
        self._item_extensions(raw, link_id, kind, fields)
        self._answers(raw, link_id, kind, fields)
        fields["enable_when"] = self._enable_when(raw, link_id)
        behavior = raw.get("enableBehavior", "any")
        if behavior not in ("any", "all"):
            raise FormError("invalid", "forms.enable-behavior", behavior=repr(behavior),
                            link_id=link_id)
        fields["enable_behavior"] = behavior
        children: list[Item] = []
        for child in raw.get("item") or ():
            if isinstance(child, dict) and child.get("type") == "display" and _control(
                    child) == "help":
                # A help bubble: SDC writes it as a display child with itemControl "help".
                fields["help"] = _text(child.get("text"))
                child_id = child.get("linkId")
                if isinstance(child_id, str) and child_id:
                    if child_id in self.seen or child_id in self.parents:
                        raise FormError("duplicate-link-id", "forms.duplicate-link-id",
                                        link_id=child_id)
                    self.parents[child_id] = (*parents, link_id)
                continue
            children.append(self._item(child, (*parents, link_id)))
        if kind == "display" and children:
            raise FormError("unsupported", "forms.display-with-items",
                            link_id=link_id)
        if kind == "group" and not children:
            self.warn("forms.warn.empty-group", link_id)
        item = Item(items=tuple(children), **fields)
        self.seen[link_id] = item
        return item

    def _item_extensions(self, raw: dict[str, Any], link_id: str, kind: str,
                         fields: dict[str, Any]) -> None:
        variables: list[Expression] = []
        calculated: list[Expression] = []
        for ext in _extensions(raw.get("extension"), link_id):
            url = ext["url"]
            if url == EXT_ITEM_CONTROL:
                code = _control(raw)
                if code in ITEM_CONTROLS:
                    fields["item_control"] = code
                elif code:
                    self.warn("forms.warn.item-control", link_id, control=repr(code))
            elif url == EXT_HIDDEN:
                fields["hidden"] = ext.get("valueBoolean") is True
            elif url == EXT_ENTRY_FORMAT:
                fields["entry_format"] = str(ext.get("valueString") or "")
            elif url in (EXT_MIN_VALUE, EXT_MAX_VALUE):
                value = _value_of(ext)
                if value is None:
                    raise FormError("invalid", "forms.extension-no-value", url=url, link_id=link_id)
                fields["min_value" if url == EXT_MIN_VALUE else "max_value"] = value
            elif url == EXT_UNIT:
                coding = ext.get("valueCoding") or {}
                fields["unit"] = str(coding.get("display") or coding.get("code") or "")
            elif url == EXT_VARIABLE:
                variables.append(self._expression(ext, link_id, variable=True))
            elif url == EXT_CALCULATED:
                calculated.append(self._expression(ext, link_id))
            elif url == EXT_ENABLE_WHEN_EXPR:
                fields["enable_when_expression"] = self._expression(ext, link_id)
            elif url == EXT_SUGGESTS_NEED:
                self.suggestions.append(self._suggestion(ext, link_id))
            elif url == EXT_SEARCHABLE:
                fields["searchable"] = ext.get("valueBoolean") is True
            elif url == EXT_MIN_OCCURS:
                if not isinstance(ext.get("valueInteger"), int) or ext["valueInteger"] > 1:
                    raise FormError("unsupported", "forms.min-occurs",
                                    link_id=link_id)
            else:
                self._other_extension(url, link_id)
        if len({c.expression for c in calculated}) > 1:
            raise FormError("invalid", "forms.calculated-twice",
                            link_id=link_id)
        if calculated:
            if len(calculated) > 1:
                self.warn("forms.warn.calculated-repeated", link_id)
            fields["calculated"] = calculated[0]
        fields["variables"] = tuple(variables)

    def _answers(self, raw: dict[str, Any], link_id: str, kind: str,
                 fields: dict[str, Any]) -> None:
        options = raw.get("answerOption")
        value_set = raw.get("answerValueSet")
        if (options or value_set) and kind not in ("choice", "open-choice"):
            raise FormError("unsupported", "forms.options-on-type", type=kind, link_id=link_id)
        if options is not None and value_set is not None:
            raise FormError("invalid", "forms.options-and-value-set", link_id=link_id)
        if options is not None:
            if not isinstance(options, list):
                raise FormError("invalid", "forms.options-not-list", link_id=link_id)
            fields["options"] = tuple(self._option(o, link_id) for o in options)
        elif isinstance(value_set, str):
            if value_set.startswith("#"):
                fields["options"] = self._contained(value_set[1:], link_id)
            else:
                fields["value_set_url"] = value_set
                self.warn("forms.warn.value-set-outside", link_id, ref=value_set)
        elif kind in ("choice", "open-choice") and value_set is None:
            self.warn("forms.warn.choice-without-answers", link_id)
        initial = raw.get("initial")
        if initial is not None:
            if kind in ("group", "display") or not isinstance(initial, list):
                raise FormError("invalid", "forms.initial-not-list",
                                link_id=link_id)
            values = []
            for entry in initial:
                value = {k: v for k, v in entry.items() if k.startswith("value")} if isinstance(
                    entry, dict) else {}
                if list(value) != [VALUE_KEYS[kind]] and not (
                        kind == "open-choice" and list(value) == ["valueString"]):
                    raise FormError("invalid", "forms.initial-wrong-type", type=kind,
                                    link_id=link_id)
                values.append(value)
            fields["initial"] = tuple(values)

    def _option(self, raw: Any, link_id: str) -> Option:
        if not isinstance(raw, dict):
            raise FormError("invalid", "forms.option-not-object", link_id=link_id)
        values = [k for k in raw if k.startswith("value")]
        if len(values) != 1:
            raise FormError("invalid", "forms.option-one-value",
                            link_id=link_id)
        key = values[0]
        if key not in _OPTION_VALUES:
            raise FormError("unsupported", "forms.option-value-unsupported", key=key,
                            keys=", ".join(_OPTION_VALUES), link_id=link_id)
        value = raw[key]
        weight: float | None = None
        prefix = ""
        for ext in _extensions(raw.get("extension"), link_id):
            if ext["url"] in (EXT_ORDINAL, EXT_ITEM_WEIGHT):
                weight = _number(ext, link_id)
            elif ext["url"] == EXT_OPTION_PREFIX:
                prefix = str(ext.get("valueString") or "")
            else:
                self._other_extension(ext["url"], link_id)
        if key == "valueCoding":
            if not isinstance(value, dict) or not value.get("code"):
                raise FormError("invalid", "forms.coding-no-code", link_id=link_id)
            for ext in _extensions(value.get("extension"), link_id):
                if ext["url"] in (EXT_ORDINAL, EXT_ITEM_WEIGHT):
                    weight = _number(ext, link_id)
            coding = {k: value[k] for k in ("system", "code", "display") if value.get(k)}
            label = str(value.get("display") or value.get("code"))
            answer: Answer = {"valueCoding": coding}
        else:
            label = str(value)
            answer = {key: value}
        return Option(answer, label, weight, prefix, raw.get("initialSelected") is True)

    def _contained(self, ref: str, link_id: str) -> tuple[Option, ...]:
        vs = self.contained.get(ref)
        if vs is None:
            raise FormError("invalid", "forms.value-set-missing", ref=ref,
                            link_id=link_id)
        options: list[Option] = []
        expansion = (vs.get("expansion") or {}).get("contains")
        if expansion:
            concepts = [(c.get("system"), c) for c in expansion]
        else:
            concepts = []
            for include in (vs.get("compose") or {}).get("include") or ():
                if include.get("filter") or include.get("valueSet"):
                    raise FormError("unsupported", "forms.value-set-filters", ref=ref,
                                    link_id=link_id)
                concepts += [(include.get("system"), c) for c in include.get("concept") or ()]
        if not concepts:
            raise FormError("invalid", "forms.value-set-empty", ref=ref,
                            link_id=link_id)
        for system, concept in concepts:
            weight = None
            for ext in _extensions(concept.get("extension"), link_id):
                if ext["url"] in (EXT_ORDINAL, EXT_ITEM_WEIGHT):
                    weight = _number(ext, link_id)
            coding = {k: v for k, v in (("system", system), ("code", concept.get("code")),
                                        ("display", concept.get("display"))) if v}
            options.append(Option({"valueCoding": coding},
                                  str(concept.get("display") or concept.get("code")), weight))
        return tuple(options)

    def _enable_when(self, raw: dict[str, Any], link_id: str) -> tuple[EnableWhen, ...]:
        conditions = raw.get("enableWhen", [])
        if not isinstance(conditions, list):
            raise FormError("invalid", "forms.enable-when-not-list", link_id=link_id)
        out = []
        for cond in conditions:
            question = cond.get("question") if isinstance(cond, dict) else None
            operator = cond.get("operator") if isinstance(cond, dict) else None
            if not isinstance(question, str) or operator not in _OPERATORS:
                raise FormError("invalid", "forms.enable-when-shape", link_id=link_id)
            answers = [k for k in cond if k in _ANSWER_KEYS]
            others = [k for k in cond if k.startswith("answer") and k not in _ANSWER_KEYS]
            if others:
                raise FormError("unsupported", "forms.enable-when-answer-unsupported",
                                key=others[0], link_id=link_id)
            if len(answers) != 1:
                raise FormError("invalid", "forms.enable-when-one-answer",
                                link_id=link_id)
            out.append(EnableWhen(question, str(operator), cond[answers[0]]))
        return tuple(out)

    def _check_enable_when(self, items: Iterable[Item]) -> None:
        """Every enableWhen names an item that exists and no item depends on itself."""
        depends: dict[str, set[str]] = {}
        for item in self.seen.values():
            deps = {c.question for c in item.enable_when}
            for cond in item.enable_when:
                target = self.seen.get(cond.question)
                if target is None:
                    raise FormError("enable-when-unknown", "forms.enable-when-unknown",
                                    question=repr(cond.question), link_id=item.link_id)
                if not target.is_question:
                    raise FormError("invalid", "forms.enable-when-not-question",
                                    question=repr(cond.question), type=target.type,
                                    link_id=item.link_id)
            parents = self.parents.get(item.link_id, ())
            if parents:
                deps.add(parents[-1])
            depends[item.link_id] = deps
        state: dict[str, int] = {}  # 1 visiting, 2 done

        def visit(node: str, path: list[str]) -> None:
            state[node] = 1
            for dep in sorted(depends.get(node, ())):
                if state.get(dep) == 1:
                    loop = [*path[path.index(dep):], dep] if dep in path else [node, dep]
                    raise FormError("enable-when-cycle", "forms.enable-when-cycle",
                                    loop=" → ".join(loop), link_id=node)
                if state.get(dep) != 2:
                    visit(dep, [*path, dep])
            state[node] = 2

        for link_id in self.seen:
            if link_id not in state:
                visit(link_id, [link_id])


def _iter_raw(items: Any) -> Iterable[dict[str, Any]]:
    stack = list(items) if isinstance(items, list) else []
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            if isinstance(item.get("item"), list):
                stack.extend(item["item"])


def _extensions(extensions: Any, link_id: str | None) -> list[dict[str, Any]]:
    if extensions is None:
        return []
    if not isinstance(extensions, list) or not all(
            isinstance(e, dict) and isinstance(e.get("url"), str) for e in extensions):
        raise FormError("invalid", "forms.extension-no-url", link_id=link_id)
    return extensions


def _control(raw: Mapping[str, Any]) -> str:
    for ext in raw.get("extension") or ():
        if isinstance(ext, dict) and ext.get("url") == EXT_ITEM_CONTROL:
            for coding in (ext.get("valueCodeableConcept") or {}).get("coding") or ():
                if coding.get("code"):
                    return str(coding["code"])
    return ""


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _flag(raw: Mapping[str, Any], name: str, link_id: str) -> bool:
    value = raw.get(name, False)
    if not isinstance(value, bool):
        raise FormError("invalid", "forms.not-boolean", name=name, link_id=link_id)
    return value


def _value_of(ext: Mapping[str, Any]) -> Any:
    for key, value in ext.items():
        if key.startswith("value"):
            return value
    return None


def _number(ext: Mapping[str, Any], link_id: str) -> float:
    value = ext.get("valueDecimal", ext.get("valueInteger"))
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise FormError("invalid", "forms.not-a-number", url=ext["url"], link_id=link_id)
    return float(value)
