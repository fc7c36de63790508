// Annals search: matches the query against folded titles and names (no diacritics, đ → d),
// every word of the query must appear. Data comes from search/index.js, written with the site.
(function () {
  var data = window.ANNALS_SEARCH;
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var outPeople = document.getElementById("results-people");
  var outArticles = document.getElementById("results-articles");
  if (!data || !input) return;
  // Links in the index are relative to the site root; this page lives one folder down.
  var root = "../";
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  }
  function matches(folded, words) {
    for (var i = 0; i < words.length; i++) if (folded.indexOf(words[i]) < 0) return false;
    return true;
  }
  function item(text, href, note) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = root + href;
    a.textContent = text;
    li.appendChild(a);
    if (note) { var s = document.createElement("span"); s.className = "count"; s.textContent = " " + note; li.appendChild(s); }
    return li;
  }
  function run() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    outPeople.textContent = "";
    outArticles.textContent = "";
    if (!words.length) { status.textContent = "Gõ từ cần tìm."; return; }
    var people = data.p.filter(function (p) { return matches(p[1], words); }).slice(0, 50);
    var articles = data.a.filter(function (a) { return matches(a[1], words); }).slice(0, 100);
    people.forEach(function (p) { outPeople.appendChild(item(p[0], p[2], p[3] + " bài")); });
    articles.forEach(function (a) { outArticles.appendChild(item(a[0], a[2], a[3])); });
    status.textContent = people.length + " nhân vật, " + articles.length + " bài viết.";
  }
  input.addEventListener("input", run);
  document.getElementById("search-form").addEventListener("submit", function (e) { e.preventDefault(); run(); });
  var q = new URLSearchParams(location.search).get("q");
  if (q) input.value = q;
  run();
})();
