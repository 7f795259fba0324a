// gongkai default theme: the search page.
//
// Plain JavaScript, no framework and no request outside the site: the index that
// `gongkai build` writes under search/ (index.json, shards s/<hex>.bin, one small
// d/<n>.json per document) is fetched from the folder the page names in data-index,
// and only the shards of the query's terms and the fragments of the results shown.
//
// The tokenizer below is the twin of Sources/GongkaiCore/Search/SearchTokenizer.swift;
// both are tested on the same table of cases (Tests/browser/tokenizer-cases.json).
(function () {
  "use strict";

  // ------------------------------------------------------------------ tokenizer

  var normalCache = new Map();

  // NFKC of one character alone, lower-cased, as code points.
  function normalizeCodePoint(cp, out) {
    if (cp < 0x80) {
      out.push(cp >= 0x41 && cp <= 0x5a ? cp + 0x20 : cp);
    } else if ((cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf)) {
      out.push(cp);
    } else if (cp >= 0xff01 && cp <= 0xff5e) {
      var a = cp - 0xfee0;
      out.push(a >= 0x41 && a <= 0x5a ? a + 0x20 : a);
    } else {
      var mapped = normalCache.get(cp);
      if (!mapped) {
        mapped = [];
        var s = String.fromCodePoint(cp).normalize("NFKC").toLowerCase();
        for (var i = 0; i < s.length; ) {
          var c = s.codePointAt(i);
          mapped.push(c);
          i += c > 0xffff ? 2 : 1;
        }
        normalCache.set(cp, mapped);
      }
      for (var j = 0; j < mapped.length; j++) { out.push(mapped[j]); }
    }
  }

  // Normalised code points of text; origin[k] and end[k] are the UTF-16 range of the
  // original character that gave code point k (for highlighting).
  function normalizeText(text) {
    var cps = [], origin = [], end = [];
    for (var i = 0; i < text.length; ) {
      var cp = text.codePointAt(i);
      var len = cp > 0xffff ? 2 : 1;
      var before = cps.length;
      normalizeCodePoint(cp, cps);
      for (var k = before; k < cps.length; k++) { origin.push(i); end.push(i + len); }
      i += len;
    }
    return { cps: cps, origin: origin, end: end };
  }

  function normalized(text) { return normalizeText(text).cps; }

  var SEPARATOR = 0, CJK = 1, LETTER = 2, DIGIT = 3;

  function kind(v) {
    if (v < 0x80) {
      if (v >= 0x61 && v <= 0x7a) { return LETTER; }
      if (v >= 0x30 && v <= 0x39) { return DIGIT; }
      return SEPARATOR;
    }
    if ((v >= 0x4e00 && v <= 0x9fff) || (v >= 0x3400 && v <= 0x4dbf) || v === 0x3007 ||
        (v >= 0xf900 && v <= 0xfaff) || (v >= 0x20000 && v <= 0x3ffff) ||
        (v >= 0x3041 && v <= 0x309f) || (v >= 0x30a0 && v <= 0x30ff && v !== 0x30fb) ||
        (v >= 0xac00 && v <= 0xd7a3)) {
      return CJK;
    }
    if ((v >= 0xc0 && v <= 0x24f && v !== 0xd7 && v !== 0xf7) || (v >= 0x370 && v <= 0x3ff) || (v >= 0x400 && v <= 0x4ff)) {
      return LETTER;
    }
    return SEPARATOR;
  }

  function str(cps) { return String.fromCodePoint.apply(null, cps); }

  // Reports each run of CJK characters and each word, in order.
  function scan(cps, onCJK, onWord) {
    var i = 0, n = cps.length;
    while (i < n) {
      var k = kind(cps[i]);
      if (k === SEPARATOR) { i++; continue; }
      var j = i + 1;
      while (j < n && kind(cps[j]) === k) { j++; }
      if (k === CJK) { onCJK(cps.slice(i, j)); } else { onWord(str(cps.slice(i, j))); }
      i = j;
    }
  }

  function uniqueList() {
    var seen = new Set(), list = [];
    return { add: function (t) { if (!seen.has(t)) { seen.add(t); list.push(t); } }, list: list };
  }

  function indexTerms(text) {
    var u = uniqueList();
    scan(normalized(text), function (run) {
      for (var i = 0; i < run.length; i++) {
        u.add(str([run[i]]));
        if (i > 0) { u.add(str([run[i - 1], run[i]])); }
      }
    }, u.add);
    return u.list;
  }

  function queryTermsOf(cps) {
    var u = uniqueList();
    scan(cps, function (run) {
      if (run.length === 1) { u.add(str(run)); return; }
      for (var i = 1; i < run.length; i++) { u.add(str([run[i - 1], run[i]])); }
    }, u.add);
    return u.list;
  }

  function queryTerms(text) { return queryTermsOf(normalized(text)); }

  function isSpace(c) { return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c; }
  function isOpener(v) { return v === 0x28 || v === 0x5b || v === 0x7b || v === 0x3014 || v === 0x3010 || v === 0x3016 || v === 0x3018 || v === 0x301a; }
  function isCloser(v) { return v === 0x29 || v === 0x5d || v === 0x7d || v === 0x3015 || v === 0x3011 || v === 0x3017 || v === 0x3019 || v === 0x301b; }
  function isDash(v) { return v === 0x2d || (v >= 0x2010 && v <= 0x2015) || v === 0x2212; }
  var DI = 0x7b2c, HAO = 0x53f7, SLASH = 0x2f;   // 第, 号, /

  function identifierTermOf(cps) {
    var out = [], hasDigit = false;
    for (var i = 0; i < cps.length; i++) {
      var v = cps[i];
      if (isSpace(v)) { continue; }
      if (isOpener(v)) {
        out.push(0x5b);
      } else if (isCloser(v)) {
        out.push(0x5d);
        if (i + 2 < cps.length && cps[i + 1] === DI && kind(cps[i + 2]) === DIGIT) { i++; }
      } else if (isDash(v)) {
        out.push(0x2d);
      } else {
        if (kind(v) === DIGIT) { hasDigit = true; }
        out.push(v);
      }
    }
    return hasDigit ? "id:" + str(out) : null;
  }

  function identifierTerm(text) { return identifierTermOf(normalized(text)); }

  function indexNumberTerms(text) {
    var whole = identifierTerm(text);
    if (!whole) { return []; }
    var terms = [whole], rest = whole.slice(3), slash;
    while ((slash = rest.indexOf("/")) >= 0) {
      rest = rest.slice(slash + 1);
      if (/[0-9]/.test(rest)) { terms.push("id:" + rest); }
    }
    return terms;
  }

  function documentNumberTerms(text) {
    var s = normalized(text), n = s.length, terms = [], i = 0;
    while (i + 7 < n) {
      if (!isOpener(s[i])) { i++; continue; }
      var j = i + 1;
      while (j < n && j - i <= 4 && kind(s[j]) === DIGIT) { j++; }
      if (!(j - i === 5 && j < n && isCloser(s[j]))) { i++; continue; }
      var year = s.slice(i + 1, j);
      j++;
      if (j < n && s[j] === DI) { j++; }
      var serialStart = j;
      while (j < n && kind(s[j]) === DIGIT) { j++; }
      if (!(j > serialStart && j < n && s[j] === HAO)) { i++; continue; }
      var suffix = "[" + str(year) + "]" + str(s.slice(serialStart, j)) + "号";
      terms.push("id:" + suffix);
      var start = i;
      while (start > 0 && i - start < 10 && kind(s[start - 1]) === CJK) {
        start--;
        terms.push("id:" + str(s.slice(start, i)) + suffix);
      }
      i = j + 1;
    }
    return terms;
  }

  // The normalised parts of a query, split on white space.
  function queryParts(query) {
    var cps = normalized(query), parts = [], current = [];
    for (var i = 0; i <= cps.length; i++) {
      if (i === cps.length || isSpace(cps[i])) {
        if (current.length) { parts.push(current); current = []; }
      } else {
        current.push(cps[i]);
      }
    }
    return parts;
  }

  function exactTermOf(part) {
    if (part.some(function (v) { return isOpener(v) || isCloser(v) || isDash(v) || v === SLASH; })) {
      return identifierTermOf(part);
    }
    return null;
  }

  // Query parts (split on white space) → clauses {exact, terms}.
  function parseQuery(query) {
    var clauses = [], keys = new Set();
    queryParts(query).forEach(function (part) {
      var terms = queryTermsOf(part), exact = exactTermOf(part);
      if (!terms.length && exact === null) { return; }
      var key = JSON.stringify([exact, terms]);
      if (keys.has(key)) { return; }
      keys.add(key);
      clauses.push({ exact: exact, terms: terms });
    });
    return clauses;
  }

  // What evaluate() looks up for each clause: the exact term, the terms whose document
  // lists suffice (words, one-character runs, the bigram of a two-character run), and each
  // run of three or more CJK characters as a phrase — the bigrams at offsets 0, 2, 4, …
  // and the last, whose positions must line up (together they cover every character of
  // the run, so the bigrams between them need not be fetched at all).
  function planQuery(query) {
    var plans = [], keys = new Set();
    queryParts(query).forEach(function (part) {
      var terms = uniqueList(), phrases = [];
      scan(part, function (run) {
        if (run.length === 1) { terms.add(str(run)); return; }
        if (run.length === 2) { terms.add(str(run)); return; }
        var offsets = [];
        for (var k = 0; k + 2 < run.length; k += 2) { offsets.push(k); }
        offsets.push(run.length - 2);
        phrases.push(offsets.map(function (k) { return { offset: k, term: str([run[k], run[k + 1]]) }; }));
      }, terms.add);
      var exact = exactTermOf(part);
      if (!terms.list.length && !phrases.length && exact === null) { return; }
      var key = JSON.stringify([exact, terms.list, phrases]);
      if (keys.has(key)) { return; }
      keys.add(key);
      plans.push({ exact: exact, terms: terms.list, phrases: phrases });
    });
    return plans;
  }

  function fnv1a32(term) {
    var bytes = new TextEncoder().encode(term), h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }

  // ------------------------------------------------------------------ index

  var FIELD_BITS = 16;   // 2^SearchField.bitCount
  var decoder = new TextDecoder("utf-8");

  function Index(base) {
    this.base = base;
    this.manifest = null;
    this.shards = new Map();      // shard number → Promise<Map<term, {bytes, count}>>
    this.phraseShards = new Map(); // phrase shard number → the same, with positions
    this.fragments = new Map();   // document number → Promise<fragment>
  }

  Index.prototype.load = function () {
    var self = this;
    if (!this.manifest) {
      this.manifest = fetch(this.base + "index.json", { cache: "no-cache" }).then(function (r) {
        if (!r.ok) { throw new Error("index.json: " + r.status); }
        return r.json();
      });
    }
    return this.manifest.then(function (m) { self.info = m; return m; });
  };

  // Shard n of the document lists (folder "s/") or of the bigrams' positions ("p/").
  Index.prototype.shard = function (n, folder) {
    var cache = folder === "p/" ? this.phraseShards : this.shards;
    var promise = cache.get(n);
    if (!promise) {
      var url = this.base + folder + ("00" + n.toString(16)).slice(-3) + ".bin?v=" + this.info.version;
      promise = fetch(url).then(function (r) {
        if (!r.ok) { throw new Error(url + ": " + r.status); }
        return r.arrayBuffer();
      }).then(parseShard);
      cache.set(n, promise);
    }
    return promise;
  };

  // Posting lists of the given terms: Map term → {ids, masks} (absent terms are empty);
  // with phrases true, the bigrams' lists with positions: {ids, masks, positions}.
  Index.prototype.postings = function (terms, phrases) {
    var self = this, wanted = new Map();
    var folder = phrases ? "p/" : "s/", count = phrases ? this.info.phraseShards : this.info.shards;
    terms.forEach(function (t) {
      var n = fnv1a32(t) & (count - 1);
      if (!wanted.has(n)) { wanted.set(n, []); }
      wanted.get(n).push(t);
    });
    var numbers = Array.from(wanted.keys());
    return Promise.all(numbers.map(function (n) { return self.shard(n, folder); })).then(function (shards) {
      var result = new Map();
      shards.forEach(function (shard, k) {
        wanted.get(numbers[k]).forEach(function (t) {
          var entry = shard.get(t);
          result.set(t, entry ? decodePostings(entry, phrases) : { ids: [], masks: [], positions: [] });
        });
      });
      return result;
    });
  };

  // A site group's portal (README “站群”): the member whose range of numbers holds id.
  Index.prototype.member = function (id) {
    var members = this.info.members || [];
    for (var k = 0; k < members.length; k++) {
      if (id >= members[k].from && id < members[k].from + members[k].documents) { return members[k]; }
    }
    return null;
  };

  Index.prototype.fragment = function (id) {
    var promise = this.fragments.get(id);
    if (!promise) {
      // On a portal a result's fragment is its member's own, under the member's number.
      var member = this.member(id);
      var url = member ? member.data + "d/" + (id - member.from) + ".json?v=" + this.info.version
                       : this.base + "d/" + id + ".json?v=" + this.info.version;
      promise = fetch(url).then(function (r) {
        if (!r.ok) { throw new Error(url + ": " + r.status); }
        return r.json();
      });
      this.fragments.set(id, promise);
    }
    return promise;
  };

  function readVarint(bytes, state) {
    var value = 0, scale = 1, b;
    do {
      b = bytes[state.pos++];
      value += (b & 0x7f) * scale;
      scale *= 128;
    } while (b & 0x80);
    return value;
  }

  function parseShard(buffer) {
    var bytes = new Uint8Array(buffer), state = { pos: 0 }, map = new Map();
    var count = readVarint(bytes, state);
    for (var i = 0; i < count; i++) {
      var length = readVarint(bytes, state);
      var term = decoder.decode(bytes.subarray(state.pos, state.pos + length));
      state.pos += length;
      var postings = readVarint(bytes, state);
      var size = readVarint(bytes, state);
      map.set(term, { bytes: bytes.subarray(state.pos, state.pos + size), count: postings });
      state.pos += size;
    }
    return map;
  }

  // A posting list; a phrase list also has each document's positions, ascending.
  function decodePostings(entry, withPositions) {
    var ids = new Array(entry.count), masks = new Array(entry.count), state = { pos: 0 }, id = 0;
    var positions = withPositions ? new Array(entry.count) : null;
    for (var i = 0; i < entry.count; i++) {
      var v = readVarint(entry.bytes, state);
      var fields = v % FIELD_BITS;
      id += (v - fields) / FIELD_BITS;
      ids[i] = id;
      masks[i] = fields;
      if (withPositions) {
        var n = readVarint(entry.bytes, state), list = new Array(n), at = 0;
        for (var k = 0; k < n; k++) { at += readVarint(entry.bytes, state); list[k] = at; }
        positions[i] = list;
      }
    }
    return { ids: ids, masks: masks, positions: positions };
  }

  function containsSorted(list, value) {
    var lo = 0, hi = list.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid] < value) { lo = mid + 1; } else { hi = mid; }
    }
    return lo < list.length && list[lo] === value;
  }

  // The documents holding a phrase as written: those where its bigrams (lists, at the
  // phrase's offsets) occur at positions p + offset for one p. Scores as for terms.
  function phraseMatches(phrase, lists) {
    var parts = phrase.map(function (b) { return { offset: b.offset, list: lists.get(b.term) }; });
    var ids = [], scores = [], at = parts.map(function () { return 0; });
    var first = parts[0].list;
    outer: for (var i = 0; i < first.ids.length; i++) {
      var id = first.ids[i], score = weight(first.masks[i]), lists_ = [first.positions[i]];
      for (var k = 1; k < parts.length; k++) {
        var l = parts[k].list;
        while (at[k] < l.ids.length && l.ids[at[k]] < id) { at[k]++; }
        if (at[k] === l.ids.length || l.ids[at[k]] !== id) { continue outer; }
        score = Math.min(score, weight(l.masks[at[k]]));
        lists_.push(l.positions[at[k]]);
      }
      var found = lists_[0].some(function (p) {
        for (var k = 1; k < parts.length; k++) {
          if (!containsSorted(lists_[k], p + parts[k].offset)) { return false; }
        }
        return true;
      });
      if (found) { ids.push(id); scores.push(score); }
    }
    return { ids: ids, scores: scores };
  }

  // Title and 文号/索引号 weigh most, then metadata, then the body.
  function weight(mask) {
    if (mask & 3) { return 10; }
    if (mask & 4) { return 3; }
    if (mask & 8) { return 1; }
    return 0;
  }

  // Intersection of sorted lists a and b; scores combined with combine(scoreA, maskB).
  function intersect(a, b, combine) {
    var ids = [], scores = [], i = 0, j = 0;
    while (i < a.ids.length && j < b.ids.length) {
      if (a.ids[i] < b.ids[j]) { i++; } else if (a.ids[i] > b.ids[j]) { j++; } else {
        ids.push(a.ids[i]);
        scores.push(combine(a.scores[i], b.masks ? b.masks[j] : b.scores[j]));
        i++; j++;
      }
    }
    return { ids: ids, scores: scores };
  }

  function fromPostings(p, score) {
    return { ids: p.ids, scores: p.masks.map(score) };
  }

  // Evaluates query plans (planQuery) and filters: Promise<[{id, score}]>, best first,
  // newer first on ties.
  function evaluate(index, clauses, filters) {
    var terms = [], bigrams = [];
    clauses.forEach(function (c) {
      if (c.exact) { terms.push(c.exact); }
      terms.push.apply(terms, c.terms);
      c.phrases.forEach(function (phrase) { phrase.forEach(function (b) { bigrams.push(b.term); }); });
    });
    // 机构 (a portal's member) is a range of document numbers, not a posting list.
    var MEMBER = "f:member:";
    var ranges = filters.filter(function (f) { return f.indexOf(MEMBER) === 0; }).map(function (f) {
      var m = (index.info.members || []).filter(function (m) { return m.id === f.slice(MEMBER.length); })[0];
      return m ? [m.from, m.from + m.documents] : [0, 0];
    });
    filters = filters.filter(function (f) { return f.indexOf(MEMBER) !== 0; });
    filters.forEach(function (f) { terms.push(f); });
    return Promise.all([index.postings(terms, false), index.postings(bigrams, true)]).then(function (both) {
      var lists = both[0], phraseLists = both[1];
      var result = null;
      clauses.forEach(function (c) {
        var matched = null;
        var exact = c.exact ? lists.get(c.exact) : null;
        function and(next) {
          matched = matched ? intersect(matched, next, function (s, t) { return Math.min(s, t); }) : next;
        }
        if (exact && exact.ids.length) {
          matched = fromPostings(exact, function (m) { return 2 * weight(m); });
        } else if (c.terms.length || c.phrases.length) {
          c.terms.forEach(function (t) { and(fromPostings(lists.get(t), weight)); });
          c.phrases.forEach(function (phrase) { and(phraseMatches(phrase, phraseLists)); });
        } else {
          matched = { ids: [], scores: [] };
        }
        result = result ? intersect(result, matched, function (s, t) { return s + t; }) : matched;
      });
      filters.forEach(function (f) {
        var list = lists.get(f);
        var asResult = { ids: list.ids, scores: list.ids.map(function () { return 0; }) };
        result = result ? intersect(result, asResult, function (s) { return s; }) : asResult;
      });
      ranges.forEach(function (r) {
        if (!result) {
          var all = { ids: [], scores: [] };
          for (var n = r[0]; n < r[1]; n++) { all.ids.push(n); all.scores.push(0); }
          result = all;
          return;
        }
        var kept = { ids: [], scores: [] };
        result.ids.forEach(function (id, k) {
          if (id >= r[0] && id < r[1]) { kept.ids.push(id); kept.scores.push(result.scores[k]); }
        });
        result = kept;
      });
      var hits = [];
      if (result) {
        for (var i = 0; i < result.ids.length; i++) { hits.push({ id: result.ids[i], score: result.scores[i] }); }
      }
      hits.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
      return hits;
    });
  }

  // ------------------------------------------------------------------ highlighting

  // Strings to mark for a query: each part's CJK runs and words, and the identifier as
  // typed; a CJK run that is not found whole falls back to its bigrams.
  function needlesOf(query) {
    var needles = [];
    parseQuery(query).forEach(function (c) {
      if (c.exact) { needles.push({ text: c.exact.slice(3), parts: [] }); }
    });
    query.split(/\s+/).forEach(function (part) {
      scan(normalized(part), function (run) {
        var parts = [];
        for (var i = 1; i < run.length; i++) { parts.push(str([run[i - 1], run[i]])); }
        needles.push({ text: str(run), parts: parts });
      }, function (word) { needles.push({ text: word, parts: [] }); });
    });
    return needles;
  }

  // Normalised text for matching, with brackets and dashes unified like identifiers.
  function matchable(text) {
    var n = normalizeText(text);
    var chars = n.cps.map(function (v) {
      if (isOpener(v)) { return "["; }
      if (isCloser(v)) { return "]"; }
      if (isDash(v)) { return "-"; }
      return String.fromCodePoint(v);
    });
    return { chars: chars, origin: n.origin, end: n.end };
  }

  function findAll(chars, needle) {
    var found = [], target = Array.from(needle), n = target.length;
    if (!n) { return found; }
    outer: for (var i = 0; i + n <= chars.length; i++) {
      for (var k = 0; k < n; k++) { if (chars[i + k] !== target[k]) { continue outer; } }
      found.push([i, i + n]);
    }
    return found;
  }

  // Ranges [start, end) of the original text to mark, merged and sorted.
  function markRanges(text, needles) {
    var m = matchable(text), ranges = [];
    needles.forEach(function (needle) {
      var hits = findAll(m.chars, needle.text);
      if (!hits.length) {
        needle.parts.forEach(function (p) { hits = hits.concat(findAll(m.chars, p)); });
      }
      hits.forEach(function (h) { ranges.push([m.origin[h[0]], m.end[h[1] - 1]]); });
    });
    ranges.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var merged = [];
    ranges.forEach(function (r) {
      var last = merged[merged.length - 1];
      if (last && r[0] <= last[1]) { last[1] = Math.max(last[1], r[1]); } else { merged.push([r[0], r[1]]); }
    });
    return merged;
  }

  // Appends text to element with the ranges in <mark>.
  function appendMarked(element, text, ranges, offset) {
    var at = 0;
    offset = offset || 0;
    ranges.forEach(function (r) {
      var s = Math.max(0, r[0] - offset), e = Math.min(text.length, r[1] - offset);
      if (e <= s || s < at) { return; }
      element.appendChild(document.createTextNode(text.slice(at, s)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(s, e);
      element.appendChild(mark);
      at = e;
    });
    element.appendChild(document.createTextNode(text.slice(at)));
  }

  var SNIPPET_BEFORE = 40, SNIPPET_LENGTH = 150;

  function appendSnippet(element, text, needles) {
    var ranges = markRanges(text, needles);
    var start = 0;
    if (ranges.length) { start = Math.max(0, ranges[0][0] - SNIPPET_BEFORE); }
    var end = Math.min(text.length, start + SNIPPET_LENGTH);
    if (end - start < SNIPPET_LENGTH) { start = Math.max(0, end - SNIPPET_LENGTH); }
    if (start > 0) { element.appendChild(document.createTextNode("…")); }
    appendMarked(element, text.slice(start, end), ranges, start);
    if (end < text.length) { element.appendChild(document.createTextNode("…")); }
  }

  // ------------------------------------------------------------------ page

  var FILTERS = ["member", "node", "year", "topic", "publisher", "validity", "form"];

  function fill(template, values) {
    return template.replace(/\{\{(\w+)\}\}/g, function (_, key) { return values[key] === undefined ? "" : String(values[key]); });
  }

  function readState(search) {
    var params = new URLSearchParams(search);
    var state = { q: (params.get("q") || "").trim(), page: Math.max(1, parseInt(params.get("page"), 10) || 1), filters: {} };
    FILTERS.forEach(function (f) { var v = params.get(f); if (v) { state.filters[f] = v; } });
    return state;
  }

  function queryString(state, page) {
    var params = new URLSearchParams();
    if (state.q) { params.set("q", state.q); }
    FILTERS.forEach(function (f) { if (state.filters[f]) { params.set(f, state.filters[f]); } });
    if (page > 1) { params.set("page", String(page)); }
    var s = params.toString();
    return s ? "?" + s : location.pathname;
  }

  function start(app) {
    var labels = app.dataset;
    var perPage = parseInt(app.dataset.perPage, 10) || 20;
    var index = new Index(app.dataset.index);
    var form = app.querySelector("form");
    var input = app.querySelector("#search-q");
    var status = app.querySelector("#search-status");
    var list = app.querySelector("#search-results");
    var empty = app.querySelector("#search-empty");
    var pager = app.querySelector("#search-pager");
    var last = { key: null, hits: null };
    // A site group's member searches the portal's index, its own documents only.
    function scoped(filters) {
      return app.dataset.member ? filters.concat(["f:member:" + app.dataset.member]) : filters;
    }
    var generation = 0;
    status.setAttribute("tabindex", "-1");

    function setForm(state) {
      input.value = state.q;
      FILTERS.forEach(function (f) {
        var select = form.elements[f];
        if (!select) { return; }
        select.value = state.filters[f] || "";
        if (select.value !== (state.filters[f] || "")) { select.value = ""; }
      });
    }

    function formState() {
      var state = { q: input.value.trim(), page: 1, filters: {} };
      FILTERS.forEach(function (f) { var s = form.elements[f]; if (s && s.value) { state.filters[f] = s.value; } });
      return state;
    }

    function clear() {
      list.hidden = true;
      list.textContent = "";
      empty.hidden = true;
      pager.hidden = true;
      pager.textContent = "";
    }

    function showEmpty(state) {
      status.textContent = fill(labels.lNoResults, { query: state.q });
      var each = empty.querySelector('[data-suggest="each"]');
      var parts = state.q.split(/\s+/).filter(Boolean);
      var holder = each.querySelector("span");
      holder.textContent = "";
      each.hidden = parts.length < 2;
      parts.forEach(function (p, k) {
        var a = document.createElement("a");
        a.href = queryString({ q: p, filters: state.filters }, 1);
        a.textContent = p;
        if (k) { holder.appendChild(document.createTextNode("、")); }
        holder.appendChild(a);
      });
      var filtered = empty.querySelector('[data-suggest="filters"]');
      filtered.hidden = !Object.keys(state.filters).length || !state.q;
      filtered.querySelector("a").href = queryString({ q: state.q, filters: {} }, 1);
      empty.hidden = false;
    }

    function metaItem(parent, label, value) {
      if (!value) { return; }
      var span = document.createElement("span");
      span.textContent = label + "：" + value;
      parent.appendChild(span);
    }

    function renderHit(fragment, needles) {
      var li = document.createElement("li");
      li.className = "search-result";
      var h = document.createElement("h2");
      var a = document.createElement("a");
      a.href = fragment.u;
      appendMarked(a, fragment.t, markRanges(fragment.t, needles));
      h.appendChild(a);
      if (fragment.s) {
        var tag = document.createElement("span");
        tag.className = "status-tag";
        tag.textContent = " ［" + fragment.s + "］";
        h.appendChild(tag);
      }
      li.appendChild(h);
      var meta = document.createElement("p");
      meta.className = "search-result-meta";
      [["lDocNo", fragment.n], ["lIndexNo", fragment.i]].forEach(function (pair) {
        if (!pair[1]) { return; }
        var span = document.createElement("span");
        span.appendChild(document.createTextNode(labels[pair[0]] + "："));
        appendMarked(span, pair[1], markRanges(pair[1], needles));
        meta.appendChild(span);
      });
      metaItem(meta, labels.lPublisher, fragment.p);
      metaItem(meta, labels.lPublished, fragment.d);
      metaItem(meta, labels.lNode, fragment.c);
      li.appendChild(meta);
      if (fragment.x) {
        var snippet = document.createElement("p");
        snippet.className = "search-result-snippet";
        appendSnippet(snippet, fragment.x, needles);
        li.appendChild(snippet);
      }
      return li;
    }

    function renderPager(state, pages) {
      pager.textContent = "";
      if (pages <= 1) { pager.hidden = true; return; }
      function link(page, text, rel) {
        var a = document.createElement("a");
        a.href = queryString(state, page);
        a.textContent = text;
        if (rel) { a.rel = rel; }
        a.dataset.page = String(page);
        pager.appendChild(a);
        pager.appendChild(document.createTextNode(" "));
      }
      var summary = document.createElement("span");
      summary.className = "pager-summary";
      summary.textContent = fill(labels.lPageOf, { page: state.page, pages: pages });
      pager.appendChild(summary);
      pager.appendChild(document.createTextNode(" "));
      if (state.page > 1) { link(state.page - 1, labels.lPrevious, "prev"); }
      for (var p = Math.max(1, state.page - 3); p <= Math.min(pages, state.page + 3); p++) {
        if (p === state.page) {
          var current = document.createElement("span");
          current.className = "current";
          current.setAttribute("aria-current", "page");
          current.textContent = String(p);
          pager.appendChild(current);
          pager.appendChild(document.createTextNode(" "));
        } else {
          link(p, String(p));
        }
      }
      if (state.page < pages) { link(state.page + 1, labels.lNext, "next"); }
      pager.hidden = false;
    }

    var baseTitle = document.title;

    function run(state, focus) {
      var mine = ++generation;
      document.title = state.q ? "“" + state.q + "” - " + baseTitle : baseTitle;
      var started = window.performance ? performance.now() : 0;
      setForm(state);
      var clauses = planQuery(state.q);
      var filters = FILTERS.filter(function (f) { return state.filters[f]; }).map(function (f) { return "f:" + f + ":" + state.filters[f]; });
      if (!clauses.length && !filters.length) {
        clear();
        status.textContent = state.q ? fill(labels.lNoResults, { query: state.q }) : labels.lPrompt;
        if (state.q) { showEmpty(state); }
        app.setAttribute("data-state", "idle");
        return Promise.resolve();
      }
      status.textContent = labels.lLoading;
      app.setAttribute("data-state", "loading");
      filters = scoped(filters);
      var key = JSON.stringify([clauses, filters]);
      var ready = last.key === key ? Promise.resolve(last.hits) : index.load().then(function () { return evaluate(index, clauses, filters); });
      return ready.then(function (hits) {
        if (mine !== generation) { return; }
        last = { key: key, hits: hits };
        var pages = Math.max(1, Math.ceil(hits.length / perPage));
        if (state.page > pages) { state.page = pages; }
        var shown = hits.slice((state.page - 1) * perPage, state.page * perPage);
        return Promise.all(shown.map(function (h) { return index.fragment(h.id); })).then(function (fragments) {
          if (mine !== generation) { return; }
          clear();
          if (!hits.length) {
            showEmpty(state);
          } else {
            var needles = needlesOf(state.q);
            fragments.forEach(function (f) { list.appendChild(renderHit(f, needles)); });
            list.start = (state.page - 1) * perPage + 1;
            list.hidden = false;
            var text = fill(labels.lResults, { count: hits.length });
            if (pages > 1) { text += "，" + fill(labels.lPageOf, { page: state.page, pages: pages }); }
            status.textContent = text;
            renderPager(state, pages);
          }
          if (window.performance) { app.setAttribute("data-ms", (performance.now() - started).toFixed(1)); }
          app.setAttribute("data-state", "done");
          if (focus) { status.focus(); }
        });
      }).catch(function (error) {
        if (mine !== generation) { return; }
        clear();
        status.textContent = labels.lError;
        app.setAttribute("data-state", "error");
        if (window.console) { console.error(error); }
      });
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var state = formState();
      history.pushState(null, "", queryString(state, 1));
      run(state, false);
    });
    pager.addEventListener("click", function (event) {
      var a = event.target.closest && event.target.closest("a[data-page]");
      if (!a || event.ctrlKey || event.metaKey || event.shiftKey) { return; }
      event.preventDefault();
      history.pushState(null, "", a.getAttribute("href"));
      run(readState(location.search), true);
    });
    window.addEventListener("popstate", function () { run(readState(location.search), false); });
    // For tests and the benchmark: every matching document number, best first.
    window.GongkaiSearch.find = function (query, filters) {
      var terms = scoped(Object.keys(filters || {}).sort().map(function (f) { return "f:" + f + ":" + filters[f]; }));
      return index.load().then(function () { return evaluate(index, planQuery(query), terms); })
        .then(function (hits) { return hits.map(function (h) { return h.id; }); });
    };
    run(readState(location.search), false);
  }

  window.GongkaiSearch = {
    normalize: function (text) { return str(normalized(text)); },
    indexTerms: indexTerms,
    queryTerms: queryTerms,
    parseQuery: parseQuery,
    identifierTerm: identifierTerm,
    indexNumberTerms: indexNumberTerms,
    documentNumberTerms: documentNumberTerms,
    fnv1a32: fnv1a32
  };

  function boot() {
    var app = document.getElementById("search-app");
    if (!app) { return; }
    if (window.fetch && window.TextDecoder && window.TextEncoder && window.URLSearchParams && window.Promise && window.Map && window.Set && String.prototype.normalize) {
      start(app);
    } else {
      document.getElementById("search-status").textContent = app.dataset.lError;
    }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", boot); } else { boot(); }
})();
