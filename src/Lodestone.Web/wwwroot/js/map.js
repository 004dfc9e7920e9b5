// World choropleth for one mineral and stage. Reads its subject from data attributes of #map,
// its shares from the API, and its geometry from world-atlas (bundled at build time, no CDN).
// Text from data goes in via textContent only: nothing here parses HTML.
(function () {
  'use strict';
  var AGGREGATES = { ROW: true, OTH: true, WLD: true };

  function bucket(pct) {
    if (pct === null || pct === undefined) { return 'b0'; }
    if (pct >= 50) { return 'b5'; }
    if (pct >= 30) { return 'b4'; }
    if (pct >= 15) { return 'b3'; }
    if (pct >= 5) { return 'b2'; }
    return 'b1';
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) { throw new Error(url + ' answered ' + r.status); }
      return r.json();
    });
  }

  function draw(el, world, codes, table) {
    var svgNs = 'http://www.w3.org/2000/svg';
    var numericToIso3 = new Map(codes.map(function (c) { return [c[2], c[1]]; }));
    var byIso3 = new Map();
    var leader = null;
    table.shares.forEach(function (s) {
      if (!s.country || s.share_pct === null) { return; }
      byIso3.set(s.country, s);
      if (!AGGREGATES[s.country] && (leader === null || s.share_pct > leader.share_pct)) { leader = s; }
    });

    var width = 960, height = 480;
    var projection = d3.geoNaturalEarth1().fitSize([width, height], { type: 'Sphere' });
    var path = d3.geoPath(projection);
    var svg = document.createElementNS(svgNs, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.setAttribute('class', 'worldmap');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'World map: ' + table.stage + ' share by country, ' + el.dataset.mineral + ', ' + table.year +
      (leader ? '. Largest supplier: ' + leader.name + ' ' + leader.share_pct.toFixed(1) + ' %' : ''));

    var sphere = document.createElementNS(svgNs, 'path');
    sphere.setAttribute('d', path({ type: 'Sphere' }));
    sphere.setAttribute('class', 'sphere');
    svg.appendChild(sphere);

    var features = topojson.feature(world, world.objects.countries).features;
    var leaderNode = null;
    features.forEach(function (f) {
      var iso3 = numericToIso3.get(f.id) || '';
      var share = byIso3.get(iso3);
      var node = document.createElementNS(svgNs, 'path');
      node.setAttribute('d', path(f));
      node.setAttribute('class', 'country ' + bucket(share ? share.share_pct : null));
      node.setAttribute('data-iso3', iso3);
      var title = document.createElementNS(svgNs, 'title');
      title.textContent = (share ? share.name : f.properties.name) + (share ? ': ' + share.share_pct.toFixed(1) + ' %' : ': no figure');
      node.appendChild(title);
      if (leader && iso3 === leader.country) {
        node.classList.add('leader');
        leaderNode = node;
      }
      svg.appendChild(node);
    });
    // Draw the leader last so its outline is not hidden under its neighbours.
    if (leaderNode) { svg.appendChild(leaderNode); }

    el.textContent = '';
    el.appendChild(svg);
    el.setAttribute('data-ready', 'true');
  }

  function start() {
    var el = document.getElementById('map');
    if (!el) { return; }
    var shares = '/api/minerals/' + encodeURIComponent(el.dataset.mineral) + '/shares?stage=' + encodeURIComponent(el.dataset.stage)
      + (el.dataset.year ? '&year=' + encodeURIComponent(el.dataset.year) : '');
    Promise.all([getJson('/lib/countries-110m.json'), getJson('/lib/iso-codes.json'), getJson(shares)])
      .then(function (r) { draw(el, r[0], r[1], r[2]); })
      .catch(function (e) {
        el.textContent = 'The map could not be drawn: ' + e.message;
        el.setAttribute('data-ready', 'error');
      });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
