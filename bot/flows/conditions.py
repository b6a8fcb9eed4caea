"""A small, safe condition language for ``branch: - if:`` (parsed once at load time, no eval).

Grammar::

    expr    := and ("or" and)*
    and     := not ("and" not)*
    not     := "not" not | compare
    compare := value (("==" | "!=" | "<" | "<=" | ">" | ">=") value | ["not"] "in" list)?
    value   := NAME | STRING | INT | "true" | "false" | "null" | "(" expr ")" | call
    call    := ("defined" | "latin") "(" NAME ")"
    list    := "[" [literal ("," literal)*] "]"

A missing variable is ``null``; ordering across types (or with ``null``) is false, never an error.
``defined(x)``: ``x`` is set. ``latin(x)``: ``x`` is text whose letters are all Latin
(:func:`bot.i18n.latin.written_in_latin`; false when ``x`` is not set or not text).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.i18n.latin import written_in_latin

Value = str | int | bool | None

_TOKEN = re.compile(
    r"""\s*(?:
        (?P<num>-?\d+)
      | (?P<str>"[^"\\]*"|'[^'\\]*')
      | (?P<op>==|!=|<=|>=|<|>|\(|\)|\[|\]|,)
      | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
    )""",
    re.VERBOSE,
)
#: Functions of one variable: ``defined(x)``, ``latin(x)``.
_FUNCTIONS = frozenset({"defined", "latin"})
_KEYWORDS = {"and", "or", "not", "in", "true", "false", "null", *_FUNCTIONS}


class ConditionError(ValueError):
    """A condition does not parse; ``col`` is the 0-based offset in the expression."""

    def __init__(self, message: str, col: int) -> None:
        super().__init__(message)
        self.col = col


@dataclass(frozen=True)
class _Tok:
    kind: str
    text: str
    col: int


def _tokenize(source: str) -> list[_Tok]:
    tokens: list[_Tok] = []
    pos = 0
    while pos < len(source):
        if source[pos:].strip() == "":
            break
        m = _TOKEN.match(source, pos)
        if not m or m.end() == pos:
            col = pos + (len(source[pos:]) - len(source[pos:].lstrip()))
            raise ConditionError(f"unexpected character {source[col]!r}", col)
        kind = m.lastgroup or ""
        text = m.group(kind)
        col = m.start(kind)
        if kind == "name" and text in _KEYWORDS:
            kind = text
        tokens.append(_Tok(kind, text, col))
        pos = m.end()
    tokens.append(_Tok("end", "", len(source)))
    return tokens


@dataclass(frozen=True)
class Node:
    """A parsed expression node: ``op`` and its operands."""

    op: str
    args: tuple[Any, ...]


class _Parser:
    def __init__(self, source: str) -> None:
        self.tokens = _tokenize(source)
        self.i = 0

    def peek(self) -> _Tok:
        return self.tokens[self.i]

    def take(self, kind: str | None = None) -> _Tok:
        tok = self.tokens[self.i]
        if kind is not None and tok.kind != kind and tok.text != kind:
            got = tok.text or "end of condition"
            raise ConditionError(f"expected {kind!r}, found {got!r}", tok.col)
        self.i += 1
        return tok

    def parse(self) -> Node:
        node = self.expr()
        tok = self.peek()
        if tok.kind != "end":
            raise ConditionError(f"unexpected {tok.text!r}", tok.col)
        return node

    def expr(self) -> Node:
        node = self.conj()
        while self.peek().kind == "or":
            self.take()
            node = Node("or", (node, self.conj()))
        return node

    def conj(self) -> Node:
        node = self.neg()
        while self.peek().kind == "and":
            self.take()
            node = Node("and", (node, self.neg()))
        return node

    def neg(self) -> Node:
        if self.peek().kind == "not":
            self.take()
            return Node("not", (self.neg(),))
        return self.compare()

    def compare(self) -> Node:
        left = self.value()
        tok = self.peek()
        if tok.kind == "op" and tok.text in {"==", "!=", "<", "<=", ">", ">="}:
            self.take()
            return Node(tok.text, (left, self.value()))
        if tok.kind == "in" or (tok.kind == "not" and self.tokens[self.i + 1].kind == "in"):
            negate = tok.kind == "not"
            if negate:
                self.take()
            self.take("in")
            node = Node("in", (left, self.literal_list()))
            return Node("not", (node,)) if negate else node
        return left

    def literal_list(self) -> Node:
        self.take("[")
        items: list[Value] = []
        if self.peek().text != "]":
            items.append(self.literal())
            while self.peek().text == ",":
                self.take()
                items.append(self.literal())
        self.take("]")
        return Node("list", tuple(items))

    def literal(self) -> Value:
        tok = self.take()
        if tok.kind == "num":
            return int(tok.text)
        if tok.kind == "str":
            return tok.text[1:-1]
        if tok.kind in {"true", "false"}:
            return tok.kind == "true"
        if tok.kind == "null":
            return None
        raise ConditionError(f"expected a literal, found {tok.text or 'end'!r}", tok.col)

    def value(self) -> Node:
        tok = self.peek()
        if tok.text == "(":
            self.take()
            node = self.expr()
            self.take(")")
            return node
        if tok.kind in _FUNCTIONS:
            self.take()
            self.take("(")
            name = self.take("name")
            self.take(")")
            return Node(tok.kind, (name.text,))
        if tok.kind == "name":
            self.take()
            return Node("var", (tok.text,))
        return Node("lit", (self.literal(),))


@dataclass(frozen=True)
class Condition:
    """A parsed condition: evaluate it against variables, list the variables it reads."""

    source: str
    tree: Node

    @classmethod
    def parse(cls, source: str) -> Condition:
        """Parse ``source``.

        :raises ConditionError: with the column of the fault.
        """
        return cls(source, _Parser(source).parse())

    def variables(self) -> frozenset[str]:
        """Every variable name the condition reads."""
        found: set[str] = set()

        def walk(node: Any) -> None:
            if isinstance(node, Node):
                if node.op == "var" or node.op in _FUNCTIONS:
                    found.add(node.args[0])
                else:
                    for arg in node.args:
                        walk(arg)

        walk(self.tree)
        return frozenset(found)

    def ensures_defined(self) -> frozenset[str]:
        """The variables that are set whenever the condition holds: each ``defined(x)`` or
        ``latin(x)`` of the condition or of an ``and`` at its top (``defined(x) and y == 1``
        ensures ``x``)."""
        found: set[str] = set()
        todo = [self.tree]
        while todo:
            node = todo.pop()
            if node.op in _FUNCTIONS:
                found.add(node.args[0])
            elif node.op == "and":
                todo.extend(arg for arg in node.args if isinstance(arg, Node))
        return frozenset(found)

    def evaluate(self, variables: Mapping[str, Any]) -> bool:
        """True when the condition holds for ``variables``."""
        return bool(_eval(self.tree, variables))


def _eval(node: Node, env: Mapping[str, Any]) -> Any:
    op, args = node.op, node.args
    if op == "lit":
        return args[0]
    if op == "var":
        return env.get(args[0])
    if op == "defined":
        return env.get(args[0]) is not None
    if op == "latin":
        text = env.get(args[0])
        return isinstance(text, str) and written_in_latin(text)
    if op == "and":
        return bool(_eval(args[0], env)) and bool(_eval(args[1], env))
    if op == "or":
        return bool(_eval(args[0], env)) or bool(_eval(args[1], env))
    if op == "not":
        return not _eval(args[0], env)
    if op == "in":
        return _eval(args[0], env) in args[1].args
    left, right = _eval(args[0], env), _eval(args[1], env)
    if op == "==":
        return bool(left == right)
    if op == "!=":
        return bool(left != right)
    comparable = (isinstance(left, int) and isinstance(right, int)) or (
        isinstance(left, str) and isinstance(right, str)
    )
    if not comparable or isinstance(left, bool) or isinstance(right, bool):
        return False
    return {
        "<": left < right,
        "<=": left <= right,
        ">": left > right,
        ">=": left >= right,
    }[op]
