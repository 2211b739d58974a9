// Derwent charts: each element with data-chart is drawn from the JSON API with Apache ECharts.
// No inline script: the server's Content-Security-Policy allows only scripts from this origin.
(function () {
  'use strict';
  var BLUE = '#005eb8', ORANGE = '#ed8b00', GREY = '#768692', DARK = '#212b32', PURPLE = '#330072';
  var units = {};

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (r) {
      if (!r.ok) {
        return r.json().catch(function () { return {}; }).then(function (b) {
          throw new Error(b.error ? b.error : url + ' answered ' + r.status);
        });
      }
      return r.json();
    });
  }
  function unitOf(id) {
    if (!units[id]) { units[id] = getJson('/api/indicators/' + encodeURIComponent(id)).then(function (c) { return c.unit; }); }
    return units[id];
  }
  function fmt(v, unit) {
    if (v === null || v === undefined) { return '*'; }
    return unit === 'proportion' ? (v * 100).toFixed(1) + '%' : Number(v).toFixed(1);
  }
  function scale(unit) { return unit === 'proportion' ? 100 : 1; }
  function axisName(unit) { return unit === 'proportion' ? 'Per cent' : unit === 'per_1000' ? 'Per 1,000' : 'Value'; }
  function done(el) { el.setAttribute('data-rendered', 'true'); }
  function fail(el, e) { el.textContent = 'Chart not available: ' + e.message; done(el); }

  function spc(el, id, q, unit) {
    return getJson('/api/series?indicator=' + encodeURIComponent(id) + '&' + q).then(function (s) {
      var k = scale(unit), c = s.spc;
      var pts = s.points.filter(function (p) { return p.value !== null; });
      var x = pts.map(function (p) { return p.period_end; });
      var causes = {};
      if (c) { c.points.forEach(function (p) { causes[p.period] = p.cause; }); }
      var colour = function (cause) { return cause === 'improvement' ? BLUE : cause === 'concern' ? ORANGE : cause === 'neutral' ? PURPLE : GREY; };
      var line = function (name, v, type, col) { return { name: name, type: 'line', data: x.map(function () { return v * k; }), symbol: 'none', lineStyle: { type: type, color: col }, itemStyle: { color: col } }; };
      var series = [{ name: s.group_name, type: 'line', data: pts.map(function (p) { return { value: p.value * k, itemStyle: { color: colour(causes[p.period_end]) } }; }), symbolSize: 8, lineStyle: { color: GREY } }];
      if (c) { series.push(line('Mean', c.mean, 'solid', DARK), line('Upper process limit', c.upper, 'dashed', GREY), line('Lower process limit', c.lower, 'dashed', GREY)); }
      if (s.target !== null && s.target !== undefined) { series.push(line('Target', s.target, 'dotted', '#da291c')); }
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption({ animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0 }, grid: { left: 60, right: 20, top: 40, bottom: 40 },
        xAxis: { type: 'category', data: x }, yAxis: { type: 'value', name: axisName(unit), scale: true }, series: series });
      el.setAttribute('data-points', String(pts.length));
      done(el);
    });
  }

  function funnel(el, id, q, unit) {
    return getJson('/api/funnel?indicator=' + encodeURIComponent(id) + '&' + q).then(function (f) {
      var k = scale(unit);
      var colour = function (flag) { var better = f.direction === 'lower' ? 'low' : 'high'; return !flag || flag === 'within' ? GREY : flag.indexOf(better) === 0 ? BLUE : ORANGE; };
      var pts = f.points.filter(function (p) { return p.value !== null && p.denominator !== null; });
      var lim = function (key, name, type) { return { name: name, type: 'line', symbol: 'none', lineStyle: { type: type, color: DARK, width: 1 }, itemStyle: { color: DARK }, data: f.limits.map(function (l) { return [l.denominator, l[key] * k]; }) }; };
      var series = [{ name: 'Groups', type: 'scatter', symbolSize: 9, itemStyle: { color: GREY },
        data: pts.map(function (p) { var out = p.funnel_flag && p.funnel_flag !== 'within';
          return { value: [p.denominator, p.value * k], name: p.group_name, itemStyle: { color: colour(p.funnel_flag) },
            label: { show: out && p.funnel_flag.indexOf('998') > 0, formatter: p.group_name, position: 'right', fontSize: 10, color: DARK } }; }) }];
      if (f.limits.length) {
        series.push(lim('upper998', '99.8% limits', 'dashed'), lim('lower998', '99.8% limits', 'dashed'), lim('upper95', '95% limits', 'dotted'), lim('lower95', '95% limits', 'dotted'));
        series.push({ name: 'ICB', type: 'line', symbol: 'none', lineStyle: { color: BLUE }, itemStyle: { color: BLUE }, data: [[f.limits[0].denominator, f.centre * k], [f.limits[f.limits.length - 1].denominator, f.centre * k]] });
      }
      var chart = echarts.init(el);
      chart.setOption({ animation: false, legend: { top: 0, data: ['Groups', '95% limits', '99.8% limits', 'ICB'] }, grid: { left: 60, right: 120, top: 40, bottom: 50 },
        tooltip: { trigger: 'item', formatter: function (p) { return p.seriesName === 'Groups' ? p.name + ': ' + p.value[1].toFixed(1) + ' (n=' + p.value[0] + ')' : p.seriesName; } },
        xAxis: { type: 'value', name: 'Denominator', nameLocation: 'middle', nameGap: 28, scale: true }, yAxis: { type: 'value', name: axisName(unit), scale: true }, series: series });
      var box = document.getElementById('funnel-outliers');
      if (box) {
        box.textContent = '';
        var h = document.createElement('p'); h.className = 'nhsuk-body';
        h.textContent = f.outliers.length ? 'Outside the 95% limits (' + f.outliers.length + '):' : 'No ' + f.level + ' is outside the 95% limits.';
        box.appendChild(h);
        [['high', 'Higher than expected'], ['low', 'Lower than expected']].forEach(function (side) {
          var names = f.outliers.filter(function (o) { return o.funnel_flag.indexOf(side[0]) === 0; })
            .map(function (o) { return o.group_name + (o.funnel_flag.indexOf('998') > 0 ? ' (99.8%)' : ''); });
          if (names.length) {
            var p = document.createElement('p'); p.className = 'nhsuk-body-s';
            var strong = document.createElement('strong'); strong.textContent = side[1] + ' (' + names.length + '): ';
            p.appendChild(strong); p.appendChild(document.createTextNode(names.join('; ') + '.'));
            box.appendChild(p);
          }
        });
      }
      el.setAttribute('data-points', String(pts.length));
      done(el);
    });
  }

  function inequality(el, id, q, unit) {
    return getJson('/api/inequality?indicator=' + encodeURIComponent(id)).then(function (d) {
      var k = scale(unit);
      var rows = d.deciles.slice().sort(function (a, b) { return Number(a.group_code) - Number(b.group_code); });
      var chart = echarts.init(el);
      chart.setOption({ animation: false, grid: { left: 60, right: 20, top: 30, bottom: 50 }, tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', name: 'IMD decile (1 = most deprived)', nameLocation: 'middle', nameGap: 30, data: rows.map(function (r) { return r.group_name || r.group_code; }) },
        yAxis: { type: 'value', name: axisName(unit) },
        series: [{ type: 'bar', itemStyle: { color: BLUE }, data: rows.map(function (r) { return r.value === null ? null : r.value * k; }) }] });
      var p = document.getElementById('sii-text');
      if (p) {
        var i = d.index;
        p.textContent = i && i.sii !== null ? 'Slope index of inequality ' + fmt(i.sii, unit) + ' (95% CI ' + fmt(i.sii_lower_95, unit) + ' to ' + fmt(i.sii_upper_95, unit) + '); relative index ' + Number(i.rii).toFixed(2) + ' (' + Number(i.rii_lower_95).toFixed(2) + ' to ' + Number(i.rii_upper_95).toFixed(2) + ').' : 'No inequality index for this period.';
      }
      done(el);
    });
  }

  function breakdowns(el, id, q, unit) {
    var kinds = [['ethnicity', 'Ethnicity'], ['age_band', 'Age band'], ['sex', 'Sex']];
    return Promise.all(kinds.map(function (b) { return getJson('/api/results?indicator=' + encodeURIComponent(id) + '&breakdown=' + b[0]); })).then(function (all) {
      var k = scale(unit), grids = [], xs = [], ys = [], series = [], titles = [];
      all.forEach(function (rows, i) {
        var left = (i * 33 + 4) + '%';
        grids.push({ left: left, width: '26%', top: 40, bottom: 60 });
        titles.push({ text: kinds[i][1], left: left, top: 0, textStyle: { fontSize: 14 } });
        xs.push({ type: 'category', gridIndex: i, data: rows.map(function (r) { return r.group_name; }), axisLabel: { rotate: 40, fontSize: 10 } });
        ys.push({ type: 'value', gridIndex: i });
        series.push({ type: 'bar', xAxisIndex: i, yAxisIndex: i, itemStyle: { color: BLUE }, data: rows.map(function (r) { return r.value === null ? null : r.value * k; }) });
      });
      var chart = echarts.init(el);
      chart.setOption({ animation: false, title: titles, tooltip: { trigger: 'axis' }, grid: grids, xAxis: xs, yAxis: ys, series: series });
      done(el);
    });
  }

  function riskmap(el, id, q) { return map(el, id, q, 'score', '/api/map/risk?' + q); }

  function map(el, id, q, unit, url) {
    return Promise.all([getJson('/api/boundaries/lsoa'), getJson(url || '/api/map?indicator=' + encodeURIComponent(id))]).then(function (r) {
      var k = scale(unit);
      echarts.registerMap('lsoa', r[0]);
      var data = r[1].filter(function (x) { return x.value !== null; }).map(function (x) { return { name: x.group_code, value: x.value * k, label: x.group_name }; });
      var vals = data.map(function (d) { return d.value; });
      var chart = echarts.init(el);
      chart.setOption({ animation: false, tooltip: { trigger: 'item', formatter: function (p) { return p.name + ': ' + (isNaN(p.value) ? 'no value' : p.value.toFixed(unit === 'score' ? 3 : 1)); } },
        visualMap: { min: vals.length ? Math.min.apply(null, vals) : 0, max: vals.length ? Math.max.apply(null, vals) : 1, calculable: true, precision: unit === 'score' ? 3 : 1, left: 10, bottom: 10, inRange: { color: ['#e8f1fa', '#7aa9d8', '#005eb8', '#002f5c'] }, text: ['High', 'Low'] },
        series: [{ type: 'map', map: 'lsoa', nameProperty: 'lsoa11_code', roam: true, itemStyle: { areaColor: '#d8dde0', borderColor: '#fff', borderWidth: 0.3 }, emphasis: { label: { show: false } }, data: data }] });
      el.setAttribute('data-points', String(data.length));
      done(el);
    });
  }

  // While a part of the store is being computed, keep the banner current and reload once everything is ready.
  function pollStatus(el) {
    setTimeout(function () {
      getJson('/api/status').then(function (s) {
        if (s.ready) { window.location.reload(); return; }
        var list = el.querySelector('ul');
        list.textContent = '';
        s.parts.filter(function (p) { return p.status !== 'ready'; }).forEach(function (p) {
          var li = document.createElement('li'); li.textContent = p.message; list.appendChild(li);
        });
        pollStatus(el);
      }).catch(function () { pollStatus(el); });
    }, 5000);
  }

  var draw = { spc: spc, funnel: funnel, inequality: inequality, breakdowns: breakdowns, map: map, riskmap: riskmap };
  document.addEventListener('DOMContentLoaded', function () {
    var status = document.querySelector('[data-status-poll]');
    if (status) { pollStatus(status); }
    document.querySelectorAll('[data-chart]').forEach(function (el) {
      var id = el.getAttribute('data-indicator'), kind = el.getAttribute('data-chart');
      (id ? unitOf(id) : Promise.resolve('score')).then(function (unit) { return draw[kind](el, id, el.getAttribute('data-query') || '', unit); })
        .catch(function (e) { fail(el, e); });
    });
  });
}());
