"""Metamorphic twins of a reference page: same pixels and behaviour, other DOM or other style.

A verdict is only fair if it stands for any page that looks and behaves like the
recording. The validator replays every task on two twins of its reference, and both
must pass every step:

- the **stripped twin** keeps the pixels and the behaviour but none of the invisible
  semantics: every ``aria-*``, ``role`` and ``title`` attribute and every ``<label for>``
  is renamed to a ``data-z*`` attribute the browser gives no meaning (the page's own
  script and CSS are rewritten alike, so its logic still finds them), and every id and
  class is renamed (markup and CSS statically; the page's DOM calls through a small
  translation layer installed before its scripts run);
- the **restyled twin** keeps the DOM and the behaviour but changes what no check should
  depend on: another typeface, rotated colours, wider padding and gaps.
"""

from __future__ import annotations

import colorsys
import re

_NAME = re.compile(r"^[A-Za-z_][\w-]*$")
_SEGMENTS = re.compile(r"(<script\b[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>|<!--.*?-->)", re.S | re.I)
_TAG = re.compile(r"<([a-zA-Z][\w:-]*)(\s[^<>]*?)?(/?)>", re.S)
_ATTR = re.compile(r"""(\s)([^\s=/>"']+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s>"']+))?""")
_ID_REF_ATTRS = frozenset({"list", "form", "headers", "usemap"})
_URL_REF = re.compile(r"url\(\s*(['\"]?)#([A-Za-z_][\w-]*)\1\s*\)")


def rename(name: str) -> str:
    """The twin's name for an id or class: reversed behind a ``z`` (still a valid identifier)."""
    return "z" + name[::-1] if _NAME.match(name) else name


# Installed first in <head>: the page's script keeps using its own ids and classes while
# the DOM carries the renamed ones. Markup a script writes is renamed on the way in.
RENAME_SHIM_JS = r"""
(() => {
  const ok = /^[A-Za-z_][\w-]*$/;
  const to = n => ok.test(n) ? 'z' + [...n].reverse().join('') : n;
  const back = n => (n.length > 1 && n[0] === 'z' && ok.test(n)) ? [...n.slice(1)].reverse().join('') : n;
  const list = (v, f) => String(v).split(/(\s+)/).map(p => /\s/.test(p) || !p ? p : f(p)).join('');
  const selector = sel => {
    let out = '', i = 0, depth = 0, quote = null;
    sel = String(sel);
    while (i < sel.length) {
      const ch = sel[i];
      if (quote) { out += ch; if (ch === quote && sel[i - 1] !== '\\') quote = null; i++; continue; }
      if (ch === '"' || ch === "'") { quote = ch; out += ch; i++; continue; }
      if (ch === '[') depth++;
      if (ch === ']') depth--;
      if (depth === 0 && (ch === '.' || ch === '#')) {
        const m = /^-?[_a-zA-Z][\w-]*/.exec(sel.slice(i + 1));
        if (m) { out += ch + to(m[0]); i += 1 + m[0].length; continue; }
      }
      out += ch; i++;
    }
    return out;
  };
  const markup = html => String(html).replace(/<[a-zA-Z][^<>]*>/g, tag => tag
    .replace(/(\sclass\s*=\s*)(["'])(.*?)\2/gi, (m, a, q, v) => a + q + list(v, to) + q)
    .replace(/(\sid\s*=\s*)(["'])(.*?)\2/gi, (m, a, q, v) => a + q + to(v) + q));
  const wrap = (proto, name, f) => {
    const orig = proto && proto[name];
    if (typeof orig === 'function') proto[name] = function (...args) { return f.call(this, orig, ...args); };
  };
  const prop = (proto, name, get, set) => {
    const d = proto && Object.getOwnPropertyDescriptor(proto, name);
    if (!d) return;
    Object.defineProperty(proto, name, {configurable: true, enumerable: d.enumerable,
      get() { return get(d.get.call(this)); }, set(v) { d.set.call(this, set(v)); }});
  };
  const E = Element.prototype, D = Document.prototype, F = DocumentFragment.prototype;
  prop(E, 'className', v => list(v, back), v => list(v, to));
  prop(E, 'id', back, to);
  const attr = (n, v, f) => { n = String(n).toLowerCase(); return n === 'class' ? list(v, f) : n === 'id' ? f(String(v)) : v; };
  wrap(E, 'getAttribute', function (orig, n) { const v = orig.call(this, n); return v == null ? v : attr(n, v, back); });
  wrap(E, 'setAttribute', function (orig, n, v) { return orig.call(this, n, attr(n, v, to)); });
  const T = DOMTokenList.prototype;
  for (const m of ['add', 'remove', 'toggle', 'contains', 'replace']) {
    wrap(T, m, function (orig, ...args) {
      return orig.call(this, ...args.map((a, i) => (m === 'toggle' && i === 1) ? a : to(String(a))));
    });
  }
  wrap(T, 'item', function (orig, i) { const v = orig.call(this, i); return v == null ? v : back(v); });
  prop(T, 'value', v => list(v, back), v => list(v, to));
  const iter = T[Symbol.iterator];
  T[Symbol.iterator] = function* () { for (const v of iter.call(this)) yield back(v); };
  T.forEach = function (cb, self) { [...this].forEach((v, i) => cb.call(self, v, i, this)); };
  for (const proto of [E, D, F]) {
    for (const m of ['querySelector', 'querySelectorAll']) wrap(proto, m, function (orig, s) { return orig.call(this, selector(s)); });
  }
  for (const m of ['closest', 'matches', 'webkitMatchesSelector']) wrap(E, m, function (orig, s) { return orig.call(this, selector(s)); });
  for (const proto of [D, F]) wrap(proto, 'getElementById', function (orig, id) { return orig.call(this, to(String(id))); });
  for (const proto of [D, E]) wrap(proto, 'getElementsByClassName', function (orig, c) { return orig.call(this, list(c, to)); });
  for (const proto of [E, ShadowRoot.prototype]) prop(proto, 'innerHTML', v => v, markup);
  prop(E, 'outerHTML', v => v, markup);
  wrap(E, 'insertAdjacentHTML', function (orig, where, html) { return orig.call(this, where, markup(html)); });
  const range = Range.prototype;
  wrap(range, 'createContextualFragment', function (orig, html) { return orig.call(this, markup(html)); });
})();
"""


