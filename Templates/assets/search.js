// Annals search. The index is written with the site as scripts that call back here (so it loads from
// disk, where fetch() of files is refused, and over HTTP at any path): search/index.js (shard count,
// years, people's names and article counts, the patterns of links), search/s/<k>.js (the terms whose
// hash modulo the shard count is k, with their postings), search/d/<k>.js (what a result shows of a few
// articles) and search/p/<k>.js (a few people's headlines). A query loads only the shards of its
// syllables and of its pairs of neighbouring syllables, then the files of the results shown.
// Terms are folded syllables (no tone marks, đ → d, lower case) named by their 64-bit FNV-1a hash,
// exactly as Annals' SearchTerms names them; a shard is written in SearchCode's digits (see
// Sources/Annals/Render/SearchCode.swift): per term its key, hash >> 28, in 6 digits, the length and
// kind of what follows, a syllable's values, and the documents as gaps or as a bit set.
(function () {
  "use strict";
  var PAGE = 10;
  var meta = null, shards = {}, docs = {}, headlines = {}, waiting = {};
  var DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", VALUE = new Int8Array(128);
  for (var v = 0; v < 64; v++) VALUE[DIGITS.charCodeAt(v)] = v;
  window.annalsSearch = {
    m: function (d) { meta = d; start(); },
    s: function (k, text) { shards[k] = { text: text, terms: entries(text) }; },
    d: function (i, title, slug, date, text) { docs[i] = { t: title, slug: slug || slugOf(title), d: date, code: text }; },
    h: function (k, list) { headlines[k] = list; }
  };

  // A number in digits of 5 bits, least significant first (a digit of 32 or more: another follows).
  function number(s, at) {
    var n = 0, scale = 1, c;
    do { c = VALUE[s.charCodeAt(at.i++)]; n += (c & 31) * scale; scale *= 32; } while (c >= 32);
    return n;
  }
  // A document's text as written, with the common words of index.js's list (w) as codes: "~" and one
  // digit among the first 48, or one among the last 16 and another; "~!" is a "~" (SearchWords.swift).
  var WORDS = null;
  function expand(x) {
    if (x.indexOf("~") < 0) return x;
    WORDS = WORDS || meta.w.split(" ");
    return x.replace(/~(?:(!)|([A-Za-v])|([w-z0-9_-])([A-Za-z0-9_-]))/g, function (m, bang, one, high, low) {
      if (bang) return "~";
      var n = one ? VALUE[one.charCodeAt(0)] : 48 + (VALUE[high.charCodeAt(0)] - 48) * 64 + VALUE[low.charCodeAt(0)];
      return WORDS[n] + " ";
    });
  }
  // A shard's terms: key → [start, end, kind] of what follows the key and length.
  function entries(s) {
    var m = new Map(), at = { i: 0 };
    while (at.i < s.length) {
      var key = 0;
      for (var j = 0; j < 6; j++) key = key * 64 + VALUE[s.charCodeAt(at.i++)];
      var head = number(s, at), end = at.i + Math.floor(head / 4);
      if (!m.has(key)) m.set(key, [at.i, end, head & 3]);
      at.i = end;
    }
    return m;
  }
  // A term's documents, and for a syllable its value in each: {docs, values}.
  function decode(s, e) {
    var at = { i: e[0] }, kind = e[2], out = { docs: [], values: null }, stop = e[1];
    if (kind & 2) {
      // Three values to a digit (value - 1, or 3: the value follows the packed digits).
      var count = number(s, at), packed = at.i, other = packed + Math.floor((count + 2) / 3);
      out.values = [];
      for (var k = 0; k < count; k++) {
        var c = (VALUE[s.charCodeAt(packed + Math.floor(k / 3))] >> (2 * (k % 3))) & 3;
        out.values.push(c < 3 ? c + 1 : VALUE[s.charCodeAt(other++)]);
      }
      at.i = other;
    }
    if (kind & 1) {
      for (var base = number(s, at); at.i < stop; at.i++, base += 6) {
        var bits = VALUE[s.charCodeAt(at.i)];
        for (var b = 0; b < 6; b++) if (bits & (1 << b)) out.docs.push(base + b);
      }
    } else {
      for (var doc = 0; at.i < stop;) { doc += number(s, at); out.docs.push(doc); }
    }
    return out;
  }

  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var yearBox = document.getElementById("search-year");
  var personBox = document.getElementById("search-person");
  var outPeople = document.getElementById("results-people");
  var outArticles = document.getElementById("results-articles");
  var more = document.getElementById("search-more");
  if (!input || !status) return;
  status.textContent = "Đang tải chỉ mục…";

  var OFFSET = BigInt("0xcbf29ce484222325"), PRIME = BigInt("0x100000001b3"), MASK = BigInt("0xffffffffffffffff");
  function hash(s) {
    var h = OFFSET;
    for (var i = 0; i < s.length; i++) { h ^= BigInt(s.charCodeAt(i)); h = (h * PRIME) & MASK; }
    return h;
  }

  // One folded character per character of the text (a letter or digit, or a space), so that places in
  // the folded text are places in the text.
  function foldChar(c) {
    if (c === "đ" || c === "Đ") return "d";
    var f = c.normalize("NFD").charAt(0).toLowerCase();
    return /[a-z0-9]/.test(f) ? f : " ";
  }
  function foldAligned(s) {
    var out = "";
    for (var i = 0; i < s.length; i++) out += foldChar(s.charAt(i));
    return out;
  }
  function words(s) {
    return s.normalize("NFC").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d")
      .toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  }
  // The slug Annals makes of a name or title (Slug.make): the index writes only those that differ.
  function slugOf(s) {
    var slug = words(s).join("-");
    if (slug.length > 100) { slug = slug.slice(0, 100); var cut = slug.lastIndexOf("-"); if (cut >= 0) slug = slug.slice(0, cut); }
    return slug;
  }

  // Loads a part of the index once; resolves when it has run (and so registered itself) or failed to load.
  function load(path) {
    if (waiting[path]) return waiting[path].promise;
    var entry = {};
    entry.promise = new Promise(function (resolve) { entry.resolve = resolve; });
    waiting[path] = entry;
    var el = document.createElement("script");
    el.src = path + ".js";
    el.onerror = function () { settle(path); };
    el.onload = function () { settle(path); };
    document.head.appendChild(el);
    return entry.promise;
  }
  function settle(path) { if (waiting[path]) waiting[path].resolve(); }

  function postings(h) {
    var shard = shards[Number(h % BigInt(meta.s))], e = shard && shard.terms.get(Number(h >> BigInt(28)));
    return e ? decode(shard.text, e) : { docs: [], values: [] };
  }
  // Syllable postings: doc → v (occurrences, +16 in the title or name).
  function syllableDocs(p) {
    var m = new Map();
    for (var i = 0; i < p.docs.length; i++) m.set(p.docs[i], p.values ? p.values[i] : 1);
    return m;
  }
  function tagDocs(p) { return new Set(p.docs); }

  var people = [];   // from index.js: {index, name, slug, url, count, folded}; headline once loaded
  function start() {
    for (var i = 0; i + 1 < meta.p.length; i += 2) {
      var k = i / 2, name = meta.p[i], slug = meta.x[k] || slugOf(name);
      people.push({ index: k, name: name, slug: slug, url: meta.u[0] + slug + meta.u[1], count: meta.p[i + 1], folded: words(name).join(" ") });
    }
    meta.y.forEach(function (y) { yearBox.appendChild(new Option(y[0] + " (" + y[1] + ")", String(y[0]))); });
    people.forEach(function (p) { personBox.appendChild(new Option(p.name + " (" + p.count + ")", p.slug)); });
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    yearBox.value = params.get("y") || "";
    personBox.value = params.get("p") || "";
    document.getElementById("search-filters").hidden = false;
    run();
  }

  // People whose whole name the query spells, in order: their articles rank first.
  function namedPeople(ws) {
    var q = " " + ws.join(" ") + " ";
    return people.filter(function (p) { return p.folded && q.indexOf(" " + p.folded + " ") >= 0; }).slice(0, 3);
  }

  var generation = 0, shown = [], query = [];
  function run() {
    var gen = ++generation;
    var ws = words(input.value);
    var year = yearBox.value, person = people.filter(function (p) { return p.slug && p.slug === personBox.value; })[0];
    remember(input.value, year, person ? person.slug : "");
    if (!ws.length && !year && !person) { show([], [], ws); status.textContent = "Gõ từ cần tìm: tên người, chức danh hay một cụm từ trong bài."; return; }
    var unis = ws.map(hash), pairs = [];
    for (var i = 0; i + 1 < ws.length; i++) pairs.push(hash(ws[i] + " " + ws[i + 1]));
    var named = namedPeople(ws);
    var tags = named.map(function (p) { return hash("#p" + p.slug); });
    var filters = [];
    if (year) filters.push(hash("#y" + year));
    if (person) filters.push(hash("#p" + person.slug));
    var all = unis.concat(pairs, tags, filters), need = {};
    all.forEach(function (h) { need["s/" + Number(h % BigInt(meta.s))] = true; });
    status.textContent = "Đang tìm…";
    Promise.all(Object.keys(need).map(load)).then(function () {
      if (gen !== generation) return;
      rank(ws, unis, pairs, tags, filters, gen);
    });
  }

  function rank(ws, unis, pairs, tags, filters, gen) {
    var total = meta.n + people.length;
    var idf = function (df) { return Math.log(1 + total / Math.max(1, df)); };
    var scores = null;
    unis.forEach(function (h) {
      var m = syllableDocs(postings(h)), w = idf(m.size), next = new Map();
      m.forEach(function (v, doc) {
        if (scores && !scores.has(doc)) return;
        var tf = v & 15, title = v & 16;
        next.set(doc, (scores ? scores.get(doc) : 0) + w * (1 + Math.log(tf) / 2 + (title ? 4 : 0)));
      });
      scores = next;
    });
    if (!scores) { scores = new Map(); for (var d = 0; d < meta.n; d++) scores.set(d, 0); }
    pairs.forEach(function (h) {
      var s = tagDocs(postings(h)), w = idf(s.size);
      s.forEach(function (doc) { if (scores.has(doc)) scores.set(doc, scores.get(doc) + 3 * w); });
    });
    tags.forEach(function (h) {
      tagDocs(postings(h)).forEach(function (doc) { if (scores.has(doc)) scores.set(doc, scores.get(doc) + 20); });
    });
    var keep = filters.map(function (h) { return tagDocs(postings(h)); });
    var arts = [], ppl = [];
    scores.forEach(function (score, doc) {
      if (doc >= meta.n) { if (!keep.length) ppl.push([score, doc - meta.n]); return; }
      for (var k = 0; k < keep.length; k++) if (!keep[k].has(doc)) return;
      arts.push([score, doc]);
    });
    var order = function (a, b) { return b[0] - a[0] || a[1] - b[1]; };
    arts.sort(order);
    ppl.sort(order);
    show(ppl.slice(0, PAGE).map(function (p) { return people[p[1]]; }), arts.map(function (a) { return a[1]; }), ws, gen);
  }

  function show(ppl, arts, ws, gen) {
    outPeople.textContent = "";
    outArticles.textContent = "";
    query = ws;
    shown = arts;
    document.getElementById("search-people").hidden = !ppl.length;
    document.getElementById("search-articles").hidden = !arts.length;
    more.hidden = true;
    if (gen === undefined) return;
    status.textContent = arts.length || ppl.length ? (ppl.length ? ppl.length + " nhân vật, " : "") + arts.length + " bài viết."
      : "Không tìm thấy kết quả cho «" + input.value.trim() + "».";
    Promise.all(ppl.map(function (p) { return load("p/" + Math.floor(p.index / meta.h)); })).then(function () {
      if (gen !== generation) return;
      ppl.forEach(function (p) { outPeople.appendChild(personItem(p, ws)); });
    });
    page(0, gen);
  }

  function personItem(p, ws) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = p.url;
    marked(a, p.name, ws);
    li.appendChild(a);
    var headline = (headlines[Math.floor(p.index / meta.h)] || [])[p.index % meta.h];
    if (headline) { var h = document.createElement("span"); h.className = "role"; h.textContent = " · " + headline; li.appendChild(h); }
    var c = document.createElement("span"); c.className = "count"; c.textContent = " · " + p.count + " bài"; li.appendChild(c);
    return li;
  }

  function page(from, gen) {
    var ids = shown.slice(from, from + PAGE);
    Promise.all(ids.map(function (i) { return load("d/" + Math.floor(i / meta.d)); })).then(function () {
      if (gen !== generation) return;
      ids.forEach(function (i) { if (docs[i]) outArticles.appendChild(hit(docs[i])); });
      more.hidden = from + PAGE >= shown.length;
      more.onclick = function () { page(from + PAGE, gen); };
    });
  }

  function hit(d) {
    var li = document.createElement("li");
    var h = document.createElement("h3");
    var a = document.createElement("a");
    a.href = meta.a[0] + d.slug + meta.a[1];
    marked(a, d.t, query);
    h.appendChild(a);
    li.appendChild(h);
    var line = document.createElement("p");
    line.className = "meta";
    line.textContent = d.d;
    li.appendChild(line);
    var p = document.createElement("p");
    p.className = "excerpt";
    if (d.x === undefined) d.x = expand(d.code);
    excerpt(p, d.x, query);
    li.appendChild(p);
    return li;
  }

  // The words of `text` that are query words, as [start, end) pairs.
  function matches(text, ws) {
    var folded = foldAligned(text), set = {}, out = [], re = /[a-z0-9]+/g, m;
    ws.forEach(function (w) { set[w] = true; });
    while ((m = re.exec(folded))) if (set[m[0]]) out.push([m.index, m.index + m[0].length, m[0]]);
    return out;
  }
  function marked(el, text, ws, from, to) {
    from = from || 0;
    to = to === undefined ? text.length : to;
    var at = from;
    matches(text, ws).forEach(function (m) {
      if (m[0] < from || m[1] > to) return;
      el.appendChild(document.createTextNode(text.slice(at, m[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(m[0], m[1]);
      el.appendChild(mark);
      at = m[1];
    });
    el.appendChild(document.createTextNode(text.slice(at, to)));
  }
  // About 240 characters around the first place where the query's words stand together (or, failing
  // that, where most of them are), cut between words.
  function excerpt(el, text, ws) {
    var ms = matches(text, ws), best = ms.length ? ms[0][0] : 0, bestRun = 0;
    for (var i = 0; i < ms.length; i++) {
      var run = 1;
      while (i + run < ms.length && run < ws.length && ms[i + run][2] === ws[run] && ms[i + run - 1][2] === ws[run - 1]) run++;
      if (ms[i][2] === ws[0] && run > bestRun) { bestRun = run; best = ms[i][0]; }
    }
    var from = Math.max(0, best - 80), to = Math.min(text.length, from + 240);
    if (from > 0) { var sp = text.indexOf(" ", from); from = sp >= 0 && sp < best ? sp + 1 : from; }
    if (to < text.length) { var e = text.lastIndexOf(" ", to); to = e > best ? e : to; }
    if (from > 0) el.appendChild(document.createTextNode("… "));
    marked(el, text, ws, from, to);
    if (to < text.length) el.appendChild(document.createTextNode(" …"));
  }

  function remember(q, year, person) {
    var params = new URLSearchParams();
    if (q.trim()) params.set("q", q.trim());
    if (year) params.set("y", year);
    if (person) params.set("p", person);
    var s = params.toString();
    try { history.replaceState(null, "", s ? "?" + s : location.pathname); } catch (e) { /* some file: URLs refuse it */ }
  }

  var timer = 0;
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 120); });
  yearBox.addEventListener("change", run);
  personBox.addEventListener("change", run);
  document.getElementById("search-form").addEventListener("submit", function (e) { e.preventDefault(); run(); });
})();
