// "Cây kế hoạch": the rolled-up status of a plan's cascade as stacked bars (Apache ECharts, from the webjar), by
// level and by unit. It reads GET /api/plans/{id}/tree with the Cockpit or Tasklist login (session cookie): the
// server decides which plans of the cascade the viewer sees. Texts from the server go into the page as text.
'use strict';

(function () {
  const planId = new URLSearchParams(window.location.search).get('id');
  /* AssignmentStatus.label(); on time green, late red, ongoing blue */
  const STATUSES = [
    ['IN_PROGRESS_ON_TIME', 'đang thực hiện trong hạn', '#8fd19e'],
    ['IN_PROGRESS_OVERDUE', 'đang thực hiện quá hạn', '#e57373'],
    ['DONE_ON_TIME', 'hoàn thành đúng hạn', '#2e7d32'],
    ['DONE_LATE', 'hoàn thành quá hạn', '#b71c1c'],
    ['ONGOING', 'thường xuyên', '#5b8fd6'],
  ];
  const byId = (id) => document.getElementById(id);

  function show(message) {
    const box = byId('message');
    box.className = 'message error';
    box.textContent = message;
    box.hidden = false;
  }

  /** The tree's nodes, top-down, each once. */
  function nodes(node) {
    return [node].concat(...node.children.map(nodes));
  }

  /** "Thành ủy Bắc Giang 12-KH/TU" (issuer and number; "dự thảo" before its number). */
  function label(header) {
    return header.issuer.name + ' ' + (header.number || 'dự thảo');
  }

  function chart(element, categories, countsOf, unit) {
    const instance = echarts.init(element);
    instance.setOption({
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 40, right: 20, top: 50, bottom: 90 },
      xAxis: { type: 'category', data: categories, axisLabel: { interval: 0, rotate: categories.length > 4 ? 20 : 0, width: 220, overflow: 'break' } },
      yAxis: { type: 'value', name: unit, minInterval: 1 },
      series: STATUSES.map(([status, name, color]) => ({
        id: status, name, type: 'bar', stack: 'status', color, emphasis: { focus: 'series' },
        label: { show: true, formatter: (p) => (p.value ? String(p.value) : '') },
        data: countsOf.map((counts) => counts[status] || 0),
      })),
    });
    window.addEventListener('resize', () => instance.resize());
  }

  async function load() {
    if (!planId || !/^\d+$/.test(planId)) {
      show('Thiếu mã kế hoạch: mở trang này từ cây kế hoạch trong Cockpit (địa chỉ có ?id=…).');
      return;
    }
    byId('cockpit-link').href = '/camunda/app/cockpit/default/#/ke-hoach?tree=' + planId;
    const response = await fetch('/api/plans/' + planId + '/tree', {
      credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    });
    const body = await response.json().catch(() => null);
    if (response.status === 401) {
      show('Bạn chưa đăng nhập: đăng nhập Cockpit hoặc Tasklist rồi mở lại trang này.');
      return;
    }
    if (!response.ok) {
      show('Không tải được cây kế hoạch (' + response.status + '): ' + (body && body.message ? body.message : ''));
      return;
    }
    const top = body.plan;
    byId('plan-title').textContent = label(top.header) + ': ' + top.header.title;
    const all = nodes(top);
    const levels = [];
    all.forEach((node) => {
      const sum = levels[node.level - top.level] || (levels[node.level - top.level] = {});
      STATUSES.forEach(([status]) => {
        sum[status] = (sum[status] || 0) + (node.counts[status] || 0);
      });
    });
    byId('charts').hidden = false;
    chart(byId('chart-levels'), levels.map((_, i) => (i ? 'Cấp dưới ' + i : 'Kế hoạch này')), levels, 'nhiệm vụ');
    chart(byId('chart-units'), all.map((node) => label(node.header)), all.map((node) => node.rolledUp), 'nhiệm vụ');
  }

  load().catch((failure) => show('Không tải được cây kế hoạch: ' + failure.message));
})();