def _script_semantics(js: str) -> str:
    """In a script: ``aria-*`` anywhere (attribute strings, selectors, markup in templates), and
    ``role``, ``title`` and a label's ``for`` where they name an attribute (``setAttribute("role"``,
    ``role="..."`` in markup, ``[role`` in a selector)."""
    js = re.sub(r"(?<![\w-])aria-([a-z]+)", r"data-zaria-\1", js)
    js = re.sub(r"""(\.(?:get|set|has|remove|toggle)Attribute\(\s*)(['"])(role|title)\2""", r"\1\2data-z\3\2", js)
    js = re.sub(r"""(<[a-zA-Z][^<>]*?\s)(role|title)(\s*=)""", r"\1data-z\2\3", js)
    js = re.sub(r"\[\s*(role|title|for)(?=[\s\]=~|^$*])", r"[data-z\1", js)
    js = re.sub(r"""(<label\b[^<>]*?\s)for(\s*=)""", r"\1data-zfor\2", js)
    return js


def _css_selectors(css: str) -> str:
    """Rename ids, classes and semantic attributes in selectors; ``url(#id)`` in values."""
    out, depth_kinds, i, prelude = [], [], 0, []
    while i < len(css):
        ch = css[i]
        if css.startswith("/*", i):
            end = css.find("*/", i + 2)
            end = len(css) if end < 0 else end + 2
            (prelude if not depth_kinds or depth_kinds[-1] == "rules" else out).append(css[i:end])
            i = end
            continue
        in_rules = not depth_kinds or depth_kinds[-1] == "rules"
        if in_rules:
            if ch == "{":
                text = "".join(prelude)
                prelude = []
                is_at = text.lstrip().startswith("@")
                keyframes = re.match(r"\s*@(-\w+-)?keyframes", text) is not None
                out.append(text if is_at else _selector(text))
                out.append(ch)
                nested = is_at and not keyframes and re.match(r"\s*@(media|supports|layer|container|document)", text)
                depth_kinds.append("rules" if nested else "decls")
            elif ch == "}":
                out.append("".join(prelude))
                prelude = []
                out.append(ch)
                if depth_kinds:
                    depth_kinds.pop()
            elif ch == ";" and "".join(prelude).lstrip().startswith("@"):
                out.append("".join(prelude) + ch)
                prelude = []
            else:
                prelude.append(ch)
        else:
            end = css.find("}", i)
            end = len(css) if end < 0 else end
            block = css[i:end]
            # Keyframe blocks nest one level deeper: keep them as declarations.
            if "{" in block:
                end = css.find("{", i)
                out.append(css[i : end + 1])
                depth_kinds.append("decls")
                i = end + 1
                continue
            out.append(_URL_REF.sub(lambda m: f"url({m.group(1)}#{rename(m.group(2))}{m.group(1)})", block))
            if end < len(css):
                out.append("}")
                depth_kinds.pop()
            i = end + 1
            continue
        i += 1
    out.append("".join(prelude))
    return "".join(out)


