// What a user sees on the page, read in one pass over the flat tree (open shadow roots
// pierced, slots followed). Returns plain data plus the elements it refers to; every
// judgement on the data (joining text, labels, matching) is made in Python.
//
// A text counts when it is rendered at a non-zero size inside the page's scrollable area,
// not hidden, not fully transparent, and not clipped away by an ancestor that clips its
// overflow (a closed drawer translated out of its panel, a visually-hidden span).
(maxElements) => {
  const INTERACTIVE_ROLES = new Set(['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'menuitem',
    'menuitemcheckbox', 'menuitemradio', 'option', 'combobox', 'textbox', 'searchbox', 'spinbutton', 'slider',
    'listbox', 'treeitem', 'gridcell', 'img']);
  const IMPLICIT = {A: 'link', BUTTON: 'button', SELECT: 'combobox', TEXTAREA: 'textbox', SUMMARY: 'button',
    IMG: 'img', DETAILS: 'group'};
  const INPUT_ROLE = {checkbox: 'checkbox', radio: 'radio', range: 'slider', number: 'spinbutton',
    search: 'searchbox', button: 'button', submit: 'button', reset: 'button', image: 'button', color: 'button',
    file: 'button'};
  const BUTTON_INPUTS = new Set(['button', 'submit', 'reset']);
  const NO_TEXT_INPUTS = new Set(['checkbox', 'radio', 'range', 'color', 'file', 'image', 'hidden']);
  const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'OPTION',
    'OPTGROUP', 'DATALIST']);
  const VIS = {opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: false};

  const doc = document.documentElement;
  // Without a doctype (quirks mode) the root's client size is the whole document's, not the
  // window's: never more than the window.
  const vw = Math.min(doc.clientWidth || innerWidth, innerWidth), vh = Math.min(doc.clientHeight || innerHeight, innerHeight);
  const rootStyle = getComputedStyle(doc);
  const bodyStyle = document.body ? getComputedStyle(document.body) : rootStyle;
  const viewportOverflow = axis => {
    const own = rootStyle['overflow' + axis];
    return own !== 'visible' ? own : bodyStyle['overflow' + axis];
  };
  const clips = value => value !== 'visible';
  // The scrollable area in client coordinates: what scrolling can bring on screen.
  const hideX = ['hidden', 'clip'].includes(viewportOverflow('X'));
  const hideY = ['hidden', 'clip'].includes(viewportOverflow('Y'));
  const area = {
    l: hideX ? 0 : -scrollX,
    t: hideY ? 0 : -scrollY,
    r: hideX ? vw : Math.max(doc.scrollWidth, vw) - scrollX,
    b: hideY ? vh : Math.max(doc.scrollHeight, vh) - scrollY,
  };
  const screenBox = {l: 0, t: 0, r: vw, b: vh};
  const meet = (a, b) => ({l: Math.max(a.l, b.l), t: Math.max(a.t, b.t), r: Math.min(a.r, b.r), b: Math.min(a.b, b.b)});
  const clipRect = (r, c) => {
    const l = Math.max(r.left, c.l), t = Math.max(r.top, c.t);
    const w = Math.min(r.right, c.r) - l, h = Math.min(r.bottom, c.b) - t;
    return w > 0 && h > 0 ? {x: l, y: t, w, h} : null;
  };
  const px = (v, whole) => v.endsWith('%') ? parseFloat(v) / 100 * whole : parseFloat(v) || 0;
  // clip-path: inset(...) and the legacy clip: rect(...) as boxes; other shapes are left alone.
  const ownClip = (el, st, r) => {
    let box = null;
    const inset = /^inset\(([^)]*)\)/.exec(st.clipPath || '');
    if (inset) {
      const p = inset[1].split(/\s+round\s+/)[0].trim().split(/\s+/);
      const [t, rr, b, l] = [p[0], p[1] ?? p[0], p[2] ?? p[0], p[3] ?? p[1] ?? p[0]];
      box = {l: r.left + px(l, r.width), t: r.top + px(t, r.height), r: r.right - px(rr, r.width),
        b: r.bottom - px(b, r.height)};
    }
    const rect = /^rect\(([^)]*)\)/.exec(st.clip || '');
    if (rect && (st.position === 'absolute' || st.position === 'fixed')) {
      const p = rect[1].split(/[\s,]+/);
      const v = (s, d) => (s === 'auto' ? d : parseFloat(s));
      const c = {l: r.left + v(p[3], 0), t: r.top + v(p[0], 0), r: r.left + v(p[1], r.width), b: r.top + v(p[2], r.height)};
      box = box ? meet(box, c) : c;
    }
    return box;
  };
  const transparent = color => /rgba\([^)]*,\s*0\)$/.test(color) || color === 'transparent';
  const gradientText = el => {
    for (let n = el, i = 0; n && i < 4; n = n.parentElement, i++) {
      const st = getComputedStyle(n);
      if ((st.backgroundClip || st.webkitBackgroundClip) === 'text' || st.webkitBackgroundClip === 'text') return true;
    }
    return false;
  };
  const inkless = (el, st) => transparent(st.color) && transparent(st.webkitTextFillColor || st.color) &&
    (st.textShadow === 'none' || !st.textShadow) && parseFloat(st.webkitTextStrokeWidth || '0') === 0 && !gradientText(el);
  const casing = (text, st) => st.textTransform === 'uppercase' ? text.toUpperCase()
    : st.textTransform === 'lowercase' ? text.toLowerCase() : text;
  const squash = s => s.replace(/[\s\u00a0]+/g, ' ');

  const MAX_PANELS = 800;
  const panels = [];
  const texts = [], textEls = [], controls = [], controlEls = [], pictures = [], pictureEls = [];
  let seen = 0, truncated = false, scrolledX = 0, scrolledY = 0;

  const roleOf = el => {
    const explicit = (el.getAttribute('role') || '').trim().split(/\s+/)[0];
    if (INTERACTIVE_ROLES.has(explicit)) return explicit;
    if (el.tagName === 'INPUT') return INPUT_ROLE[el.type] || 'textbox';
    if (el.isContentEditable && (!el.parentElement || !el.parentElement.isContentEditable)) return 'textbox';
    return IMPLICIT[el.tagName] || 'generic';
  };
  const labelledBy = el => {
    const ids = (el.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
    const root = el.getRootNode();
    return ids.map(id => (root.getElementById ? root.getElementById(id) : document.getElementById(id)))
      .filter(Boolean).map(n => n.textContent).join(' ');
  };
  const accessibleName = (el, role) => {
    let name = el.getAttribute('aria-label') || labelledBy(el);
    if (!name && el.labels && el.labels.length) name = [...el.labels].map(l => l.textContent).join(' ');
    if (!name && el.tagName === 'IMG') name = el.alt || '';
    if (!name && el.tagName === 'INPUT' && BUTTON_INPUTS.has(el.type)) name = el.value;
    if (!name && role !== 'textbox' && role !== 'searchbox' && role !== 'combobox') {
      const img = el.querySelector && el.querySelector('img[alt]');
      if (img && !(el.textContent || '').trim()) name = img.alt;
    }
    if (!name) name = el.getAttribute('title') || '';
    return squash(name).trim().slice(0, 120);
  };
  // A <label> is how a user operates a control it wraps or names only when that control
  // itself cannot be seen (a custom checkbox drawn over a hidden input).
  const hiddenControlOf = el => {
    if (el.tagName !== 'LABEL') return null;
    const input = el.control;
    if (!input || input.checkVisibility(VIS)) return null;
    return input;
  };
  const isControl = (el, st, parentPointer) => {
    const tag = el.tagName;
    if (tag === 'LABEL') return !!hiddenControlOf(el);
    if (tag === 'INPUT') return el.type !== 'hidden';
    if (['A', 'BUTTON', 'SELECT', 'TEXTAREA', 'SUMMARY'].includes(tag)) return tag !== 'A' || el.hasAttribute('href') || st.cursor === 'pointer';
    const role = (el.getAttribute('role') || '').trim().split(/\s+/)[0];
    if (INTERACTIVE_ROLES.has(role) && role !== 'img') return true;
    if (el.hasAttribute('onclick') || typeof el.onclick === 'function' || (el.hasAttribute('tabindex') && el.tabIndex >= 0)) return true;
    if (el.isContentEditable && (!el.parentElement || !el.parentElement.isContentEditable)) return true;
    return st.cursor === 'pointer' && !parentPointer;
  };

  // The characters of a partly clipped text node that are on the visible side of the clip
  // (a status line running past the edge reads "Status: pla", not "Status: playing").
  const shownPart = (node, clip) => {
    const data = node.data, keep = [];
    const probe = document.createRange();
    for (let i = 0; i < data.length && i < 2000; i++) {
      probe.setStart(node, i);
      probe.setEnd(node, i + 1);
      const r = probe.getBoundingClientRect();
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      const inside = r.width === 0 || (x >= clip.l && x <= clip.r && y >= clip.t && y <= clip.b);
      keep.push(inside ? data[i] : '\u0000');
    }
    return squash(keep.join('').replace(/\u0000+/g, ' ')).trim();
  };
  const addText = (text, el, rects, clip, st, ctl, kind, node) => {
    const shown = [];
    let partial = false;
    for (const r of rects) {
      const c = clipRect(r, clip);
      if (c && c.w >= 2 && c.h >= 2) shown.push(c);
      if (!c || c.w < r.width - 1 || c.h < r.height - 1) partial = partial || r.width > 0;
    }
    if (!shown.length) return;
    if (partial && node) {
      text = shownPart(node, clip);
      if (!text) return;
    }
    const l = Math.min(...shown.map(r => r.x)), t = Math.min(...shown.map(r => r.y));
    const r = Math.max(...shown.map(q => q.x + q.w)), b = Math.max(...shown.map(q => q.y + q.h));
    const first = shown[0], last = shown[shown.length - 1];
    texts.push({t: casing(text, st), x: l, y: t, w: r - l, h: b - t,
      f: [first.x, first.y, first.w, first.h], e: [last.x, last.y, last.w, last.h],
      fs: parseFloat(st.fontSize) || 16, c: ctl, k: kind});
    textEls.push(el);
  };

  const pseudo = (el, which, box, clip, ctl) => {
    const st = getComputedStyle(el, which);
    const content = st.content;
    if (!content || content === 'none' || content === 'normal' || st.display === 'none') return;
    const strings = content.match(/"((?:[^"\\]|\\.)*)"/g);
    if (!strings) return;
    const text = squash(strings.map(s => s.slice(1, -1).replace(/\\(.)/g, '$1')).join(''));
    if (!text.trim() || st.visibility !== 'visible' || inkless(el, st)) return;
    addText(text, el, [box], clip, st, ctl, 'g');
  };

  // One range for every text node: each live Range costs the document on every later change.
  const range = document.createRange();
  const childNodes = node => {
    if (node.shadowRoot) return node.shadowRoot.childNodes;
    if (node.tagName === 'SLOT') {
      const assigned = node.assignedNodes({flatten: true});
      return assigned.length ? assigned : node.childNodes;
    }
    return node.childNodes;
  };

  const visit = (el, state) => {
    if (seen++ > maxElements) { truncated = true; return; }
    if (SKIP_TAGS.has(el.tagName)) return;
    const st = getComputedStyle(el);
    if (st.display === 'none' || st.contentVisibility === 'hidden') return;
    if (parseFloat(st.opacity) === 0) return;
    const rect = el.getBoundingClientRect();
    const position = st.position;
    if (el !== doc && el !== document.body) { scrolledX += el.scrollLeft; scrolledY += el.scrollTop; }
    let clip = position === 'fixed' ? screenBox : position === 'absolute' ? state.clipAbs : state.clip;
    const own = ownClip(el, st, rect);
    if (own) clip = meet(clip, own);
    let ctl = state.ctl;
    const pointer = st.cursor === 'pointer';
    const visible = el.checkVisibility ? el.checkVisibility(VIS) : st.visibility === 'visible';
    if (visible && isControl(el, st, state.pointer)) {
      const shown = clipRect(rect, clip);
      if (shown && rect.width >= 1 && rect.height >= 1) {
        const hidden = hiddenControlOf(el);
        const real = hidden || el;
        const role = roleOf(real);
        const tag = real.tagName;
        let value = null;
        if (tag === 'SELECT') value = real.selectedOptions && real.selectedOptions[0] ? real.selectedOptions[0].text : '';
        else if (tag === 'TEXTAREA' || (tag === 'INPUT' && !NO_TEXT_INPUTS.has(real.type))) value = String(real.value);
        else if (real.isContentEditable) value = null;
        const checked = ('checked' in real && (real.type === 'checkbox' || real.type === 'radio')) ? !!real.checked
          : real.getAttribute('aria-checked') === 'true' || real.getAttribute('aria-pressed') === 'true' ? true : null;
        controls.push({role, tag, type: tag === 'INPUT' ? real.type : '', name: accessibleName(real, role),
          value, ph: squash(real.getAttribute('placeholder') || ''), x: rect.x, y: rect.y, w: rect.width, h: rect.height,
          p: state.ctl, dis: !!real.disabled, chk: checked,
          bg: transparent(st.backgroundColor) ? state.bg : st.backgroundColor, fg: st.color,
          rad: parseFloat(st.borderTopLeftRadius) || 0,
          edit: real.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT' || (tag === 'INPUT' && !NO_TEXT_INPUTS.has(real.type) && !BUTTON_INPUTS.has(real.type))});
        controlEls.push(el);
        ctl = controls.length - 1;
        // What a form control displays is text a user reads: its value, else its placeholder.
        if (tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'INPUT') {
          const textStyle = st;
          if (value) addText(squash(value), el, [rect], clip, textStyle, ctl, 'v');
          else if (tag === 'INPUT' && BUTTON_INPUTS.has(real.type)) addText(squash(real.value), el, [rect], clip, textStyle, ctl, 'v');
          else if (controls[ctl].ph) addText(controls[ctl].ph, el, [rect], clip, textStyle, ctl, 'p');
        }
      }
    }
    if (visible && el.tagName === 'IMG') {
      const shown = clipRect(rect, clip);
      if (shown && shown.w >= 2 && shown.h >= 2) {
        pictures.push({alt: squash(el.alt || '').trim(), x: rect.x, y: rect.y, w: rect.width, h: rect.height, c: ctl});
        pictureEls.push(el);
      }
    }
    if (el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || el.tagName === 'INPUT') return;
    // hidden/clip cut their content at the box; auto/scroll at the extent a user can scroll to.
    let inner = clip;
    if (st.display !== 'contents' && el !== doc && el !== document.body) {
      const edge = axis => {
        const value = axis === 'X' ? st.overflowX : st.overflowY;
        if (!clips(value)) return null;
        if (value === 'hidden' || value === 'clip') return axis === 'X' ? [rect.left, rect.right] : [rect.top, rect.bottom];
        const from = axis === 'X' ? rect.left - el.scrollLeft : rect.top - el.scrollTop;
        return [from, from + Math.max(axis === 'X' ? el.scrollWidth : el.scrollHeight, axis === 'X' ? rect.width : rect.height)];
      };
      const ex = edge('X'), ey = edge('Y');
      // What a scroll container holds is reachable by scrolling it, wherever the page cut it
      // off outside (a content pane taller than a window that does not scroll): along its
      // scrolling axis its own extent replaces the outer cut, if the container is on screen.
      const onScreen = !!clipRect(rect, clip);
      const scrollsX = onScreen && ['auto', 'scroll'].includes(st.overflowX);
      const scrollsY = onScreen && ['auto', 'scroll'].includes(st.overflowY);
      if (ex || ey) inner = {
        l: ex ? (scrollsX ? ex[0] : Math.max(clip.l, ex[0])) : clip.l,
        t: ey ? (scrollsY ? ey[0] : Math.max(clip.t, ey[0])) : clip.t,
        r: ex ? (scrollsX ? ex[1] : Math.min(clip.r, ex[1])) : clip.r,
        b: ey ? (scrollsY ? ey[1] : Math.min(clip.b, ey[1])) : clip.b,
      };
    }
    // A box a user sees as a region: a card, panel or row drawn with a border, a shadow or
    // its own background (grounding reads "the Delete button of the Invoice 42 card" by it).
    const bg = transparent(st.backgroundColor) ? state.bg : st.backgroundColor;
    if (visible && panels.length < MAX_PANELS && el !== doc && el !== document.body && rect.width >= 40 && rect.height >= 16) {
      const bordered = ['Top', 'Bottom', 'Left', 'Right'].some(side => parseFloat(st['border' + side + 'Width']) > 0 &&
        !transparent(st['border' + side + 'Color']) && st['border' + side + 'Style'] !== 'none');
      const drawn = bordered || st.boxShadow !== 'none' || bg !== state.bg;
      const shown = drawn && clipRect(rect, clip);
      if (shown && (rect.width < vw * 0.98 || rect.height < vh * 0.98)) panels.push([shown.x, shown.y, shown.w, shown.h]);
    }
    const positioned = position !== 'static' || st.transform !== 'none' || st.filter !== 'none' || st.contain === 'paint';
    const next = {clip: inner, clipAbs: positioned ? inner : state.clipAbs, ctl, pointer, bg};
    // Icon fonts and CSS glyphs sit on empty elements (<i class="icon-x"></i>) or on controls;
    // asking every element for its pseudo-elements would cost more than the rest of the read.
    const glyphHost = visible && (ctl !== state.ctl || !el.firstChild || (el.childNodes.length === 1 && el.firstChild.nodeType === 3 && !el.firstChild.data.trim()));
    if (glyphHost) pseudo(el, '::before', rect, inner, ctl);
    for (const child of childNodes(el)) {
      if (child.nodeType === 1) visit(child, next);
      else if (child.nodeType === 3) {
        const data = child.data;
        if (!data || !data.trim() || st.visibility !== 'visible' || inkless(el, st)) continue;
        range.selectNodeContents(child);
        addText(squash(data), el, range.getClientRects(), inner, st, ctl, 't', child);
      }
    }
    if (glyphHost) pseudo(el, '::after', rect, inner, ctl);
  };

  // A control a dialog's backdrop or another overlay lies over is seen but cannot be pressed:
  // outside an open modal dialog, or hidden at every sampled point by other elements, one of
  // them inside a fixed layer over half the screen (a fixed header over a scrolled control is
  // not: scrolling shows it). Marked ``cov``.
  const markCovered = () => {
    const up = n => n.assignedSlot || n.parentNode || n.host || null;
    const holds = (a, b) => { for (let n = b; n; n = up(n)) if (n === a) return true; return false; };
    const overlay = el => {
      for (let n = el; n && n.nodeType === 1; n = up(n)) {
        if (getComputedStyle(n).position !== 'fixed') continue;
        const r = n.getBoundingClientRect();
        if (r.width * r.height >= 0.5 * vw * vh) return true;
      }
      return false;
    };
    let modal = null;
    try { modal = document.querySelector(':modal'); } catch (e) { modal = null; }
    controlEls.forEach((el, i) => {
      const c = controls[i];
      if (modal && !holds(modal, el)) { c.cov = true; return; }
      const l = Math.max(c.x, 0), t = Math.max(c.y, 0), r = Math.min(c.x + c.w, vw), b = Math.min(c.y + c.h, vh);
      if (r - l < 1 || b - t < 1) return;
      let layered = false;
      for (const [fx, fy] of [[0.5, 0.5], [0.2, 0.2], [0.8, 0.2], [0.2, 0.8], [0.8, 0.8]]) {
        const hit = document.elementFromPoint(l + fx * (r - l), t + fy * (b - t));
        if (!hit || holds(el, hit) || holds(hit, el)) return;
        layered = layered || overlay(hit);
      }
      if (layered) c.cov = true;
    });
  };

  const start = {clip: area, clipAbs: area, ctl: -1, pointer: false, bg: 'rgb(255, 255, 255)'};
  if (document.documentElement) visit(document.documentElement, start);
  markCovered();
  return {
    data: {texts, controls, pictures, panels, viewport: [vw, vh], scroll: [scrollX + scrolledX, scrollY + scrolledY], truncated},
    textEls, controlEls, pictureEls,
  };
}