def _selector(text: str) -> str:
    text = re.sub(r"\[\s*(aria-[\w-]+|role|title|for)(?=[\s\]=~|^$*])", r"[data-z\1", text)
    result, depth, quote, i = [], 0, "", 0
    while i < len(text):
        ch = text[i]
        if quote:
            result.append(ch)
            if ch == quote:
                quote = ""
            i += 1
            continue
        if ch in "\"'":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif depth == 0 and ch in ".#":
            match = re.match(r"-?[_a-zA-Z][\w-]*", text[i + 1 :])
            if match:
                result.append(ch + rename(match.group(0)))
                i += 1 + len(match.group(0))
                continue
        result.append(ch)
        i += 1
    return "".join(result)


def _tag(match: re.Match[str]) -> str:
    name, attrs, close = match.group(1), match.group(2) or "", match.group(3)
    lower = name.lower()

    def attr(m: re.Match[str]) -> str:
        space, key, eq, value = m.group(1), m.group(2), m.group(3) or "", m.group(4)
        low = key.lower()
        if low.startswith("aria-") or low == "role" or low == "title" or (low == "for" and lower == "label"):
            return f"{space}data-z{low}{eq}{value or ''}" if value is not None else f"{space}data-z{low}"
        if value is None:
            return m.group(0)
        quote = value[0] if value[0] in "\"'" else ""
        raw = value[1:-1] if quote else value
        if low.startswith("on"):
            raw = _script_semantics(raw)
        elif low == "class":
            raw = " ".join(rename(c) for c in raw.split())
        elif low == "id" or low in _ID_REF_ATTRS:
            raw = (
                " ".join(rename(c) for c in raw.split())
                if low == "headers"
                else rename(raw.lstrip("#"))
                if raw
                else raw
            )
            if low == "usemap" and raw:
                raw = "#" + raw
        elif low in ("href", "xlink:href") and raw.startswith("#") and len(raw) > 1:
            raw = "#" + rename(raw[1:])
        elif low == "style" or "url(#" in raw:
            raw = _URL_REF.sub(lambda u: f"url({u.group(1)}#{rename(u.group(2))}{u.group(1)})", raw)
        return f"{space}{key}{eq}{quote}{raw}{quote}"

    return f"<{name}{_ATTR.sub(attr, attrs)}{close}>"


def _rewrite(html: str, markup, style, script) -> str:  # type: ignore[no-untyped-def]
    parts = []
    for piece in _SEGMENTS.split(html):
        low = piece[:8].lower()
        if low.startswith("<script"):
            head, _, rest = piece.partition(">")
            body, _, tail = rest.rpartition("</")
            parts.append(_TAG.sub(markup, head + ">") + script(body) + "</" + tail)
        elif low.startswith("<style"):
            head, _, rest = piece.partition(">")
            body, _, tail = rest.rpartition("</")
            parts.append(head + ">" + style(body) + "</" + tail)
        elif piece.startswith("<!--"):
            parts.append(piece)
        else:
            parts.append(_TAG.sub(markup, piece))
    return "".join(parts)


def _insert_first_in_head(html: str, snippet: str) -> str:
    match = re.search(r"<head\b[^>]*>", html, re.I)
    if match:
        return html[: match.end()] + snippet + html[match.end() :]
    match = re.search(r"<html\b[^>]*>", html, re.I)
    at = match.end() if match else 0
    return html[:at] + snippet + html[at:]


def stripped_twin(html: str) -> str:
    """The reference without invisible semantics, ids or classes a checker could lean on."""
    rewritten = _rewrite(html, _tag, _css_selectors, _script_semantics)
    return _insert_first_in_head(rewritten, f"<script>{RENAME_SHIM_JS}</script>")


# -- restyled twin ------------------------------------------------------------------------
RESTYLE_FONT = '"DejaVu Serif", "Liberation Serif", serif'
HUE_TURN = 0.4  # of the colour wheel
SPACING = 1.25  # padding and gaps

_HEX = re.compile(r"#([0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})\b")
_FUNC = re.compile(r"\b(rgba?|hsla?)\(([^)]*)\)")
_SPACED = re.compile(r"((?:padding(?:-[a-z]+)?|gap|row-gap|column-gap)\s*:\s*)([^;}{]+)")
_PX = re.compile(r"(-?\d*\.?\d+)px")


def _turn(r: float, g: float, b: float) -> tuple[float, float, float]:
    h, lightness, s = colorsys.rgb_to_hls(r / 255, g / 255, b / 255)
    r2, g2, b2 = colorsys.hls_to_rgb((h + HUE_TURN) % 1.0, lightness, s)
    return r2 * 255, g2 * 255, b2 * 255


def _hex(match: re.Match[str]) -> str:
    raw = match.group(1)
    if len(raw) in (3, 4):
        raw = "".join(ch * 2 for ch in raw)
    r, g, b = (int(raw[i : i + 2], 16) for i in (0, 2, 4))
    alpha = raw[6:8]
    r2, g2, b2 = _turn(r, g, b)
    return "#" + "".join(f"{round(v):02x}" for v in (r2, g2, b2)) + alpha


def _func(match: re.Match[str]) -> str:
    kind, args = match.group(1), match.group(2)
    parts = [p for p in re.split(r"[\s,/]+", args.strip()) if p]
    if kind.startswith("hsl"):
        if parts and re.match(r"-?\d*\.?\d+(deg)?$", parts[0]):
            turned = (float(parts[0].removesuffix("deg")) + HUE_TURN * 360) % 360
            return f"{kind}({args.replace(parts[0], f'{turned:.0f}', 1)})"
        return match.group(0)
    try:
        channels = [float(p.rstrip("%")) * (2.55 if p.endswith("%") else 1) for p in parts[:3]]
    except ValueError:
        return match.group(0)
    if len(channels) < 3:
        return match.group(0)
    r, g, b = _turn(*channels)
    alpha = f", {parts[3]}" if len(parts) > 3 else ""
    return f"{'rgba' if alpha else 'rgb'}({round(r)}, {round(g)}, {round(b)}{alpha})"


def _restyle_declarations(css: str) -> str:
    css = _HEX.sub(_hex, css)
    css = _FUNC.sub(_func, css)
    return _SPACED.sub(lambda m: m.group(1) + _PX.sub(lambda p: f"{float(p.group(1)) * SPACING:g}px", m.group(2)), css)


def _restyle_css(css: str) -> str:
    """Only inside declaration blocks: ``#add`` in a selector is an id, not a colour."""
    return re.sub(r"\{([^{}]*)\}", lambda m: "{" + _restyle_declarations(m.group(1)) + "}", css)


def _restyle_tag(match: re.Match[str]) -> str:
    text = match.group(0)
    return re.sub(
        r"""(\sstyle\s*=\s*)(["'])(.*?)\2""",
        lambda m: m.group(1) + m.group(2) + _restyle_declarations(m.group(3)) + m.group(2),
        text,
    )


def restyled_twin(html: str) -> str:
    """The reference in another typeface, with rotated colours and wider padding and gaps."""
    rewritten = _rewrite(html, _restyle_tag, _restyle_css, lambda js: js)
    font = f"<style>html, body, body * {{ font-family: {RESTYLE_FONT} !important; }}</style>"
    match = re.search(r"</head\s*>", rewritten, re.I)
    if match:
        return rewritten[: match.start()] + font + rewritten[match.start() :]
    return font + rewritten
